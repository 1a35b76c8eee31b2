import { testRule } from '../helpers/rule-tester.js';

testRule('doubled-mark', {
  valid: [
    '他说：“好，我们走。”会议于10:30召开，共1,000人参加。',
    // Emphasis and ellipses are not doubled marks.
    '做好（一）、（二）项工作，怎么办？！还有很多……',
    'The meeting, in English; ok.',
    '“第一责任人”、“三位一体”的工作机制，都要落实。',
  ],
  invalid: [
    {
      code: '完成治污攻坚战。;完成净水攻坚战，，推进工作。',
      findings: [
        { text: '。;', messageId: 'doubledMarks' },
        { text: '，，', messageId: 'doubledMarks' },
      ],
    },
    {
      code: '做到“四快、四必、”，包括甲、乙、丙、）等。',
      findings: [
        { text: '、”', messageId: 'enumerationCommaBeforeClosing' },
        { text: '、）', messageId: 'enumerationCommaBeforeClosing' },
      ],
    },
  ],
});
