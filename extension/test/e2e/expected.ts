import * as jieba from 'jieba-wasm';
import { analyze, createJiebaWasmSegmenter, type Finding, outlineToJson } from 'tiankong/browser';
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

/** The highlight each severity's underline is registered under (`CSS.highlights`). */
export const SEVERITY_HIGHLIGHT = { error: 'tiankong-error', warning: 'tiankong-warning', info: 'tiankong-info' } as const;

/**
 * Editors merge edits made within a moment of each other into one undo step
 * (Quill: 1 s, ProseMirror: 0.5 s), as they would for a writer: the suites
 * leave this long after typing before they apply a fix and undo it.
 */
export const UNDO_GROUPING_MS = 1_100;
