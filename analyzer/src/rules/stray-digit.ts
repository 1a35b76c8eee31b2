import type { AnalysisDocument } from '../core/document.js';
import { defineRule } from '../core/rule.js';
import { isHanAt } from '../text/characters.js';
import {
  NOUNS_COUNTED_WITHOUT_MEASURE,
  startsWithNumberFollower,
  UNAMBIGUOUS_NUMBER_FOLLOWERS,
} from './lexicon/number-followers.js';

type MessageId = 'strayDigit' | 'digitForNumeral';

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

const CHINESE_DIGITS = '一二三四五六七八九〇零';
/** One-character words that take a number after them: 达3成, 分2组, 每2周, 共3场. */
const BEFORE_NUMBERS = new Set([...'达约共每有为分占近第前后超逾仅只各计增减降升涨至到和或及与是在于用派选设等排列居位']);
/**
 * 这 and 那 take a number before a measure word (在这7天里, 那3年), though
 * the segmenter reads 这天 and 那年 as words; 这些, 这样, 那么, 这里 are words
 * a digit cut (这5些问题).
 */
const DEMONSTRATIVES = new Set(['这', '那']);
const DEMONSTRATIVE_WORD_ENDINGS = /^[些样么里边儿般]/u;
/** Closing marks after which a number may open the next phrase (“文明科室”4个). */
const CLOSING_MARKS = '”’」』》）)】';
/** Opening marks the digit may stand before: an injected digit often lands before a quotation (教育5“三查”). */
const OPENING_MARKS = '“‘「『《（(【';
/**
 * Nouns that name a numbered part of a document or a numbered item: the digit
 * after them is its label (如图3所示, 见表2, 附件1, 代码1, 专栏2), not a count.
 */
const LABEL_NOUNS = new Set([
  ...['图', '表', '注', '附件', '附表', '附图', '附录', '图表', '专栏', '公式', '代码', '编号', '序号'],
  ...['案例', '示例', '选项', '方案', '表格', '清单', '条款'],
]);
/**
 * Numbers in a tally, a digit and one character after another (9金、5银、6铜,
 * 保7争6”): the counts name each other's unit. Injected digits are scattered
 * one by one inside words, never a character before another count after a
 * list comma or a number that closes a quotation. Without a separator the next number may
 * go on with a word the injected digit cut (第3季5度), so only nouns counted
 * without a measure word make a tally then (3县5乡).
 */
const TALLY = /^[0-9]\p{Script=Han}(?:[、，,][0-9]\p{Script=Han}|[0-9][”’」』》）)])/u;
const TALLY_OF_COUNTED_NOUNS = /^[0-9](\p{Script=Han})[0-9](\p{Script=Han})/u;
/**
 * 1 for the 一 inside a word (做了1系列工作, 进1步, 统1思想, 1直以来): a
 * converter that writes numbers as digits took the 一 of words that count
 * nothing. 系统1 and 1起事故 are a label and a count, so 统 must not close
 * 系统 and 起 is not among the words.
 */
const DIGIT_FOR_ONE =
  /(?<![0-9A-Za-z.．])1(?=(系列|些|直|般|致|切|如既往|以贯之|丝不苟|目了然|体化|贯|定要|定程度))|(?<=(进))1(?=(步))|(?<=(?<!系)(统))1(?=\p{Script=Han})|(?<=(唯))1(?![0-9])/gu;

/** A unit written with a prefix before its unit character (8英寸, 3海里, 5纳米, 2市斤): the prefix alone is no measure word. */
const PREFIXED_UNIT = /^[英海纳市][寸尺里亩斤两米]/u;

export default defineRule<MessageId>({
  meta: {
    id: 'stray-digit',
    name: { zh: '多余数字', en: 'Stray digit' },
    category: 'integrity',
    defaultSeverity: 'error',
    fixable: 'suggestion',
    scope: 'paragraph',
    description: {
      zh: '文字中间夹着多余的数字（如“热4爱祖国”“低碳9减排”）：后面没有量词、单位或日期，不是真正的数字，多为范文网站注入的页码或干扰字符；词里的“一”被写成“1”（1系列、进1步）也报告。',
      en: 'A digit stands inside running text where no number belongs (热4爱祖国, 低碳9减排): no measure word, unit or date follows it; 范文 sites inject such digits. The 一 of a word written as 1 (1系列, 进1步) is reported too.',
    },
    messages: {
      digitForNumeral: {
        zh: '“{word}”应写作“{numeral}”：这里的“一”是词的一部分，不是数量，不能写成阿拉伯数字。',
        en: '“{word}” should read “{numeral}”: the 一 is part of the word, not a count, so it is never written as a digit.',
      },
      strayDigit: {
        zh: '“{digit}”夹在文字中间，后面没有量词或单位，像是多余的数字；请删除，或补全缺失的内容。',
        en: '“{digit}” stands inside the text with no measure word or unit after it; it looks stray: delete it or restore what is missing.',
      },
    },
  },
  check({ document, report }) {
    const text = document.normalizedText;
    const numerals = new Set<number>();
    for (const match of text.matchAll(DIGIT_FOR_ONE)) {
      numerals.add(match.index);
      const word = (match[2] ?? match[4] ?? match[5] ?? '') + match[0] + (match[1] ?? match[3] ?? '');
      report({
        offset: match.index,
        length: 1,
        messageId: 'digitForNumeral',
        data: { word, numeral: word.replace('1', '一') },
        replacements: ['一'],
      });
    }
    for (const match of text.matchAll(LONE_DIGIT)) {
      const start = match.index;
      const end = start + match[0].length;
      if (numerals.has(start) || !isStrayDigit(document, start, end)) continue;
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
  // 早7点前、晚7点后: an hour of the morning or evening, though 早点 and 晚点 are words the digit seems to cut.
  if (after === '点' && (before === '早' || before === '晚')) return false;
  if (isInTally(text, start)) return false;
  if (PREFIXED_UNIT.test(text.slice(end, end + 2)) || isLabel(document, start, end)) return false;
  if (OPENING_MARKS.includes(after)) return hanBefore;
  if (!isHanAt(text, end)) return false;
  // No number is written with a digit and then a Chinese digit: 每周4一练, 下6一步.
  if (CHINESE_DIGITS.includes(after)) return true;
  if (!startsNumberPhrase(document, end)) return true;
  if (DEMONSTRATIVES.has(before)) return DEMONSTRATIVE_WORD_ENDINGS.test(after);
  // 成, 点, 对, 路 are measure words only sometimes: after a digit that splits a word (完5成, 针4对, 公7路) they are not.
  return !UNAMBIGUOUS_NUMBER_FOLLOWERS.has(after) && cutsWordInTwo(document, start, end);
}

function isInTally(text: string, start: number): boolean {
  if (TALLY.test(text.slice(start, start + 5))) return true;
  const counted =
    TALLY_OF_COUNTED_NOUNS.exec(text.slice(Math.max(0, start - 2), start + 2)) ??
    TALLY_OF_COUNTED_NOUNS.exec(text.slice(start, start + 4));
  return counted !== null && NOUNS_COUNTED_WITHOUT_MEASURE.has(counted[1]!) && NOUNS_COUNTED_WITHOUT_MEASURE.has(counted[2]!);
}

/**
 * The digit labels the noun before it (如图3所示, 附件1). A one-character
 * label that makes a word with what follows is that word cut by the digit
 * instead (表3扬, 图5片).
 */
function isLabel(document: AnalysisDocument, start: number, end: number): boolean {
  const before = document.tokenAt(start - 1);
  if (!before || before.end !== start || !LABEL_NOUNS.has(before.text)) return false;
  if (before.text.length > 1) return true;
  const joined = before.text + document.normalizedText.slice(end, end + 2);
  return document.segmenter.segment(joined)[0]!.text.length === 1;
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

/**
 * The digit stands inside a word: the character before it is a word of one
 * character only because the digit cut it off (完|5|成, 公|7|路), and it makes
 * a word with what follows once the digit is gone. A whole word before the
 * digit (校车4辆, 比赛9场, 企业5家), a noun and its measure word (快检车2辆)
 * or a word that takes a number (达3成, 分2组, 每2周) leaves it a count.
 */
function cutsWordInTwo(document: AnalysisDocument, start: number, end: number): boolean {
  const before = document.tokenAt(start - 1);
  if (!before || before.end !== start || before.text.length !== 1 || BEFORE_NUMBERS.has(before.text)) return false;
  // A noun counted by the measure word after the digit: 快检车2辆.
  const after = document.tokenAt(end);
  if (/^(?:n|zg)/u.test(before.tag) && after?.start === end && COUNTED_TAGS.test(after.tag)) return false;
  const text = document.normalizedText;
  const joined = text.slice(Math.max(0, start - 3), start) + text.slice(end, end + 3);
  const seam = Math.min(3, start);
  return document.segmenter.segment(joined).some((token) => token.start < seam && token.end > seam);
}
