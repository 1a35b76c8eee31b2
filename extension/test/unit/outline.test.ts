import * as jieba from 'jieba-wasm';
import { describe, expect, test } from 'vitest';
import { analyze, createJiebaWasmSegmenter, outlineToJson } from '../../src/analysis/analyzer-core.js';
import { countPerSection, flattenOutline } from '../../src/analysis/outline.js';

const segmenter = createJiebaWasmSegmenter(jieba);

const DRAFT = [
  '青山县环保局2024年工作总结',
  '一、主要工作',
  '（一）加强组织领导',
  '全年召开会议次。一是学习制度；二是考核制度。',
  '（二）完善工作制度',
  '二、存在问题',
  '满意率达%。',
].join('\n');

describe('the outline the side panel shows', () => {
  const { outline, findings } = analyze(DRAFT, { segmenter });
  const headings = flattenOutline(outlineToJson(outline));

  test('the document title and every heading in reading order, inline items left out', () => {
    expect(headings.map((heading) => `${heading.kind}:${heading.level}:${heading.marker}${heading.title}`)).toEqual([
      'document:0:青山县环保局2024年工作总结',
      'heading:1:一、主要工作',
      'heading:2:（一）加强组织领导',
      'heading:2:（二）完善工作制度',
      'heading:1:二、存在问题',
    ]);
    for (const heading of headings) expect(DRAFT.slice(heading.offset).startsWith(heading.marker + heading.title)).toBe(true);
  });

  test('gaps are counted in the section that holds them and in its parents', () => {
    const counts = countPerSection(
      headings,
      findings.filter((finding) => finding.severity === 'error').map((finding) => finding.offset),
    );
    const byTitle = new Map(headings.map((heading, index) => [heading.title, counts[index]]));
    expect(byTitle.get('加强组织领导')).toBe(1);
    expect(byTitle.get('完善工作制度')).toBe(0);
    expect(byTitle.get('存在问题')).toBe(1);
    expect(byTitle.get('主要工作')).toBe(1);
  });

  test('an empty outline gives an empty list', () => {
    expect(flattenOutline([])).toEqual([]);
  });
});
