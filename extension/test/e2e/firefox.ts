import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { FIREFOX_NEED, requireBrowser } from '../../../scripts/browsers.js';

/**
 * The moz-extension:// host of the add-on. Firefox picks a random one per
 * profile; the `extensions.webextensions.uuids` preference fixes it, so the
 * suite can open the sidebar page as a tab (as the Chromium suite opens the
 * side panel).
 */
export const FIREFOX_EXTENSION_HOST = '5a1f3c2e-7b4d-4e8a-9c6f-1d2e3f4a5b6c';

/**
 * Catches whatever the browser sends off the machine: every request that is
 * not to 127.0.0.1 goes through this proxy (Firefox never proxies loopback),
 * which answers nothing and writes it down.
 */
export class LeakTrap {
  readonly requests: string[] = [];
  private server: Server | undefined;

  async start(): Promise<number> {
    this.server = createServer((request, response) => {
      this.requests.push(`${request.method} ${request.url}`);
      response.writeHead(502).end();
    });
    this.server.on('connect', (request, socket) => {
      this.requests.push(`CONNECT ${request.url}`);
      socket.destroy();
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return (this.server.address() as AddressInfo).port;
  }

  close(): Promise<void> {
    return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

export interface LaunchedFirefox {
  browser: Browser;
  trap: LeakTrap;
  close(): Promise<void>;
}

/**
 * Debian's Firefox ESR, headless, driven over WebDriver BiDi by puppeteer-core
 * (geckodriver is not needed), with the built add-on installed as a temporary
 * add-on, or without it (the control for byte-identical content).
 */
export async function launchFirefox(extensionDirectory?: string): Promise<LaunchedFirefox> {
  const trap = new LeakTrap();
  const proxyPort = await trap.start();
  const geckoId = extensionDirectory ? readGeckoId(extensionDirectory) : undefined;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath: requireBrowser(FIREFOX_NEED),
    headless: true,
    // Firefox 153+ lets WebDriver navigate to moz-extension:// pages (the sidebar's page) only with system access.
    args: ['--remote-allow-system-access'],
    defaultViewport: { width: 1100, height: 800 },
    extraPrefsFirefox: {
      'intl.accept_languages': 'zh-CN',
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxyPort,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxyPort,
      'network.proxy.share_proxy_settings': true,
      ...(geckoId ? { 'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: FIREFOX_EXTENSION_HOST }) } : {}),
    },
  });
  if (extensionDirectory) await browser.installExtension(extensionDirectory);
  return {
    browser,
    trap,
    close: async () => {
      await browser.close();
      await trap.close();
    },
  };
}

function readGeckoId(extensionDirectory: string): string {
  const manifest = JSON.parse(readFileSync(join(extensionDirectory, 'manifest.json'), 'utf8')) as {
    browser_specific_settings: { gecko: { id: string } };
  };
  return manifest.browser_specific_settings.gecko.id;
}
