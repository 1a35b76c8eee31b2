import { describe, expect, test } from 'vitest';
import { countPerSection, flattenOutline } from '../../src/analysis/outline.js';

describe('flattenOutline', () => {
  test('flattens a heading tree into reading order', () => {
    const tree = [
      {
        level: 1,
        marker: '一、',
        title: '主要工作',
        offset: 10,
        children: [{ level: 2, marker: '（一）', title: '强化领导', offset: 20, children: [] }],
      },
      { level: 1, marker: '二、', title: '存在问题', offset: 50, children: [] },
    ];
    expect(flattenOutline(tree).map((heading) => `${heading.level}:${heading.marker}${heading.title}@${heading.offset}`)).toEqual(
      ['1:一、主要工作@10', '2:（一）强化领导@20', '1:二、存在问题@50'],
    );
  });

  test('reads a result object that holds its headings under a key', () => {
    expect(flattenOutline({ title: null, headings: [{ level: 1, title: '总结', offset: 0 }] })).toEqual([
      { level: 1, title: '总结', marker: '', offset: 0 },
    ]);
  });

  test('an analyzer without an outline gives an empty list', () => {
    expect(flattenOutline(undefined)).toEqual([]);
    expect(flattenOutline('not an outline')).toEqual([]);
  });
});

describe('countPerSection', () => {
  test('a section runs to the next heading of the same or a higher level', () => {
    const headings = [
      { level: 1, title: 'A', marker: '', offset: 0 },
      { level: 2, title: 'A1', marker: '', offset: 10 },
      { level: 1, title: 'B', marker: '', offset: 30 },
    ];
    expect(countPerSection(headings, [5, 12, 15, 31, 40], 50)).toEqual([3, 2, 2]);
  });
});
