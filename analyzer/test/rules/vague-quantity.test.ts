import { testRule } from '../helpers/rule-tester.js';

testRule('vague-quantity', {
  valid: [
    '征求到了30多条宝贵意见，解除600余名职工的后顾之忧。',
    '投入7000多元建好机关太阳能热水器，培训骨干200多人次。',
    '采取多种形式，通过多方筹措、多渠道、多途径推进多元化发展。',
    '多年来坚持不懈，满足群众多样化需求。',
    '让在场的数千百姓感受到了职业教育的魅力。',
    '构建多元共治格局，积极发展多元文化。',
    '学习的人多了，工作的干劲更足了。',
    '采用近XXX篇，其中10余次被转载。',
    // 多 after a figure and its measure is an approximation: 3个多百分点 = "a bit over 3".
    '利润率提高3个多百分点，辖区面积2平方多公里。',
    // After a degree adverb 多 is "more, many", not a count.
    '让更多人享受改革成果，越来越多家企业落户园区。',
    // "One or more" in a definition or a form is no tally.
    '适用于单个或多个生产环节，每个单位可申报一个或多个项目。',
    // 多元 is "diverse" unless a word for money stands before it.
    '构建捐款渠道多元、办理方式便捷的服务体系。',
  ],
  invalid: [
    {
      code: '我局已举办多期学习专栏，撰写心得体会文章多篇。',
      findings: [
        { text: '多期', messageId: 'vagueCount' },
        { text: '多篇', messageId: 'vagueCount' },
      ],
    },
    { code: '取得了大专文凭，多人次参加了培训。', findings: [{ text: '多人次', messageId: 'vagueCount' }] },
    {
      code: '向灾区捐款多元，缴纳“特殊党费”多元，捐赠图书多册。',
      findings: [
        { text: '多元', messageId: 'vagueCount' },
        { text: '多元', occurrence: 2, messageId: 'vagueCount' },
        { text: '多册', messageId: 'vagueCount' },
      ],
    },
    { code: '督促企业投资多万元建设了综合利用设施。', findings: [{ text: '多万元', messageId: 'vagueCount' }] },
    {
      code: '展出图片余幅，解答群众关心的问题余个，悬挂横幅多条。',
      findings: [
        { text: '余幅', messageId: 'vagueCount' },
        { text: '余个', messageId: 'vagueCount' },
        { text: '多条', messageId: 'vagueCount' },
      ],
    },
    { code: '先后组织各类业务知识学习余次。', findings: [{ text: '余次', messageId: 'vagueCount' }] },
    {
      code: '医务人员主动拒收、退还“红包”多元，接听咨询电话余通。',
      findings: [
        { text: '多元', messageId: 'vagueCount' },
        { text: '余通', messageId: 'vagueCount' },
      ],
    },
    {
      code: '我局多次深入到村开展帮扶，组织了多项学习内容。',
      description: 'adverbial 多次 and 多项 are idioms: info only',
      findings: [
        { text: '多次', messageId: 'vagueCount', severity: 'info' },
        { text: '多项', messageId: 'vagueCount', severity: 'info' },
      ],
    },
    {
      code: '全年举办了多期培训班，走访辖区企业多家，共开展多场宣讲活动。',
      description: 'an action reported as done (了, 共) and a count after its noun are tallies',
      findings: [
        { text: '多期', messageId: 'vagueCount' },
        { text: '多家', messageId: 'vagueCount' },
        { text: '多场', messageId: 'vagueCount' },
      ],
    },
    {
      code: '组织志愿者多名轮流值守，每天为多名老人提供助餐服务。',
      description: 'a measure that agrees with the noun before it counts that noun; 为 introduces whom the work served',
      findings: [
        { text: '多名', messageId: 'vagueCount' },
        { text: '多名', occurrence: 2, messageId: 'vagueCount' },
      ],
    },
    {
      code: '广大干部日夜奋战，打赢多场攻坚战，一些地方发生的多起重大事故令人痛心。',
      description: 'description, not a tally of work done: info',
      findings: [
        { text: '多场', messageId: 'vagueCount', severity: 'info' },
        { text: '多起', messageId: 'vagueCount', severity: 'info' },
      ],
    },
    {
      code: '每个项目可填写多个联系人，若有多家单位联合申报，每年举办多场次对接活动。',
      description: 'intentions, conditions and recurring targets are no tally: info',
      findings: [
        { text: '多个', messageId: 'vagueCount', severity: 'info' },
        { text: '多家', messageId: 'vagueCount', severity: 'info' },
        { text: '多场次', messageId: 'vagueCount', severity: 'info' },
      ],
    },
    {
      code: '去年发生了多起安全事故，我们为多个国家提供了援助。',
      description: 'what befell is no tally of work; 为 + 多个 serves no counted people or firms: info',
      findings: [
        { text: '多起', messageId: 'vagueCount', severity: 'info' },
        { text: '多个', messageId: 'vagueCount', severity: 'info' },
      ],
    },
    {
      code: '举办多期专题培训班，组织多场次宣讲活动。',
      description: 'a verb’s object with no mark of work done reads as a plan as much as a summary: info',
      findings: [
        { text: '多期', messageId: 'vagueCount', severity: 'info' },
        { text: '多场次', messageId: 'vagueCount', severity: 'info' },
      ],
    },
    {
      code: '评审标准为多位资深专家组成的专家组意见。',
      description: '为 after a noun is the copula, not "for": info',
      findings: [{ text: '多位', messageId: 'vagueCount', severity: 'info' }],
    },
  ],
});
