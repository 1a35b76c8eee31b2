import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as jieba from 'jieba-wasm';
import { describe, expect, test } from 'vitest';
import { analyze, createJiebaWasmSegmenter, type Segmenter } from '../../src/analysis/analyzer-core.js';
import { SegmentationCache } from '../../src/analysis/segmentation-cache.js';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'fixtures');
const segmenter = createJiebaWasmSegmenter(jieba);

function drafts(): string[] {
  return ['seeds', 'examples']
    .flatMap((folder) => readdirSync(join(fixtures, folder)).map((name) => join(fixtures, folder, name)))
    .filter((path) => path.endsWith('.txt'))
    .map((path) => readFileSync(path, 'utf8'));
}

function countingSegmenter(): Segmenter & { calls: number } {
  const counting = {
    backend: segmenter.backend,
    calls: 0,
    segment(text: string) {
      counting.calls++;
      return segmenter.segment(text);
    },
  };
  return counting;
}

describe('re-analysing a draft with the segmentation cache', () => {
  test('gives exactly the findings of a full analysis, edit after edit', () => {
    for (const draft of drafts().slice(0, 3)) {
      const cache = new SegmentationCache(segmenter);
      let text = draft;
      // A writer's edits: fill a gap, delete a line, type a new paragraph at the end.
      const edits = [
        (value: string) => value.replace('年月', '2024年5月'),
        (value: string) => value.split('\n').slice(1).join('\n'),
        (value: string) => `${value}\n截至年底，共有个单位达标。`,
      ];
      for (const edit of [(value: string) => value, ...edits]) {
        text = edit(text);
        const cached = analyze(text, { segmenter: cache.segmenter });
        cache.endAnalysis();
        expect(cached.findings).toEqual(analyze(text, { segmenter }).findings);
      }
    }
  });

  test('segments only the paragraphs an edit changed', () => {
    const counting = countingSegmenter();
    const cache = new SegmentationCache(counting);
    const draft = drafts()[0]!;
    analyze(draft, { segmenter: cache.segmenter });
    cache.endAnalysis();
    counting.calls = 0;
    const lines = draft.split('\n');
    lines[3] = `${lines[3]}完成了项任务。`;
    analyze(lines.join('\n'), { segmenter: cache.segmenter });
    expect(counting.calls).toBe(1);
  });

  test('forgets paragraphs that left the draft', () => {
    const cache = new SegmentationCache(segmenter);
    analyze('甲段落。\n乙段落。', { segmenter: cache.segmenter });
    cache.endAnalysis();
    analyze('丙段落。', { segmenter: cache.segmenter });
    cache.endAnalysis();
    analyze('丙段落。', { segmenter: cache.segmenter });
    cache.endAnalysis();
    expect(cache.size).toBe(1);
  });
});
