/**
 * Linear time. Two checks:
 * - 1 MB and 10 MB drafts built from the fixtures' sentences are
 *   analysed and the time per character is printed (a benchmark printout,
 *   not an assertion: `npm run bench` is where speed is read);
 * - every rule, and the segmenter, on long adversarial lines (one character
 *   or snippet repeated) at two lengths: the time per character may not
 *   grow with the length. Linear code keeps the ratio near 1 and quadratic
 *   code multiplies it by the length ratio (16 here). Linear code with a
 *   bounded look-around window (a scan back of at most N characters) makes a
 *   one-time step while the window fills: measured up to ×6.2 on the outline
 *   and heading-style under a loaded CI machine, flat again from 32 000 to
 *   128 000 characters. The bound of 8 sits between that step and 16; a rule
 *   that already needs a second on a 2 000-character line fails at once.
 */
import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { AnalysisDocument, analyze, RULES, type Segmenter } from '../src/index.js';
import { EVERY_RULE_ON } from './helpers/arbitraries.js';
import { draftOfSize } from './helpers/big-draft.js';
import { segmenter as nodejieba, wasmSegmenter } from './helpers/segmenters.js';

/** The fastest of several runs (at least 30 ms in all, at most 20 runs): noise only ever adds time. */
function fastest(run: () => void): number {
  run();
  let best = Number.POSITIVE_INFINITY;
  let total = 0;
  for (let runs = 0; runs < 20 && (runs < 3 || total < 30); runs++) {
    const started = performance.now();
    run();
    const elapsed = performance.now() - started;
    best = Math.min(best, elapsed);
    total += elapsed;
  }
  return best;
}

describe('time per character on big drafts (printout)', () => {
  it('stays flat from 1 MB to 10 MB', { timeout: 600_000 }, () => {
    analyze(draftOfSize(50_000, 2), { segmenter: nodejieba, rules: EVERY_RULE_ON }); // warm-up: dictionaries, tag table, JIT
    const rows: string[] = [];
    let firstPerCharacter = 0;
    for (const bytes of [1_000_000, 10_000_000]) {
      const text = draftOfSize(bytes);
      const started = performance.now();
      const result = analyze(text, { segmenter: nodejieba, rules: EVERY_RULE_ON });
      const elapsed = performance.now() - started;
      expect(result.ruleFailures).toEqual([]);
      expect(result.findings.length).toBeGreaterThan(0);
      const perCharacter = (elapsed * 1000) / text.length;
      firstPerCharacter ||= perCharacter;
      rows.push(
        `| ${(bytes / 1e6).toFixed(0)} MB | ${text.length.toLocaleString('en')} | ${result.findings.length.toLocaleString('en')} | ${elapsed.toFixed(0)} | ${perCharacter.toFixed(2)} | ${(perCharacter / firstPerCharacter).toFixed(2)} |`,
      );
    }
    console.log(
      ['', '| size | characters | findings | ms | µs per character | relative |', '|---|---:|---:|---:|---:|---:|', ...rows].join(
        '\n',
      ),
    );
  });
});

/** Long lines that have made linters slow: runs of one character, of a snippet, of short lines. */
const ADVERSARIAL_UNITS = [
  '一',
  ' ',
  '\t',
  '\u3000',
  'X',
  '*',
  '%',
  '年',
  '1',
  '.',
  '#',
  '-',
  '，',
  '“',
  '（',
  '(a',
  '好好',
  '达项',
  '率达到',
  '第1页 ',
  'www.a.',
  '一、标题\n',
  '\n',
  '使规章制度达项，于年月被授予“文明单位”称号（共3篇）。',
];
const SHORT = 2_000;
const LONG = 32_000;
const GROWTH_BOUND = 8;
/** A rule that needs this long on a 2 000-character line is broken already; the long line is not tried. */
const PATHOLOGICAL_MS = 1_000;

function adversarialText(unit: string, length: number): string {
  return `${unit.repeat(Math.ceil(length / unit.length)).slice(0, length)}末`;
}

/**
 * Time for the long line over time for as many short lines as make the same
 * length (so both do the same amount of work when the code is linear), for
 * each unit; `Infinity` when already pathological. `prepare` does the
 * untimed set-up (segmenting) and returns what is timed. A unit over the
 * bound is measured twice more and keeps the smallest ratio: a busy machine
 * can slow one run, superlinear code is slow every time.
 */
function growth(prepare: (text: string) => () => void): Array<{ unit: string; ratio: number }> {
  return ADVERSARIAL_UNITS.map((unit) => {
    const short = prepare(adversarialText(unit, SHORT));
    const started = performance.now();
    short();
    if (performance.now() - started > PATHOLOGICAL_MS) return { unit, ratio: Number.POSITIVE_INFINITY };
    const long = prepare(adversarialText(unit, LONG));
    const shortLines = () => {
      for (let line = 0; line < LONG / SHORT; line++) short();
    };
    let ratio = Number.POSITIVE_INFINITY;
    for (let attempt = 0; attempt < 3 && ratio > GROWTH_BOUND; attempt++) {
      ratio = Math.min(ratio, fastest(long) / Math.max(fastest(shortLines), 0.05));
    }
    return { unit, ratio };
  });
}

function expectLinear(name: string, ratios: Array<{ unit: string; ratio: number }>): void {
  const worst = ratios.reduce((a, b) => (b.ratio > a.ratio ? b : a));
  console.log(`${name}: worst growth ${worst.ratio.toFixed(2)} on ${JSON.stringify(worst.unit)}`);
  expect(
    ratios.filter(({ ratio }) => ratio > GROWTH_BOUND).map(({ unit, ratio }) => `${JSON.stringify(unit)}: ×${ratio.toFixed(1)}`),
  ).toEqual([]);
}

describe('linear time on long adversarial lines', () => {
  const backends: Array<[string, Segmenter]> = [
    ['nodejieba', nodejieba],
    ['jieba-wasm', wasmSegmenter],
  ];
  for (const [name, segmenter] of backends) {
    it(`the ${name} segmenter`, { timeout: 300_000 }, () => {
      expectLinear(
        name,
        growth((text) => () => segmenter.segment(text)),
      );
    });
  }

  it('the outline', { timeout: 300_000 }, () => {
    expectLinear(
      'outline',
      growth((text) => () => void new AnalysisDocument(text, nodejieba).outline),
    );
  });

  for (const rule of RULES) {
    it(`rule ${rule.meta.id}`, { timeout: 300_000 }, () => {
      expectLinear(
        rule.meta.id,
        growth((text) => {
          const document = new AnalysisDocument(text, nodejieba);
          for (const paragraph of document.paragraphs) document.tokens(paragraph);
          void document.outline;
          return () => rule.check({ document, settings: {}, options: rule.meta.options?.parse({}), report: () => {} });
        }),
      );
    });
  }
});
