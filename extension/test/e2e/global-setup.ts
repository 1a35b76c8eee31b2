import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const extensionDirectory = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Builds the extension for Chrome and Firefox and the editor test pages, once per run (a few seconds each with Vite). */
export default function setup(): void {
  const bin = (name: string) => join(extensionDirectory, '..', 'node_modules', '.bin', name);
  const options = { cwd: extensionDirectory, stdio: 'pipe' as const, env: { ...process.env, NO_COLOR: '1' } };
  execFileSync(bin('wxt'), ['build'], options);
  execFileSync(bin('wxt'), ['build', '-b', 'firefox'], options);
  execFileSync(bin('vite'), ['build', '-c', 'test/pages/vite.config.ts'], options);
}
