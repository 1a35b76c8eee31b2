import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { UsageError } from './usage-error.js';

/** One document to lint. */
export interface Input {
  path: string;
  text: string;
}

export const STDIN_PATH = '<stdin>';
/** File types read when a directory is given. */
const TEXT_EXTENSIONS = new Set(['.txt', '.md', '.markdown', '.text']);

/** Expands files and directories (recursively, text files only, sorted) into paths to read. */
export function expandPaths(paths: readonly string[]): string[] {
  const files: string[] = [];
  for (const path of paths) {
    let stats: ReturnType<typeof statSync>;
    try {
      stats = statSync(path);
    } catch {
      throw new UsageError(`No such file or directory: ${path}`);
    }
    if (stats.isDirectory()) files.push(...listTextFiles(path));
    else files.push(path);
  }
  return files;
}

function listTextFiles(directory: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(directory, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = join(directory, entry.name);
    if (entry.isDirectory()) found.push(...listTextFiles(path));
    else if (entry.isFile() && TEXT_EXTENSIONS.has(extname(entry.name).toLowerCase())) found.push(path);
  }
  return found;
}

export function readInputFile(path: string): Input {
  try {
    const text = readFileSync(path, 'utf8');
    // A byte-order mark is an encoding marker, not text the writer typed.
    return { path, text: text.startsWith('\uFEFF') ? text.slice(1) : text };
  } catch (error) {
    throw new UsageError(`Cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}
