import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const extensionDirectory = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export const BUILT_EXTENSION = join(extensionDirectory, '.output', 'chrome-mv3');
export const BUILT_FIREFOX_EXTENSION = join(extensionDirectory, '.output', 'firefox-mv2');
export const BUILT_PAGES = join(extensionDirectory, 'test', 'pages', 'dist');
export const SCREENSHOTS = join(extensionDirectory, 'docs', 'screenshots');
/** Benchmark results and other run artefacts (ignored by git). */
export const OUTPUT = join(extensionDirectory, 'test', '__output__');
