import { testRule } from '../helpers/rule-tester.js';

testRule('censored-text', {
  valid: [
    '全年共受理群众来信来访120件，办结率100%。',
    // Two or more asterisks are a placeholder (placeholder-name), not censorship.
    '***办公厅转发了《**城周讯》的文章。',
    // Bullets, footnotes, arithmetic and Markdown emphasis.
    '* 加强组织领导，明确工作责任。',
    '*注：数据截至2024年12月。',
    '省级文明单位*，市级文明单位3个。',
    '面积按3*4平方米计算，代码写作a*b。',
    '这是今年的*重点工作*，必须抓紧落实。',
    // The asterisk spoken of as a sign: after a verb of marking, or as *号.
    '表中标注*的指标为约束性指标，带*号的栏目必须填写。',
    // A single asterisk before an administrative unit is a blank place name: placeholder-name's finding.
    '近年来，*县坚持生态优先，获评*市文明县城。',
  ],
  invalid: [
    {
      code: '设立了项目审批、排污收费、*投诉、领导接待四个窗口。',
      findings: [{ text: '*投诉', messageId: 'censoredCharacters' }],
    },
    {
      code: '四是加大安全生产*查处力度，让群众放心。',
      findings: [{ text: '生产*查处', messageId: 'censoredCharacters' }],
    },
    {
      code: '全年共受理各类环境*件，有奖举报兑现12起。',
      findings: [{ text: '环境*件', messageId: 'censoredCharacters' }],
    },
    {
      code: '使这两起涉及群体利益的*得到妥善解决。',
      findings: [{ text: '的*得到', messageId: 'censoredCharacters' }],
    },
    {
      code: '公开＊举报电话，接受社会监督，坚决打击*活动。',
      description: 'full-width asterisk, two findings in one paragraph far apart',
      findings: [
        { text: '公开＊举报电话', messageId: 'censoredCharacters' },
        { text: '打击*活动', messageId: 'censoredCharacters' },
      ],
    },
    {
      code: '就建設項目審批、*調處等事項向社會公開承諾。',
      description: 'Traditional script',
      findings: [{ text: '*調處', messageId: 'censoredCharacters' }],
    },
  ],
});
