import { describe, expect, test } from 'vitest';
import type { Finding } from '../../src/analysis/finding.js';
import { findingContext, groupByRule, occurrenceKey, suggestedChange } from '../../src/ui/finding-context.js';

function finding(overrides: Partial<Finding>): Finding {
  return {
    rule: 'blank-number',
    severity: 'error',
    offset: 0,
    length: 1,
    line: 1,
    column: 1,
    text: '',
    message: '',
    replacements: [],
    messageId: 'missingNumber',
    category: 'gap',
    ...overrides,
  };
}

describe('findingContext', () => {
  test('the finding with the text around it on its line, cut with an ellipsis', () => {
    const text = '第一行\n使局机关各项规章制度达项，实现了用制度管人的目标。\n第三行';
    const offset = text.indexOf('达项');
    expect(findingContext(text, { offset, length: 2 }, 4)).toEqual({ before: '…规章制度', target: '达项', after: '，实现了…' });
    expect(findingContext(text, { offset: 0, length: 2 }, 4)).toEqual({ before: '', target: '第一', after: '行' });
  });
});

describe('suggestedChange', () => {
  const text = '半年来本单位并且挂牌督办';
  test('the safe fix first, else the first replacement over the whole span, else nothing', () => {
    expect(suggestedChange(text, finding({ offset: 3, length: 2, fix: { offset: 3, length: 2, text: '局' } }))).toEqual({
      offset: 3,
      length: 2,
      text: '局',
    });
    expect(suggestedChange(text, finding({ offset: 3, length: 3, replacements: ['并挂', '并且挂'] }))).toEqual({
      offset: 3,
      length: 3,
      text: '并挂',
    });
    expect(suggestedChange(text, finding({}))).toBeUndefined();
  });

  test('no fix the core’s fix policy refuses: one that touches a digit, even when the finding has replacements', () => {
    const draft = '（一）启动阶段\nl、全面学习。';
    const offset = draft.indexOf('l');
    const letter = finding({ rule: 'heading-numbering', offset, length: 3, fix: { offset, length: 1, text: '1' } });
    expect(suggestedChange(draft, letter)).toBeUndefined();
    expect(suggestedChange(draft, { ...letter, replacements: ['1、全'] })).toBeUndefined();
  });
});

describe('occurrenceKey', () => {
  test('stays the same when text is added elsewhere, differs for another occurrence', () => {
    const text = '共有个单位，另有个学校。';
    const first = finding({ offset: 1, length: 2 });
    const shifted = `前言。\n${text}`;
    expect(occurrenceKey(shifted, { ...first, offset: 5 })).toBe(occurrenceKey(text, first));
    expect(occurrenceKey(text, finding({ offset: 7, length: 2 }))).not.toBe(occurrenceKey(text, first));
  });
});

describe('groupByRule', () => {
  test('must-fix rules first, each group in reading order', () => {
    const groups = groupByRule([
      finding({ rule: 'vague-quantity', severity: 'warning', offset: 1 }),
      finding({ rule: 'blank-number', offset: 9 }),
      finding({ rule: 'blank-number', offset: 2 }),
      finding({ rule: 'half-width-mark', severity: 'info', offset: 0 }),
    ]);
    expect(groups.map((group) => `${group.rule}:${group.findings.map((item) => item.offset).join(',')}`)).toEqual([
      'blank-number:2,9',
      'vague-quantity:1',
      'half-width-mark:0',
    ]);
  });
});
