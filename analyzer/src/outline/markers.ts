/**
 * Recognising ordinal markers: the 一、 （一） 1. （1） hierarchy of
 * GB/T 9704-2012, what drafts really write (1、, half-width (一), 一.),
 * enumeration words (一是, 一要, 首先/其次, 第一，, 第一阶段), circled ①, and
 * the broken forms template copies leave behind (、统一 with the ordinal
 * stripped, l、 with a letter for the digit).
 *
 * Everything here reads the normalized text (full-width digits and letters
 * folded to ASCII, Traditional folded to Simplified), so one pattern covers
 * every spelling; offsets are the same as in the original text.
 */
import { CharacterFlags } from '../text/characters.js';
import type { MarkerFamily } from './types.js';

export interface MarkerMatch {
  family: MarkerFamily;
  sequenceKey: string;
  ordinal: number | null;
  /** Offset of the marker in the string it was matched in. */
  start: number;
  end: number;
  letterDigits: boolean;
  missingOrdinal: boolean;
  /**
   * The title starts with another numeral and a unit (一、二季度, 三、四月份):
   * read as a heading only where the sequence calls for this ordinal.
   */
  needsSequence?: boolean;
}

const CHINESE_DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/**
 * 一 … 九百九十九 as written in ordinals (十, 十二, 二十, 二十三, 一百零五,
 * 一百二十); null for anything else. Hundreds occur in the articles of long
 * regulations (第一百零一条).
 */
export function parseChineseNumeral(numeral: string): number | null {
  const hundreds = /^([一二三四五六七八九])百(?:零([一二三四五六七八九])|(.+))?$/u.exec(numeral);
  if (hundreds) {
    const rest = hundreds[2] ? CHINESE_DIGITS[hundreds[2]]! : hundreds[3] ? parseTens(`${hundreds[3]}`, true) : 0;
    return rest === null ? null : CHINESE_DIGITS[hundreds[1]!]! * 100 + rest;
  }
  return parseTens(numeral, false);
}

/** 一 … 九十九; after a hundred the tens need their digit (一百一十, not 一百十). */
function parseTens(numeral: string, afterHundred: boolean): number | null {
  if (!afterHundred && /^[一二三四五六七八九]$/u.test(numeral)) return CHINESE_DIGITS[numeral]!;
  const match = /^([一二三四五六七八九])?十([一二三四五六七八九])?$/u.exec(numeral);
  if (!match || (afterHundred && !match[1])) return null;
  return (match[1] ? CHINESE_DIGITS[match[1]]! : 1) * 10 + (match[2] ? CHINESE_DIGITS[match[2]]! : 0);
}

/** The circled numbers ① … ⑳. */
const CIRCLED_FIRST = 0x2460;

/**
 * Arabic ordinals where a letter was typed for a digit: l, I or | for 1
 * (l、全面学习), and O or o for 0 after another digit (1O、). The letters
 * look alike in the fonts drafts are typed in, so a reader never notices.
 */
export function readLetterDigits(written: string): number | null {
  if (!/^[0-9lI|Oo]{1,2}$/u.test(written) || /^[Oo]/u.test(written)) return null;
  const value = Number(written.replace(/[lI|]/gu, '1').replace(/[Oo]/gu, '0'));
  return value >= 1 ? value : null;
}

/** Sentence-final punctuation: after one of these a new item can start inline. */
export const SENTENCE_END = /[。；;！？!?]/u;
/** Punctuation that ends a title when it follows it directly. */
export const TITLE_END = /[。；;！？!?]/u;
const HAN = /\p{Script=Han}/u;
/** What may follow a numbered marker: the title starts with Han text, a year or a name (2024年…, XX县…), a quotation mark or a bracket. */
const TITLE_START = /[\p{Script=Han}0-9A-Za-z×“"‘《（(〈「【]/u;

/** A title that starts with another numeral and 、 is a list of numerals (一、二级, 十、百、千、万), not a heading. */
const NUMERAL_LIST = /^[一二三四五六七八九十百千万零〇]{1,2}[、，,]/u;
/** After 第五、: a second ordinal and what the two number (第五、六位, 第三、四季度). */
const ORDINALS_LISTED_TOGETHER = /^[一二三四五六七八九十]{1,2}(?:位|季|级|类|等|期|档|届|次|年|月|条|款|项|名|章|节|部分|阶段)/u;
/** 一、二季度 and 三、四月份 read “the first and second quarter”, “March and April”. */
const NUMERAL_WITH_UNIT = /^[一二三四五六七八九十两][季级类等批期档产线月号届次年]/u;

/** What a heading whose ordinal was stripped starts with: Han text, a quotation (“十五五”规划), a year (2026年工作). */
const STRIPPED_TITLE_START = /^(?:[\p{Script=Han}“《]|[0-9]{2,4}年)/u;

function titleStartsAt(text: string, index: number): boolean {
  let cursor = index;
  while (text[cursor] === ' ' || text[cursor] === '\u3000') cursor++;
  return cursor < text.length && TITLE_START.test(text[cursor]!);
}

/**
 * The marker that starts a paragraph's content at `from`, or null. `text` is
 * the paragraph's normalized text.
 */
export function matchLeadingMarker(text: string, from: number): MarkerMatch | null {
  const rest = text.slice(from);
  const at = (start: number, length: number, fields: Omit<MarkerMatch, 'start' | 'end'>): MarkerMatch => ({
    ...fields,
    start: from + start,
    end: from + start + length,
  });
  const plain = { letterDigits: false, missingOrdinal: false };

  // A space typed before the 顿号 or the dot (三 、建设内容, 1 .机器学习) does not make the ordinal another kind.
  let match = /^([一二三四五六七八九十]{1,3})[ \u3000]?([、.．])/u.exec(rest);
  if (match) {
    const ordinal = parseChineseNumeral(match[1]!);
    const after = rest.slice(match[0].length);
    if (ordinal !== null && titleStartsAt(rest, match[0].length) && !NUMERAL_LIST.test(after)) {
      const needsSequence = NUMERAL_WITH_UNIT.test(after);
      return at(0, match[0].length, { family: 'chinese', sequenceKey: 'chinese', ordinal, ...plain, needsSequence });
    }
  }
  match = /^[（(][ \u3000]?([一二三四五六七八九十]{1,3})[ \u3000]?[）)][、.．，,]?/u.exec(rest);
  if (match && titleStartsAt(rest, match[0].length)) {
    const ordinal = parseChineseNumeral(match[1]!);
    if (ordinal !== null)
      return at(0, match[0].length, { family: 'chinese-paren', sequenceKey: 'chinese-paren', ordinal, ...plain });
  }
  match = /^[（(][ \u3000]?([0-9]{1,2})[ \u3000]?[）)][、.．，,]?/u.exec(rest);
  if (match && titleStartsAt(rest, match[0].length) && Number(match[1]) >= 1) {
    return at(0, match[0].length, {
      family: 'arabic-paren',
      sequenceKey: 'arabic-paren',
      ordinal: Number(match[1]),
      ...plain,
    });
  }
  match = /^([0-9]{1,2}[ \u3000]?|[0-9lI|Oo]{1,2})([、.．])(?![0-9])/u.exec(rest);
  if (match && titleStartsAt(rest, match[0].length)) {
    const written = match[1]!.trimEnd();
    if (/^[0-9]+$/u.test(written)) {
      if (Number(written) >= 1) {
        return at(0, match[0].length, { family: 'arabic', sequenceKey: 'arabic', ordinal: Number(written), ...plain });
      }
    } else {
      const ordinal = readLetterDigits(written);
      if (ordinal !== null) {
        return at(0, match[0].length, {
          family: 'arabic',
          sequenceKey: 'arabic',
          ordinal,
          letterDigits: true,
          missingOrdinal: false,
        });
      }
    }
  }
  // Word's automatic numbering: ㈠ for （一）, ⑴ for （1）, ⒈ for 1.
  match = /^[㈠-㈩]/u.exec(rest);
  if (match && titleStartsAt(rest, 1)) {
    const ordinal = match[0].charCodeAt(0) - 0x3220 + 1;
    return at(0, 1, { family: 'chinese-paren', sequenceKey: 'chinese-paren', ordinal, ...plain });
  }
  match = /^[⑴-⒇]/u.exec(rest);
  if (match && titleStartsAt(rest, 1)) {
    const ordinal = match[0].charCodeAt(0) - 0x2474 + 1;
    return at(0, 1, { family: 'arabic-paren', sequenceKey: 'arabic-paren', ordinal, ...plain });
  }
  match = /^[⒈-⒛]/u.exec(rest);
  if (match && titleStartsAt(rest, 1)) {
    return at(0, 1, { family: 'arabic', sequenceKey: 'arabic', ordinal: match[0].charCodeAt(0) - 0x2488 + 1, ...plain });
  }
  match = /^[①-⑳]/u.exec(rest);
  if (match && titleStartsAt(rest, 1)) {
    return at(0, 1, { family: 'circled', sequenceKey: 'circled', ordinal: match[0].charCodeAt(0) - CIRCLED_FIRST + 1, ...plain });
  }
  // The ordinal was stripped: the paragraph starts with the 、 or the empty brackets that followed it.
  match = /^(?:[、.．]|[（(][ \u3000]*[）)])[ \t\u3000]*/u.exec(rest);
  if (match && STRIPPED_TITLE_START.test(rest.slice(match[0].length)) && !/^.{1,2}、/u.test(rest.slice(match[0].length))) {
    return at(0, match[0].length, {
      family: 'unnumbered',
      sequenceKey: 'unnumbered',
      ordinal: null,
      letterDigits: false,
      missingOrdinal: true,
    });
  }
  const label = matchBlockLabel(rest);
  if (label) return at(0, label.length, { ...label.fields, ...plain });
  const word = matchEnumerationWord(rest, 0, true);
  return word ? at(word.start, word.end - word.start, word) : null;
}

/**
 * The label of a block set apart from the running text: a sidebar (专栏1)
 * or an attachment (附件2, 附件4-1, 附表1, or 附件 alone). Items numbered
 * inside such a block start lists of their own, so the label is a heading
 * they nest under. The label stands alone or before its title after a space
 * or a colon. Captions of figures and tables (图1, 表2) hold nothing: the
 * headings after them go on in the section.
 */
const BLOCK_LABEL =
  /^【?(专栏|附件|附表|附录|附图)[ \u3000]?(?:([0-9]{1,2})(?:[-－—]([0-9]{1,2}))?|([一二三四五六七八九十]{1,3}))?】?(?=$|\s|[：:])/u;

function matchBlockLabel(
  rest: string,
): { length: number; fields: Pick<MarkerMatch, 'family' | 'sequenceKey' | 'ordinal'> } | null {
  const match = BLOCK_LABEL.exec(rest);
  if (!match) return null;
  const [label, kind, arabic, part, chinese] = match;
  if (arabic === undefined && chinese === undefined) {
    // Unnumbered, only an attachment or appendix on a line of its own: 附件 ⏎ 名词解释.
    if (!/^(?:附件|附录)$/u.test(kind!) || !/^[：:]?[ \t\u3000]*$/u.test(rest.slice(label.length))) return null;
    return { length: label.length, fields: { family: 'block', sequenceKey: `block:${kind}`, ordinal: null } };
  }
  const ordinal = part !== undefined ? Number(part) : arabic !== undefined ? Number(arabic) : parseChineseNumeral(chinese!);
  if (ordinal === null || ordinal < 1) return null;
  // 附件4-1, 附件4-2: the parts of attachment 4 are a sequence of their own.
  const sequenceKey = part !== undefined ? `block:${kind}${arabic}-` : `block:${kind}`;
  return { length: label.length, fields: { family: 'block', sequenceKey, ordinal } };
}

/**
 * An enumeration word at `index`: 一是/一要, 首先/其次/再次/最后, 第一，,
 * 第一阶段. `leading`: at the start of a paragraph, where 首先 and 其次 need
 * no comma after them.
 */
export function matchEnumerationWord(text: string, index: number, leading: boolean): MarkerMatch | null {
  const rest = text.slice(index, index + MARKER_WINDOW);
  const plain = { letterDigits: false, missingOrdinal: false };
  // Not the idiom 说一是一，二是二: a numeral standing alone after 是.
  let match = /^([一二三四五六七八九十]{1,3})([是要])(?![一二三四五六七八九十](?:[，,。、；;！!\s]|$))/u.exec(rest);
  if (match) {
    const ordinal = parseChineseNumeral(match[1]!);
    // The item may open with a year or a quotation: 二是1989年以后…, 三是“放管服”改革….
    if (ordinal !== null && ordinal <= 20 && /[\p{Script=Han}0-9“"《]/u.test(rest[match[0].length] ?? '')) {
      const family = match[2] === '是' ? 'shi' : 'yao';
      return { family, sequenceKey: family, ordinal, start: index, end: index + match[0].length, ...plain };
    }
  }
  match = /^第([一二三四五六七八九十百零]{1,6})(部分|阶段|章|节|步|条)?([，,、：:])?/u.exec(rest);
  if (match) {
    const ordinal = parseChineseNumeral(match[1]!);
    if (ordinal === null) return null;
    const unit = match[2];
    // 第三条 heads an article only at the start of a paragraph (第三条　本办法…); in prose it cites one.
    if (unit === '条' && !leading) return null;
    if (unit) {
      return {
        family: 'ordinal-unit',
        sequenceKey: `ordinal-unit:${unit}`,
        ordinal,
        start: index,
        end: index + match[0].length,
        ...plain,
        // 第三条规定… with nothing setting the number off may cite an article: a heading only where the articles have come to 三.
        ...(unit === '条' && !match[3] && !/^(?:\s|$)/u.test(rest.slice(match[0].length)) ? { needsSequence: true } : {}),
      };
    }
    // 第一 alone is an ordinary word (第一时间, 第一责任人); only 第一， 第一、 第一： enumerate.
    if (!match[3]) return null;
    // 第五、六位数字, 第三、四季度: ordinals listed together before what they number, not an item (第二、一定要… is one).
    if (match[3] === '、' && ORDINALS_LISTED_TOGETHER.test(text.slice(index + match[0].length, index + match[0].length + 4)))
      return null;
    return { family: 'ordinal-word', sequenceKey: 'ordinal-word', ordinal, start: index, end: index + match[0].length, ...plain };
  }
  match = /^(首先|其次|再次|最后)([，,：:])?/u.exec(rest);
  if (match) {
    const word = match[1]!;
    const hasComma = Boolean(match[2]);
    // 再次 and 最后 are ordinary adverbs unless a comma sets them off (再次强调, 最后一次).
    if ((word === '再次' || word === '最后') && !hasComma) return null;
    if (!hasComma && !leading && word === '首先') return null;
    if (!hasComma && !HAN.test(rest[word.length] ?? '')) return null;
    const ordinal = word === '首先' ? 1 : word === '其次' ? 2 : word === '再次' ? 3 : null;
    return { family: 'ordinal-word', sequenceKey: 'ordinal-word', ordinal, start: index, end: index + match[0].length, ...plain };
  }
  return null;
}

export interface InlineMarkerCandidate extends MarkerMatch {
  /** Whitespace (a line break typed as a space) rather than punctuation stands before the marker. */
  afterWhitespace: boolean;
  /**
   * Accept only when the marker continues an open sequence exactly: 2. after
   * 1., 二、 after 一、. Prose is full of digits and numerals followed by
   * punctuation, so these need the sequence to vouch for them.
   */
  strict: boolean;
}

const WHITESPACE = /[ \t\u3000\u00A0]/u;

/**
 * Markers inside a paragraph's text from `from` on: enumerations after a
 * sentence or clause boundary (…。二是…, …：（1）…, …；其次，…), and numbered
 * items after a sentence end or a space that stands for a lost line break
 * (…健康 五是…, …。3.细化…). Candidates only: the outline builder keeps those
 * that fit an open sequence.
 */
export function findInlineMarkers(text: string, from: number): InlineMarkerCandidate[] {
  const found: InlineMarkerCandidate[] = [];
  const markerStarts = markerStartTable();
  let contentStart = from;
  while (contentStart < text.length && WHITESPACE.test(text[contentStart]!)) contentStart++;
  for (let index = Math.max(from, 1); index < text.length; index++) {
    if (!(markerStarts.of(text.charCodeAt(index)) & MARKER_START_FLAG)) continue;
    const before = text[index - 1]!;
    // Whitespace stands for a lost line break only after some content of the paragraph.
    const seenContent = contentStart < index;
    const afterWhitespace = WHITESPACE.test(before) && seenContent;
    const afterSentence = SENTENCE_END.test(before) || afterWhitespace;
    const afterClause = afterSentence || /[，,：:]/u.test(before);
    const candidate = matchInlineAt(text, index, { afterSentence, afterClause, afterWhitespace, before });
    if (candidate) {
      found.push(candidate);
      index = candidate.end - 1;
    }
  }
  return found;
}

/** Characters a marker can start with; everything else is skipped without a look. */
const MARKER_START_CHARACTERS = '一二三四五六七八九十首其再最第①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳（(0123456789';
const MARKER_START_FLAG = 1;
let markerStarts: CharacterFlags | undefined;

/** The characters a marker can start with, in a table: every character of every paragraph is tested. */
function markerStartTable(): CharacterFlags {
  if (!markerStarts) {
    markerStarts = new CharacterFlags();
    for (const character of MARKER_START_CHARACTERS) markerStarts.add(character, MARKER_START_FLAG);
  }
  return markerStarts;
}
/** Longer than any marker with the character after it (第十九阶段，x). */
const MARKER_WINDOW = 16;

function matchInlineAt(
  text: string,
  index: number,
  context: { afterSentence: boolean; afterClause: boolean; afterWhitespace: boolean; before: string },
): InlineMarkerCandidate | null {
  const { afterSentence, afterClause, afterWhitespace, before } = context;
  const character = text[index]!;
  const rest = text.slice(index, index + MARKER_WINDOW);
  const withContext = (match: MarkerMatch, strict: boolean): InlineMarkerCandidate => ({ ...match, afterWhitespace, strict });

  if (/[一二三四五六七八九十首其再最第]/u.test(character)) {
    // 即一是…: 即 introduces an enumeration as a colon would.
    const wordBoundary = afterClause || (before === '即' && /[一二三四五六七八九十]/u.test(character));
    if (wordBoundary) {
      const word = matchEnumerationWord(text, index, false);
      if (word && (word.family === 'shi' || word.family === 'yao')) return withContext(word, false);
      if (word && (afterSentence || /[：:]/u.test(before))) return withContext(word, false);
      // …第一，…，第二，… in one sentence: after a comma only as the very next item of an open list.
      if (word && word.ordinal !== null && word.ordinal > 1) return withContext(word, true);
    }
  }
  if (/[①-⑳]/u.test(character) && titleStartsAt(text, index + 1)) {
    return withContext(
      {
        family: 'circled',
        sequenceKey: 'circled',
        ordinal: character.charCodeAt(0) - CIRCLED_FIRST + 1,
        start: index,
        end: index + 1,
        letterDigits: false,
        missingOrdinal: false,
      },
      false,
    );
  }
  if (!afterClause) return null;
  let match = /^[（(]([0-9]{1,2})[）)]/u.exec(rest);
  if (match && titleStartsAt(text, index + match[0].length) && Number(match[1]) >= 1) {
    return withContext(marker('arabic-paren', Number(match[1]), index, match[0].length), false);
  }
  match = /^[（(]([一二三四五六七八九十]{1,3})[）)]/u.exec(rest);
  if (match && (afterSentence || /[：:]/u.test(before)) && titleStartsAt(text, index + match[0].length)) {
    const ordinal = parseChineseNumeral(match[1]!);
    if (ordinal !== null) return withContext(marker('chinese-paren', ordinal, index, match[0].length), false);
  }
  // A colon opens a list of 1. items in the line (附件：1.…, 注：1.…); later items still need a sentence end before them.
  const afterColon = /[：:]/u.test(before);
  if (!afterSentence && !afterColon) return null;
  match = /^([0-9]{1,2})[、.．](?![0-9])/u.exec(rest);
  if (match && titleStartsAt(text, index + match[0].length) && Number(match[1]) >= 1 && (afterSentence || match[1] === '1')) {
    return withContext(marker('arabic', Number(match[1]), index, match[0].length), true);
  }
  match = /^([一二三四五六七八九十]{1,3})、/u.exec(rest);
  if (match && titleStartsAt(text, index + match[0].length) && !NUMERAL_LIST.test(rest.slice(match[0].length))) {
    const ordinal = parseChineseNumeral(match[1]!);
    // After a colon only 一、: the first heading of a body pasted onto its lead-in (…汇报如下：一、基本情况…).
    if (ordinal !== null && (afterSentence || ordinal === 1))
      return withContext(marker('chinese', ordinal, index, match[0].length), true);
  }
  return null;
}

function marker(family: MarkerFamily, ordinal: number, start: number, length: number): MarkerMatch {
  return { family, sequenceKey: family, ordinal, start, end: start + length, letterDigits: false, missingOrdinal: false };
}
