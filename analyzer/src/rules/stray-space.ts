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
      if (text.trim().length < 20 || !readsAsRunningText(text)) continue;
      const indentation = /^[ \t\u3000]*/u.exec(text)![0].length;
      for (const match of text.matchAll(/[ \t\u3000]+/gu)) {
        const before = match.index - 1;
        const after = match.index + match[0].length;
        if (before < indentation || after >= text.length) continue;
        // Chinese on both sides, Han on one: a space beside Latin or digits (工业 APP, 不少于 10 门) is spacing by choice.
        if (!isChineseCharacter(text, before) || !isChineseCharacter(text, after)) continue;
        if (!isHanAt(text, before) && !isHanAt(text, after)) continue;
        // After a heading marker or closing punctuation a space is layout, not a slip: 一、 指导思想
        if (/[、，。；：！？,.;:!?]/u.test(text[before]!)) continue;
        if (LABEL_BEFORE_SPACE.test(text.slice(indentation, match.index)) || isPaddedName(text, before, after)) continue;
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

/**
 * An article, chapter or item label opening the line, which GB/T 9704 and
 * every regulation set off with a space (第三条　市住房城乡建设部门…,
 * （六） 具备…): layout, not a slip.
 */
const LABEL_BEFORE_SPACE =
  /^(?:第[一二三四五六七八九十百千零〇两0-9]{1,6}(?:[条章节编款]|部分)|[（(][一二三四五六七八九十0-9]{1,3}[）)]|[0-9]{1,2}[.．][0-9]{1,2}(?:[.．][0-9]{1,2})?)$/u;

/**
 * A sentence has its clauses marked: a line with no comma or full stop
 * (a news headline whose parts a space separates, a byline, a contact line,
 * a form's options) sets its spaces on purpose. So does a line spaced out
 * character by character, as some PDF extracts are.
 */
function readsAsRunningText(text: string): boolean {
  return /[，。,]/u.test(text) && !/(?:\p{Script=Han}[ \u3000]){5}/u.test(text);
}

/** 李　铮: a two-character name padded to the width of three, one character on each side of the space. */
function isPaddedName(text: string, before: number, after: number): boolean {
  return !isHanAt(text, before - 1) && !isHanAt(text, after + 1) && isHanAt(text, before) && isHanAt(text, after);
}
