import { isHanAt } from '../core/characters.js';
import type { AnalysisDocument } from '../core/document.js';
import { defineRule } from '../core/rule.js';
import { NOUNS_COUNTED_WITHOUT_MEASURE, startsWithNumberFollower } from './lexicon/number-followers.js';

type MessageId = 'strayDigit';

/**
 * One ASCII digit (full-width digits are folded to ASCII in the normalized
 * text) that is not part of a longer number, a decimal, a Latin code (G20,
 * 5A, PM2.5) or a range. Injected digits are single: a longer number between
 * two characters (感谢信23封, 12369热线) is a real number even when its unit
 * is missing, and that is another rule's business.
 */
const LONE_DIGIT = /(?<![0-9A-Za-z.．%＋+\-—–~～:：/])[0-9](?![0-9A-Za-z.．%‰℃:：/])/gu;
/** jieba tags of a word that a number counts: measure words (封, 盏) and numerals (3颗). */
const COUNTED_TAGS = /^(?:q|m|mq)$/u;

/** Closing marks after which a number may open the next phrase (“文明科室”4个). */
const CLOSING_MARKS = '”’」』》）)】';
/** Opening marks the digit may stand before: an injected digit often lands before a quotation (教育5“三查”). */
const OPENING_MARKS = '“‘「『《（(【';

export default defineRule<MessageId>({
  meta: {
    id: 'stray-digit',
    category: 'integrity',
    defaultSeverity: 'error',
    fixable: 'suggestion',
    scope: 'paragraph',
    description: {
      zh: '文字中间夹着多余的数字（如“热4爱祖国”“低碳9减排”）：后面没有量词、单位或日期，不是真正的数字，多为范文网站注入的页码或干扰字符。',
      en: 'A digit stands inside running text where no number belongs (热4爱祖国, 低碳9减排): no measure word, unit or date follows it; 范文 sites inject such digits.',
    },
    messages: {
      strayDigit: {
        zh: '“{digit}”夹在文字中间，后面没有量词或单位，像是多余的数字；请删除，或补全缺失的内容。',
        en: '“{digit}” stands inside the text with no measure word or unit after it; it looks stray: delete it or restore what is missing.',
      },
    },
  },
  check({ document, report }) {
    const text = document.normalizedText;
    for (const match of text.matchAll(LONE_DIGIT)) {
      const start = match.index;
      const end = start + match[0].length;
      if (!isStrayDigit(document, start, end)) continue;
      // The neighbour after the digit may be an astral character (two code units): keep it whole.
      const spanEnd = end + String.fromCodePoint(text.codePointAt(end)!).length;
      report({
        offset: start - 1,
        length: spanEnd - start + 1,
        messageId: 'strayDigit',
        data: { digit: document.text.slice(start, end) },
        // Only a suggestion: removing a digit is never applied unasked.
        replacements: [document.text[start - 1]! + document.text.slice(end, spanEnd)],
      });
    }
  },
});

function isStrayDigit(document: AnalysisDocument, start: number, end: number): boolean {
  const text = document.normalizedText;
  const before = text[start - 1];
  const after = text[end];
  if (before === undefined || after === undefined) return false;
  const hanBefore = isHanAt(text, start - 1);
  if (!hanBefore && !CLOSING_MARKS.includes(before)) return false;
  if (before === '第' || before === '前' || before === '近') return false; // ordinals and spans: 第2批, 前3名
  if (OPENING_MARKS.includes(after)) return hanBefore;
  return isHanAt(text, end) && !startsNumberPhrase(document, end);
}

/** The text after the digit makes it a number: a measure word, unit, date part, or a noun counted without a measure word. */
function startsNumberPhrase(document: AnalysisDocument, offset: number): boolean {
  const next = document.tokenAt(offset);
  const word = next && next.start === offset ? next.text : document.normalizedText[offset]!;
  if (NOUNS_COUNTED_WITHOUT_MEASURE.has(word) || (next && COUNTED_TAGS.test(next.tag))) return true;
  const first = document.normalizedText[offset]!;
  if (!startsWithNumberFollower(document.normalizedText, offset)) return false;
  // 县上, 区域, 市场: a place or noun word starting with a counted character is not a count.
  return !(NOUNS_COUNTED_WITHOUT_MEASURE.has(first) && word.length > 1);
}
