/**
 * What both entry points (index.ts for Node, browser.ts) export beside the
 * core: the outline, the built-in rules bound to the core's functions, and
 * the segmenter built on any jieba build.
 */

export type { AnalyzeOptions } from './built-in-rules.js';
export { analyze, analyzeDocument, analyzeIncrementally } from './built-in-rules.js';
export * from './core/index.js';
export type { Outline, OutlineDocument, OutlineLine, OutlineNode, OutlineNodeJson } from './outline/index.js';
export { buildOutline, outlineToJson, renderOutline } from './outline/index.js';
export { findRule, RULES } from './rules/index.js';
export type { JiebaWasmModule } from './segmentation/jieba-wasm.js';
export { createJiebaWasmSegmenter } from './segmentation/jieba-wasm.js';
export type { JiebaBackend, TaggedWord } from './segmentation/segmenter.js';
export { createJiebaSegmenter } from './segmentation/segmenter.js';
export { USER_DICTIONARY } from './segmentation/user-dictionary.js';
