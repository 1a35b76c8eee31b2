import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { EXTENSION_DIRECTORY } from './paths.js';

/** Builds the extension for Chrome and Firefox and the editor test pages, once per run (a few seconds each with Vite). */
export default function setup(): void {
  const bin = (name: string) => join(EXTENSION_DIRECTORY, '..', 'node_modules', '.bin', name);
  const options = { cwd: EXTENSION_DIRECTORY, stdio: 'pipe' as const, env: { ...process.env, NO_COLOR: '1' } };
  execFileSync(bin('wxt'), ['build'], options);
  execFileSync(bin('wxt'), ['build', '-b', 'firefox'], options);
  execFileSync(bin('vite'), ['build', '-c', 'test/pages/vite.config.ts'], options);
}
