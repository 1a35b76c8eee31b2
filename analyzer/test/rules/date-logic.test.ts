import { describe, expect, it } from 'vitest';
import { parseSmallNumber } from '../../src/rules/date-logic.js';
import { runRule, testRule } from '../helpers/rule-tester.js';

testRule('date-logic', {
  valid: [
    '2018-2020年度先进集体，2009-2010创建文明机关工作总结。',
    '2001-2005全国法制宣传教育先进单位，2019到2020年连续获评。',
    '组织教师参加2008北京奥运会志愿服务和2010上海世博会。',
    // A year that opens the name of an event or a plan is part of the name.
    '在“2019移动互联网创新峰会暨生态大会”上发布，实施2030领航计划，举办2021开放创新大会。',
    // A year that opens a title or a quoted name belongs to it.
    '参照《2022全民健身发展白皮书》和“2023优秀案例”评选。',
    // Amounts: 提高到2000 does not open a clause; 从2000起步.
    '床位数由1500张提高到2000，户数从2000起步逐年增加。',
    '活动自2021年3月1日至2021年6月30日，冬季攻坚从12月1日至1月31日。',
    '2024年2月29日召开总结会，二〇二三年十二月三十一日截止。',
    '七八月份是汛期，九十月份开展秋季造林；前13个月累计完成。',
    '执行GB/T 2260-2007标准，通过ISO9001认证，文件编号第2011号。',
    '收购雷竹笋2000吨，投资2000，其中财政资金一半。',
    '统一月度考核，2015月报已报送。',
    // The edition of a law in brackets after its title is written without 年.
    '作出的《关于〈环境保护法〉（2014修订）第六十一条适用有关问题的复函》，依据《土壤污染防治法》（2018版）。',
  ],
  invalid: [
    { code: '2023—2019年创建工作总结', findings: [{ text: '2023—2019年', messageId: 'reversedRange' }] },
    { code: '本轮整治时间为2020至2018年。', findings: [{ text: '2020至2018年', messageId: 'reversedRange' }] },
    {
      code: '第一阶段（2022年5月10日-2022年4月30日）。',
      description: 'a full date range that ends before it starts',
      findings: [{ text: '2022年5月10日-2022年4月30日', messageId: 'reversedRange' }],
    },
    {
      code: '成效明显。2017我所被评为先进，2016以来持续推进。',
      findings: [
        { text: '2017我', messageId: 'yearWithoutNian' },
        { text: '2016以', messageId: 'yearWithoutNian' },
      ],
    },
    {
      code: '主要目标。到2025，基本建成服务体系。刚刚过去的2024，全市经济稳中向好。自2016起，聚焦重点领域。',
      description: 'a target year, the year just past and a starting year before 起',
      findings: [
        { text: '2025，', messageId: 'yearWithoutNian' },
        { text: '2024，', messageId: 'yearWithoutNian' },
        { text: '2016起', messageId: 'yearWithoutNian' },
      ],
    },
    {
      code: '他说：“2019我们被评为先进，今后再接再厉。”',
      description: 'a quoted sentence is no name: the year inside still lacks 年',
      findings: [{ text: '2019我', messageId: 'yearWithoutNian' }],
    },
    {
      code: '成效明显。2019我局举办了开放日大会。',
      description: 'a pronoun after the year: the words do not run on into a name',
      findings: [{ text: '2019我', messageId: 'yearWithoutNian' }],
    },
    {
      code: '街道被评为2021优秀基层党组织，2019曾获表彰。',
      findings: [
        { text: '2021优', messageId: 'yearWithoutNian' },
        { text: '2019曾', messageId: 'yearWithoutNian' },
      ],
    },
    {
      code: '工作扎实。2014，我站领导班子被评为好班子。',
      description: 'a year with a comma at the start of a clause',
      findings: [{ text: '2014，', messageId: 'yearWithoutNian' }],
    },
    {
      code: '会议定于2月30日召开，4月31日前报送，2023年2月29日截止。',
      findings: [
        { text: '2月30日', messageId: 'impossibleDate' },
        { text: '4月31日', messageId: 'impossibleDate' },
        { text: '2023年2月29日', messageId: 'impossibleDate' },
      ],
    },
    {
      code: '2022年13月完成验收，六月三十一日报送。',
      findings: [
        { text: '13月', messageId: 'impossibleDate' },
        { text: '六月三十一日', messageId: 'impossibleDate' },
      ],
    },
    {
      code: '２０１７我局被評為先進。',
      description: 'full-width digits, Traditional script',
      findings: [{ text: '２０１７我', messageId: 'yearWithoutNian' }],
    },
  ],
});

it('suggests the year with 年, never as a safe fix', () => {
  const [finding] = runRule('date-logic', '2017我所被评为先进');
  expect(finding).toMatchObject({ replacements: ['2017年我'] });
  expect(finding!.fix).toBeUndefined();
});

describe('parseSmallNumber', () => {
  it.each([
    ['3', 3],
    ['12', 12],
    ['三', 3],
    ['十', 10],
    ['十二', 12],
    ['三十一', 31],
    ['二十', 20],
  ])('%s → %d', (numeral, value) => expect(parseSmallNumber(numeral)).toBe(value));
  it.each(['八九', '一十二', '十十', ''])('%s is not a date number', (numeral) =>
    expect(parseSmallNumber(numeral)).toBeUndefined(),
  );
});
