/**
 * `tiankong lint --fix`: applies the fixes rules mark safe (template residue
 * deleted, spun words replaced, half-width punctuation made full-width) and
 * writes each file back atomically.
 *
 * Two promises hold whatever a rule attaches:
 * - a fix never adds, removes or changes a digit of the draft — a number in a
 *   report is the writer's to fix, so a fix whose change touches one is
 *   refused. The one exception is deleting a whole block of template residue
 *   (a related-articles list with its dates, "(共7篇)"): those digits are the
 *   website's, not the draft's, and the block goes as a whole;
 * - a fix is applied whole or not at all, and never on top of another fix:
 *   fixes that overlap wait for the next pass, after the text is analysed
 *   again (ESLint's approach), so each applied fix saw the text it changes.
 */
import { randomBytes } from 'node:crypto';
import { chmodSync, readFileSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import iconv from 'iconv-lite';
import type { Finding } from '../core/finding.js';
import type { TextEdit } from '../core/incremental.js';
import { describeFileError } from './inputs/paths.js';
import { type Input, STDIN_PATH } from './inputs.js';
import { createPositionFinder } from './positions.js';

/** How many times the text is fixed and analysed again at most, as in ESLint. */
export const MAX_FIX_PASSES = 10;
/** Above this many single-character differences a fix is treated as one replacement instead of being diffed. */
const MAX_DIFF_DISTANCE = 1000;
const DIGIT = /\p{Nd}/u;

/** A change that was made, located in the text as it was before any fix. */
export interface AppliedChange {
  rule: string;
  offset: number;
  line: number;
  column: number;
  oldText: string;
  newText: string;
}

/** A safe fix that was not applied because it would touch a digit. */
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
 * One pass: applies the safe fixes of `findings` to `text`. A fix is first
 * reduced to the characters it really changes (a paragraph-wide punctuation
 * fix changes only the marks), so the digit check looks at real changes, not
 * at text the fix copies unchanged, and a paragraph-wide fix does not block
 * every other fix in its paragraph. Pure.
 */
export function applyFixes(text: string, findings: readonly Finding[]): FixOutcome & { deferred: number } {
  const locate = lineLocator(text);
  const refused: RefusedFix[] = [];
  const candidates: Candidate[] = [];
  for (const finding of findings) {
    if (!finding.fix) continue;
    const { offset, length } = finding.fix;
    const edits = minimalEdits(text.slice(offset, offset + length), finding.fix.text).map((edit) => ({
      ...edit,
      offset: edit.offset + offset,
    }));
    if (edits.length === 0) continue;
    const digitEdit = edits.find(
      (edit) => DIGIT.test(edit.text) || DIGIT.test(text.slice(edit.offset, edit.offset + edit.length)),
    );
    if (digitEdit && !deletesResidueBlock(finding, text)) {
      refused.push({
        rule: finding.rule,
        ...locate(offset),
        text: text.slice(offset, offset + length),
        reason: 'the change would touch a digit',
      });
      continue;
    }
    candidates.push({ rule: finding.rule, edits: edits.length === 1 ? [{ ...finding.fix }] : edits });
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

/**
 * A residue finding whose fix deletes its whole span (and perhaps the line
 * break or comma around it, never a digit outside it): the block goes,
 * digits of the website included.
 */
function deletesResidueBlock(finding: Finding, text: string): boolean {
  const fix = finding.fix;
  if (finding.category !== 'residue' || !fix || fix.text !== '') return false;
  const fixEnd = fix.offset + fix.length;
  const findingEnd = finding.offset + finding.length;
  if (fix.offset > finding.offset || fixEnd < findingEnd) return false;
  return !DIGIT.test(text.slice(fix.offset, finding.offset) + text.slice(findingEnd, fixEnd));
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

/** Byte-order marks kept as they were when a file is written back. */
const BYTE_ORDER_MARKS = [
  Buffer.from([0x84, 0x31, 0x95, 0x33]),
  Buffer.from([0xef, 0xbb, 0xbf]),
  Buffer.from([0xff, 0xfe]),
  Buffer.from([0xfe, 0xff]),
];

/** Why a fixed file was not written; the run goes on with the other files. */
export class FixWriteError extends Error {}

/**
 * Writes the fixed text of a text file back in the encoding it was read in
 * (keeping its byte-order mark), after checking that the file still holds
 * the text that was analysed and that the new text survives the encoding.
 */
export function writeFixedFile(path: string, originalText: string, fixedText: string, encoding: string | undefined): void {
  const bytes = readFileSync(path);
  const mark = BYTE_ORDER_MARKS.find((candidate) => bytes.subarray(0, candidate.length).equals(candidate));
  const name = (encoding ?? 'utf-8').replace(/-bom$/u, '');
  const body = mark ? bytes.subarray(mark.length) : bytes;
  if (decode(body, name) !== originalText) throw new FixWriteError('the file changed on disk while it was being linted');
  const encoded = encode(fixedText, name);
  if (decode(encoded, name) !== fixedText) throw new FixWriteError(`the fixed text cannot be written in ${name}`);
  writeFileAtomically(path, mark ? Buffer.concat([mark, encoded]) : encoded);
}

function isUtf8(name: string): boolean {
  return name === 'utf-8' || name === 'utf8';
}

function decode(bytes: Buffer, name: string): string {
  return isUtf8(name) ? bytes.toString('utf8') : iconv.decode(bytes, name, { stripBOM: false });
}

function encode(text: string, name: string): Buffer {
  return isUtf8(name) ? Buffer.from(text, 'utf8') : iconv.encode(text, name, { addBOM: false });
}

/**
 * Replaces the file's content in one step: the new content goes to a
 * temporary file in the same directory (same file system), which then takes
 * the file's name. A crash leaves either the old file or the new one, never
 * half of each. A symbolic link is followed, so the link stays a link; the
 * file keeps its permissions.
 */
export function writeFileAtomically(path: string, content: Uint8Array | string): void {
  const target = realpathSync(path);
  const mode = statSync(target).mode & 0o7777;
  const temporary = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tiankong-tmp`);
  try {
    writeFileSync(temporary, content, { flag: 'wx', mode });
    chmodSync(temporary, mode);
    renameSync(temporary, target);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

/** One line per change for stderr: `path:line:column  old → new  (rule)`. */
export function formatChange(path: string, change: AppliedChange): string {
  return `${path}:${change.line}:${change.column}  ${JSON.stringify(change.oldText)} → ${JSON.stringify(change.newText)}  (${change.rule})`;
}

export function formatRefusal(path: string, refusal: RefusedFix): string {
  const text = refusal.text.length > 24 ? `${refusal.text.slice(0, 23)}…` : refusal.text;
  return `${path}:${refusal.line}:${refusal.column}  not fixed: ${JSON.stringify(text)}: ${refusal.reason}  (${refusal.rule})`;
}

/** What `tiankong lint --fix` does with one input: fix, report the changes on `log`, write the file back. */
export function fixInput<Result extends { findings: Finding[] }>(
  input: Pick<Input, 'path' | 'text' | 'format' | 'encoding'>,
  lint: (text: string) => Result,
  log: (message: string) => void,
): { text: string; result: Result } {
  if (input.format !== 'text') {
    log(`tiankong: ${input.path}: not fixed: --fix writes only text files (fix Word documents in Word)\n`);
    return { text: input.text, result: lint(input.text) };
  }
  const outcome = fixUntilStable(input.text, lint);
  for (const refusal of outcome.refused) log(`${formatRefusal(input.path, refusal)}\n`);
  if (outcome.changes.length === 0) return outcome;
  if (input.path !== STDIN_PATH) {
    try {
      writeFixedFile(input.path, input.text, outcome.text, input.encoding);
    } catch (error) {
      const reason = error instanceof FixWriteError ? error.message : describeFileError(error);
      log(`tiankong: ${input.path}: not fixed: ${reason}\n`);
      return { text: input.text, result: lint(input.text) };
    }
  }
  for (const change of outcome.changes) log(`fixed ${formatChange(input.path, change)}\n`);
  return outcome;
}
