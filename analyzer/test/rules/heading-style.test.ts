import { testRule } from '../helpers/rule-tester.js';

const lines = (...parts: string[]) => parts.join('\n');

testRule('heading-style', {
  valid: [
    lines('一、指导思想', '（一）加强组织领导', '1.开展专题读书班。', '（1）组织参加评选活动。'),
    // 1． (full-width full stop) alone is accepted.
    lines('二、主要任务', '１．开展专题读书班。', '２．开展交流研讨。'),
    // Half-width brackets in a draft typed in half-width punctuation throughout: half-width-mark's finding.
    lines('一、主要做法', '(一)理清思路,明确目标,形成创建合力', '创建工作与行风建设既相互关联,又自成体系。'),
    // Broken numbering is heading-numbering's, not a style question.
    lines('（一）启动阶段', 'l、全面学习。', '2.健全机构。', '、组织调研。'),
  ],
  invalid: [
    {
      code: lines('二、主要目标', '1、做好基础工作；', '2、完成减排任务。'),
      findings: [
        { text: '1、', messageId: 'arabicWithDun' },
        { text: '2、', messageId: 'arabicWithDun' },
      ],
    },
    { code: '一．指导思想', findings: [{ text: '一．', messageId: 'chineseWithDot' }] },
    { code: '（一）、加强组织领导', findings: [{ text: '（一）、', messageId: 'extraPunctuation' }] },
    {
      code: lines('二、主要措施', '(一)加强组织领导，完善工作机制', '（二）强化督促检查，确保工作落实'),
      findings: [{ text: '(一)', messageId: 'halfWidthBracket' }],
    },
    {
      description: 'one level in two acceptable styles',
      code: lines('三、工作要求', '1.加强领导。', '2.完善制度。', '3．强化考核。'),
      findings: [{ text: '3．', messageId: 'mixedStyle' }],
    },
  ],
});
