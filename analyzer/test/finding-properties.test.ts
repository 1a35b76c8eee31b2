import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, findingSchema } from '../src/index.js';
import { listFixtures } from './helpers/fixtures.js';
import { segmenter } from './helpers/segmenters.js';

const seedFragments = listFixtures(['seeds']).flatMap((fixture) => fixture.text.match(/[^\n]{1,40}/gu) ?? []);

/** Draft-like text: seed fragments, gap-shaped snippets and arbitrary Unicode, spliced together. */
const draftText = fc
  .array(
    fc.oneof(
      fc.constantFrom(...seedFragments),
      fc.constantFrom(
        '达项',
        '年月日',
        '\r\n',
        '\r',
        '\u200B',
        '𠀋',
        '😀',
        '多万元',
        '%',
        'XX',
        '**',
        '\uD800',
        '（',
        '）',
        '\u0000',
      ),
      fc.string({ unit: 'grapheme', maxLength: 12 }),
      fc.string({ unit: 'binary', maxLength: 8 }),
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(''));

describe('every finding', () => {
  it('is in bounds, matches its slice, follows the schema and is sorted (property)', () => {
    fc.assert(
      fc.property(draftText, (text) => {
        const { findings, ruleFailures } = analyze(text, { segmenter });
        expect(ruleFailures).toEqual([]);
        let previousOffset = 0;
        for (const finding of findings) {
          findingSchema.parse(finding);
          expect(finding.offset + finding.length).toBeLessThanOrEqual(text.length);
          expect(finding.text).toBe(text.slice(finding.offset, finding.offset + finding.length));
          expect(finding.offset).toBeGreaterThanOrEqual(previousOffset);
          previousOffset = finding.offset;
        }
      }),
      { numRuns: 300, seed: 20261121 },
    );
  });

  it('is the same whether the line breaks are LF or CRLF, apart from the shifted offsets', () => {
    const text = '于年月被授予称号。\n使规章制度达项，举办多期。\nX县\n';
    const lf = analyze(text, { segmenter }).findings;
    const crlf = analyze(text.replace(/\n/gu, '\r\n'), { segmenter }).findings;
    expect(crlf.map((finding) => [finding.rule, finding.text, finding.line, finding.column])).toEqual(
      lf.map((finding) => [finding.rule, finding.text, finding.line, finding.column]),
    );
  });

  it('keeps UTF-16 offsets after astral characters and zero-width spaces', () => {
    const text = '𠀋😀\u200B使规章制度达项。';
    const [finding] = analyze(text, { segmenter }).findings;
    expect(finding).toMatchObject({
      rule: 'blank-number',
      text: '达项',
      offset: text.indexOf('达项'),
      line: 1,
      column: text.indexOf('达项') + 1,
    });
  });

  it('reports line and column of the original text', () => {
    const text = '标题\r\n第二行于年月被授予';
    const finding = analyze(text, { segmenter }).findings.find((candidate) => candidate.rule === 'placeholder-date')!;
    expect(finding).toMatchObject({ line: 2, column: 5, text: '年月' });
  });
});
