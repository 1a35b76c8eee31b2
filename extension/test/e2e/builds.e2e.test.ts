import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { BUILT_EXTENSION, BUILT_FIREFOX_EXTENSION } from './paths.js';

function manifest(directory: string) {
  return JSON.parse(readFileSync(join(directory, 'manifest.json'), 'utf8'));
}

function scripts(directory: string): string[] {
  const found: string[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.js')) found.push(path);
    }
  };
  walk(directory);
  return found;
}

describe('the builds (npm run build -w extension)', () => {
  test('Chrome MV3: side panel, a CSP that allows WebAssembly, and only the storage and sidePanel permissions', () => {
    const chrome = manifest(BUILT_EXTENSION);
    expect(chrome.manifest_version).toBe(3);
    expect(chrome.permissions).toEqual(['storage', 'sidePanel']);
    expect(chrome.host_permissions).toBeUndefined();
    expect(chrome.content_security_policy.extension_pages).toBe("script-src 'self' 'wasm-unsafe-eval'; object-src 'self'");
    expect(chrome.side_panel.default_path).toBe('sidepanel.html');
    expect(chrome.background.service_worker).toBe('background.js');
    expect(chrome.content_scripts[0].matches).toEqual(['<all_urls>']);
  });

  test('Firefox: a sidebar instead of the side panel, and only the storage permission', () => {
    const firefox = manifest(BUILT_FIREFOX_EXTENSION);
    expect(firefox.permissions).toEqual(['storage']);
    expect(firefox.sidebar_action.default_panel).toBe('sidepanel.html');
    expect(firefox.content_security_policy).toContain("'wasm-unsafe-eval'");
    expect(firefox.browser_specific_settings.gecko.id).toBeTruthy();
  });

  test.each([BUILT_EXTENSION, BUILT_FIREFOX_EXTENSION])(
    '%s bundles jieba’s .wasm and loads no code from anywhere else',
    (directory) => {
      expect(statSync(join(directory, 'jieba.wasm')).size).toBeGreaterThan(1_000_000);
      for (const script of scripts(directory)) {
        const code = readFileSync(script, 'utf8');
        // No remote script or module: everything the extension runs is in the package.
        expect(code).not.toMatch(/importScripts\(\s*['"`]https?:/u);
        expect(code).not.toMatch(/import\(\s*['"`]https?:/u);
        expect(code).not.toMatch(/new WebSocket\(|sendBeacon\(|new EventSource\(/u);
      }
      expect(existsSync(join(directory, 'sidepanel.html'))).toBe(true);
      expect(existsSync(join(directory, 'options.html'))).toBe(true);
    },
  );
});
