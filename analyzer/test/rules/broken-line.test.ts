import { testRule } from '../helpers/rule-tester.js';

testRule('broken-line', {
  valid: [
    '二、主要做法\n（一）理清思路，明确目标。',
    // A quotation over several paragraphs opens each one again: no line break to join.
    '他在会上指出：“第一，要加强组织领导。\n“第二，要压实工作责任。\n　　“第三，要狠抓工作落实。”',
    // An unclosed quotation is unpaired-mark's finding.
    '他在会上指出：“要加强组织领导。\n要压实工作责任。',
  ],
  invalid: [
    {
      code: '在日常工作中，逐步形成了党政工青妇齐抓共管的良\n好工作机制。',
      description: 'a line break inside a word',
      findings: [{ text: '良\n好', messageId: 'brokenLine', severity: 'info' }],
    },
    {
      code: '按照文件要求，县里组织开展了“\n千村示范”工程。',
      description: 'a quotation broken across lines',
      findings: [{ text: '“\n千', messageId: 'brokenLine', severity: 'info' }],
    },
    {
      code: '关于印发《某某市促进数字经济\n高质量发展的若干措施》的通知',
      description: 'a title broken across lines',
      findings: [{ text: '《某某市促进数字经济\n高', messageId: 'brokenLine', severity: 'info' }],
    },
    {
      code: '6.【权威访谈：\n\n开局“十五五”】建设强大国内市场；',
      description: 'a pair broken across a blank line',
      findings: [{ text: '【权威访谈：\n\n开', messageId: 'brokenLine', severity: 'info' }],
    },
  ],
});
