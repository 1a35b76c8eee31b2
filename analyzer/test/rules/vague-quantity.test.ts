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
  ],
});
