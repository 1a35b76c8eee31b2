import { loadJiebaWasm, loadNodeJieba } from '../../src/index.js';

/** The default backend for tests: nodejieba, as the CLI uses. */
export const segmenter = loadNodeJieba();
export const wasmSegmenter = loadJiebaWasm();
