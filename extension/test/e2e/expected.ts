import * as jieba from 'jieba-wasm';
import { analyze, createJiebaWasmSegmenter, type Finding, outlineToJson } from '../../../analyzer/src/core/index.js';
import { flattenOutline } from '../../src/analysis/outline.js';

const segmenter = createJiebaWasmSegmenter(jieba);

/** What the analyzer finds in `text` with default settings: the E2E tests expect the extension to underline exactly these. */
export function expectedFindings(text: string, language: 'zh' | 'en' = 'zh'): Finding[] {
  return analyze(text, { segmenter, language }).findings;
}

/** The outline the side panel should list for `text`. */
export function expectedHeadings(text: string) {
  return flattenOutline(outlineToJson(analyze(text, { segmenter }).outline));
}
