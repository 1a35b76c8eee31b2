import { testRule } from '../helpers/rule-tester.js';

testRule('unpaired-mark', {
  valid: [
    '他说：“好，我们走。”会议于10:30召开，共1,000人参加。',
    '1）加强领导；2）明确责任。（1）健全制度；一）落实责任。',
    '监测COD（cod）排放，英文名O’Brien。',
    '“第一责任人”、“三位一体”的工作机制，都要落实。',
    // A straight quote closing a curly one is a width slip of the site that stored the text, not a missing mark.
    '坚持“两条腿"走路，推进“一网通办"、“一次办好"改革。',
    '包括"甲类"和"乙类"两部分，以及“丙类"。',
    // GB/T 15834: a quotation over several paragraphs opens each one and closes only in the last.
    '他在会上指出：“第一，要加强组织领导。\n“第二，要压实工作责任。\n　　“第三，要狠抓工作落实。”',
    // The text was cut right after an opening mark: a truncated excerpt, not a punctuation slip.
    '一、工作情况\n（一）成立了组织机构。\n(',
    // Closed on the next line: broken-line's finding, not an unclosed mark.
    '按照文件要求，县里组织开展了“\n千村示范”工程。',
    '6.【权威访谈：\n\n开局“十五五”】建设强大国内市场；\n\n“第一，要加强组织领导。\n\n“第二，要压实工作责任。”',
    // The marks of an empty pair are empty-pair's.
    '请拨打“”热线电话，阅读《》一书。',
  ],
  invalid: [
    {
      code: '打好三场战役（治污攻坚战；净水攻坚战；蓝天攻坚战。助推发展。',
      findings: [{ text: '（', messageId: 'unclosedMark' }],
    },
    {
      code: '这是“文明单位的称号，事业单位）负责。',
      findings: [
        { text: '“', messageId: 'unclosedMark' },
        { text: '）', messageId: 'unopenedMark' },
      ],
    },
    {
      code: '做到“四快、四必、”，包括甲、乙、丙、）等。',
      description: 'a closing bracket with no opening one, after a 顿号 (doubled-mark reports the 顿号)',
      findings: [{ text: '）', occurrence: 1, messageId: 'unopenedMark' }],
    },
    {
      code: '他在会上指出：“要加强组织领导。\n要压实工作责任。',
      description: 'a quotation whose next paragraph does not open again is unclosed',
      findings: [{ text: '“', messageId: 'unclosedMark' }],
    },
    {
      code: "围绕'三个目标“，落实'两项任务“，推进工作。\n完成'四件实事“。",
      description: "garbled quotes (' for “, “ for ”): one warning per document, the rest notes",
      findings: [
        { text: "'三个目标“", messageId: 'garbledQuotes' },
        { text: "'两项任务“", messageId: 'garbledQuotes', severity: 'info' },
        { text: "'四件实事“", messageId: 'garbledQuotes', severity: 'info' },
      ],
    },
  ],
});
