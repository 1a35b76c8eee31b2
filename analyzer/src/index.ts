/** Node entry point: what the browser entry point has, plus the Node segmenters (nodejieba, with jieba-wasm as fallback). */

export type { BackendName, LoadedSegmenter } from './segmentation/node.js';
export { loadJiebaWasm, loadNodeJieba, loadSegmenter } from './segmentation/node.js';
export * from './shared-exports.js';
