import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The extension workspace (extension/). */
export const EXTENSION_DIRECTORY = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The repository's fixtures: seeds, examples, clean documents. */
export const FIXTURES = join(EXTENSION_DIRECTORY, '..', 'fixtures');

export const BUILT_EXTENSION = join(EXTENSION_DIRECTORY, '.output', 'chrome-mv3');
export const BUILT_FIREFOX_EXTENSION = join(EXTENSION_DIRECTORY, '.output', 'firefox-mv2');
export const BUILT_PAGES = join(EXTENSION_DIRECTORY, 'test', 'pages', 'dist');
/** Benchmark results and other run artefacts (ignored by git). */
export const OUTPUT = join(EXTENSION_DIRECTORY, 'test', '__output__');
/**
 * Where the E2E run saves its screenshots: with the run's other artefacts, so
 * `npm test` never rewrites tracked files; `npm run screenshots -w extension`
 * sets UPDATE_SCREENSHOTS=1 to refresh the README's images in docs/screenshots.
 */
export const SCREENSHOTS = process.env.UPDATE_SCREENSHOTS
  ? join(EXTENSION_DIRECTORY, 'docs', 'screenshots')
  : join(OUTPUT, 'screenshots');
