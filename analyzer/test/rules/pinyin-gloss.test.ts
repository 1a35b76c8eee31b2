import { testRule } from '../helpers/rule-tester.js';

testRule('pinyin-gloss', {
  valid: [
    // Latin letters in brackets after Latin text are an abbreviation, not a gloss.
    '监测COD（cod）排放，英文名O’Brien。',
    '使用PM2.5(pm)监测，开展（一）项工作。',
  ],
  invalid: [
    {
      code: '这是踔（chuō）厉奋发、勇（yong）于担当的精神。',
      findings: [
        { text: '（chuō）', messageId: 'pinyinGloss' },
        { text: '（yong）', messageId: 'pinyinGloss' },
      ],
    },
    { code: '党员关键时刻冲得上去，危（wei）险关头豁得出去。', findings: [{ text: '（wei）', messageId: 'pinyinGloss' }] },
  ],
});
