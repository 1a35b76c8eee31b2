import { describe, expect, it } from 'vitest';
import { analyze } from '../src/index.js';
import { listFixtures } from './helpers/fixtures.js';
import { segmenter as nodejieba, wasmSegmenter } from './helpers/segmenters.js';

describe('nodejieba and jieba-wasm', () => {
  // The unlabelled real drafts too: garbled, spun and half-Traditional text the fixtures written here lack.
  for (const fixture of listFixtures(['seeds', 'examples', 'clean', 'drafts-unlabelled'])) {
    it(`give identical findings on ${fixture.name}`, () => {
      const native = analyze(fixture.text, { segmenter: nodejieba });
      const wasm = analyze(fixture.text, { segmenter: wasmSegmenter });
      expect(wasm.backend).toBe('jieba-wasm');
      expect(native.backend).toBe('nodejieba');
      expect(wasm.findings).toEqual(native.findings);
    });
  }
});
