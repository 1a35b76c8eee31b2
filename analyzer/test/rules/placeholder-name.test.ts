import { testRule } from '../helpers/rule-tester.js';

testRule('placeholder-name', {
  valid: [
    '拍摄X光片，使用X射线检测设备。',
    '本次检查面积为3×4米，使用Windows XP系统。',
    '二○一○年工作总结',
    '在单位开展“文明科室”评选，某些单位仍需改进。',
    '全年共受理各类环境*件，*举报电话公开。',
    'Excel表格中的x轴表示时间。',
  ],
  invalid: [
    { code: 'X县环境保护局“十一五”期间精神文明建设工作总结', findings: [{ text: 'X', messageId: 'placeholder' }] },
    { code: '被省级以上新闻媒体采用近XXX篇。', findings: [{ text: 'XXX', messageId: 'placeholder' }] },
    { code: '在党组书记、局长××以身作则、率先垂范的带领下。', findings: [{ text: '××', messageId: 'placeholder' }] },
    { code: '1、高度重视机关党的建设\nxxxx局于2003年11月成立。', findings: [{ text: 'xxxx', messageId: 'placeholder' }] },
    {
      code: '在《**城周讯》刊登区委常委的文章，***办公厅转发。',
      findings: [
        { text: '**', messageId: 'placeholder' },
        { text: '***', messageId: 'placeholder' },
      ],
    },
    { code: '力争在20XX年成功创建省级文明单位。', findings: [{ text: 'XX', messageId: 'placeholder' }] },
    {
      code: '中共某某镇委员会：联系人____，电话＿＿＿＿。',
      findings: [
        { text: '某某', messageId: 'placeholder' },
        { text: '____', messageId: 'placeholder' },
        { text: '＿＿＿＿', messageId: 'placeholder' },
      ],
    },
    { code: 'ＸＸ市人民政府', description: 'full-width placeholders', findings: [{ text: 'ＸＸ', messageId: 'placeholder' }] },
  ],
});
