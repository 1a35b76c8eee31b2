/** Node entry point: the pure core plus the Node segmenters. */
export * from './core/index.js';
export type { BackendName, LoadedSegmenter } from './segmentation/node.js';
export { loadJiebaWasm, loadNodeJieba, loadSegmenter } from './segmentation/node.js';
