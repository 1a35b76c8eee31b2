import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Worker } from 'playwright-core';
import { CHROMIUM_NEED, requireBrowser } from '../../../scripts/browsers.js';

/**
 * Every background network feature off (the analyzer's report tests launch Chromium with the
 * same flags, analyzer/test/helpers/browser.ts, but as a plain browser: only a persistent
 * profile like this one can load an extension), plus a zh-CN browser for the editors.
 */
const QUIET_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-default-apps',
  '--lang=zh-CN',
];

export interface LaunchedBrowser {
  context: BrowserContext;
  /** The extension's service worker, when launched with the extension. */
  serviceWorker?: Worker;
  extensionId?: string;
  close(): Promise<void>;
}

/** One headless Chromium profile, with the built extension loaded or without it (the control for byte-identical content). */
export async function launchBrowser(extensionDirectory?: string): Promise<LaunchedBrowser> {
  const userDataDirectory = mkdtempSync(join(tmpdir(), 'tiankong-e2e-'));
  const args = [...QUIET_FLAGS];
  if (extensionDirectory) {
    args.push(`--disable-extensions-except=${extensionDirectory}`, `--load-extension=${extensionDirectory}`);
  }
  const context = await chromium.launchPersistentContext(userDataDirectory, {
    // Debian's Chromium (`npm test` installs it when missing), never a downloaded browser.
    executablePath: requireBrowser(CHROMIUM_NEED),
    headless: true,
    args,
    viewport: { width: 1100, height: 800 },
    locale: 'zh-CN',
  });
  const close = async () => {
    await context.close();
    rmSync(userDataDirectory, { recursive: true, force: true });
  };
  if (!extensionDirectory) return { context, close };
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(serviceWorker.url()).host;
  return { context, serviceWorker, extensionId, close };
}
