import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const extensionDirectory = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export const BUILT_EXTENSION = join(extensionDirectory, '.output', 'chrome-mv3');
export const BUILT_FIREFOX_EXTENSION = join(extensionDirectory, '.output', 'firefox-mv2');
export const BUILT_PAGES = join(extensionDirectory, 'test', 'pages', 'dist');
/** Benchmark results and other run artefacts (ignored by git). */
export const OUTPUT = join(extensionDirectory, 'test', '__output__');
/**
 * Where the E2E run saves its screenshots: with the run's other artefacts, so
 * `npm test` never rewrites tracked files; `npm run screenshots -w extension`
 * sets UPDATE_SCREENSHOTS=1 to refresh the README's images in docs/screenshots.
 */
export const SCREENSHOTS = process.env.UPDATE_SCREENSHOTS
  ? join(extensionDirectory, 'docs', 'screenshots')
  : join(OUTPUT, 'screenshots');
