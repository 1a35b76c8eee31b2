import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Segmenter, USER_DICTIONARY } from '../src/index.js';
import { listFixtures } from './helpers/fixtures.js';
import { segmenter as nodejieba, wasmSegmenter } from './helpers/segmenters.js';

const backends: Array<[string, Segmenter]> = [
  ['nodejieba', nodejieba],
  ['jieba-wasm', wasmSegmenter],
];

describe.each(backends)('%s segmenter', (name, segmenter) => {
  it('names its backend', () => {
    expect(segmenter.backend).toBe(name);
  });

  it('returns tokens that tile the input with correct UTF-16 offsets (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), fc.string({ unit: 'binary', maxLength: 20 }), (a, b) => {
        const text = `${a}使规章制度达项${b}`;
        const tokens = segmenter.segment(text);
        expect(tokens.map((token) => token.text).join('')).toBe(text);
        for (const token of tokens) expect(text.slice(token.start, token.end)).toBe(token.text);
      }),
      { numRuns: 200, seed: 7 },
    );
  });

  it('tags words, numbers, Latin and punctuation', () => {
    const tokens = segmenter.segment('共接收投诉56件，X县。');
    expect(tokens.map((token) => `${token.text}/${token.tag}`)).toEqual([
      '共/d',
      '接收/v',
      '投诉/v',
      '56/m',
      '件/zg',
      '，/x',
      'X/eng',
      '县/zg',
      '。/x',
    ]);
  });

  it('loads the domain dictionary', () => {
    expect(segmenter.segment('落实三重一大制度').map((token) => token.text)).toContain('三重一大');
  });

  it('keeps a stripped measure word a token of its own', () => {
    expect(segmenter.segment('规章制度达项').map((token) => token.text)).toEqual(['规章制度', '达', '项']);
  });
});

describe('segmenter backends', () => {
  it('segment every fixture line identically', () => {
    for (const fixture of listFixtures()) {
      for (const line of fixture.text.split(/\r?\n/u)) {
        expect(wasmSegmenter.segment(line), `${fixture.name}: ${line.slice(0, 30)}`).toEqual(nodejieba.segment(line));
      }
    }
  });

  it('break ties in runs of one repeated character the same way', () => {
    expect(wasmSegmenter.segment('一一一搞好')).toEqual(nodejieba.segment('一一一搞好'));
  });

  it('never re-add a word of the main dictionary (the builds would tag it differently)', () => {
    const nodejiebaPackage = createRequire(import.meta.url).resolve('nodejieba/package.json');
    const dictionary = readFileSync(
      nodejiebaPackage.replace(/package\.json$/u, 'submodules/cppjieba/dict/jieba.dict.utf8'),
      'utf8',
    );
    const mainWords = new Set(dictionary.split('\n').map((line) => line.split(' ')[0]));
    expect(USER_DICTIONARY.filter((entry) => mainWords.has(entry.word)).map((entry) => entry.word)).toEqual([]);
  });
});
