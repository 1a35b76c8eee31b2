import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHROMIUM_NEED, FIREFOX_NEED, findBrowser } from '../../scripts/browsers.js';
import { temporaryDirectory } from './helpers/temporary-files.js';

/** The browser tests find their browsers as the README says: the variable, then the commands on PATH, in order. */
describe('findBrowser', () => {
  const root = temporaryDirectory('browsers');
  const executable = (directory: string, name: string) => {
    mkdirSync(directory, { recursive: true });
    const path = join(directory, name);
    writeFileSync(path, '#!/bin/sh\n');
    chmodSync(path, 0o755);
    return path;
  };
  const first = join(root, 'first');
  const second = join(root, 'second');
  const chromiumBrowser = executable(first, 'chromium-browser');
  const chromium = executable(second, 'chromium');
  const firefox = executable(second, 'firefox');
  writeFileSync(join(first, 'firefox-esr'), 'not executable');
  const PATH = [first, second].join(':');

  it('prefers the explicit variable', () => {
    expect(findBrowser(CHROMIUM_NEED, { PATH, CHROMIUM_PATH: chromium })).toBe(chromium);
  });

  it('takes the commands in order of preference, then PATH order', () => {
    expect(findBrowser(CHROMIUM_NEED, { PATH })).toBe(chromium);
    expect(findBrowser(CHROMIUM_NEED, { PATH: first })).toBe(chromiumBrowser);
  });

  it('skips files that are not executable, and finds nothing where nothing is installed', () => {
    expect(findBrowser(FIREFOX_NEED, { PATH })).toBe(firefox);
    expect(findBrowser(FIREFOX_NEED, { PATH: join(root, 'none') })).toBeUndefined();
    expect(findBrowser(FIREFOX_NEED, { PATH, FIREFOX_PATH: join(root, 'missing') })).toBeUndefined();
  });
});
