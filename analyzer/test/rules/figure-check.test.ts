import { describe, expect, it } from 'vitest';
import { parseChineseNumeral, parseFigure } from '../../src/rules/lexicon/figures.js';
import { runRule, testRule } from '../helpers/rule-tester.js';

testRule('figure-check', {
  valid: [
    // A list after 其中 need not be complete.
    '今年共培训120人，其中党员80人、群众30人。',
    // Approximate figures are never exact: 余, 约, 近, 多, 超过.
    '共培训120余人，其中党员80人、群众50人。',
    '共培训约120人，其中党员80人、群众50人。',
    '共培训120人，其中党员近80人、群众50多人。',
    // Within the rounding of figures written in 万.
    '全镇共有农户1.2万户，其中种植户0.7万户、养殖户0.6万户。',
    // 95.8% and 96% both round 115 ÷ 120.
    '本次共120人参加考核，合格115人，合格率达95.8%，优秀率另计。',
    '本次共120人参加考核，合格115人，合格率达96%。',
    // Parts in another unit are not parts of the total.
    '共开展培训12场，其中参训干部800人次、群众600人次。',
    // A change before 其中 is not a total.
    '财政赤字比去年增加2000亿元，其中中央财政赤字1550亿元，地方财政赤字830亿元。',
    // A stronger mark than the one between the parts ends the list.
    '全年共完成造林3.2万亩，其中新造林1.5万亩，补植1.7万亩；完成育苗0.5万亩。',
    // Items that compare or share are not parts.
    '共培训120人，其中党员80人，比上年增加50人。',
    // Shares of a part and unnamed 占比 of different subjects.
    '第三产业占60%，其中现代服务业占45%。',
    '清洁能源装机占比54.8%、发电量占比51.3%。',
    '出口占全省的40%，进口占全国的70%。',
    // Annual averages and real growth are not the ratio of the two figures.
    '地区生产总值由1.2万亿元增加到1.5万亿元，年均增长5.5%。',
    '销售收入由800万元增加到1000万元，按可比价格计算增长18%。',
    '销售收入由800万元增加到1000万元，增长25%。',
    '事故起数由40起下降到30起，下降25%。',
    // Percentages in the from–to figures: points or relative, the rule does not guess.
    '覆盖率由60%提高到75%，提高15%。',
    // An ordinal, and a month count, are not quantities.
    '第三批共120人，其中第一批80人。',
  ],
  invalid: [
    {
      code: '今年共培训120人，其中党员80人、群众50人。',
      findings: [{ text: '120人，其中党员80人、群众50人', messageId: 'partsExceedTotal' }],
    },
    {
      code: '共培训一千二百人，其中党员八百人、群众五百人。',
      description: 'Chinese numerals',
      findings: [{ text: '一千二百人，其中党员八百人、群众五百人', messageId: 'partsExceedTotal' }],
    },
    {
      code: '全镇共有农户1.2万户。其中，种植户8000户，养殖户5000户。',
      description: '其中 opening the next sentence; a total in 万',
      findings: [{ text: '1.2万户。其中，种植户8000户，养殖户5000户', messageId: 'partsExceedTotal' }],
    },
    {
      code: '共培训学员120人，其中男性、女性分别为70人、60人。',
      findings: [{ text: '120人，其中男性、女性分别为70人、60人', messageId: 'partsExceedTotal' }],
    },
    {
      code: '本次共120人参加考核，合格115人，合格率达98%。',
      findings: [{ text: '98%', messageId: 'rateMismatch' }],
    },
    {
      code: '全年共受理投诉240件，办结人数不计，已办结228件，办结率为90%。',
      findings: [{ text: '90%', messageId: 'rateMismatch' }],
    },
    {
      code: '第一产业占15%，第二产业占50%，第三产业占40%。',
      findings: [{ text: '15%，第二产业占50%，第三产业占40%', messageId: 'sharesExceedWhole' }],
    },
    {
      code: '三类企业分别占全县的45%、35%和30%。',
      findings: [{ text: '45%、35%和30%', messageId: 'sharesExceedWhole' }],
    },
    {
      code: '销售收入由800万元增加到1000万元，增长20.5%。',
      findings: [{ text: '20.5%', messageId: 'growthMismatch' }],
    },
    {
      code: '事故起数由40起下降到30起，同比下降15%。',
      findings: [{ text: '15%', messageId: 'growthMismatch' }],
    },
    {
      code: '投资由8000万元增加到1.2亿元，增长40%。',
      description: 'figures in 万 and 亿',
      findings: [{ text: '40%', messageId: 'growthMismatch' }],
    },
  ],
});

describe('figure-check messages', () => {
  it('explain the arithmetic and ask to verify', () => {
    const [parts] = runRule('figure-check', '今年共培训120人，其中党员80人、群众50人。');
    expect(parts!.message).toBe('分项之和80人 + 50人 = 130人，大于总数120人，请核对各项数字。');
    const [rate] = runRule('figure-check', '本次共120人参加考核，合格115人，合格率达98%。');
    expect(rate!.message).toBe('115人 ÷ 120人 ≈ 95.8%，与“98%”不符，请核对比率或人数。');
    const [sum] = runRule('figure-check', '全镇共有农户1.2万户，其中种植户8000户、养殖户5000户。');
    expect(sum!.message).toContain('= 1.3万户');
  });
});

describe('figures', () => {
  it.each([
    ['120', 120, 0],
    ['1,234.5', 1234.5, 0.05],
    ['1.2万', 12000, 500],
    ['2.38万亿', 2.38e12, 0.005e12],
    ['3万5千', 35000, 500],
    ['三千二百', 3200, 0],
    ['十五', 15, 0],
    ['二十三万', 230000, 5000],
    ['两百', 200, 0],
    ['一万二', 12000, 500],
    ['二〇二四', 2024, 0],
  ])('%s is %d (± %d)', (figure, value, halfStep) => {
    const parsed = parseFigure(figure)!;
    expect(parsed.value).toBeCloseTo(value);
    expect(parsed.halfStep).toBeCloseTo(halfStep);
  });

  it('reads no number from a range of digits (三四, 七八)', () => {
    expect(parseChineseNumeral('三四')).toBeUndefined();
    expect(parseChineseNumeral('七八')).toBeUndefined();
  });
});
