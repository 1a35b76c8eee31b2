import type { AnalysisDocument } from '../core/document.js';
import { defineRule, type RuleReport } from '../core/rule.js';
import { startsWithNumberFollower } from './lexicon/number-followers.js';

type MessageId = 'reversedRange' | 'yearWithoutNian' | 'impossibleDate';

/** A year as drafts write it: 1900–2099, not part of a longer number, a decimal, a code (GB/T 2260) or a range. */
const YEAR = '(?:19|20)[0-9]{2}';
const RANGE_JOINER = '[ \\t]*(?:[-—–~～]{1,2}|至|到)[ \\t]*';
/** Characters before a number that make it a code or part of something longer: GB/T 2024-2011, No.2009, 第2009号. */
const NOT_A_YEAR_BEFORE = /[0-9A-Za-z./／\\#＃第\-—–~～]$/u;

/** A month-and-day or year-month-day, in Arabic or Chinese numerals: 2月30日, 2010年13月, 二月三十日. */
const NUMERAL = '(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})';
const DATE = new RegExp(`(?:(${YEAR})[ \\t]*年[ \\t]*)?(${NUMERAL})[ \\t]*月(?:[ \\t]*(${NUMERAL})[ \\t]*[日号])?`, 'gu');
const YEAR_RANGE = new RegExp(`(${YEAR})(年)?${RANGE_JOINER}(${YEAR})(年)?(?![0-9])`, 'gu');
const FULL_DATE_RANGE = new RegExp(
  `(${YEAR})年([0-9]{1,2})月([0-9]{1,2})[日号]${RANGE_JOINER}(?:(${YEAR})年)?(?:([0-9]{1,2})月)?([0-9]{1,2})[日号]`,
  'gu',
);
const BARE_YEAR = new RegExp(`${YEAR}(?![0-9])`, 'gu');
/** After the first year of a range (2019至2017年): the range is judged as a whole. */
const RANGE_CONTINUES = new RegExp(`^${RANGE_JOINER}${YEAR}`, 'u');

/**
 * Words after which a bare four-digit number is a year that lost its 年
 * (2009我局被评为, 2003被国家林业局表彰, 被评为2009先进基层党组织), by jieba tag:
 * pronouns, prepositions, conjunctions, adverbs, adjectives and verbs. A noun
 * after it is left alone: 2012中国乐谷 and 2008北京奥运会 are event names.
 */
const TAGS_AFTER_YEAR = /^(?:r|p|c|d|a|ad|v|vd|vn|f)$/u;

export default defineRule<MessageId>({
  meta: {
    id: 'date-logic',
    name: { zh: '日期错误', en: 'Impossible date' },
    category: 'integrity',
    defaultSeverity: 'error',
    fixable: 'suggestion',
    scope: 'paragraph',
    description: {
      zh: '日期不合逻辑：年份范围起止颠倒（2024—2011年）、年份后缺少“年”字（2009我局、2005，我局）、不存在的日期（2月30日、13月）。',
      en: 'A date that makes no sense: a reversed range (2024—2011年), a year without 年 (2009我局, 2005，我局), an impossible date (2月30日, 13月).',
    },
    messages: {
      reversedRange: {
        zh: '“{range}”起止颠倒：结束早于开始，请核对年份或日期。',
        en: '“{range}” ends before it starts; check the years or dates.',
      },
      yearWithoutNian: {
        zh: '年份“{year}”后缺少“年”字，应为“{year}年”。',
        en: 'The year “{year}” lacks 年; write “{year}年”.',
      },
      impossibleDate: {
        zh: '“{date}”不是有效的日期，请核对月份或日期。',
        en: '“{date}” is not a valid date; check the month or day.',
      },
    },
  },
  check({ document, report }) {
    for (const finding of [...reversedRanges(document), ...yearsWithoutNian(document), ...impossibleDates(document)]) {
      report(finding);
    }
  },
});

function isYearStart(text: string, offset: number): boolean {
  return !NOT_A_YEAR_BEFORE.test(text.slice(Math.max(0, offset - 1), offset));
}

function* reversedRanges(document: AnalysisDocument): Generator<RuleReport<MessageId>> {
  const text = document.normalizedText;
  const reported = new Set<number>();
  for (const match of text.matchAll(YEAR_RANGE)) {
    if (!isYearStart(text, match.index)) continue;
    if (Number(match[3]) >= Number(match[1])) continue;
    reported.add(match.index);
    yield rangeReport(document, match.index, match[0].length);
  }
  for (const match of text.matchAll(FULL_DATE_RANGE)) {
    if (!isYearStart(text, match.index) || reported.has(match.index)) continue;
    const [, startYear, startMonth, startDay, endYear, endMonth, endDay] = match;
    const start = [Number(startYear), Number(startMonth), Number(startDay)];
    // Without its own year, an end month before the start month crosses a new year (12月1日至1月31日): fine.
    if (!endYear && endMonth && Number(endMonth) < start[1]!) continue;
    const end = [endYear ? Number(endYear) : start[0]!, endMonth ? Number(endMonth) : start[1]!, Number(endDay)];
    if (compareDates(end, start) < 0) yield rangeReport(document, match.index, match[0].length);
  }
}

function rangeReport(document: AnalysisDocument, offset: number, length: number): RuleReport<MessageId> {
  return { offset, length, messageId: 'reversedRange', data: { range: document.text.slice(offset, offset + length) } };
}

function compareDates(a: readonly number[], b: readonly number[]): number {
  for (let index = 0; index < a.length; index++) {
    if (a[index] !== b[index]) return a[index]! - b[index]!;
  }
  return 0;
}

/** 2009我局被评为, 2003被表彰, 被评为2009先进, and at the start of a clause 2005，我局. Year ranges (2009-2010创建) are fine. */
function* yearsWithoutNian(document: AnalysisDocument): Generator<RuleReport<MessageId>> {
  const text = document.normalizedText;
  for (const match of text.matchAll(BARE_YEAR)) {
    const start = match.index;
    const end = start + match[0].length;
    if (!isYearStart(text, start) || RANGE_CONTINUES.test(text.slice(end, end + 8))) continue;
    const after = text[end];
    if (after === undefined) continue;
    let missing = false;
    if (after === '，' || after === ',') {
      // Only a year opens a clause with a bare number and a comma; 投资2000，其中 is an amount.
      missing = (opensClause(text, start) || followsATimePhrase(text, start)) && document.tokenAt(end + 1)?.tag !== 'm';
    } else if (after === '起') {
      missing = SINCE_BEFORE.test(text.slice(Math.max(0, start - 1), start)) && document.tokenAt(end)?.text === '起';
    } else {
      const next = document.tokenAt(end);
      missing =
        next !== undefined && next.start === end && !startsWithNumberFollower(text, end) && TAGS_AFTER_YEAR.test(next.tag);
    }
    if (!missing || opensATitle(text, start, end) || opensAName(document, end) || isEditionNote(text, start, end)) continue;
    const year = document.text.slice(start, end);
    yield {
      offset: start,
      length: end - start + 1,
      messageId: 'yearWithoutNian',
      data: { year },
      replacements: [`${year}年${document.text[end]}`],
    };
  }
}

/**
 * What names an event, a plan or a publication: its head noun. A year at the
 * start of such a name is part of the name, not a date that lost 年
 * (2017移动智能终端峰会, 2030领航计划); titles and awards are not named that
 * way, so 被评为2021优秀基层党组织 is still a year without 年.
 */
const NAME_HEADS =
  /(?:峰会|大会|论坛|博览会|展览会|交易会|洽谈会|年会|研讨会|发布会|运动会|大赛|赛事|联赛|锦标赛|艺术节|文化节|活动周|计划|行动|工程|规划|纲要|方案|报告|白皮书|蓝皮书|指南|指数|榜单|名录)$/u;
/** Tags a name is made of: nouns, verbs, adjectives, names (not pronouns, particles, prepositions, adverbs). */
const NAME_PART_TAGS = /^(?:n|v|a|b|j|l|i|s|vn|an|nz|ns|nt|nr)/u;
const LONGEST_NAME_IN_WORDS = 12;

/** A title or quoted name opened right before the year and closed later on the line, with no sentence inside. */
const TITLE_AFTER_YEAR = /^[^《》“”「」，。；！？\n\r]{1,40}[》”」]/u;

/**
 * 《2023数字经济发展白皮书》, “2017移动智能终端峰会”: a year that opens a title
 * or a quoted name is part of that name, whatever word follows it.
 */
function opensATitle(text: string, start: number, end: number): boolean {
  return /[《“「]$/u.test(text.slice(Math.max(0, start - 1), start)) && TITLE_AFTER_YEAR.test(text.slice(end, end + 41));
}

/**
 * 《环境保护法》（2014修订）, 《固体废物污染环境防治法》(2020修正): the year of
 * a law's or a standard's edition in brackets after its title is written
 * without 年 by convention, as in the citations of official text.
 */
function isEditionNote(text: string, start: number, end: number): boolean {
  return /[（(]$/u.test(text.slice(Math.max(0, start - 1), start)) && EDITION_NOTE.test(text.slice(end, end + 6));
}

const EDITION_NOTE = /^(?:修订|修正|修改|版|修订版|制定)[）)]/u;

/** The words right after the year run on, without a break, into a name's head noun. */
function opensAName(document: AnalysisDocument, end: number): boolean {
  const paragraph = document.paragraphAt(end);
  const tokens = document.tokens(paragraph);
  let index = document.tokenIndexAt(end);
  if (index < 0) return false;
  for (let words = 0; words < LONGEST_NAME_IN_WORDS && index < tokens.length; words++, index++) {
    const token = tokens[index]!;
    if (!NAME_PART_TAGS.test(token.tag)) return false;
    if (NAME_HEADS.test(token.text)) return true;
  }
  return false;
}

/**
 * Where a bare number before a comma can only be a time: a target at the
 * start of a clause (到2030，) or the year just past (刚刚过去的2025，). 提高到2000，
 * is an amount, so 到 must open the clause.
 */
const TIME_PHRASE_BEFORE = /(?:(?:^|[，。；：！？\n\r（(])[ \t]*(?:力争)?到|过去的)$/u;
/** 自2016起, 从2024起: a starting year lost its 年 before 起. */
const SINCE_BEFORE = /[自从]$/u;

function followsATimePhrase(text: string, offset: number): boolean {
  return TIME_PHRASE_BEFORE.test(text.slice(Math.max(0, offset - 6), offset));
}

function opensClause(text: string, offset: number): boolean {
  let cursor = offset - 1;
  while (cursor >= 0 && ' \t\u3000'.includes(text[cursor]!)) cursor--;
  return cursor < 0 || '。；;！？!?\n\r：:'.includes(text[cursor]!);
}

/** 13月, 0月, 2月30日, 4月31日, 2023年2月29日 (not a leap year), also in Chinese numerals (二月三十日). */
function* impossibleDates(document: AnalysisDocument): Generator<RuleReport<MessageId>> {
  const text = document.normalizedText;
  for (const match of text.matchAll(DATE)) {
    const [whole, yearText, monthText, dayText] = match;
    // The month must be a whole number of its own: not the 3 of 13个月 (no 月 there) nor the 5 of 2015月.
    const monthStart = match.index + whole.indexOf(monthText!, yearText ? yearText.length + 1 : 0);
    if (/[0-9〇零一二三四五六七八九十百两几第]$/u.test(text.slice(Math.max(0, monthStart - 1), monthStart))) continue;
    const month = parseSmallNumber(monthText!);
    const day = dayText === undefined ? undefined : parseSmallNumber(dayText);
    if (month === undefined || (dayText !== undefined && day === undefined)) continue;
    // 九十月份 lists two months; a Chinese-numeral month is only judged with its day (二月三十日).
    if (!/^[0-9]/u.test(monthText!) && day === undefined) continue;
    const year = yearText ? Number(yearText) : undefined;
    const valid = month >= 1 && month <= 12 && (day === undefined || (day >= 1 && day <= daysInMonth(month, year)));
    if (valid) continue;
    const offset = yearText && (month < 1 || month > 12) ? monthStart : match.index;
    const length = match.index + whole.length - offset;
    yield {
      offset,
      length,
      messageId: 'impossibleDate',
      data: { date: document.text.slice(offset, offset + length) },
    };
  }
}

function daysInMonth(month: number, year: number | undefined): number {
  if (month === 2) {
    // Without a year, 2月29日 may be a leap day.
    if (year === undefined) return 29;
    return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  }
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

const CHINESE_DIGITS = '一二三四五六七八九';

/** 1–99 from Arabic digits or canonical Chinese numerals (三, 十二, 三十一); undefined for 八九 (“eight or nine”) and other forms. */
export function parseSmallNumber(numeral: string): number | undefined {
  if (/^[0-9]+$/u.test(numeral)) return Number(numeral);
  const match = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/u.exec(numeral);
  if (!match || numeral === '') return undefined;
  const [, tens, ten, units] = match;
  if (!ten) return tens && !units ? CHINESE_DIGITS.indexOf(tens) + 1 : undefined;
  if (tens === '一') return undefined; // 一十二 is not how dates are written
  return (tens ? CHINESE_DIGITS.indexOf(tens) + 1 : 1) * 10 + (units ? CHINESE_DIGITS.indexOf(units) + 1 : 0);
}
