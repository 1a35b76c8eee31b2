import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** A new, empty directory under the system's temporary directory, named `tiankong-<purpose>-…`. */
export function temporaryDirectory(purpose: string): string {
  return mkdtempSync(join(tmpdir(), `tiankong-${purpose}-`));
}

/** Writes `content` to `directory/name` (`name` may hold folders, which are created); returns the file's path. */
export function writeFileIn(directory: string, name: string, content: string | Uint8Array): string {
  const path = join(directory, name);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
  return path;
}

/** A file named `name` holding `content`, alone in a new temporary directory. */
export function temporaryFile(purpose: string, name: string, content: string | Uint8Array): string {
  return writeFileIn(temporaryDirectory(purpose), name, content);
}
