import { describe, expect, it } from 'vitest';
import { listFixtures } from '../helpers/fixtures.js';
import { runRule, testRule } from '../helpers/rule-tester.js';

testRule('punctuation', {
  valid: [
    '他说：“好，我们走。”会议于10:30召开，共1,000人参加。',
    '1）加强领导；2）明确责任。（1）健全制度；一）落实责任。',
    '做好（一）、（二）项工作，怎么办？！还有很多……',
    '监测COD（cod）排放，英文名O’Brien。',
    'The meeting, in English; ok.',
    '“第一责任人”、“三位一体”的工作机制，都要落实。',
    '二、主要做法\n（一）理清思路，明确目标。',
    // A straight quote closing a curly one is a width slip of the site that stored the text, not a missing mark.
    '坚持“两条腿"走路，推进“一网通办"、“一次办好"改革。',
    '包括"甲类"和"乙类"两部分，以及“丙类"。',
    // GB/T 15834: a quotation over several paragraphs opens each one and closes only in the last.
    '他在会上指出：“第一，要加强组织领导。\n“第二，要压实工作责任。\n　　“第三，要狠抓工作落实。”',
    // The text was cut right after an opening mark: a truncated excerpt, not a punctuation slip.
    '一、工作情况\n（一）成立了组织机构。\n(',
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
      code: '（）\n联系电话：（）。',
      description: 'empty brackets opening a line with no heading text after them, or inside a line',
      findings: [
        { text: '（）', occurrence: 1, messageId: 'emptyPair' },
        { text: '（）', occurrence: 2, messageId: 'emptyPair' },
      ],
    },
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
      code: '完成治污攻坚战。;完成净水攻坚战，，推进工作。',
      findings: [
        { text: '。;', messageId: 'doubledMarks' },
        { text: ';', messageId: 'halfWidthPunctuation', severity: 'info' },
        { text: '，，', messageId: 'doubledMarks' },
      ],
    },
    {
      code: '这是踔（chuō）厉奋发、勇（yong）于担当的精神。',
      findings: [
        { text: '（chuō）', messageId: 'pinyinGloss' },
        { text: '（yong）', messageId: 'pinyinGloss' },
      ],
    },
    {
      code: '做到“四快、四必、”，包括甲、乙、丙、）等。',
      findings: [
        { text: '、”', messageId: 'enumerationCommaBeforeClosing' },
        { text: '、）', messageId: 'enumerationCommaBeforeClosing' },
        { text: '）', occurrence: 1, messageId: 'unopenedMark' },
      ],
    },
    {
      code: '半年来,在区委领导下;我局做好工作:一是(学习)。',
      description: 'one info finding per paragraph for half-width punctuation',
      findings: [{ text: ',', messageId: 'halfWidthPunctuation', severity: 'info' }],
    },
    {
      code: '在将近半年的时间 里，全面推进 “五个一”服务。',
      findings: [
        { text: '间 里', messageId: 'spaceInText', severity: 'info' },
        { text: '进 “', messageId: 'spaceInText', severity: 'info' },
      ],
    },
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

describe('half-width punctuation fix', () => {
  const fixOf = (code: string) => runRule('punctuation', code).find((finding) => finding.fix)?.fix;
  const apply = (code: string) => {
    const fix = fixOf(code)!;
    return code.slice(0, fix.offset) + fix.text + code.slice(fix.offset + fix.length);
  };

  it('converts every half-width mark of the paragraph and keeps everything else', () => {
    expect(apply('半年来,在区委领导下;我局做好工作:一是(学习)。共计2,000人, 10:30开会!')).toBe(
      '半年来，在区委领导下；我局做好工作：一是（学习）。共计2,000人，10:30开会！',
    );
  });

  it('converts a bracket pair as a whole', () => {
    expect(apply('使用PM2.5(pm)监测')).toBe('使用PM2.5（pm）监测');
    expect(apply('阶段(2008年9月16日-2008年10月16日)')).toBe('阶段（2008年9月16日-2008年10月16日）');
  });

  it('leaves ?? alone: that is text decoded with the wrong encoding', () => {
    expect(fixOf('國家環??偩植渴')).toBeUndefined();
  });

  it('marks only the half-width fix as safe', () => {
    const findings = runRule('punctuation', '请拨打“”热线。;危（wei）险,好');
    expect(findings.filter((finding) => finding.fix).map((finding) => finding.messageId)).toEqual(['halfWidthPunctuation']);
  });
});

it('reports nothing in clean text with correct punctuation', () => {
  expect(runRule('punctuation', '一、指导思想\n以习近平新时代中国特色社会主义思想为指导，坚持“四个全面”。')).toEqual([]);
});

describe('punctuation damaged at random in correct drafts', () => {
  // A fixed pseudo-random sequence, so the test is the same on every run.
  let state = 20261121;
  const random = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  const damages: Array<{ pattern: RegExp; rate: number; replace: (mark: string) => string; reachBack: number }> = [
    { pattern: /“[^”\n]{1,12}”/gu, rate: 0.3, replace: () => '“”', reachBack: 0 }, // a quotation emptied
    { pattern: /[。，](?=\p{Script=Han})/gu, rate: 0.03, replace: (mark) => `${mark}；`, reachBack: 0 }, // a mark doubled
    { pattern: /）/gu, rate: 0.3, replace: () => '', reachBack: 30 }, // a closing bracket lost: reported at the opening one
    { pattern: /(?<=\p{Script=Han})”/gu, rate: 0.2, replace: (mark) => `、${mark}`, reachBack: 0 }, // a 顿号 left before ”
    { pattern: /(?<=\p{Script=Han})(?=\p{Script=Han})/gu, rate: 0.002, replace: () => '（zhong）', reachBack: 0 }, // a pinyin gloss
  ];
  let damaged = 0;
  let found = 0;
  let reported = 0;
  for (const fixture of listFixtures(['clean', 'examples', 'heldout'])) {
    const edits: Array<{ offset: number; length: number; text: string; reachBack: number }> = [];
    for (const damage of damages) {
      for (const match of fixture.text.matchAll(damage.pattern)) {
        if (random() < damage.rate) {
          edits.push({
            offset: match.index,
            length: match[0].length,
            text: damage.replace(match[0]),
            reachBack: damage.reachBack,
          });
        }
      }
    }
    // Keep damages apart from each other, then apply them from the start, tracking where each lands.
    edits.sort((a, b) => a.offset - b.offset);
    let text = '';
    let cursor = 0;
    const spans: Array<{ start: number; end: number }> = [];
    for (const edit of edits) {
      if (edit.offset < cursor + 3) continue;
      text += fixture.text.slice(cursor, edit.offset);
      spans.push({ start: text.length - edit.reachBack, end: text.length + Math.max(edit.text.length, 1) });
      text += edit.text;
      cursor = edit.offset + edit.length;
    }
    text += fixture.text.slice(cursor);
    const findings = runRule('punctuation', text).filter((finding) => finding.severity !== 'info');
    const hits = (span: { start: number; end: number }, finding: { offset: number; length: number }) =>
      finding.offset <= span.end && span.start <= finding.offset + finding.length;
    damaged += spans.length;
    found += spans.filter((span) => findings.some((finding) => hits(span, finding))).length;
    reported += findings.filter((finding) => !spans.some((span) => hits(span, finding))).length;
  }

  it('is found, every time', () => {
    expect(damaged).toBeGreaterThan(100);
    expect(found).toBe(damaged);
  });

  it('is all that is reported as an error or warning', () => {
    expect(reported).toBe(0);
  });
});
