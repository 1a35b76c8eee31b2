import { describe, expect, it } from 'vitest';
import { runRule, testRule } from '../helpers/rule-tester.js';

testRule('placeholder-date', {
  valid: [
    '于2009年3月被县委授予“县级文明单位”称号。',
    '年初，我局制定了计划；年底前全面完成，今年、每年、去年都是如此。',
    '由考核小组负责于年中、年末对目标进行考核。',
    '开展作风建设年活动和基层服务月活动，纪念世界环境日。',
    '机关基层党组织年组织学习12次以上。',
    '二〇二四年十月九日',
    '2008年9 月15日',
    '前9个月我区外贸实现增长，每两个月围绕一个主题。',
    '过了年，大家返回岗位。',
    'XX年上半年工作总结',
    '截至年底，累计完成任务；请于月底前报送，月度例会每月召开一次。',
    '日前，我局召开了专题会议，上午时间安排参观。',
    '同年10月，他被任命为副局长；年度总结年底完成。',
    '全县共有民宿150余家，年接待游客86万人次，年缺口约1100万元。',
    '开展作风建设年活动方案',
    // Reduplication means "every": every year, every month.
    '安全生产工作年年讲、月月抓，做到日日有检查。',
    // 月 opening a noun: lunar soil, monthly sales.
    '成果应用于月壤研究，将起征点从月销售额5万元提高到8万元。',
  ],
  invalid: [
    { code: '于年月被县委、县政府授予“县级文明单位”称号。', findings: [{ text: '年月', messageId: 'emptyDate' }] },
    { code: '得到了上级的表彰奖励。\n年月日\n', findings: [{ text: '年月日', messageId: 'emptyDate' }] },
    {
      code: '县卫生健康局\n年  月  日',
      description: 'a signature date with spaces to fill in',
      findings: [{ text: '年  月  日', messageId: 'emptyDate' }],
    },
    {
      code: '申请单位（盖章）\n年 月 日\n填报日期：2024年　　月　　日\n负责人签字：　　年　　月　　日',
      description: 'blank date fields on a form, after a seal prompt or a label: notes, not errors',
      findings: [
        { text: '年 月 日', messageId: 'emptyDate', severity: 'info' },
        { text: '月　　日', messageId: 'emptyDate', severity: 'info' },
        { text: '年　　月　　日', occurrence: 2, messageId: 'emptyDate', severity: 'info' },
      ],
    },
    {
      code: '负责人签字：年月日\n于月召开会议。',
      description: 'an unspaced date after a label, and a bare month before a verb, are still gaps',
      findings: [
        { text: '年月日', messageId: 'emptyDate' },
        { text: '于月', messageId: 'missingMonth' },
      ],
    },
    { code: '做到有章可依。自年开始，我局结合年度工作实际。', findings: [{ text: '自年', messageId: 'missingYear' }] },
    { code: '今年-月共预审各类建设项目。', findings: [{ text: '年-月', messageId: 'emptyDate' }] },
    {
      code: '特别是导士镇月日和月日两次特大污染事故。',
      findings: [
        { text: '月日', messageId: 'emptyDate' },
        { text: '月日', occurrence: 2, messageId: 'emptyDate' },
      ],
    },
    { code: '本站为你精心整理了年文明创建总结范文。', findings: [{ text: '了年', messageId: 'missingYear' }] },
    {
      code: '2010年月日召开动员大会。',
      description: 'month and day missing after a complete year',
      findings: [{ text: '月日', messageId: 'emptyDate' }],
    },
  ],
});

describe('placeholder-date reads each line alone', () => {
  it('reports a month missing at the end of a line, in the middle of the text or at its end', () => {
    const spans = (text: string) => runRule('placeholder-date', text).map((finding) => `${finding.text}@${finding.offset}`);
    expect(spans('今年月\n工作总结')).toEqual(['年月@1']);
    expect(spans('工作总结\n今年月')).toEqual(['年月@6']);
  });

  it('decides a spaced blank date at the start of a line by the label on the line before', () => {
    const severities = (text: string) => runRule('placeholder-date', text).map((finding) => finding.severity);
    expect(severities('申请单位（盖章）\n年 月 日')).toEqual(['info']);
    expect(severities('会议纪要\n年 月 日')).toEqual(['error']);
  });
});
