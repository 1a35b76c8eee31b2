import { type Browser, chromium } from 'playwright-core';
import { CHROMIUM_NEED, requireBrowser } from '../../../scripts/browsers.js';

/**
 * Headless Chromium with every background network feature off: nothing may leave the machine.
 * The extension's E2E suite has its own launcher (extension/test/e2e/browser.ts) with the same
 * flags: it needs a persistent profile, the only kind Chromium loads an extension into, in
 * zh-CN; the report needs neither, and the two workspaces do not import each other's tests.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    // Debian's Chromium (`npm test` installs it when missing); playwright-core never downloads a browser.
    executablePath: requireBrowser(CHROMIUM_NEED),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}
