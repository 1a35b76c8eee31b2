import { describe, expect, it } from 'vitest';
import { runRule, testRule } from '../helpers/rule-tester.js';

testRule('half-width-mark', {
  valid: [
    '他说：“好，我们走。”会议于10:30召开，共1,000人参加。',
    'The meeting, in English; ok.',
    '监测COD（cod）排放，英文名O’Brien。',
  ],
  invalid: [
    {
      code: '完成治污攻坚战。;完成净水攻坚战，，推进工作。',
      findings: [{ text: ';', messageId: 'halfWidthPunctuation', severity: 'info' }],
    },
    {
      code: '半年来,在区委领导下;我局做好工作:一是(学习)。',
      description: 'one info finding per paragraph for half-width punctuation',
      findings: [{ text: ',', messageId: 'halfWidthPunctuation', severity: 'info' }],
    },
  ],
});

describe('half-width punctuation fix', () => {
  const fixOf = (code: string) => runRule('half-width-mark', code).find((finding) => finding.fix)?.fix;
  const apply = (code: string) => {
    const fix = fixOf(code)!;
    return code.slice(0, fix.offset) + fix.text + code.slice(fix.offset + fix.length);
  };

  it('converts every half-width mark of the paragraph and keeps everything else', () => {
    expect(apply('半年来,在区委领导下;我局做好工作:一是(学习)。共计2,000人, 10:30开会!')).toBe(
      '半年来，在区委领导下；我局做好工作：一是（学习）。共计2,000人，10:30开会！',
    );
  });

  it('converts a bracket pair as a whole', () => {
    expect(apply('使用PM2.5(pm)监测')).toBe('使用PM2.5（pm）监测');
    expect(apply('阶段(2008年9月16日-2008年10月16日)')).toBe('阶段（2008年9月16日-2008年10月16日）');
  });

  it('leaves ?? alone: that is text decoded with the wrong encoding', () => {
    expect(fixOf('國家環??偩植渴')).toBeUndefined();
  });

  it('moves the fix with the paragraph', () => {
    const code = '一、工作情况\n半年来,我局做好工作。';
    const fix = fixOf(code)!;
    expect(code.slice(0, fix.offset) + fix.text + code.slice(fix.offset + fix.length)).toBe(
      '一、工作情况\n半年来，我局做好工作。',
    );
  });
});
