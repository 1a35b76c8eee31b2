import { describe, expect, it } from 'vitest';
import { parseYear } from '../../src/rules/date-consistency.js';
import { runRule, testRule } from '../helpers/rule-tester.js';

const summary = (title: string, body: string, date: string) => `${title}\n${body}\n县环保局\n${date}`;

testRule('date-consistency', {
  valid: [
    '会议于2024年3月5日（星期二）召开。',
    '二〇二四年三月五日（周二），召开全体干部职工大会。',
    '2023年12月31日（星期日）24时截止。',
    // An impossible date is date-logic's.
    '会议于2024年2月30日（星期五）召开。',
    '“十三五”（2016—2020年）期间，2016—2020年（“十三五”）。',
    '2021年是“十四五”规划的开局之年，2025年是“十四五”收官之年。',
    // What is still to come may lie after the date line.
    summary('县环保局2024年工作总结', '全年完成各项任务，力争2025年3月完成验收。', '2024年12月20日'),
    summary('县环保局2024年工作总结', '全年完成各项任务。\n二、下一步工作打算\n2025年3月完成验收。', '2024年12月20日'),
    // A summary of 2024 signed early in 2025, and one that names the same month.
    summary('县环保局2024年工作总结', '全年完成各项任务，12月完成验收。', '2025年1月8日'),
    summary('县环保局2024年工作总结', '2024年12月完成验收。', '2024年12月20日'),
    // A plan is no summary: its dates lie ahead.
    summary('县环保局2025年工作计划', '2025年3月完成验收。', '2024年12月20日'),
    summary('县环保局2024年工作总结', '今年（2024年）以来，完成各项任务。', '2024年12月20日'),
    summary('县环保局2024年工作总结', '今年（2025年）1月，完成年度考核。', '2025年1月8日'),
    summary('县环保局“十一五”期间工作总结', '2005年以来，我局被评为先进。比2003年增长一倍。', '2011年1月20日'),
    summary('县环保局“十一五”期间工作总结', '2011年，我局将继续推进。', '2010年12月20日'),
  ],
  invalid: [
    {
      code: '会议于2024年3月5日（星期三）召开。',
      findings: [{ text: '2024年3月5日（星期三）', messageId: 'weekdayMismatch' }],
    },
    {
      code: '二〇二四年三月五日（周三），召开全体干部职工大会。',
      description: 'a date in Chinese numerals',
      findings: [{ text: '二〇二四年三月五日（周三）', messageId: 'weekdayMismatch' }],
    },
    {
      code: '“十三五”（2011—2015年）期间，全县累计完成各项目标任务。',
      findings: [{ text: '“十三五”（2011—2015年）', messageId: 'planPeriodMismatch' }],
    },
    {
      code: '2020年是“十三五”规划的开局之年。',
      findings: [{ text: '2020年是“十三五”规划的开局之年', messageId: 'planPeriodMismatch' }],
    },
    {
      code: summary('县环保局2024年工作总结', '全年完成各项任务，2025年3月完成验收。', '2024年12月20日'),
      findings: [{ text: '2025年3月', messageId: 'afterDocumentDate' }],
    },
    {
      code: summary('县环保局2024年工作总结', '全年完成各项任务，2024年12月26日完成验收。', '二〇二四年十二月二十日'),
      description: 'a date line in Chinese numerals',
      findings: [{ text: '2024年12月26日', messageId: 'afterDocumentDate' }],
    },
    {
      code: summary('县环保局2024年工作总结', '全年完成各项任务。', '2023年12月20日'),
      findings: [{ text: '2023年12月20日', messageId: 'dateBeforePeriod' }],
    },
    {
      code: summary('县环保局2024年上半年工作总结', '上半年完成各项任务。', '2024年4月20日'),
      findings: [{ text: '2024年4月20日', messageId: 'dateBeforePeriod' }],
    },
    {
      code: summary('县环保局2024年工作总结', '今年（2023年）以来，完成各项任务。', '2024年12月20日'),
      findings: [{ text: '今年（2023年）', messageId: 'yearWordMismatch' }],
    },
    {
      code: '县环保局2023年工作总结\n今年是“十四五”规划的收官之年。',
      findings: [{ text: '今年是“十四五”规划的收官之年', messageId: 'yearWordMismatch' }],
    },
    {
      code: summary('县环保局“十一五”期间工作总结', '2013年，我局被评为先进单位。', '2010年12月20日'),
      findings: [{ text: '2013年', messageId: 'outsidePlanPeriod' }],
    },
  ],
});

describe('date-consistency messages', () => {
  it('give the evidence', () => {
    const [weekday] = runRule('date-consistency', '会议于2024年3月5日（星期三）召开。');
    expect(weekday!.message).toBe('2024年3月5日是星期二，不是“星期三”，请核对日期或星期。');
    const [after] = runRule('date-consistency', summary('县环保局2024年工作总结', '2025年3月完成验收。', '2024年12月20日'));
    expect(after!.message).toContain('落款日期“2024年12月20日”');
  });

  it('reads years in digits and Chinese numerals', () => {
    expect(parseYear('2024')).toBe(2024);
    expect(parseYear('二〇二四')).toBe(2024);
    expect(parseYear('二○一九')).toBe(2019);
    expect(parseYear('一九九八')).toBe(1998);
  });
});
