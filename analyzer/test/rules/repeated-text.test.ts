import { expect, it } from 'vitest';
import { runRule, testRule } from '../helpers/rule-tester.js';

testRule('repeated-text', {
  valid: [
    '我们常常深入基层，一步一步推进，事情要研究研究再定。',
    '人人参与，层层落实，家家户户都高高兴兴。',
    '这的的确确是件好事，决不能不了了之。',
    '做了了解和摸底，今天天气很好。',
    '大家讨论讨论，商量商量，一个一个地解决。',
    '学习、学习、再学习。',
    '订阅《教育报》、《中国教育报》、《中国教师报》等报刊。',
    '时时处处严格要求，年年有余。',
  ],
  invalid: [
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
      code: '今年单位荣获了连续荣获了荣获了省级奖项。',
      description: 'an inserted word between the copies (unit, insertion, unit, unit)',
      findings: [{ text: '荣获了连续荣获了荣获了', messageId: 'repeatedText' }],
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
