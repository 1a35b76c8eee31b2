/**
 * The one fix policy, shared by every shell that changes a draft (ESLint's
 * SourceCodeFixer): `tiankong lint --fix` applies what it allows, and the
 * extension's card offers *Apply* for a fix only when {@link fixVerdict}
 * allows it, so the CLI and the browser can never disagree. Pure: text and
 * findings in, a verdict or fixed text out.
 *
 * Two promises hold whatever a rule attaches:
 * - a fix never adds, removes or changes a digit of the draft — a number in a
 *   report is the writer's to fix, so a fix whose change touches one is
 *   refused. The one exception is declared in the rule's meta
 *   (`fixDigits: 'deleted-with-span'`, which the analyzer copies onto each
 *   fix): deleting a whole block such as template residue (a
 *   related-articles list with its dates, "(共7篇)") takes the block's digits
 *   with it — those digits are the website's, not the draft's;
 * - a fix is applied whole or not at all, and never on top of another fix:
 *   fixes that overlap wait for the next pass, after the text is analysed
 *   again (ESLint's approach), so each applied fix saw the text it changes.
 */
import type { Finding, Fix } from './finding.js';
import type { TextEdit } from './incremental.js';
import { createPositionFinder } from './positions.js';

/** How many times the text is fixed and analysed again at most, as in ESLint. */
export const MAX_FIX_PASSES = 10;
/** Above this many single-character differences a fix is treated as one replacement instead of being diffed. */
const MAX_DIFF_DISTANCE = 1000;
const DIGIT = /\p{Nd}/u;

/** Why a fix may not be applied. */
export const FIX_REFUSALS = {
  touchesDigit: 'the change would touch a digit',
  changesNothing: 'the fix changes nothing',
  outsideText: 'the fix lies outside the text',
} as const;
export type FixRefusal = keyof typeof FIX_REFUSALS;

/**
 * Whether a finding's fix may be applied to `text` (the text it was found
 * in). `edits` are the characters the fix really changes, at their offsets
 * in `text`. Undefined when the finding has no fix.
 */
export type FixVerdict =
  | { allowed: true; fix: Fix; edits: TextEdit[] }
  | { allowed: false; fix: Fix; refusal: FixRefusal; reason: string };

/**
 * The verdict every shell asks before applying a finding's fix. A fix is
 * first reduced to the characters it really changes (a paragraph-wide
 * punctuation fix changes only the marks), so the digit check looks at real
 * changes, not at text the fix copies unchanged.
 */
export function fixVerdict(text: string, finding: Pick<Finding, 'offset' | 'length' | 'fix'>): FixVerdict | undefined {
  const fix = finding.fix;
  if (!fix) return undefined;
  const refuse = (refusal: FixRefusal): FixVerdict => ({ allowed: false, fix, refusal, reason: FIX_REFUSALS[refusal] });
  if (fix.offset + fix.length > text.length) return refuse('outsideText');
  const edits = minimalEdits(text.slice(fix.offset, fix.offset + fix.length), fix.text).map((edit) => ({
    ...edit,
    offset: edit.offset + fix.offset,
  }));
  if (edits.length === 0) return refuse('changesNothing');
  const touchesDigit = edits.some(
    (edit) => DIGIT.test(edit.text) || DIGIT.test(text.slice(edit.offset, edit.offset + edit.length)),
  );
  if (touchesDigit && !deletesSpanWithItsDigits(finding, text)) return refuse('touchesDigit');
  return { allowed: true, fix, edits };
}

/**
 * A fix the rule declares may take digits (`fixDigits: 'deleted-with-span'`)
 * that deletes the finding's whole span, and perhaps the line break or comma
 * around it, never a digit outside it: the block goes, digits included.
 */
function deletesSpanWithItsDigits(finding: Pick<Finding, 'offset' | 'length' | 'fix'>, text: string): boolean {
  const fix = finding.fix;
  if (fix?.digits !== 'deleted-with-span' || fix.text !== '') return false;
  const fixEnd = fix.offset + fix.length;
  const findingEnd = finding.offset + finding.length;
  if (fix.offset > finding.offset || fixEnd < findingEnd) return false;
  return !DIGIT.test(text.slice(fix.offset, finding.offset) + text.slice(findingEnd, fixEnd));
}

/** A change that was made, located in the text as it was before any fix. */
export interface AppliedChange {
  rule: string;
  offset: number;
  line: number;
  column: number;
  oldText: string;
  newText: string;
}

/** A safe fix that was not applied because {@link fixVerdict} refused it. */
export interface RefusedFix {
  rule: string;
  offset: number;
  line: number;
  column: number;
  /** The text the fix would have replaced. */
  text: string;
  reason: string;
}

export interface FixOutcome {
  text: string;
  changes: AppliedChange[];
  /** Fixes that overlapped another one are not here: they were retried on the next pass. */
  refused: RefusedFix[];
}

interface Candidate {
  rule: string;
  /**
   * What the fix replaces: the whole fix when it makes one change (催促 → 督促
   * reads better than 催 → 督), its separate changes when it makes several
   * (a paragraph whose commas become full-width).
   */
  edits: TextEdit[];
}

/**
 * One pass: applies the fixes of `findings` that {@link fixVerdict} allows.
 * A paragraph-wide fix is applied as the separate changes it makes, so it
 * does not block every other fix in its paragraph.
 */
export function applyFixes(text: string, findings: readonly Finding[]): FixOutcome & { deferred: number } {
  const locate = lineLocator(text);
  const refused: RefusedFix[] = [];
  const candidates: Candidate[] = [];
  for (const finding of findings) {
    const verdict = fixVerdict(text, finding);
    if (!verdict) continue;
    if (!verdict.allowed) {
      // A fix that changes nothing is no news to the writer.
      if (verdict.refusal === 'changesNothing') continue;
      const { offset, length } = verdict.fix;
      refused.push({ rule: finding.rule, ...locate(offset), text: text.slice(offset, offset + length), reason: verdict.reason });
      continue;
    }
    const { offset, length, text: replacement } = verdict.fix;
    candidates.push({
      rule: finding.rule,
      edits: verdict.edits.length === 1 ? [{ offset, length, text: replacement }] : verdict.edits,
    });
  }
  // Earliest first; a fix that collides with one already accepted waits for the next pass.
  candidates.sort((a, b) => a.edits[0]!.offset - b.edits[0]!.offset);
  const accepted: Array<TextEdit & { rule: string }> = [];
  let deferred = 0;
  for (const candidate of candidates) {
    if (candidate.edits.some((edit) => accepted.some((other) => collide(edit, other)))) {
      deferred++;
      continue;
    }
    for (const edit of candidate.edits) accepted.push({ ...edit, rule: candidate.rule });
  }

  // From the end backwards, so the offsets of the edits still to apply stay valid.
  accepted.sort((a, b) => b.offset - a.offset);
  let fixed = text;
  for (const edit of accepted) fixed = fixed.slice(0, edit.offset) + edit.text + fixed.slice(edit.offset + edit.length);
  const changes = accepted.reverse().map((edit) => ({
    rule: edit.rule,
    ...locate(edit.offset),
    oldText: text.slice(edit.offset, edit.offset + edit.length),
    newText: edit.text,
  }));
  return { text: fixed, changes, refused, deferred };
}

/** Two edits collide when they overlap, or insert at the same place (the order of the insertions would be a guess). */
function collide(a: TextEdit, b: TextEdit): boolean {
  if (a.offset === b.offset) return true;
  return a.offset < b.offset + b.length && b.offset < a.offset + a.length;
}

/**
 * Fixes `text` until no safe fix is left (or {@link MAX_FIX_PASSES}),
 * analysing it again after every pass with `lint`. Changes are reported at
 * their place in the original text. Returns the last analysis too: the
 * findings that remain.
 */
export function fixUntilStable<Result extends { findings: Finding[] }>(
  text: string,
  lint: (text: string) => Result,
): FixOutcome & { result: Result } {
  let current = text;
  let result = lint(current);
  const changes: AppliedChange[] = [];
  let refused: RefusedFix[] = [];
  // Each pass's edits, to map a later pass's offsets back to the original text.
  const passes: PassEdits[] = [];
  const locate = lineLocator(text);
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const outcome = applyFixes(current, result.findings);
    refused = outcome.refused.map((fix) => ({ ...fix, ...locate(toOriginalOffset(passes, fix.offset)) }));
    if (outcome.changes.length === 0) break;
    for (const change of outcome.changes) {
      changes.push({ ...change, ...locate(toOriginalOffset(passes, change.offset)) });
    }
    passes.push(
      outcome.changes.map((change) => ({
        offset: change.offset,
        oldLength: change.oldText.length,
        newLength: change.newText.length,
      })),
    );
    current = outcome.text;
    result = lint(current);
  }
  return { text: current, changes, refused, result };
}

type PassEdits = ReadonlyArray<{ offset: number; oldLength: number; newLength: number }>;

/** An offset in the text after some passes, mapped back through each pass's edits to the original text. */
function toOriginalOffset(passes: readonly PassEdits[], offset: number): number {
  let mapped = offset;
  for (let pass = passes.length - 1; pass >= 0; pass--) mapped = beforePass(passes[pass]!, mapped);
  return mapped;
}

/** Edits are in ascending order of their offset before the pass; an offset inside replaced text maps to its start. */
function beforePass(edits: PassEdits, offset: number): number {
  let shift = 0;
  for (const edit of edits) {
    const startAfter = edit.offset + shift;
    if (offset < startAfter) break;
    if (offset < startAfter + edit.newLength) return edit.offset;
    shift += edit.newLength - edit.oldLength;
  }
  return offset - shift;
}

/** An offset with its line and column (1-based, UTF-16 code units) in `text`, as the findings count them. */
function lineLocator(text: string): (offset: number) => { offset: number; line: number; column: number } {
  const positionAt = createPositionFinder(text);
  return (offset) => ({ offset, ...positionAt(offset) });
}

/**
 * The smallest edits that turn `before` into `after` (Myers' diff over UTF-16
 * code units, never splitting a surrogate pair), offsets relative to `before`.
 * A replacement that differs almost everywhere comes back as one edit.
 */
export function minimalEdits(before: string, after: string): TextEdit[] {
  let prefix = 0;
  while (prefix < before.length && prefix < after.length && before[prefix] === after[prefix]) prefix++;
  let suffix = 0;
  while (
    suffix < before.length - prefix &&
    suffix < after.length - prefix &&
    before[before.length - 1 - suffix] === after[after.length - 1 - suffix]
  ) {
    suffix++;
  }
  // Keep surrogate pairs whole: a pair split between kept and changed text would be two broken halves.
  while (prefix > 0 && isLowSurrogate(before[prefix])) prefix--;
  while (suffix > 0 && isLowSurrogate(before[before.length - suffix])) suffix--;
  const oldMiddle = before.slice(prefix, before.length - suffix);
  const newMiddle = after.slice(prefix, after.length - suffix);
  if (oldMiddle === newMiddle) return [];
  const edits = diffMiddle(oldMiddle, newMiddle) ?? [{ offset: 0, length: oldMiddle.length, text: newMiddle }];
  return edits.map((edit) => ({ ...edit, offset: edit.offset + prefix }));
}

function isLowSurrogate(character: string | undefined): boolean {
  return character !== undefined && character >= '\uDC00' && character <= '\uDFFF';
}

/** Myers' O(ND) diff grouped into edits; undefined when the distance exceeds {@link MAX_DIFF_DISTANCE}. */
function diffMiddle(a: string, b: string): TextEdit[] | undefined {
  const n = a.length;
  const m = b.length;
  const max = Math.min(n + m, MAX_DIFF_DISTANCE);
  const offsetV = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let found = false;
  for (let d = 0; d <= max && !found; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offsetV + k - 1]! < v[offsetV + k + 1]!) ? v[offsetV + k + 1]! : v[offsetV + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offsetV + k] = x;
      if (x >= n && y >= m) {
        found = true;
        break;
      }
    }
  }
  if (!found) return undefined;

  // Walk the trace back into operations, then group runs of changes into edits.
  type Operation = { kind: 'keep' | 'delete' | 'insert'; x: number; y: number };
  const operations: Operation[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d > 0; d--) {
    const previous = trace[d]!;
    const k = x - y;
    const previousK = k === -d || (k !== d && previous[offsetV + k - 1]! < previous[offsetV + k + 1]!) ? k + 1 : k - 1;
    const previousX = previous[offsetV + previousK]!;
    const previousY = previousX - previousK;
    while (x > previousX && y > previousY) {
      operations.push({ kind: 'keep', x: --x, y: --y });
    }
    if (x === previousX) operations.push({ kind: 'insert', x, y: --y });
    else operations.push({ kind: 'delete', x: --x, y });
  }
  while (x > 0 && y > 0) operations.push({ kind: 'keep', x: --x, y: --y });
  operations.reverse();

  const edits: TextEdit[] = [];
  let current: TextEdit | undefined;
  for (const operation of operations) {
    if (operation.kind === 'keep') {
      current = undefined;
      continue;
    }
    if (!current) {
      current = { offset: operation.x, length: 0, text: '' };
      edits.push(current);
    }
    if (operation.kind === 'delete') current.length++;
    else current.text += b[operation.y];
  }
  return edits.map(keepSurrogatePairsWhole(a));
}

/** Widens an edit that starts or ends inside a surrogate pair to the whole pair. */
function keepSurrogatePairsWhole(before: string): (edit: TextEdit) => TextEdit {
  return (edit) => {
    let { offset, length, text } = edit;
    if (isLowSurrogate(before[offset]) && offset > 0) {
      text = before[offset - 1] + text;
      offset--;
      length++;
    }
    if (isLowSurrogate(before[offset + length]) && offset + length > 0) {
      text += before[offset + length];
      length++;
    }
    return { offset, length, text };
  };
}
