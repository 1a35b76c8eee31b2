/** Browser entry point: the core with the built-in rules, the outline, and the jieba-wasm segmenter. No Node APIs. */
export * from './shared-exports.js';
