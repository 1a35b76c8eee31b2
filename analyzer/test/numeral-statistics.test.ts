import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { measureNumeralContexts } from '../scripts/numeral-statistics.js';
import { readNumeralStatisticsSources } from '../scripts/numeral-statistics-sources.js';
import { numeralContextEvidence } from '../src/rules/data/numeral-context-key.js';
import { NUMERAL_CONTEXTS } from '../src/rules/data/numeral-contexts.js';
import { segmenter } from './helpers/segmenters.js';

const DATA_FILE = fileURLToPath(new URL('../src/rules/data/numeral-contexts.ts', import.meta.url));

describe('numeral statistics (npm run build:stats)', () => {
  it('are up to date with the script and the tuning half', () => {
    expect(measureNumeralContexts(readNumeralStatisticsSources(), segmenter)).toEqual(NUMERAL_CONTEXTS);
  });

  it('are measured the same way twice', () => {
    const documents = ['全年新增项目12项，达到3项；对台工作取得进展。', '对台交流不断深化，共有5项成果。'];
    expect(measureNumeralContexts(documents, segmenter)).toEqual(measureNumeralContexts(documents, segmenter));
  });

  it('stay compact', () => {
    expect(statSync(DATA_FILE).size).toBeLessThan(200_000);
  });

  it('tell a context that takes a numeral from one that does not, counting only contexts seen in two documents', () => {
    const documents = ['完成改造达5项，累计达12项。他下班后回了家，又回了家。', '全年共达6项。晚上回了家，整理材料3项。'];
    const data = measureNumeralContexts(documents, segmenter);
    expect(data.measures.项!.before.达).toEqual([3, 0]);
    expect(data.measures.家!.before.了).toEqual([0, 3]);
    expect(data.measures.项!.before.料).toBeUndefined();
    expect(numeralContextEvidence(data, '项', '达', '，')).toBeGreaterThan(0);
    expect(numeralContextEvidence(data, '家', '了', '，')).toBeLessThan(0);
  });

  it('count a character and the measure word side by side as raw text, against a numeral between them', () => {
    const documents = ['补短板、强弱项，对照弱项整改。', '补齐弱项，查找弱项，培育企业12家。', '引进企业家3名，培育企业8家。'];
    const data = measureNumeralContexts(documents, segmenter);
    expect(data.measures.项!.together?.弱).toEqual([4, 0]);
    expect(data.measures.家!.together?.业).toBeUndefined();
  });
});
