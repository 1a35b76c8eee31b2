import { describe, expect, it } from 'vitest';
import { listFixtures } from '../helpers/fixtures.js';
import { runRule, testRule } from '../helpers/rule-tester.js';
import { segmenter } from '../helpers/segmenters.js';

testRule('repeated-text', {
  valid: [
    '我们常常深入基层，一步一步推进。',
    '人人参与，层层落实，家家户户都高高兴兴。',
    '这的的确确是件好事，决不能不了了之。',
    '做了了解和摸底，今天天气很好。',
    '一个一个地解决。',
    '学习、学习、再学习。',
    '订阅《教育报》、《中国教育报》、《中国教师报》等报刊。',
    '时时处处严格要求，年年有余。',
    // Degree adverbs said twice for emphasis; words that share characters; colloquial phrases said twice.
    '这件事非常非常重要，提高动态监测预测预警水平，好的好的。',
    '来了来了，走了走了，一天一天好起来，看一看一看。',
    // A name made of characters of sound, which the segmenter leaves one by one.
    '推进哔哩哔哩新世代产业园建设，钟声叮咚叮咚响起。',
  ],
  invalid: [
    {
      code: '事情要研究研究再定，大家讨论讨论。',
      description: 'the tentative aspect is speech, which official text never writes: a hint',
      findings: [
        { text: '研究研究', messageId: 'repeatedText', severity: 'info' },
        { text: '讨论讨论', messageId: 'repeatedText', severity: 'info' },
      ],
    },
    {
      code: '本合作研究研究项目，做好生态状况变化调查调查评估。目前目前的工作进展顺利。',
      description:
        'after a verbal noun the doubled verb is a noun in a phrase, where nothing reduplicates; nor do words of time (目前目前)',
      findings: [
        { text: '研究研究', messageId: 'repeatedText' },
        { text: '调查调查', messageId: 'repeatedText' },
        { text: '目前目前', messageId: 'repeatedText' },
      ],
    },
    {
      code: '被评为全市文明单位文明单位。',
      findings: [{ text: '文明单位文明单位', messageId: 'repeatedText' }],
    },
    {
      code: '我们我们要大力推进大力推进重点工作。',
      findings: [
        { text: '我们我们', messageId: 'repeatedText' },
        { text: '大力推进大力推进', messageId: 'repeatedText' },
      ],
    },
    {
      code: '积极参加了了各项活动，做好的的服务。',
      findings: [
        { text: '了了', messageId: 'repeatedWord' },
        { text: '的的', messageId: 'repeatedWord' },
      ],
    },
    {
      code: '扎实开展开展各项工作，任务已经已经完成。',
      description: 'verbs of formal prose and adverbs do not reduplicate',
      findings: [
        { text: '开展开展', messageId: 'repeatedText' },
        { text: '已经已经', messageId: 'repeatedText' },
      ],
    },
    {
      code: '进一步健全制度或度或规定。',
      description: 'a pair that is no word, doubled across word boundaries',
      findings: [{ text: '度或度或', messageId: 'repeatedText' }],
    },
    {
      code: '提高了高了群众觉悟，对受审查的查的干部作出结论，建设统一开一开放的市场。',
      description: 'a pair cut from the end of a word, even when it ends with a particle or starts with a numeral',
      findings: [
        { text: '高了高了', messageId: 'repeatedText' },
        { text: '查的查的', messageId: 'repeatedText' },
        { text: '一开一开', messageId: 'repeatedText' },
      ],
    },
    {
      code: '加强质量检测检测设备管理。',
      description: 'a doubled noun-verb may meet a compound: info',
      findings: [{ text: '检测检测', messageId: 'repeatedText', severity: 'info' }],
    },
    {
      code: '今年单位荣获了连续荣获了荣获了省级奖项。',
      description: 'an inserted word between the copies (unit, insertion, unit, unit)',
      findings: [{ text: '荣获了连续荣获了荣获了', messageId: 'repeatedText' }],
    },
    {
      code: '加强应急物资储备物资储备，落实“三会一课三会一课”制度。',
      description: 'copies whose seam jieba glues into a word (储备物资), and a phrase starting with a numeral',
      findings: [
        { text: '物资储备物资储备', messageId: 'repeatedText' },
        { text: '三会一课三会一课', messageId: 'repeatedText' },
      ],
    },
    {
      code: '推动人人参与人人参与，形成合力。',
      description: 'a slip that starts with a reduplication',
      findings: [{ text: '人人参与人人参与', messageId: 'repeatedText' }],
    },
    {
      code: '推進“文明窗口文明窗口”建設。',
      description: 'Traditional script',
      findings: [{ text: '文明窗口文明窗口', messageId: 'repeatedText' }],
    },
  ],
});

it('suggests the text with one copy left', () => {
  expect(runRule('repeated-text', '今年单位荣获了连续荣获了荣获了省级奖项。')[0]!.replacements).toEqual(['连续荣获了']);
  expect(runRule('repeated-text', '优秀好儿媳好儿媳好儿媳。')[0]).toMatchObject({
    text: '好儿媳好儿媳好儿媳',
    replacements: ['好儿媳'],
  });
});

describe('phrases doubled at random in correct drafts', () => {
  // A fixed pseudo-random sequence, so the test is the same on every run.
  let state = 20261121;
  const random = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  const hanWord = /^\p{Script=Han}+$/u;
  let doubled = 0;
  let found = 0;
  let reported = 0;
  for (const fixture of listFixtures(['clean', 'examples', 'heldout'])) {
    // Double a word or phrase of three to eight characters now and then, at word boundaries.
    const tokens = segmenter.segment(fixture.text);
    let text = '';
    const positions: number[] = [];
    for (let index = 0; index < tokens.length; ) {
      let phrase = tokens[index]!.text;
      let next = index + 1;
      if (hanWord.test(phrase) && random() < 1 / 40) {
        while (phrase.length < 3 && next < tokens.length && hanWord.test(tokens[next]!.text)) phrase += tokens[next++]!.text;
        if (phrase.length >= 3 && phrase.length <= 8) {
          positions.push(text.length);
          text += phrase + phrase;
          index = next;
          continue;
        }
      }
      text += tokens[index]!.text;
      index++;
    }
    const findings = runRule('repeated-text', text);
    doubled += positions.length;
    found += positions.filter((position) =>
      findings.some((finding) => finding.offset <= position && position < finding.offset + finding.length),
    ).length;
    reported += findings.length;
  }

  it('are found', () => {
    expect(doubled).toBeGreaterThan(100);
    expect(found / doubled).toBeGreaterThanOrEqual(0.95);
  });

  it("are the only repetitions reported: the drafts' own text is not", () => {
    expect(reported).toBe(found);
  });
});
