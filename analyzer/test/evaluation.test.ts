import { describe, expect, it } from 'vitest';
import { type GoldSpan, scoreFindings } from '../src/evaluation/score.js';
import { analyze, type Finding } from '../src/index.js';
import { findingAt } from './helpers/findings.js';
import { listFixtures, readGoldSpans } from './helpers/fixtures.js';
import { segmenter } from './helpers/segmenters.js';

const finding = (rule: string, offset: number, length: number, severity: Finding['severity'] = 'error'): Finding =>
  findingAt(offset, length, { rule, severity });
const span = (rule: string, start: number, end: number, level: GoldSpan['level'] = 'must'): GoldSpan => ({
  doc: 'a',
  start,
  end,
  text: '',
  rule,
  level,
});

describe('scoreFindings', () => {
  it('counts recall over must spans and precision over error/warning findings of the same rule', () => {
    const [score] = scoreFindings(
      new Map([['a', [finding('r', 0, 2), finding('r', 10, 1), finding('r', 20, 1, 'info'), finding('r', 30, 2)]]]),
      [span('r', 1, 3), span('r', 5, 6), span('r', 30, 31, 'may')],
    );
    expect(score).toMatchObject({ rule: 'r', mustSpans: 2, mustFound: 1, scoredFindings: 3, correctFindings: 2, recall: 0.5 });
    expect(score!.precision).toBeCloseTo(2 / 3);
  });

  it('does not credit a finding of another rule', () => {
    const scores = scoreFindings(new Map([['a', [finding('other', 0, 5)]]]), [span('r', 0, 5)]);
    expect(scores.find((score) => score.rule === 'r')).toMatchObject({ mustFound: 0, recall: 0 });
    expect(scores.find((score) => score.rule === 'other')).toMatchObject({ precision: 0 });
  });
});

describe('scoreFindings on gold labelled with the id of a split rule', () => {
  // punctuation was split into empty-pair, doubled-mark, …; the gold still labels their spans punctuation.
  const scores = scoreFindings(
    new Map([['a', [finding('empty-pair', 0, 2), finding('doubled-mark', 10, 2), finding('doubled-mark', 20, 2)]]]),
    [span('punctuation', 0, 2), span('punctuation', 10, 12, 'may'), span('punctuation', 30, 32)],
  );

  it('scores the parts together under the old id', () => {
    expect(scores.find((score) => score.rule === 'punctuation')).toMatchObject({
      mustSpans: 2,
      mustFound: 1,
      scoredFindings: 3,
      correctFindings: 2,
      parts: expect.arrayContaining(['empty-pair', 'doubled-mark']),
    });
  });

  it('credits each part with the spans of the old id', () => {
    expect(scores.find((score) => score.rule === 'empty-pair')).toMatchObject({ scoredFindings: 1, correctFindings: 1 });
    expect(scores.find((score) => score.rule === 'doubled-mark')).toMatchObject({ scoredFindings: 2, correctFindings: 1 });
    expect(scores.find((score) => score.rule === 'doubled-mark')?.parts).toBeUndefined();
  });
});

describe('quality on the seed drafts (npm run eval)', () => {
  const gold = readGoldSpans('seeds');
  const findingsByDoc = new Map(
    listFixtures(['seeds']).map(
      (fixture) => [fixture.name.replace('seeds/', ''), analyze(fixture.text, { segmenter }).findings] as const,
    ),
  );
  const scores = scoreFindings(findingsByDoc, gold);

  // The thresholds of the issues that introduced each rule; a regression below them fails CI.
  it.each([
    ['blank-number', 0.95, 0.9],
    ['placeholder-date', 0.95, 0.9],
    ['vague-quantity', 0.95, 0.9],
    ['placeholder-name', 0.95, 0.9],
    ['stray-digit', 0.9, 0.9],
    ['repeated-text', 0.9, 0.9],
    ['punctuation', 0.9, 0.9],
    ['date-logic', 0.9, 0.9],
    ['template-residue', 0.9, 0.9],
    ['spun-word', 0.9, 0.9],
    ['censored-text', 0.9, 0.9],
    ['mojibake', 0.9, 0.9],
    ['heading-numbering', 0.95, 0.9],
    ['empty-section', 0.95, 0.9],
    // No issue asks for it: the gold's two remaining must spans (的内的, 机近) are single lost characters
    // no pattern finds without noise. Precision first; this floor keeps what the rule finds today.
    ['truncated-text', 0.6, 0.9],
  ])('%s reaches recall ≥ %d and precision ≥ %d', (rule, minimumRecall, minimumPrecision) => {
    const score = scores.find((candidate) => candidate.rule === rule)!;
    expect(score.recall).toBeGreaterThanOrEqual(minimumRecall);
    expect(score.precision).toBeGreaterThanOrEqual(minimumPrecision);
  });

  // script-mix has only `may` spans (001's leftovers): no recall to reach, but its warnings must hit them.
  it('script-mix keeps precision ≥ 0.9', () => {
    const score = scores.find((candidate) => candidate.rule === 'script-mix');
    expect(score?.precision ?? 1).toBeGreaterThanOrEqual(0.9);
  });
});
