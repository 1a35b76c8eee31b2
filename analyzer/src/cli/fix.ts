/**
 * `tiankong lint --fix`: the file side of fixing. Which fixes may be applied,
 * and how, is the core's one fix policy (core/fix.ts, shared with the
 * extension's card); here the fixed text is written back atomically, in the
 * encoding the file was read in, and each change is reported.
 */
import { randomBytes } from 'node:crypto';
import { chmodSync, readFileSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import iconv from 'iconv-lite';
import type { Finding } from '../core/finding.js';
import { type AppliedChange, fixUntilStable, type RefusedFix } from '../core/fix.js';
import { describeFileError } from './inputs/paths.js';
import { type Input, STDIN_PATH } from './inputs/read.js';

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
