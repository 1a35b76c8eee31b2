/**
 * The incremental analysis an editor runs after every pause in typing must
 * return exactly what a full analysis of the new text returns.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type AnalysisResult,
  type AnalyzeOptions,
  analyze,
  analyzeIncrementally,
  editBetween,
  type IncrementalAnalysis,
  reanalyze,
  type Segmenter,
  type TextEdit,
} from '../src/index.js';
import { draftPiece, EVERY_RULE_ON, FUZZ_TIMEOUT, fixtureWindow, fuzzParameters, seedLines } from './helpers/arbitraries.js';
import { listFixtures } from './helpers/fixtures.js';
import { segmenter as nodejieba, wasmSegmenter } from './helpers/segmenters.js';

/** An edit described relative to the text it will apply to, whatever its length by then. */
interface EditPlan {
  at: number;
  removeUpTo: number;
  insert: string;
  /** Give the editor's view: the whole new text instead of the edit. */
  asNewText: boolean;
}

const editPlan: fc.Arbitrary<EditPlan> = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  removeUpTo: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 3 }), fc.integer({ min: 0, max: 200 })),
  insert: fc.oneof(
    { weight: 3, arbitrary: draftPiece },
    { weight: 1, arbitrary: fc.constantFrom('', '\n', '\r\n', '\r', '年', '5', '。') },
    { weight: 1, arbitrary: fc.constantFrom(...seedLines).map((line) => `${line}\n`) },
  ),
  asNewText: fc.boolean(),
});

function edit(text: string, plan: EditPlan): TextEdit {
  const offset = Math.min(text.length, Math.floor(plan.at * (text.length + 1)));
  return { offset, length: Math.min(plan.removeUpTo, text.length - offset), text: plan.insert };
}

function apply(text: string, change: TextEdit): string {
  return text.slice(0, change.offset) + change.text + text.slice(change.offset + change.length);
}

/** The result without the text the incremental analysis adds: findings, failures, backend and outline. */
function comparable(result: AnalysisResult | IncrementalAnalysis): AnalysisResult {
  const { findings, backend, ruleFailures, ...rest } = result;
  const { text: _text, ...others } = rest as Partial<IncrementalAnalysis>;
  return { findings, backend, ruleFailures, ...others } as AnalysisResult;
}

/** Edits the text step by step and compares every incremental result with a full analysis. */
function expectIncrementalEqualsFull(start: string, plans: readonly EditPlan[], options: AnalyzeOptions): void {
  let incremental: IncrementalAnalysis = analyzeIncrementally(start, options);
  expect(comparable(incremental)).toEqual(comparable(analyze(start, options)));
  for (const plan of plans) {
    const change = edit(incremental.text, plan);
    const text = apply(incremental.text, change);
    incremental = reanalyze(incremental, plan.asNewText ? text : change);
    expect(incremental.text).toBe(text);
    expect(comparable(incremental)).toEqual(comparable(analyze(text, options)));
  }
}

describe('incremental analysis (property: identical to a full analysis after every edit)', () => {
  it('on windows of the fixtures, with nodejieba', FUZZ_TIMEOUT, () => {
    fc.assert(
      fc.property(fixtureWindow, fc.array(editPlan, { minLength: 1, maxLength: 6 }), (start, plans) =>
        expectIncrementalEqualsFull(start, plans, { segmenter: nodejieba, rules: EVERY_RULE_ON }),
      ),
      fuzzParameters(60, 1121),
    );
  });

  it('with jieba-wasm, English messages, severities changed and ignored phrases', FUZZ_TIMEOUT, () => {
    fc.assert(
      fc.property(fixtureWindow, fc.array(editPlan, { minLength: 1, maxLength: 4 }), (start, plans) =>
        expectIncrementalEqualsFull(start, plans, {
          segmenter: wasmSegmenter,
          language: 'en',
          rules: { ...EVERY_RULE_ON, 'vague-quantity': 'error', 'placeholder-name': 'info', 'blank-number': 'off' },
          ignore: ['年月日', 'XX'],
        }),
      ),
      fuzzParameters(30, 42),
    );
  });

  it('with a caller’s own normalizer that looks across lines (the whole text is normalized again)', FUZZ_TIMEOUT, () => {
    // Length-preserving; a Q opening the line after a line that ends in # reads as the placeholder X.
    const acrossLines = (text: string) => text.replace(/(?<=#\r?\n)Q/gu, 'X');
    const options = { segmenter: nodejieba, normalizers: [acrossLines] };
    const first = analyzeIncrementally('#\nQ县', options);
    expect(first.findings.map((finding) => finding.rule)).toEqual(['placeholder-name']);
    const edited = reanalyze(first, { offset: 0, length: 1, text: '&' });
    expect(comparable(edited)).toEqual(comparable(analyze('&\nQ县', options)));
    expect(edited.findings).toEqual([]);
    const withQ = fc.constantFrom('#\n', 'Q县', 'Q', '#');
    fc.assert(
      fc.property(fixtureWindow, fc.array(editPlan, { minLength: 1, maxLength: 4 }), withQ, (start, plans, extra) =>
        expectIncrementalEqualsFull(
          start,
          plans.map((plan) => ({ ...plan, insert: extra + plan.insert })),
          options,
        ),
      ),
      fuzzParameters(15, 3),
    );
  });

  it('when one draft is typed character by character and then deleted again', () => {
    const draft =
      '关于2024年工作的总结\n一、主要工作\n（一）使规章制度达项，于年月被授予称号。\r\n二、存在问题\n\n三是X县举办多期培训';
    let incremental = analyzeIncrementally('', { segmenter: nodejieba });
    for (let length = 1; length <= draft.length; length++) {
      incremental = reanalyze(incremental, { offset: length - 1, length: 0, text: draft[length - 1]! });
      expect(comparable(incremental)).toEqual(comparable(analyze(draft.slice(0, length), { segmenter: nodejieba })));
    }
    for (let length = draft.length - 1; length >= 0; length--) {
      incremental = reanalyze(incremental, { offset: length, length: 1, text: '' });
      expect(comparable(incremental)).toEqual(comparable(analyze(draft.slice(0, length), { segmenter: nodejieba })));
    }
  });
});

describe('incremental analysis (work done)', () => {
  /** A segmenter that records what it is asked to segment. */
  function recording(inner: Segmenter): { segmenter: Segmenter; texts: string[] } {
    const texts: string[] = [];
    return {
      texts,
      segmenter: {
        backend: inner.backend,
        segment: (text) => {
          texts.push(text);
          return inner.segment(text);
        },
      },
    };
  }

  it('segments again only the paragraph an edit changed', () => {
    const draft = listFixtures(['seeds'])[0]!.text;
    const { segmenter, texts } = recording(nodejieba);
    const first = analyzeIncrementally(draft, { segmenter });
    const offset = draft.indexOf('\n', draft.length / 2) + 3;
    texts.length = 0;
    const next = reanalyze(first, { offset, length: 0, text: '达项' });
    const start = next.text.lastIndexOf('\n', offset) + 1;
    const end = next.text.indexOf('\n', offset);
    expect(texts).toEqual([next.text.slice(start, end < 0 ? undefined : end)]);
  });

  it('segments nothing when an edit is undone', () => {
    const draft = listFixtures(['examples'])[0]!.text;
    const { segmenter, texts } = recording(nodejieba);
    const first = analyzeIncrementally(draft, { segmenter });
    const typed = reanalyze(first, { offset: 10, length: 0, text: '多' });
    texts.length = 0;
    const undone = reanalyze(typed, draft);
    expect(texts).toEqual([]);
    expect(undone.findings).toEqual(first.findings);
  });

  it('rejects an edit outside the text and a result it did not make', () => {
    const first = analyzeIncrementally('于年月', { segmenter: nodejieba });
    expect(() => reanalyze(first, { offset: 2, length: 5, text: '' })).toThrow(RangeError);
    expect(() => reanalyze(first, { offset: -1, length: 0, text: '' })).toThrow(RangeError);
    expect(() => reanalyze({ ...first }, '于年')).toThrow(TypeError);
  });
});

describe('the pieces the incremental analysis relies on', () => {
  it('editBetween gives the smallest edit that turns one text into the other (property)', FUZZ_TIMEOUT, () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' }), fc.string(), (common, before, after) => {
        const [from, to] = [common + before + common, common + after + common];
        const change = editBetween(from, to);
        expect(apply(from, change)).toBe(to);
        expect(change.length).toBeLessThanOrEqual(before.length);
      }),
      fuzzParameters(200, 8),
    );
  });

  it('stays identical when an edit makes a Simplified draft mixed-script', () => {
    // Once one line has a Traditional character, the Traditional fold converts phrases on every line (文明覆盖率 → 文明复盖率).
    const draft = '全乡文明覆盖率达到100%，达项。\n';
    const first = analyzeIncrementally(draft, { segmenter: nodejieba });
    const mixed = reanalyze(first, { offset: draft.length, length: 0, text: 'ＸＸ縣１２３' });
    expect(comparable(mixed)).toEqual(comparable(analyze(mixed.text, { segmenter: nodejieba })));
    const back = reanalyze(mixed, draft);
    expect(comparable(back)).toEqual(comparable(analyze(draft, { segmenter: nodejieba })));
  });
});
