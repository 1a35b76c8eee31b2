import { describe, expect, it } from 'vitest';
import { injectConsistencyDefects, toChineseNumeral } from '../src/evaluation/inject-consistency.js';

const DOCUMENT = Array.from({ length: 40 }, (_, index) => `第${index + 1}段，推进各项工作落实落细，取得明显成效。`).join('\n');

describe('consistency injector', () => {
  it('labels each defective sentence exactly where it is written, the same on every run', () => {
    const injected = injectConsistencyDefects(DOCUMENT, 'doc.txt', 11);
    expect(injected.gold.length).toBeGreaterThan(0);
    for (const span of injected.gold) {
      expect(injected.text.slice(span.start, span.end)).toBe(span.text);
      expect(['figure-check', 'date-consistency', 'leftover-name']).toContain(span.rule);
    }
    expect(injectConsistencyDefects(DOCUMENT, 'doc.txt', 11)).toEqual(injected);
    // The original text is all still there, in order: only whole lines were added.
    const added = new Set(injected.text.split('\n').filter((line) => !DOCUMENT.split('\n').includes(line)));
    expect(
      injected.text
        .split('\n')
        .filter((line) => !added.has(line))
        .join('\n'),
    ).toBe(DOCUMENT);
    // Correct sentences of the same kinds go in beside the defective ones, so precision is measured on look-alikes.
    const labelled = new Set(injected.gold.map((span) => span.text));
    expect([...added].filter((line) => !labelled.has(line)).length).toBeGreaterThan(0);
    expect(labelled.size).toBeGreaterThan(0);
  });

  it.each([
    [15, '十五'],
    [120, '一百二十'],
    [305, '三百零五'],
    [1200, '一千二百'],
    [10_050, '一万零五十'],
  ])('writes %d as %s', (value, numeral) => {
    expect(toChineseNumeral(value)).toBe(numeral);
  });
});
