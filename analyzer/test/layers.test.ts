/**
 * Layers import one way (CONVENTIONS.md, "a pure core"): text primitives →
 * outline → core → rules → the entry points, the CLI and the evaluation. A
 * relative import against that direction, a Node built-in in the browser-safe
 * layers, or an extension file that reaches into the analyzer's sources by
 * path instead of through the package's exports fails here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ANALYZER_SOURCES = resolve(dirname(fileURLToPath(import.meta.url)), '../src');
const EXTENSION = resolve(ANALYZER_SOURCES, '../../extension');

/** The folders of analyzer/src each layer may import from (besides itself). */
const ALLOWED: Record<string, readonly string[]> = {
  text: [],
  outline: ['text'],
  core: ['text', 'outline'],
  rules: ['core', 'text', 'outline'],
  segmentation: ['core', 'text'],
};
/** Layers that run in the browser as well as in Node. */
const BROWSER_SAFE = ['text', 'outline', 'core', 'rules'];

function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/u.test(entry.name) && !entry.parentPath.includes('node_modules'))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Every module specifier of a file: static imports and re-exports, and dynamic `import()`. */
function specifiers(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  return [
    ...source.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/gu),
  ].map((match) => (match[1] ?? match[2])!);
}

function layerOf(path: string): string {
  return relative(ANALYZER_SOURCES, path).split(sep)[0]!;
}

describe('import direction', () => {
  it('the analyzer layers import only from the layers below them, and the browser-safe ones no Node built-in', () => {
    const violations: string[] = [];
    for (const file of sourceFiles(ANALYZER_SOURCES)) {
      const layer = layerOf(file);
      const allowed = ALLOWED[layer];
      if (!allowed) continue;
      for (const specifier of specifiers(file)) {
        const name = relative(ANALYZER_SOURCES, file);
        if (specifier.startsWith('.')) {
          const target = layerOf(resolve(dirname(file), specifier));
          if (target !== layer && !allowed.includes(target))
            violations.push(`${name} imports ${specifier} (${layer} → ${target})`);
        } else if (
          BROWSER_SAFE.includes(layer) &&
          (specifier.startsWith('node:') || specifier === 'fs' || specifier === 'path')
        ) {
          violations.push(`${name} imports the Node built-in ${specifier}`);
        }
      }
    }
    expect(violations).toEqual([]);
  });

  it('the extension reaches the analyzer only through its package exports', () => {
    const violations: string[] = [];
    for (const folder of ['src', 'test', 'entrypoints']) {
      for (const file of sourceFiles(join(EXTENSION, folder))) {
        for (const specifier of specifiers(file)) {
          const reachesIn =
            specifier.startsWith('.') && resolve(dirname(file), specifier).startsWith(resolve(EXTENSION, '../analyzer'));
          if (reachesIn) violations.push(`${relative(EXTENSION, file)} imports ${specifier}`);
        }
      }
    }
    expect(violations).toEqual([]);
  });

  it('catches an import against the direction (the check can fail)', () => {
    expect(specifiers(join(ANALYZER_SOURCES, 'built-in-rules.ts'))).toContain('./rules/index.js');
    expect(layerOf(resolve(ANALYZER_SOURCES, 'core', '../rules/index.js'))).toBe('rules');
    expect(ALLOWED.core).not.toContain('rules');
  });
});
