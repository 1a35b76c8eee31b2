import { testRule } from '../helpers/rule-tester.js';

testRule('empty-pair', {
  valid: [
    '他说：“好，我们走。”会议于10:30召开，共1,000人参加。',
    '做好（一）、（二）项工作，怎么办？！还有很多……',
    // A call in a code sample is not a bracket whose content was cut.
    '调用convert()函数完成转换。',
    // A Markdown task box is no bracket whose content was cut.
    '- [ ] 完成年度总结',
    // A heading whose ordinal was stripped is heading-numbering's finding, not an empty pair as well.
    '一、主要任务\n（一）加快发展。\n（）优化结构。\n　　（）强化保障。',
  ],
  invalid: [
    {
      code: '请拨打“”热线电话，阅读《》一书。',
      findings: [
        { text: '“”', messageId: 'emptyPair' },
        { text: '《》', messageId: 'emptyPair' },
      ],
    },
    { code: '狠抓“（ ）三同时”管理。', findings: [{ text: '（ ）', messageId: 'emptyPair' }] },
    {
      code: '根据（杭政办函〔〕75号）文件精神。',
      description: 'a document number whose year was stripped',
      findings: [{ text: '〔〕', messageId: 'emptyPair' }],
    },
    {
      code: '（）\n联系电话：（）。',
      description: 'empty brackets opening a line with no heading text after them, or inside a line',
      findings: [
        { text: '（）', occurrence: 1, messageId: 'emptyPair' },
        { text: '（）', occurrence: 2, messageId: 'emptyPair' },
      ],
    },
    {
      code: '公開“”環境舉報電話、“”廉政舉報電話。',
      description: 'Traditional script',
      findings: [
        { text: '“”', occurrence: 1, messageId: 'emptyPair' },
        { text: '“”', occurrence: 2, messageId: 'emptyPair' },
      ],
    },
  ],
});
