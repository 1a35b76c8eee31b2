/**
 * The analyzer under bad input, with every rule on: arbitrary Unicode
 * (astral characters, combining marks, zero-width characters, lone
 * surrogates, CR/LF/CRLF, NUL), very long lines, empty input, and seed
 * fragments shuffled and spliced. `npm run fuzz` runs the properties longer
 * from fresh seeds.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type AnalysisResult, analyze, compareFindings, findingSchema } from '../src/index.js';
import { draftText, EVERY_RULE_ON, FUZZ_TIMEOUT, fixtureWindow, fuzzParameters, seedLines } from './helpers/arbitraries.js';
import { segmenter as nodejieba, wasmSegmenter } from './helpers/segmenters.js';

const LINE_BREAK = /\r\n|[\n\r\u2028\u2029]/gu;

/** Line and column computed independently of the analyzer: CRLF is one break, columns count UTF-16 units. */
function expectedPosition(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (const match of text.matchAll(LINE_BREAK)) {
    const end = match.index + match[0].length;
    if (end > offset) break;
    line++;
    lineStart = end;
  }
  return { line, column: offset - lineStart + 1 };
}

function expectWellFormed(text: string, result: AnalysisResult): void {
  expect(result.ruleFailures).toEqual([]);
  result.findings.forEach((finding, index) => {
    expect(() => findingSchema.parse(finding)).not.toThrow();
    expect(finding.offset + finding.length).toBeLessThanOrEqual(text.length);
    expect(finding.text).toBe(text.slice(finding.offset, finding.offset + finding.length));
    expect({ line: finding.line, column: finding.column }).toEqual(expectedPosition(text, finding.offset));
    if (finding.fix) expect(finding.fix.offset + finding.fix.length).toBeLessThanOrEqual(text.length);
    if (index > 0) expect(compareFindings(result.findings[index - 1]!, finding)).toBeLessThan(0);
  });
}

/** Never throws, well-formed, deterministic, and the same with both segmenter backends. */
function checkEverything(text: string): void {
  const first = analyze(text, { segmenter: nodejieba, rules: EVERY_RULE_ON });
  expectWellFormed(text, first);
  expect(analyze(text, { segmenter: nodejieba, rules: EVERY_RULE_ON })).toEqual(first);
  const wasm = analyze(text, { segmenter: wasmSegmenter, rules: EVERY_RULE_ON });
  expect(wasm.findings).toEqual(first.findings);
  expect(wasm.ruleFailures).toEqual([]);
}

describe('the analyzer on generated drafts (property)', () => {
  it(
    'never throws; findings are in bounds, equal their slice, carry the right line and column, and are sorted; deterministic; backends agree',
    FUZZ_TIMEOUT,
    () => {
      fc.assert(
        fc.property(draftText(), (text) => checkEverything(text)),
        fuzzParameters(150, 20261121),
      );
    },
  );

  it('holds the same on windows of the fixtures cut at arbitrary code units', FUZZ_TIMEOUT, () => {
    fc.assert(
      fc.property(fixtureWindow, (text) => checkEverything(text)),
      fuzzParameters(30, 7),
    );
  });

  it('holds the same on fixture lines shuffled and joined with every kind of line break', FUZZ_TIMEOUT, () => {
    const lineBreak = fc.constantFrom('\n', '\r\n', '\r', '\u2028', '\n\n');
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...seedLines), lineBreak), { maxLength: 25 }), (lines) =>
        checkEverything(lines.map(([line, lineBreak]) => line + lineBreak).join('')),
      ),
      fuzzParameters(40, 99),
    );
  });

  it('finds the same things whether lines end in LF, CRLF or CR, at the same line and column', FUZZ_TIMEOUT, () => {
    const summary = (result: AnalysisResult) =>
      result.findings.map((finding) => [
        finding.rule,
        finding.messageId,
        finding.text.replace(/\r\n?/gu, '\n'), // a span may cover the line break itself
        finding.line,
        finding.column,
      ]);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...seedLines), { minLength: 1, maxLength: 20 }), (lines) => {
        const lf = analyze(lines.join('\n'), { segmenter: nodejieba, rules: EVERY_RULE_ON });
        const crlf = analyze(lines.join('\r\n'), { segmenter: nodejieba, rules: EVERY_RULE_ON });
        const cr = analyze(lines.join('\r'), { segmenter: nodejieba, rules: EVERY_RULE_ON });
        expect(summary(crlf)).toEqual(summary(lf));
        expect(summary(cr)).toEqual(summary(lf));
      }),
      fuzzParameters(30, 5),
    );
  });
});

const fixtureProse = seedLines.filter((line) => line.trim() !== '').join('');

describe('bad input', () => {
  const cases: Array<[string, string]> = [
    ['empty input', ''],
    ['a single line break', '\n'],
    ['only line breaks of every kind', '\r\n\n\r\u2028\u2029'.repeat(500)],
    ['NUL characters', '\u0000'.repeat(2000)],
    ['NUL inside a gap', '使规章制度达\u0000项，于年\u0000月'],
    ['lone surrogates', '\uD800\uDC00\uDFFF达项\uD83D年月日\uDE00'],
    ['a byte-order mark and zero-width characters', '\uFEFF于年月\u200B被授予\u200D达\u2060项'],
    ['astral Han and emoji around a gap', '𠀋😀使规章制度达项𪚥👨‍👩‍👧'],
    ['a long chain of combining marks', `达项${'\u0301'.repeat(5000)}`],
    ['full-width digits and letters', '满意率达９８％，ＸＸ县'],
    ['Traditional script', '國家環境保護總局於年月被授予稱號，達項。'],
    ['text with no Han at all', 'Lorem ipsum 12.5% XX 2024-13-45 ***'.repeat(200)],
    ['punctuation only', '，。；：、！？（）《》“”‘’【】'.repeat(300)],
    ['a 100 000-character line of real prose', fixtureProse.repeat(Math.ceil(100_000 / fixtureProse.length)).slice(0, 100_000)],
    ['a 50 000-character run of one Han character', '一'.repeat(50_000)],
    ['a 50 000-character run of spaces between words', `开展${' '.repeat(50_000)}工作`],
    ['20 000 empty paragraphs', '\n'.repeat(20_000)],
  ];
  for (const [name, text] of cases) {
    it(`survives ${name}`, () => checkEverything(text));
  }

  it('reports a gap after astral characters at its UTF-16 offset', () => {
    const text = '𠀋😀\u200B使规章制度达项。';
    const finding = analyze(text, { segmenter: nodejieba }).findings.find((candidate) => candidate.rule === 'blank-number');
    expect(finding).toMatchObject({ text: '达项', offset: text.indexOf('达项'), column: text.indexOf('达项') + 1 });
  });
});
