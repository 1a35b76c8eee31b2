import { type Dirent, readdirSync, statSync } from 'node:fs';
import { extname, isAbsolute, join } from 'node:path';
import { globSync, isDynamicPattern } from 'tinyglobby';
import { UsageError } from '../usage-error.js';

/** File types read when a directory is given: plain text, Markdown and Word. */
export const DOCUMENT_EXTENSIONS: ReadonlySet<string> = new Set(['.txt', '.text', '.md', '.markdown', '.docx']);

const SKIPPED_DIRECTORIES = new Set(['node_modules']);

/**
 * Expands the command line's paths into the files to read, in order and
 * without duplicates: a file stands for itself (whatever its extension), a
 * directory for its documents (recursively, sorted), a quoted glob for its
 * matches. A path that matches nothing is an error, as in ESLint.
 */
export function expandPaths(paths: readonly string[], cwd = process.cwd()): string[] {
  const files: string[] = [];
  const seen = new Set<string>();
  const add = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    files.push(file);
  };
  for (const path of paths) {
    const stats = statOrUndefined(path);
    if (stats?.isDirectory()) {
      const found = listDocuments(path);
      if (found.length === 0) throw new UsageError(`No .txt, .md or .docx files in directory ${path}`);
      found.forEach(add);
    } else if (stats) {
      add(path);
    } else if (isDynamicPattern(path)) {
      const matches = globSync(path, { cwd, onlyFiles: true, expandDirectories: false, absolute: isAbsolute(path) })
        .filter((file) => !isWordLockFile(file) && !file.split(/[/\\]/u).some((segment) => SKIPPED_DIRECTORIES.has(segment)))
        .sort(compareNames);
      if (matches.length === 0) throw new UsageError(`No files match the pattern ${path}`);
      matches.forEach(add);
    } else {
      throw new UsageError(`No such file or directory: ${path}`);
    }
  }
  return files;
}

function statOrUndefined(path: string): ReturnType<typeof statSync> | undefined {
  try {
    return statSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw new UsageError(`Cannot read ${path}: ${describeFileError(error)}`);
  }
}

function listDocuments(directory: string): string[] {
  const found: string[] = [];
  let entries: Dirent[];
  try {
    entries = readdirSync(directory, { withFileTypes: true });
  } catch (error) {
    throw new UsageError(`Cannot read directory ${directory}: ${describeFileError(error)}`);
  }
  for (const entry of entries.sort((a, b) => compareNames(a.name, b.name))) {
    if (entry.name.startsWith('.') || SKIPPED_DIRECTORIES.has(entry.name)) continue;
    const path = join(directory, entry.name);
    if (entry.isDirectory()) found.push(...listDocuments(path));
    else if (entry.isFile() && DOCUMENT_EXTENSIONS.has(extname(entry.name).toLowerCase()) && !isWordLockFile(entry.name)) {
      found.push(path);
    }
  }
  return found;
}

/** Word keeps `~$name.docx` next to an open document; it is not a document. */
function isWordLockFile(path: string): boolean {
  return /(?:^|[/\\])~\$[^/\\]*$/u.test(path);
}

function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** `EACCES` → "permission denied (EACCES)": what went wrong in words, with the code for searching. */
export function describeFileError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  const words: Record<string, string> = {
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    EISDIR: 'it is a directory',
    ELOOP: 'too many symbolic links (a link loop?)',
    EMFILE: 'too many open files',
    EIO: 'input/output error',
    ENOENT: 'no such file or directory',
  };
  if (code && words[code]) return `${words[code]} (${code})`;
  return code ?? (error instanceof Error ? error.message : String(error));
}
