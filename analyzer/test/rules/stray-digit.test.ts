import { describe, expect, it } from 'vitest';
import { listFixtures } from '../helpers/fixtures.js';
import { runRule, testRule } from '../helpers/rule-tester.js';

// Invented sentences: injected digits in other words and places than the seeds have.
testRule('stray-digit', {
  valid: [
    // A count of incidents, an ordinal, a numbered unit after 系统: the 1 counts or labels.
    '全年发生1起一般事故，第1批试点，系统1号机组运行正常。',
    // Hours of the morning and evening: 早点 and 晚点 are words, but 早7点 is seven in the morning.
    '高温天气每日早7点前、晚7 点后浇水，公园早6点至晚9点开放。',
    // A demonstrative before a count: 这7天, 那3年 (the segmenter reads 这天 and 那年 as words).
    '在这7天里，2天为双休日；那3年是攻坚期。',
    '召开3次党组会议，选派2名干部参加培训，近3年来共完成12项任务。',
    '第2批试点单位包括5A级景区和G20峰会保障单位。',
    '拨打12369热线反映问题，落实“135”工作思路和“1+3”机制。',
    '共有9部门联合印发通知，全市6县市区均已完成，先后到5省市考察。',
    '对全乡7个村开展督查，建成2所学校，全年投资20万元。',
    '给予每人每餐2至5元补贴，平均每个乡镇仅有2到3名专职人员。',
    '收到感谢信23封，配备应急照明灯80盏、冲锋舟2艘。',
    '“文明科室”4个，“五好家庭”20户。',
    '1、加强领导；2、明确责任。',
    '我局在4月份开展了“质量月”活动，3号楼会议室已启用。',
    '人口出生率控制在20‰以内，PM2.5浓度下降3.5%。',
    '新配备食品快检车2辆，校车4辆，满意率达9成，分2组进行，每2周一次。',
    '举办主题演讲比赛9场，规上企业5家以上。',
    // A digit labelling a figure, table, attachment or code is no count.
    '系统结构如图3所示，具体指标见表2，申报表格式详见附件1，请按代码4填写。',
    // A tally names each count's unit: medals, places, a slogan of ranks.
    '运动员共获得4金、7银、2铜，覆盖2县6乡，力争排名“保5争3”。',
    // A unit with a prefix before its unit character.
    '建成一条12英寸晶圆生产线，新建6英寸产线，航道延伸至3海里外。',
    // Compound units counting times, and doses.
    '每人接种3剂次，出动巡逻船5艘次、直升机2架次，服用中药7剂。',
  ],
  invalid: [
    {
      code: '学校举办迎新晚3会，效果很好。',
      description: 'a digit that cuts a word of 晚 before anything but the hour',
      findings: [{ text: '晚3会', messageId: 'strayDigit' }],
    },
    {
      code: '解决这5些问题，要这7样做。',
      description: 'a digit that cuts a demonstrative word',
      findings: [
        { text: '这5些', messageId: 'strayDigit' },
        { text: '这7样', messageId: 'strayDigit' },
      ],
    },
    {
      code: '在社区文明创建方面做了1系列的工作，进1步统1思想，1直以来坚持唯1标准。',
      description: 'a converter wrote the 一 of words that count nothing as 1',
      findings: [
        { text: '1', messageId: 'digitForNumeral' },
        { text: '1', messageId: 'digitForNumeral', occurrence: 2 },
        { text: '1', messageId: 'digitForNumeral', occurrence: 3 },
        { text: '1', messageId: 'digitForNumeral', occurrence: 4 },
        { text: '1', messageId: 'digitForNumeral', occurrence: 5 },
      ],
    },
    {
      code: '全面7落实党风廉政建设责任制。',
      findings: [{ text: '面7落', messageId: 'strayDigit' }],
    },
    {
      code: '坚持以人民为中心的发展思6想，认真贯彻3落实上级精神。',
      findings: [
        { text: '思6想', messageId: 'strayDigit' },
        { text: '彻3落', messageId: 'strayDigit' },
      ],
    },
    {
      code: '深入开展2“不忘初心”主题教育。',
      description: 'a digit before an opening quote',
      findings: [{ text: '展2“', messageId: 'strayDigit' }],
    },
    {
      code: '积极组织参加5县上举办的读书活动。',
      description: '县上 is not a county count',
      findings: [{ text: '加5县', messageId: 'strayDigit' }],
    },
    {
      code: '圆满完5成各项任务，针4对突出问题，修建农村公7路。',
      description: 'a digit inside a word, before a character that is sometimes a measure word',
      findings: [
        { text: '完5成', messageId: 'strayDigit' },
        { text: '针4对', messageId: 'strayDigit' },
        { text: '公7路', messageId: 'strayDigit' },
      ],
    },
    {
      code: '迈出下6一步，坚持每周4一练。',
      description: 'a digit before a Chinese digit',
      findings: [
        { text: '下6一', messageId: 'strayDigit' },
        { text: '周4一', messageId: 'strayDigit' },
      ],
    },
    {
      code: '受到上级表3扬，审核施工图2纸，第2季4度完成。',
      description: 'a digit cutting a word that starts with a label noun, or after a count whose unit it cuts',
      findings: [
        { text: '表3扬', messageId: 'strayDigit' },
        { text: '图2纸', messageId: 'strayDigit' },
        { text: '季4度', messageId: 'strayDigit' },
      ],
    },
    {
      code: '加强干部队伍８建设',
      description: 'a full-width digit',
      findings: [{ text: '伍８建', messageId: 'strayDigit' }],
    },
    {
      code: '緊緊圍繞中心3工作，為人民1服務。',
      description: 'Traditional script',
      findings: [
        { text: '心3工', messageId: 'strayDigit' },
        { text: '民1服', messageId: 'strayDigit' },
      ],
    },
  ],
});

it('suggests the text without the digit, never as a safe fix', () => {
  const [finding] = runRule('stray-digit', '为人民1服务');
  expect(finding).toMatchObject({ text: '民1服', replacements: ['民服'] });
  expect(finding!.fix).toBeUndefined();
});

describe('digits injected at random into correct drafts', () => {
  // A fixed pseudo-random sequence, so the test is the same on every run.
  let state = 20261121;
  const random = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  const han = /\p{Script=Han}/u;
  let injected = 0;
  let found = 0;
  let reported = 0;
  for (const fixture of listFixtures(['clean', 'examples', 'heldout'])) {
    let text = '';
    const positions: number[] = [];
    for (let index = 0; index < fixture.text.length; index++) {
      text += fixture.text[index];
      if (han.test(fixture.text[index]!) && han.test(fixture.text[index + 1] ?? '') && random() < 1 / 120) {
        positions.push(text.length);
        text += String(Math.floor(random() * 10));
      }
    }
    const findings = runRule('stray-digit', text);
    injected += positions.length;
    found += positions.filter((position) => findings.some((finding) => finding.offset + 1 === position)).length;
    reported += findings.length;
  }

  it('are found (a digit before a measure word such as 组 or 名 reads as a count, so not all)', () => {
    expect(injected).toBeGreaterThan(100);
    expect(found / injected).toBeGreaterThanOrEqual(0.8);
  });

  it("are the only digits reported: the drafts' own numbers are not", () => {
    expect(reported).toBe(found);
  });
});
