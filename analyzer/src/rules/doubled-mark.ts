import { defineRule, type RuleReport } from '../core/rule.js';
import { isHanAt } from '../text/characters.js';
import type { LineText } from '../text/line-memory.js';

type MessageId = 'doubledMarks' | 'enumerationCommaBeforeClosing';

/**
 * Clause marks that never follow each other: 。; ，， 、。 — the second was
 * added without removing the first. Repeated ！ or ？ (emphasis), ellipses and
 * the . of numbers are not among them.
 */
const CLAUSE_MARKS = '，。；：、,;:！？!?';
const DOUBLED_MARKS = /[，。；：、,;:！？!?][ \t\u3000]*[，。；：、,;:！？!?]/gu;
/** A 顿号 right before a closing quote or bracket: 四快、四必、” — the list ended, the 顿号 did not. */
const ENUMERATION_COMMA_BEFORE_CLOSING = /、[”’》）)」』】〕〉]/gu;

export default defineRule<MessageId>({
  meta: {
    id: 'doubled-mark',
    name: { zh: '重复标点', en: 'Doubled punctuation' },
    category: 'style',
    defaultSeverity: 'warning',
    fixable: 'suggestion',
    scope: 'paragraph',
    // Split from punctuation (issue 14): a config that sets punctuation sets this rule too.
    deprecatedIds: ['punctuation'],
    description: {
      zh: '两个标点挨在一起而只该有一个：重复的标点（。;、，，），顿号在右引号或右括号前（四必、”）。',
      en: 'Two marks side by side where one belongs: doubled marks (。;, ，，) and a 顿号 before a closing quote or bracket (四必、”).',
    },
    messages: {
      doubledMarks: {
        zh: '标点“{marks}”重复，请只保留一个。',
        en: 'The marks “{marks}” are doubled; keep one.',
      },
      enumerationCommaBeforeClosing: {
        zh: '顿号不能放在“{closing}”前，请删除顿号。',
        en: 'A 顿号 cannot stand before “{closing}”; delete it.',
      },
    },
  },
  check({ document, report }) {
    for (const paragraph of document.paragraphs) {
      for (const found of doubledMarksIn(paragraph)) report({ ...found, offset: paragraph.start + found.offset });
    }
  },
});

/** The doubled marks of one line, then its 顿号 before closing marks; offsets relative to the line. */
function* doubledMarksIn(line: LineText): Generator<RuleReport<MessageId>> {
  const text = line.normalizedText;
  for (const match of text.matchAll(DOUBLED_MARKS)) {
    const first = match[0][0]!;
    const second = match[0].at(-1)!;
    const start = match.index;
    const end = start + match[0].length;
    // ？！, ！！, ??: emphasis, or the ?? of text decoded with the wrong encoding (mojibake's finding).
    if ('！？!?'.includes(first) && '！？!?'.includes(second)) continue;
    // 10:30, 1,000 — but those have digits on both sides, never two marks; a mark run of three or more is a makeshift ellipsis.
    if (isClauseMark(text[end]) || isClauseMark(text[start - 1])) continue;
    // Two half-width marks belong to Chinese text only after a Chinese character (options?: in code does not).
    if (first < '\u3000' && second < '\u3000' && !isHanAt(text, start - 1)) continue;
    const replacements = first === second ? [first] : [line.text[end - 1]!, line.text[start]!];
    yield {
      offset: start,
      length: end - start,
      messageId: 'doubledMarks',
      data: { marks: line.text.slice(start, end) },
      replacements,
    };
  }
  for (const match of text.matchAll(ENUMERATION_COMMA_BEFORE_CLOSING)) {
    yield {
      offset: match.index,
      length: 2,
      messageId: 'enumerationCommaBeforeClosing',
      data: { closing: line.text[match.index + 1]! },
      replacements: [line.text[match.index + 1]!],
    };
  }
}

function isClauseMark(character: string | undefined): boolean {
  return character !== undefined && CLAUSE_MARKS.includes(character);
}
