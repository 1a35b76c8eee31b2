/**
 * Incremental analysis for editors, which re-check a draft at every pause in
 * typing. After an edit only the paragraphs it touched are segmented and
 * checked again by the paragraph-scoped rules; the document-scoped rules
 * (outline, numbering, text repeated across paragraphs) run on the whole new
 * text. The result is, by construction, the result of {@link analyze} on the
 * new text: both go through {@link analyzeDocument}, and what is reused is
 * looked up by the paragraph's own text.
 */
import { AnalysisMemory } from './analysis-memory.js';
import { type AnalysisResult, type AnalyzeOptions, analyzeDocument } from './analyze.js';
import { AnalysisDocument } from './document.js';

/** Replace `length` UTF-16 code units at `offset` of the previous text by `text` (LSP / Monaco style). */
export interface TextEdit {
  offset: number;
  length: number;
  text: string;
}

/** An analysis result that remembers what the next {@link reanalyze} can reuse. */
export interface IncrementalAnalysis extends AnalysisResult {
  /** The text the findings are about. */
  readonly text: string;
}

interface Session {
  options: AnalyzeOptions;
  memory: AnalysisMemory;
}

/** The state behind each result, out of sight so a result stays a plain object that can be posted to another thread. */
const sessions = new WeakMap<IncrementalAnalysis, Session>();

/**
 * The first analysis of a text being edited: a full analysis, as {@link analyze},
 * whose result can be passed to {@link reanalyze} after the next edit.
 * The options stay those of this call for the whole editing session; start
 * again with this function when they change.
 */
export function analyzeIncrementally(text: string, options: AnalyzeOptions): IncrementalAnalysis {
  const memory = new AnalysisMemory(options.segmenter);
  return analyzeInSession(text, { options, memory });
}

/**
 * Re-analyses after a change of `previous.text`: either an edit, or the whole
 * new text when the editor does not say what changed. Returns exactly what
 * `analyze(newText, options)` returns.
 */
export function reanalyze(previous: IncrementalAnalysis, change: TextEdit | string): IncrementalAnalysis {
  const session = sessions.get(previous);
  if (!session) throw new TypeError('reanalyze() needs a result of analyzeIncrementally() or reanalyze().');
  const edit = typeof change === 'string' ? editBetween(previous.text, change) : change;
  checkEdit(previous.text, edit);
  const text = previous.text.slice(0, edit.offset) + edit.text + previous.text.slice(edit.offset + edit.length);
  return analyzeInSession(text, session);
}

function analyzeInSession(text: string, session: Session): IncrementalAnalysis {
  session.memory.startAnalysis();
  // Each line's normalization, tokens and per-line facts come from the session's memory when its text is unchanged.
  const document = new AnalysisDocument(
    text,
    session.memory.segmenter,
    session.options.normalizers,
    undefined,
    session.memory.lines,
  );
  // Not spread: that would build the outline, which the result builds on first read.
  const result = Object.defineProperty(analyzeDocument(document, session.options, session.memory), 'text', {
    value: text,
    enumerable: true,
  }) as IncrementalAnalysis;
  sessions.set(result, session);
  return result;
}

/** The smallest edit turning `before` into `after`: common prefix and suffix kept. */
export function editBetween(before: string, after: string): TextEdit {
  const shorter = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < shorter && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (
    suffix < shorter - prefix &&
    before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)
  ) {
    suffix++;
  }
  return { offset: prefix, length: before.length - prefix - suffix, text: after.slice(prefix, after.length - suffix) };
}

function checkEdit(text: string, edit: TextEdit): void {
  const { offset, length } = edit;
  if (!Number.isInteger(offset) || !Number.isInteger(length) || offset < 0 || length < 0 || offset + length > text.length) {
    throw new RangeError(`The edit ${offset}+${length} lies outside the previous text (length ${text.length}).`);
  }
  if (typeof edit.text !== 'string') throw new TypeError('The edit has no replacement text.');
}
