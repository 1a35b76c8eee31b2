import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { EDITOR_FAMILIES } from '../../src/messaging/protocol.js';

const extension = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const editorsFolder = join(extension, 'src', 'editors');

/** Files in src/editors that are shared machinery, not an editor family's adapter. */
const SHARED_EDITOR_MODULES = new Set([
  'index',
  'types',
  'dom-text',
  'geometry',
  'editable-root',
  'contenteditable-editor',
  'textarea-editor',
  'textarea-mirror',
  'replacement',
]);

const adapterFiles = readdirSync(editorsFolder)
  .filter((name) => name.endsWith('.ts'))
  .map((name) => name.replace(/\.ts$/u, ''))
  .filter((name) => !SHARED_EDITOR_MODULES.has(name));

describe('every editor adapter', () => {
  test('is an editor family of the protocol, and every family has an adapter file', () => {
    expect([...adapterFiles].sort()).toEqual([...EDITOR_FAMILIES].sort());
  });

  test.each(adapterFiles)('%s is registered and has an E2E page hosting the real editor', (family) => {
    const registry = readFileSync(join(editorsFolder, 'index.ts'), 'utf8');
    expect(registry).toContain(`from './${family}.js'`);
    expect(existsSync(join(extension, 'test', 'pages', `${family}.html`))).toBe(true);
    expect(existsSync(join(extension, 'test', 'pages', 'src', `${family}.ts`))).toBe(true);
  });

  test('the E2E suite runs every family', () => {
    const suite = readFileSync(join(extension, 'test', 'e2e', 'extension.e2e.test.ts'), 'utf8');
    expect(suite).toMatch(/for \(const family of EDITOR_FAMILIES\)/u);
  });
});

describe('WXT layout', () => {
  test('entrypoints run nothing at import time: each exports a define…() or renders from its HTML page', () => {
    for (const name of readdirSync(join(extension, 'entrypoints'))) {
      const path = join(extension, 'entrypoints', name);
      if (name.endsWith('.ts')) expect(readFileSync(path, 'utf8')).toMatch(/export default define(Background|ContentScript)\(/u);
      else expect(existsSync(join(path, 'index.html'))).toBe(true);
    }
  });
});
