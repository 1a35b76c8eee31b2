import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as jieba from 'jieba-wasm';
import { describe, expect, test } from 'vitest';
import { analyze, createJiebaWasmSegmenter } from '../../src/analysis/analyzer-core.js';
import { AnalyzerHost } from '../../src/analysis/analyzer-host.js';
import { DEFAULT_SETTINGS } from '../../src/settings/settings.js';

const segmenter = createJiebaWasmSegmenter(jieba);
const example = readFileSync(
  join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'fixtures', 'examples', '街道安全生产工作总结.txt'),
  'utf8',
);

describe('the analyzer host', () => {
  test('re-analysing a draft edit after edit gives exactly the findings of a full analysis', async () => {
    const host = new AnalyzerHost(async () => segmenter);
    const edits = [
      (text: string) => text,
      (text: string) => text.replace('年月', '2025年3月'),
      (text: string) => text.split('\n').slice(2).join('\n'),
      (text: string) => `${text}\n截至年底，共有个单位达标。`,
    ];
    let text = example;
    for (const edit of edits) {
      text = edit(text);
      const analysis = await host.analyze(text, DEFAULT_SETTINGS, 'draft');
      expect(analysis.findings).toEqual(analyze(text, { segmenter }).findings);
    }
  });

  test('new settings apply to an open draft at once', async () => {
    const host = new AnalyzerHost(async () => segmenter);
    const before = await host.analyze(example, DEFAULT_SETTINGS, 'draft');
    expect(before.findings.some((finding) => finding.rule === 'placeholder-date')).toBe(true);
    const after = await host.analyze(
      example,
      { ...DEFAULT_SETTINGS, disabledRules: ['placeholder-date'], language: 'en' },
      'draft',
    );
    expect(after.findings.some((finding) => finding.rule === 'placeholder-date')).toBe(false);
    expect(after.findings[0]!.message).toMatch(/[a-z]/u);
  });

  test('loads jieba once, and forgets a closed draft', async () => {
    let loads = 0;
    const host = new AnalyzerHost(async () => {
      loads++;
      return segmenter;
    });
    await Promise.all([host.analyze('达项', DEFAULT_SETTINGS, 'a'), host.analyze('达项', DEFAULT_SETTINGS, 'b')]);
    expect(loads).toBe(1);
    expect(host.openDrafts).toBe(2);
    host.forget('a');
    expect(host.openDrafts).toBe(1);
  });
});
