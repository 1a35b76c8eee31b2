import { defineRule } from '../core/rule.js';
import { isHanAt } from '../text/characters.js';
import { isChineseCharacter } from './lexicon/chinese-punctuation.js';

export default defineRule<'spaceInText'>({
  meta: {
    id: 'stray-space',
    name: { zh: '多余空格', en: 'Stray space' },
    category: 'style',
    // Slogans set words apart on purpose (转作风 提效能): only the reader can tell.
    defaultSeverity: 'info',
    fixable: 'suggestion',
    scope: 'paragraph',
    // Split from punctuation (issue 14): a config that sets punctuation sets this rule too.
    deprecatedIds: ['punctuation'],
    description: {
      zh: '中文文字之间多余的空格（时间 里），只作提示；标题、落款等短行不查。',
      en: 'A stray space between Chinese characters (时间 里), a note only; short lines such as headings and signatures are not read.',
    },
    messages: {
      spaceInText: {
        zh: '中文文字之间有多余的空格，请删除。',
        en: 'A stray space between Chinese characters; delete it.',
      },
    },
  },
  /** A space between two Chinese characters in running text (精神面貌转 变了); short lines such as headings and signatures are skipped. */
  check({ document, report }) {
    for (const paragraph of document.paragraphs) {
      const text = paragraph.normalizedText;
      if (text.trim().length < 20) continue;
      const indentation = /^[ \t\u3000]*/u.exec(text)![0].length;
      for (const match of text.matchAll(/[ \t\u3000]+/gu)) {
        const before = match.index - 1;
        const after = match.index + match[0].length;
        if (before < indentation || after >= text.length) continue;
        if (!isChineseCharacter(text, before) && !isHanAt(text, after)) continue;
        if (!isChineseCharacter(text, after) && !isHanAt(text, before)) continue;
        // After a heading marker or closing punctuation a space is layout, not a slip: 一、 指导思想
        if (/[、，。；：！？,.;:!?]/u.test(text[before]!)) continue;
        report({
          offset: paragraph.start + before,
          length: after - before + 1,
          messageId: 'spaceInText',
          replacements: [paragraph.text[before]! + paragraph.text[after]!],
        });
      }
    }
  },
});
