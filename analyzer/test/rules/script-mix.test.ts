import iconv from 'iconv-lite';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import { describe, expect, it } from 'vitest';
import { CHARACTERS_IN_BOTH_SCRIPTS } from '../../src/rules/data/characters-in-both-scripts.js';
import { runRule, testRule } from '../helpers/rule-tester.js';

testRule('script-mix', {
  valid: [
    '我局认真贯彻落实国家环保政策，全年完成各项任务。',
    // GB 2312 has these for names and classical words: they belong to Simplified text too.
    '乾隆年间修建的古桥得到保护，著名学者作了报告。',
    '干涉、若干、皇后、北斗在两种字体中写法相同。',
  ],
  invalid: [
    {
      code: '我局认真贯彻落实國家環境保护政策，全年完成各项任务。',
      findings: [
        { text: '國', messageId: 'traditionalInSimplified' },
        { text: '環', messageId: 'traditionalInSimplified' },
      ],
    },
    {
      code: '系统可以处理路况等动态复杂佇况，提升通行效率。',
      description: 'one rare Traditional character alone is more likely misread than left over: info',
      findings: [{ text: '佇', messageId: 'rareTraditionalInSimplified', severity: 'info' }],
    },
    {
      code: '街道党工委以後将继续加强领导。',
      findings: [{ text: '後', messageId: 'traditionalInSimplified' }],
    },
    {
      code: '開展創建文明單位活動，是新形勢下深入貫徹落實的重要環節。',
      description: 'a Traditional draft is noted once, as info',
      findings: [
        {
          text: '開展創建文明單位活動，是新形勢下深入貫徹落實的重要環節。',
          messageId: 'traditionalDocument',
          severity: 'info',
        },
      ],
    },
    {
      code: '開展創建文明單位活動。\n全體干部職工積極參與，制訂并下發了實施意見。',
      description: 'leftovers of a one-to-many conversion are info',
      findings: [
        { text: '開展創建文明單位活動。', messageId: 'traditionalDocument', severity: 'info' },
        { text: '干', messageId: 'ambiguousInTraditional', severity: 'info' },
        { text: '并', messageId: 'ambiguousInTraditional', severity: 'info' },
      ],
    },
    {
      code: '開展創建文明單位活動，全體職工积极參與環境保護。',
      description: 'a Simplified-only character in a Traditional draft is a warning',
      findings: [
        { text: '開展創建文明單位活動，全體職工积极參與環境保護。', messageId: 'traditionalDocument', severity: 'info' },
        { text: '积极', messageId: 'simplifiedInTraditional' },
      ],
    },
  ],
});

describe('script-mix', () => {
  it('suggests the other script’s form', () => {
    const [finding] = runRule('script-mix', '我们认真贯彻落实國家政策。');
    expect(finding!.replacements).toEqual(['国']);
    const findings = runRule('script-mix', '開展創建文明單位活動，全體職工积极參與環境保護。');
    expect(findings[1]!.replacements).toEqual(['積極']);
  });

  it('leaves the fuzzy edges of misdecoded text in a Simplified draft to mojibake', () => {
    // 考试招生模式 as UTF-8 read as GBK: the garbled run's edges (鑰, 紡) look Traditional.
    expect(runRule('script-mix', '防范化解重点领域风险。鑰冭瘯鎷涚敓妯″紡“天罗地网”工作体系。')).toEqual([]);
    expect(runRule('script-mix', '我局认真贯彻落实國家政策。鑰冭瘯鎷涚敓妯″紡')).toHaveLength(1);
  });

  it('leaves encoding garbage to mojibake', () => {
    const findings = runRule('script-mix', '國家環??偩植渴鸬慕ㄔO項目環境保護執行情況專項清查。');
    expect(findings.map((finding) => finding.messageId)).toEqual(['traditionalDocument']);
  });
});

describe('characters in both scripts (data)', () => {
  it('are the Simplified forms that Big5’s frequent characters also hold', () => {
    const big5 = new Set<string>();
    for (let lead = 0xa4; lead <= 0xc6; lead++) {
      for (const [first, last] of [
        [0x40, 0x7e],
        [0xa1, 0xfe],
      ] as const) {
        for (let trail = first; trail <= last; trail++) {
          if (lead === 0xc6 && trail > 0x7e) continue;
          const character = iconv.decode(Buffer.from([lead, trail]), 'big5');
          if ([...character].length === 1 && /\p{Script=Han}/u.test(character)) big5.add(character);
        }
      }
    }
    const sources = new Set<string>();
    const targets = new Set<string>();
    for (const entry of TSCharacters.split('|')) {
      const [source, target] = entry.split(' ');
      if (!source || !target || source === target || source.length !== target.length) continue;
      sources.add(source);
      targets.add(target);
    }
    const expected = [...targets]
      .filter((character) => big5.has(character) && !sources.has(character))
      .sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!)
      .join('');
    expect(CHARACTERS_IN_BOTH_SCRIPTS).toBe(expected);
  });
});
