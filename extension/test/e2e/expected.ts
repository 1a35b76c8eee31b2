import * as jieba from 'jieba-wasm';
import { analyze, createJiebaWasmSegmenter, type Finding } from '../../../analyzer/src/core/index.js';

const segmenter = createJiebaWasmSegmenter(jieba);

/** What the analyzer finds in `text` with default settings: the E2E tests expect the extension to underline exactly these. */
export function expectedFindings(text: string): Finding[] {
  return analyze(text, { segmenter }).findings;
}
