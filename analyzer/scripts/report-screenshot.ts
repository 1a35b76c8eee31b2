/**
 * The README's picture of the reviewer report (`npm run screenshot -w analyzer`):
 * renders the report of a bundled example draft and photographs it in
 * headless Chromium, the way test/report.test.ts opens it.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runCli } from '../src/cli/main.js';
import { launchChromium } from '../test/helpers/browser.js';

const root = join(import.meta.dirname, '../..');
// Run from the repository root so the report names the draft by its path in the repository.
process.chdir(root);
const draft = 'fixtures/examples/街道安全生产工作总结.txt';
const report = join(mkdtempSync(join(tmpdir(), 'tiankong-screenshot-')), 'report.html');
const screenshot = join(root, 'docs/images/reviewer-report.png');

const exitCode = await runCli(['report', draft, '-o', report], {
  stdout: process.stdout,
  stderr: process.stderr,
  readStdin: async () => '',
  stdinIsTTY: true,
  stdoutIsTTY: false,
  env: {},
});
if (exitCode !== 0) process.exit(exitCode);

const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: 1100, height: 1700 }, deviceScaleFactor: 1 });
await page.goto(pathToFileURL(report).href);
await page.screenshot({ path: screenshot });
await browser.close();
console.log(`wrote ${screenshot}`);
