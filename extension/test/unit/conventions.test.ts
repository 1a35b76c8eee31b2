import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { EDITOR_FAMILIES } from '../../src/messaging/protocol.js';

const extension = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const editorsFolder = join(extension, 'src', 'editors');

/**
 * Every file directly in src/editors is an editor family's adapter, except the
 * registry (index.ts); the machinery they share lives in src/editors/shared/.
 */
const adapterFiles = readdirSync(editorsFolder, { withFileTypes: true })
  .filter((entry) => entry.isFile() && entry.name.endsWith('.ts') && entry.name !== 'index.ts')
  .map((entry) => entry.name.replace(/\.ts$/u, ''));

describe('every editor adapter', () => {
  test('src/editors holds adapters, the registry and the shared folder only', () => {
    const folders = readdirSync(editorsFolder, { withFileTypes: true }).filter((entry) => entry.isDirectory());
    expect(folders.map((entry) => entry.name)).toEqual(['shared']);
    // The shared machinery never reaches for an adapter: the dependency runs one way.
    for (const name of readdirSync(join(editorsFolder, 'shared'))) {
      expect(readFileSync(join(editorsFolder, 'shared', name), 'utf8')).not.toMatch(/from '\.\.\/[a-z0-9-]+\.js'/u);
    }
  });

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
