import { testRule } from '../helpers/rule-tester.js';

testRule('stray-space', {
  valid: [
    // After a heading marker a space is layout.
    '一、 指导思想是以新时代中国特色社会主义思想为指导，全面推进各项工作',
    // Short lines such as headings and signatures are not read.
    '转作风 提效能',
    '　　在将近半年的时间里，全面推进“五个一”服务，取得了明显成效。',
  ],
  invalid: [
    {
      code: '在将近半年的时间 里，全面推进 “五个一”服务。',
      findings: [
        { text: '间 里', messageId: 'spaceInText', severity: 'info' },
        { text: '进 “', messageId: 'spaceInText', severity: 'info' },
      ],
    },
  ],
});
