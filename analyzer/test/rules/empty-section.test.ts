import { testRule } from '../helpers/rule-tester.js';

const lines = (...parts: string[]) => parts.join('\n');

testRule('empty-section', {
  valid: [
    // Every heading has a body or subheadings.
    lines(
      '一、主要做法',
      '（一）加强组织领导',
      '成立了以局长为组长的领导小组。',
      '（二）完善工作制度',
      '1.建立学习制度。每月集中学习一次。',
      '2.建立考核制度。年终进行考核。',
      '二、存在问题',
      '一是思想认识不够到位；二是工作措施不够有力。',
    ),
    // A list of bare titles is a list, not a row of holes.
    lines('四、实施步骤', '（一）动员部署阶段（3月）', '（二）组织实施阶段（4月—10月）', '（三）总结验收阶段（11月）'),
    // One-sentence items carry their own content.
    lines('二、主要目标', '1.做好创建工作的各项基础工作；', '2.完成年度污染减排任务；', '3.争创市级文明单位。'),
    // A heading followed directly by its subheadings.
    lines(
      '一、主要工作',
      '（一）思想政治建设方面',
      '1.强化理论武装',
      '年初下发了学习计划。',
      '2.抓好中心组学习',
      '全年学习12次。',
    ),
    // A list item that is a whole sentence without its full stop, and a draft typed with half-width full stops.
    lines(
      '（三）申报要求',
      '（1）申报单位须为独立法人。',
      '（2）申报材料须真实完整。',
      '（3）合作双方须就知识产权等问题达成一致，并签署合作协议（范本见附件2）',
      '（4）申报单位应按时提交材料。',
    ),
    lines(
      '(六)提升船舶智能化水平.推动关键设备研发应用.',
      '(七)培育智能航运新业态.支持成立信息服务机构,鼓励建立电子商务平台.',
      '(八)防范智能航运安全风险.建立安全监管体系.',
    ),
    // Sidebar labels head boxes, not sections.
    lines(
      '1.夯实基础研究。',
      '围绕前沿方向开展研究。',
      '专栏1　基础理论',
      '2.建设技术体系。',
      '突破关键技术。',
      '专栏2　共性技术',
      '3.布局创新平台。',
      '建设开放平台。',
    ),
    // Only one sibling has content: not enough to call the others holes.
    lines('一是加强领导', '二是完善制度', '三是强化考核。全年考核两次。'),
  ],
  invalid: [
    {
      description: 'an item with no content, merged with the next after a space',
      code: lines(
        '三、强化五项重点',
        '一是深入开展学习活动。组织集中学习20次。',
        '二是创建学习型机关。撰写调研报告15篇。',
        '三是加强宣传教育。发放宣传资料5000份。',
        '四是深入开展专项行动，保障群众健康 五是加大生态建设力度，优化城市环境。完成绿化面积30公顷。',
      ),
      findings: [{ text: '四是深入开展专项行动，保障群众健康', messageId: 'emptySection' }],
    },
    {
      description: 'a subheading with nothing before the next one',
      code: lines(
        '二、主要做法',
        '（一）加强组织领导',
        '成立了以局长为组长的领导小组。',
        '（二）完善工作制度',
        '（三）强化督促考核',
        '每季度开展一次督查。',
        '（四）营造良好氛围',
        '利用网站、展板开展宣传。',
      ),
      findings: [{ text: '（二）完善工作制度', messageId: 'emptySection' }],
    },
    {
      description: 'an empty top-level heading',
      code: lines(
        '一、基本情况',
        '全局共有干部职工86人。',
        '二、主要做法',
        '三、存在问题',
        '一是学习不够深入；二是制度执行不严。',
        '四、下一步打算',
        '进一步加强学习，完善制度。',
      ),
      findings: [{ text: '二、主要做法', messageId: 'emptySection' }],
    },
  ],
});
