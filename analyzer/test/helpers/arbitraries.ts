import fc from 'fast-check';
import { RULES, type RuleSetting } from '../../src/index.js';
import { listFixtures } from './fixtures.js';

/** Every rule on at its default severity, whatever a later default turns off. */
export const EVERY_RULE_ON: Record<string, RuleSetting> = Object.fromEntries(
  RULES.map((rule) => [rule.meta.id, rule.meta.defaultSeverity]),
);

/**
 * `npm run fuzz` sets TIANKONG_FUZZ=long: many more runs from a fresh seed
 * (printed by fast-check when a property fails, to replay it). The test
 * suite runs a fixed seed, so CI is repeatable.
 */
export const LONG_FUZZ = process.env.TIANKONG_FUZZ === 'long';

export function fuzzParameters(runs: number, seed: number): { numRuns: number; seed?: number } {
  return LONG_FUZZ ? { numRuns: runs * 25 } : { numRuns: runs, seed };
}

/** Per-test time limit for a property: the long run needs far more than the suite's default. */
export const FUZZ_TIMEOUT = { timeout: LONG_FUZZ ? 3_600_000 : 120_000 };

const fixtureTexts = listFixtures().map((fixture) => fixture.text);

/** Pieces of the fixtures up to a sentence long: real draft wording, with its gaps. */
export const seedFragments: readonly string[] = fixtureTexts.flatMap((text) => text.match(/[^\n]{1,40}/gu) ?? []);

/** Whole lines of the fixtures. */
export const seedLines: readonly string[] = fixtureTexts.flatMap((text) => text.split(/\r?\n/u));

/** Snippets shaped like the gaps the rules look for, and like their look-alikes. */
const gapSnippets = [
  '达项',
  '年月日',
  '于年月',
  '今年-月',
  '多万元',
  '举办多期',
  '满意率达%',
  '达.%',
  'XX县',
  '××',
  '***',
  '某某',
  '____',
  '一、',
  '（一）',
  '1.',
  '（1）',
  '一是',
  '三是',
  '2024年',
  '13月',
  '2月30日',
  '世界秘书网版权所有',
  '##paidbegin##',
  '。;',
  '（）',
  '“”',
  '热4爱',
  '好好好',
  '获得了获得了',
];

/** Characters that break naive text handling. */
const awkwardCharacters = [
  '\r\n',
  '\r',
  '\n',
  '\u2028',
  '\u2029',
  '\u0000',
  '\u200B',
  '\u200D',
  '\uFEFF',
  '\u00AD',
  '\u3000',
  '\t',
  '\uD800', // lone high surrogate
  '\uDFFF', // lone low surrogate
  '😀',
  '👨‍👩‍👧',
  '𠀋', // astral Han (CJK Extension B)
  '𪚥',
  'é', // e + combining acute
  '\u0301',
  '１２３',
  'Ｘ',
  '國家環境',
  '貳零貳肆年',
  '〇',
  '%',
  '％',
  '‰',
];

const hanCharacter = fc.integer({ min: 0x4e00, max: 0x9fff }).map((code) => String.fromCharCode(code));
const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code));

/** One piece of a generated draft. */
export const draftPiece: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...seedFragments) },
  { weight: 2, arbitrary: fc.constantFrom(...gapSnippets) },
  { weight: 2, arbitrary: fc.constantFrom(...awkwardCharacters) },
  { weight: 1, arbitrary: fc.string({ unit: hanCharacter, maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
  { weight: 1, arbitrary: loneSurrogate },
);

/** Draft-like text: seed fragments, gap-shaped snippets and arbitrary Unicode, shuffled and spliced. */
export function draftText(maxPieces = 40): fc.Arbitrary<string> {
  return fc.array(draftPiece, { maxLength: maxPieces }).map((pieces) => pieces.join(''));
}

/** A window of a fixture, cut at arbitrary code units (so possibly inside a surrogate pair or a CRLF). */
export const fixtureWindow: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...fixtureTexts), fc.nat(), fc.integer({ min: 0, max: 3000 }))
  .map(([text, start, length]) => {
    const from = start % Math.max(1, text.length);
    return text.slice(from, from + length);
  });
