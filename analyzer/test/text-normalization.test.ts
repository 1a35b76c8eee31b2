import { describe, expect, it } from 'vitest';
import { normalizeText } from '../src/text/text-normalization.js';
import { foldTraditionalToSimplified } from '../src/text/traditional-script.js';

describe('normalizeText', () => {
  it('keeps the length and folds full-width digits and letters', () => {
    const text = '满意率达９８％，ＸＸ县\r\n第二行𠀋';
    const normalized = normalizeText(text);
    expect(normalized).toHaveLength(text.length);
    expect(normalized).toBe('满意率达98％，XX县\r\n第二行𠀋');
  });
});

describe('foldTraditionalToSimplified', () => {
  it('folds a Traditional line to Simplified, keeping offsets', () => {
    expect(foldTraditionalToSimplified('開展創建文明單位活動,於年月被授予')).toBe('开展创建文明单位活动,于年月被授予');
  });

  it('leaves a Simplified line alone even when another line is Traditional', () => {
    // OpenCC also maps 覆 (an ordinary Simplified character) to 复: only lines with a Traditional-only character are folded.
    const text = '文明覆盖率达到了。\n國家環保總局';
    expect(foldTraditionalToSimplified(text)).toBe('文明覆盖率达到了。\n国家环保总局');
  });

  it('returns Simplified text unchanged', () => {
    const text = '区人民政府办公室2024年工作总结\r\n于2009年被授予称号。';
    expect(foldTraditionalToSimplified(text)).toBe(text);
  });
});
