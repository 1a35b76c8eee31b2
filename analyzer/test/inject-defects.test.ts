import { describe, expect, it } from 'vitest';
import { DEFECT_KINDS, injectDefects, spinReference } from '../src/evaluation/inject-defects.js';
import { listFixtures } from './helpers/fixtures.js';
import { segmenter } from './helpers/segmenters.js';

describe('injectDefects', () => {
  const documents = listFixtures(['clean']);

  it('is deterministic for a seed and differs between seeds', () => {
    const [document] = documents;
    const first = injectDefects(document!.text, document!.name, segmenter, 1);
    expect(injectDefects(document!.text, document!.name, segmenter, 1)).toEqual(first);
    expect(injectDefects(document!.text, document!.name, segmenter, 2).text).not.toBe(first.text);
  });

  it('gives gold spans that point at the text they name, in order and apart', () => {
    for (const document of documents) {
      const { text, gold } = injectDefects(document.text, document.name, segmenter, 7);
      expect(gold.length).toBeGreaterThan(0);
      for (const span of gold) {
        expect(span.start).toBeGreaterThanOrEqual(0);
        expect(span.end).toBeLessThanOrEqual(text.length);
        expect(span.end).toBeGreaterThan(span.start);
        expect(text.slice(span.start, span.end)).toBe(span.text);
      }
      for (let index = 1; index < gold.length; index++) expect(gold[index]!.start).toBeGreaterThan(gold[index - 1]!.end);
    }
  });

  it('writes what each kind promises', () => {
    const corpus = documents.map((document) => document.text).join('\n');
    const { gold } = injectDefects(corpus, 'all', segmenter, 3);
    const byRule = (rule: string) => gold.filter((span) => span.rule === rule).map((span) => span.text);
    expect(byRule('blank-number').every((text) => !/[0-9]/u.test(text))).toBe(true);
    expect(byRule('placeholder-date').every((text) => /^年月(?:日)?$/u.test(text))).toBe(true);
    expect(byRule('stray-digit').every((text) => /^\p{Script=Han}[1-9]\p{Script=Han}$/u.test(text))).toBe(true);
    expect(byRule('censored-text').every((text) => /^\p{Script=Han}\*\p{Script=Han}$/u.test(text))).toBe(true);
    expect(byRule('repeated-text').every((text) => text.slice(0, 2) === text.slice(2))).toBe(true);
    expect(byRule('date-logic').every((text) => /^(?:19|20)[0-9]{2}[^年]$/u.test(text))).toBe(true);
    expect(new Set(gold.map((span) => span.rule)).size).toBe(DEFECT_KINDS.length);
  });

  it('changes the text only where it injected a defect', () => {
    const [document] = documents;
    const { text, gold } = injectDefects(document!.text, document!.name, segmenter, 5);
    const first = gold[0]!;
    expect(text.slice(0, first.start)).toBe(document!.text.slice(0, first.start));
    expect(text.length).not.toBe(document!.text.length);
  });

  it('leaves out a swap that correct text writes beside the same word', () => {
    const text = Array.from({ length: 40 }, (_, line) => `第${line + 1}项：坚持促进民生福祉，努力促进民生福祉。`).join('\n');
    const spins = (reference?: ReturnType<typeof spinReference>) =>
      injectDefects(text, 'doc', segmenter, 1, { spinReference: reference }).gold.filter((span) => span.rule === 'spun-word');
    expect(spins().length).toBeGreaterThan(0);
    // 增进民生福祉 is official usage: 促进 → 增进 there leaves correct text.
    expect(spins(spinReference(['在发展中增进民生福祉。'], segmenter))).toEqual([]);
    // Beside other words the same swap is still a defect.
    expect(spins(spinReference(['持续增进友谊。'], segmenter)).length).toBeGreaterThan(0);
  });

  it('strips no number whose measure word reads whole without it (如图3所示, 每1所, 这3项)', () => {
    const text = Array.from({ length: 30 }, () => '结构如图3所示，每1所学校配备督学，这3项任务已完成。').join('\n');
    const stripped = injectDefects(text, 'doc', segmenter, 1).gold.filter((span) => span.rule === 'blank-number');
    expect(stripped).toEqual([]);
    const counted = '全年新建8所学校，完成12项任务。\n'.repeat(30);
    expect(injectDefects(counted, 'doc', segmenter, 1).gold.some((span) => span.rule === 'blank-number')).toBe(true);
  });
});
