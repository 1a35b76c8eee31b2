import { defineRule } from '../core/rule.js';
import { pairedMarksOf } from './lexicon/paired-marks.js';

export default defineRule<'emptyPair'>({
  meta: {
    id: 'empty-pair',
    name: { zh: '空引号括号', en: 'Empty brackets' },
    category: 'style',
    defaultSeverity: 'warning',
    fixable: false,
    scope: 'paragraph',
    // Split from punctuation (issue 14): a config that sets punctuation sets this rule too.
    deprecatedIds: ['punctuation'],
    description: {
      zh: '空的引号或括号（“”、()、《》），常是删掉了电话号码或名称。',
      en: 'Empty quotes or brackets (“”, (), 《》), often where a hotline number or a name was stripped.',
    },
    messages: {
      emptyPair: {
        zh: '“{pair}”中间是空的，可能删掉了内容（如电话号码、名称）；请补全或删除。',
        en: '“{pair}” is empty: something (a phone number, a name) was probably removed; fill it in or delete the marks.',
      },
    },
  },
  check({ document, report }) {
    for (const paragraph of document.paragraphs) {
      for (const { offset, length, pair } of pairedMarksOf(document, paragraph).emptyPairs) {
        report({ offset: paragraph.start + offset, length, messageId: 'emptyPair', data: { pair } });
      }
    }
  },
});
