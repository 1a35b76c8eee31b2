import { readFileSync, statSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import type { Finding } from '../../core/finding.js';
import type { CliIo } from '../io.js';
import type { ReportedFinding } from '../results.js';
import { UsageError } from '../usage-error.js';
import { extractWordText, paragraphNumberAt } from './docx.js';
import { decodeText, isKnownEncoding } from './encoding.js';
import { describeFileError, expandPaths } from './paths.js';

export { expandPaths } from './paths.js';

/** One document to lint: its decoded text, which every offset refers to. */
export interface Input {
  /** As given on the command line (or found in a directory), or `<stdin>`. */
  path: string;
  text: string;
  /** `text` for plain text and Markdown, `docx` for Word files. */
  format: 'text' | 'docx';
  /** How a text file was decoded: `utf-8`, `utf-8-bom`, `gb18030`, `big5`, `utf-16le`, `utf-16be`… Absent for Word files. */
  encoding?: string;
  /** Word files: offset where paragraph n (1-based) starts in `text`. */
  paragraphStarts?: number[];
}

/** A file that was given but is not a document (an image, a PDF, a legacy .doc): skipped with a warning. */
export interface SkippedInput {
  path: string;
  reason: string;
}

export interface InputOptions {
  /** Decode text files with this encoding instead of detecting it (`--encoding`). */
  encoding?: string;
}

export const STDIN_PATH = '<stdin>';

/** A file found on the command line, read only when its turn comes, so a run never holds every input at once. */
export interface ListedInput {
  path: string;
  /** Its size on disk (standard input: as read), to judge whether threads are worth starting. */
  bytes: number;
  /** Reads and decodes it; errors as in `readInputs`. */
  read(): Promise<Input | SkippedInput>;
}

/**
 * Lists every path (files, directories, quoted globs, `-` for standard
 * input) without reading the files yet. A path that does not exist stops the
 * run here, before anything is printed; standard input is read at once.
 */
export async function listInputs(paths: readonly string[], io: CliIo, options: InputOptions = {}): Promise<ListedInput[]> {
  if (options.encoding !== undefined && !isKnownEncoding(options.encoding)) {
    throw new UsageError(`--encoding: unknown encoding "${options.encoding}" (for example utf-8, gb18030, big5, utf-16le)`);
  }
  if (paths.length === 0) {
    if (io.stdinIsTTY) throw new UsageError('No input: give files, directories or globs, or - to read standard input.');
    paths = ['-'];
  }
  const listed: ListedInput[] = [];
  const seen = new Set<string>();
  for (const path of paths) {
    const files = path === '-' ? [STDIN_PATH] : expandPaths([path]);
    for (const file of files) {
      // A file named twice (or named and inside a directory also given) is linted once.
      const key = file === STDIN_PATH ? file : resolve(file);
      if (seen.has(key)) continue;
      seen.add(key);
      if (file === STDIN_PATH) {
        const bytes = await readStdinBytes(io);
        listed.push({ path: file, bytes: bytes.length, read: () => inputFromBytes(file, bytes, options) });
      } else {
        listed.push({ path: file, bytes: sizeOf(file), read: () => inputFromBytes(file, readBytes(file), options) });
      }
    }
  }
  return listed;
}

/**
 * Reads every path at once. Errors the user can fix — a missing or
 * unreadable file, text in an encoding that cannot be determined, a damaged
 * Word file — stop the run with a UsageError (exit code 2). Binary files are
 * skipped and reported back.
 */
export async function readInputs(
  paths: readonly string[],
  io: CliIo,
  options: InputOptions = {},
): Promise<{ inputs: Input[]; skipped: SkippedInput[] }> {
  const inputs: Input[] = [];
  const skipped: SkippedInput[] = [];
  for (const listed of await listInputs(paths, io, options)) {
    const result = await listed.read();
    if ('reason' in result) skipped.push(result);
    else inputs.push(result);
  }
  return { inputs, skipped };
}

/** One file, for commands that take a single document (`tiankong report`). */
export async function loadInput(path: string, io: CliIo, options: InputOptions = {}): Promise<Input | SkippedInput> {
  if (path === '-') return inputFromBytes(STDIN_PATH, await readStdinBytes(io), options);
  return inputFromBytes(path, readBytes(path), options);
}

async function inputFromBytes(path: string, bytes: Uint8Array, options: InputOptions): Promise<Input | SkippedInput> {
  if (extname(path).toLowerCase() === '.docx') {
    try {
      const { text, paragraphStarts } = await extractWordText(Buffer.from(bytes));
      return { path, text, format: 'docx', paragraphStarts };
    } catch (error) {
      throw new UsageError(`Cannot read ${path} as a Word document: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return decodeInput(path, bytes, options);
}

function decodeInput(path: string, bytes: Uint8Array, options: InputOptions): Input | SkippedInput {
  const outcome = decodeText(bytes, options.encoding);
  if (outcome.kind === 'binary') return { path, reason: `not a text file (${outcome.reason})` };
  if (outcome.kind === 'undecodable') throw new UsageError(`Cannot decode ${path}: ${outcome.reason}`);
  return { path, text: outcome.text, format: 'text', encoding: outcome.encoding };
}

function sizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0; // reading it will say what is wrong
  }
}

function readBytes(path: string): Uint8Array {
  try {
    return readFileSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new UsageError(`No such file or directory: ${path}`);
    throw new UsageError(`Cannot read ${path}: ${describeFileError(error)}`);
  }
}

async function readStdinBytes(io: CliIo): Promise<Uint8Array> {
  if (io.readStdinBytes) return io.readStdinBytes();
  return Buffer.from(await io.readStdin(), 'utf8');
}

/** Findings in a Word file also say which Word paragraph (1-based) they are in. */
export function withParagraphNumbers(input: Pick<Input, 'paragraphStarts'>, findings: readonly Finding[]): ReportedFinding[] {
  const { paragraphStarts } = input;
  if (!paragraphStarts) return [...findings];
  return findings.map((finding) => ({ ...finding, paragraph: paragraphNumberAt(paragraphStarts, finding.offset) }));
}
