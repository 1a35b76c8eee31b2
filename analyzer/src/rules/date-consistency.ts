import type { AnalysisDocument } from '../core/document.js';
import { defineRule, type RuleReport } from '../core/rule.js';
import type { OutlineDocument, OutlineNode } from '../outline/types.js';
import { parseSmallNumber } from './date-logic.js';
import { parseChineseNumeral } from './lexicon/figures.js';

type MessageId =
  | 'weekdayMismatch'
  | 'planPeriodMismatch'
  | 'outsidePlanPeriod'
  | 'afterDocumentDate'
  | 'dateBeforePeriod'
  | 'yearWordMismatch';

/**
 * Five-year plans by name. A date inside a plan's name or range is checked
 * against these years; a summary of one plan period is checked for years
 * outside it.
 */
export const PLAN_PERIODS: ReadonlyMap<string, readonly [number, number]> = new Map([
  ['九五', [1996, 2000]],
  ['十一五', [2006, 2010]],
  ['十二五', [2011, 2015]],
  ['十三五', [2016, 2020]],
  ['十四五', [2021, 2025]],
  ['十五五', [2026, 2030]],
]);
const PLAN = '(十[一二三四五]五|九五)';

/** A year in digits or in Chinese numerals read digit by digit (2024, 二〇二四, 一九九八). */
const YEAR = '((?:19|20)[0-9]{2}|[一二][〇○零九][〇○零一二三四五六七八九]{2})';
const NUMERAL = '([0-9]{1,2}|[一二三四五六七八九十]{1,3})';
/** 2024年3月5日, 二〇二四年十二月二十日, 2024年3月 (no day). */
const FULL_DATE = new RegExp(`${YEAR}[ \\t]*年[ \\t]*${NUMERAL}[ \\t]*月(?:[ \\t]*${NUMERAL}[ \\t]*[日号])?`, 'gu');
const BARE_YEAR = new RegExp(`${YEAR}[ \\t]*年(?![0-9一二三四五六七八九十]{1,2}[ \\t]*月|度?[ \\t]*[—–\\-~～至到])`, 'gu');
const WEEKDAY_AFTER = /^[ \t]{0,3}[（(]?[ \t]{0,3}(星期|周|礼拜)([一二三四五六日天])[ \t]{0,3}[）)]?/u;
const WEEKDAYS = '日一二三四五六';
/** Before a year: part of a longer number, a code (〔2024〕), a range's second year. */
const NOT_A_YEAR_BEFORE = /[0-9A-Za-z./／〔［[#—–\-~～至到]$/u;

/** A sentence about what is still to come: its dates may lie after the document's own. */
const FUTURE =
  /(?:将|拟|计划|预计|力争|争取|确保|目标|明年|下一步|下步|预期|规划|打算|前完成|底前|以前|之前|前后|到[0-9一二〇]{4}年|展望|远景|愿景|预算|安排|部署|要求|启动|即将|有望|期待|望|定于|届时|之年)/u;
/** Headings of what is to come: the section under them plans, it does not report. */
const FUTURE_HEADING = /(?:打算|计划|安排|思路|下一步|下步|展望|目标|任务|重点|建议|设想|举措|措施)/u;
/** A comparison or a starting point: the year is context, not an event of the period. */
const CONTEXT_YEAR_AFTER = /^(?:以来|起|开始|至今|以前|前|底|末|相比|同期|水平|基础|标准|版|修订|制定|出台|印发|发布|颁布)/u;
const CONTEXT_YEAR_BEFORE = /(?:比|较|与|同|自|从|于|截至|对比)$/u;

/** What a summary is: it reports work done, so its events lie before its own date. */
const SUMMARY_TITLE = /(?:总结|汇报|报告|述职|情况|回顾)/u;

interface DateValue {
  year: number;
  month?: number;
  day?: number;
}

interface DatedText extends DateValue {
  start: number;
  end: number;
  text: string;
}

interface Period {
  year: number;
  /** 上半年 / 下半年 / 第三季度 in the title, when named. */
  half?: 'first' | 'second';
  plan?: { name: string; start: number; end: number };
}

export default defineRule<MessageId>({
  meta: {
    id: 'date-consistency',
    name: { zh: '日期不符', en: 'Inconsistent date' },
    category: 'integrity',
    defaultSeverity: 'warning',
    fixable: false,
    scope: 'document',
    description: {
      zh: '日期与文稿不符：星期与日期不符（2024年3月5日（星期三））、年份与“十X五”规划期不符、总结中晚于落款日期的事项、早于标题年度的落款日期、与标题年份矛盾的“今年/去年”。汉字数字日期（二〇二四年）同样检查。',
      en: 'Dates that do not fit the draft: a weekday that does not match its date (2024年3月5日（星期三）), a year outside the named five-year plan, events in a summary dated after the summary itself, a date line earlier than the year the title reports on, and 今年/去年 contradicting the stated year. Dates in Chinese numerals (二〇二四年) count too.',
    },
    messages: {
      weekdayMismatch: {
        zh: '{date}是星期{actual}，不是“{written}”，请核对日期或星期。',
        en: '{date} is a {actualEnglish}, not “{written}”; please verify the date or the weekday.',
      },
      planPeriodMismatch: {
        zh: '“{plan}”是{start}—{end}年，此处写作{text}，与之不符，请核对年份。',
        en: 'The {plan} plan runs {start}–{end}; {text} does not fit it; please verify the year.',
      },
      outsidePlanPeriod: {
        zh: '标题为“{plan}”期间（{start}—{end}年）的总结，此处的“{year}”不在其中，请核对年份或标题。',
        en: 'The title reports on the {plan} period ({start}–{end}); “{year}” lies outside it; please verify the year or the title.',
      },
      afterDocumentDate: {
        zh: '此处“{date}”晚于落款日期“{documentDate}”，总结中的已办事项不应晚于成文日期，请核对。',
        en: '“{date}” is later than the date line “{documentDate}”; work a summary reports cannot be dated after it; please verify.',
      },
      dateBeforePeriod: {
        zh: '落款日期“{date}”早于标题所说的{period}，请核对落款日期或标题年份。',
        en: 'The date line “{date}” is earlier than the period the title reports on ({period}); please verify the date or the title.',
      },
      yearWordMismatch: {
        zh: '文稿所述年份为{stated}年，“{word}”应指{expected}年，此处却写作{text}，请核对。',
        en: 'The draft speaks of {stated}, so “{word}” is {expected}, yet it reads {text}; please verify.',
      },
    },
  },
  check({ document, report }) {
    for (const finding of weekdayMismatches(document)) report(finding);
    for (const finding of planPeriodMismatches(document)) report(finding);
    for (const outlineDocument of document.outline.documents) {
      for (const finding of documentDateFindings(document, outlineDocument)) report(finding);
    }
  },
});

export function parseYear(text: string): number | undefined {
  if (/^[0-9]{4}$/u.test(text)) return Number(text);
  const value = parseChineseNumeral(text.replaceAll('○', '〇'))?.value;
  return value !== undefined && value >= 1900 && value <= 2099 ? value : undefined;
}

/** Every full or year-month date of a stretch of the text, valid ones only (date-logic reports the rest). */
function datesIn(document: AnalysisDocument, start: number, end: number): DatedText[] {
  const before = document.normalizedText[start - 1];
  const found = readDates(document.normalizedText.slice(start, end), document.text.slice(start, end), before);
  return found.map((date) => shifted(date, start));
}

/**
 * The dates of every line, each line read once and remembered by its text:
 * a date never crosses a line break, and the whole draft's are read again
 * on every re-check after an edit.
 */
function datesOfEveryLine(document: AnalysisDocument): DatedText[] {
  return document.paragraphs.flatMap((paragraph) =>
    document
      .lineFact('date-consistency/dates', paragraph, (line) => readDates(line.normalizedText, line.text, undefined))
      .map((date) => shifted(date, paragraph.start)),
  );
}

/** The dates of a text (offsets relative to it), given the character before it. */
function readDates(normalized: string, original: string, characterBefore: string | undefined): DatedText[] {
  const dates: DatedText[] = [];
  for (const match of normalized.matchAll(FULL_DATE)) {
    const offset = match.index;
    const before = offset === 0 ? characterBefore : normalized[offset - 1];
    if (before !== undefined && NOT_A_YEAR_BEFORE.test(before)) continue;
    const year = parseYear(match[1]!);
    const month = parseSmallNumber(match[2]!);
    const day = match[3] === undefined ? undefined : parseSmallNumber(match[3]);
    if (year === undefined || month === undefined || month < 1 || month > 12) continue;
    if (match[3] !== undefined && (day === undefined || day < 1 || day > daysInMonth(year, month))) continue;
    dates.push({
      start: offset,
      end: offset + match[0].length,
      text: original.slice(offset, offset + match[0].length),
      year,
      month,
      ...(day === undefined ? {} : { day }),
    });
  }
  return dates;
}

function shifted(date: DatedText, by: number): DatedText {
  return { ...date, start: date.start + by, end: date.end + by };
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const ENGLISH_WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** 2024年3月5日（星期三）: 5 March 2024 was a Tuesday. */
function* weekdayMismatches(document: AnalysisDocument): Generator<RuleReport<MessageId>> {
  for (const date of datesOfEveryLine(document)) {
    if (date.day === undefined) continue;
    const after = WEEKDAY_AFTER.exec(document.normalizedText.slice(date.end, date.end + 8));
    if (!after) continue;
    const written = WEEKDAYS.indexOf(after[2] === '天' ? '日' : after[2]!);
    const actual = new Date(Date.UTC(date.year, date.month! - 1, date.day)).getUTCDay();
    if (written === actual) continue;
    const end = date.end + after[0].length;
    yield {
      offset: date.start,
      length: end - date.start,
      messageId: 'weekdayMismatch',
      data: {
        date: date.text,
        actual: WEEKDAYS[actual]!,
        actualEnglish: ENGLISH_WEEKDAYS[actual]!,
        written: document.text.slice(date.end, end).replace(/^[ \t（(]{1,8}|[ \t）)]{1,8}$/gu, ''),
      },
    };
  }
}

const RANGE = `${YEAR}[ \\t]{0,3}(?:年[ \\t]{0,3})?(?:[—–\\-~～]{1,2}|至|到)[ \\t]{0,3}${YEAR}[ \\t]{0,3}年?`;
/** “十三五”（2016—2020年）, 十三五时期(2016-2020), 2016—2020年（“十三五”）. */
const PLAN_THEN_RANGE = new RegExp(
  `[“"]?${PLAN}[”"]?(?:规划)?(?:期间|时期)?[ \\t]{0,3}[（(][ \\t]{0,3}${RANGE}[ \\t]{0,3}[）)]`,
  'gu',
);
const RANGE_THEN_PLAN = new RegExp(
  `${RANGE}[ \\t]{0,3}[（(][ \\t]{0,3}[“"]?${PLAN}[”"]?(?:规划)?(?:期间|时期)?[ \\t]{0,3}[）)]`,
  'gu',
);
/** 2021年是“十四五”开局之年, 今年是“十四五”规划的收官之年. */
const YEAR_OF_PLAN = new RegExp(
  `(?:${YEAR}[ \\t]*年|(今年|明年|去年))(?:是|为|作为)[“"]?${PLAN}[”"]?(?:规划)?的?(开局|起步|收官|第一|第二|第三|第四|第五|最后一|中期)(?:之)?年`,
  'gu',
);
const YEAR_OF_PLAN_INDEX: Record<string, number | 'end'> = {
  开局: 0,
  起步: 0,
  第一: 0,
  第二: 1,
  第三: 2,
  中期: 2,
  第四: 3,
  第五: 4,
  收官: 'end',
  最后一: 'end',
};

function* planPeriodMismatches(document: AnalysisDocument): Generator<RuleReport<MessageId>> {
  const text = document.normalizedText;
  const stated = statedYear(document);
  for (const [pattern, planGroup, startGroup, endGroup] of [
    [PLAN_THEN_RANGE, 1, 2, 3],
    [RANGE_THEN_PLAN, 3, 1, 2],
  ] as const) {
    for (const match of text.matchAll(pattern)) {
      const plan = match[planGroup]!;
      const period = PLAN_PERIODS.get(plan);
      const start = parseYear(match[startGroup]!);
      const end = parseYear(match[endGroup]!);
      if (!period || start === undefined || end === undefined) continue;
      if (start === period[0] && end === period[1]) continue;
      yield planReport(document, match.index, match[0].length, plan, period);
    }
  }
  for (const match of text.matchAll(YEAR_OF_PLAN)) {
    const plan = match[3]!;
    const period = PLAN_PERIODS.get(plan);
    if (!period) continue;
    const index = YEAR_OF_PLAN_INDEX[match[4]!]!;
    const expected = index === 'end' ? period[1] : period[0] + index;
    if (match[1] !== undefined) {
      const year = parseYear(match[1]);
      if (year === undefined || year === expected) continue;
      yield planReport(document, match.index, match[0].length, plan, period);
    } else if (stated !== undefined) {
      // 今年是“十四五”收官之年 in a draft of 2023: the year word and the plan disagree with the stated year.
      const word = match[2]!;
      const meant = stated + (word === '明年' ? 1 : word === '去年' ? -1 : 0);
      if (meant === expected) continue;
      yield {
        offset: match.index,
        length: match[0].length,
        messageId: 'yearWordMismatch',
        data: { stated, word, expected: meant, text: document.text.slice(match.index, match.index + match[0].length) },
      };
    }
  }
}

function planReport(
  document: AnalysisDocument,
  offset: number,
  length: number,
  plan: string,
  period: readonly [number, number],
): RuleReport<MessageId> {
  return {
    offset,
    length,
    messageId: 'planPeriodMismatch',
    data: { plan, start: period[0], end: period[1], text: document.text.slice(offset, offset + length) },
  };
}

/** The year the draft speaks of: its first document's title year, else its date line's. */
function statedYear(document: AnalysisDocument): number | undefined {
  const first = document.outline.documents[0];
  if (!first) return undefined;
  return (
    periodOf(first)?.year ??
    (first.date ? datesIn(document, first.date.offset, first.date.offset + first.date.text.length)[0]?.year : undefined)
  );
}

/**
 * The title's lines that run on from its first: the outline may also count
 * a short line further down (a signature over a date) as a title line.
 */
function titleLines(outlineDocument: OutlineDocument): OutlineDocument['title'] {
  const lines = outlineDocument.title.slice(0, 1);
  for (const line of outlineDocument.title.slice(1)) {
    const previous = lines[lines.length - 1]!;
    if (line.offset > previous.offset + previous.text.length + 2) break;
    lines.push(line);
  }
  return lines;
}

/** The period a title reports on: 2024年工作总结, 2024年上半年, “十一五”期间. */
function periodOf(outlineDocument: OutlineDocument): Period | undefined {
  const title = titleLines(outlineDocument)
    .map((line) => line.text)
    .join('');
  const plan = new RegExp(`${PLAN}[”"]?(?:规划)?(?:期间|时期)`, 'u').exec(title);
  if (plan) {
    const period = PLAN_PERIODS.get(plan[1]!);
    if (period) return { year: period[1], plan: { name: plan[1]!, start: period[0], end: period[1] } };
  }
  const year = new RegExp(`${YEAR}[ \\t]*年(?:度)?(上半年|下半年)?`, 'u').exec(title);
  if (!year || new RegExp(`${YEAR}[ \\t]{0,3}(?:年[ \\t]{0,3})?[—–\\-~～至到]`, 'u').test(title)) return undefined;
  const value = parseYear(year[1]!);
  if (value === undefined) return undefined;
  return { year: value, ...(year[2] ? { half: year[2] === '上半年' ? ('first' as const) : ('second' as const) } : {}) };
}

/** Sections under a heading about what is to come (下一步工作打算): stretches whose dates are plans. */
function futureSections(outlineDocument: OutlineDocument): Array<[number, number]> {
  const sections: Array<[number, number]> = [];
  const visit = (nodes: readonly OutlineNode[]) => {
    for (const node of nodes) {
      if (node.kind === 'heading' && FUTURE_HEADING.test(node.title)) sections.push([node.markerOffset, node.end]);
      else visit(node.children);
    }
  };
  visit(outlineDocument.headings);
  return sections;
}

function sentenceAround(document: AnalysisDocument, offset: number): string {
  const text = document.normalizedText;
  let start = offset;
  while (start > 0 && !'。！？；\n'.includes(text[start - 1]!)) start--;
  let end = offset;
  while (end < text.length && !'。！？；\n'.includes(text[end]!)) end++;
  return text.slice(start, end);
}

function compare(a: DateValue, b: DateValue): number {
  return a.year - b.year || (a.month ?? 0) - (b.month ?? 0) || (a.day ?? 0) - (b.day ?? 0);
}

/**
 * What a document's own date and title say about its other dates: a summary
 * reports work done, so nothing it reports lies after its date line; the date
 * line is not earlier than the period the title names; a summary of one
 * plan period speaks of that period's years.
 */
function* documentDateFindings(document: AnalysisDocument, outlineDocument: OutlineDocument): Generator<RuleReport<MessageId>> {
  const title = titleLines(outlineDocument)
    .map((line) => line.text)
    .join('');
  const period = periodOf(outlineDocument);
  const dateLine = outlineDocument.date;
  const ownDate = dateLine ? datesIn(document, dateLine.offset, dateLine.offset + dateLine.text.length)[0] : undefined;
  const bodyStart = Math.max(
    ...titleLines(outlineDocument).map((line) => line.offset + line.text.length),
    outlineDocument.offset,
  );
  const bodyEnd = dateLine ? dateLine.offset : outlineDocument.end;
  const stated = period && !period.plan ? period.year : undefined;
  if (stated !== undefined) yield* yearWordsInApposition(document, bodyStart, bodyEnd, stated, ownDate?.year);
  const isSummary = SUMMARY_TITLE.test(title) && !/(?:计划|方案|要点|通知|打算|安排)$/u.test(title);
  if (!isSummary) return;
  const future = futureSections(outlineDocument);
  const inFuture = (offset: number) => future.some(([start, end]) => offset >= start && offset < end);

  if (ownDate && period && !period.plan) {
    const periodStart: DateValue = { year: period.year, month: period.half === 'second' ? 7 : 1 };
    // A summary of 2024 (or its first half) is not signed before that period ends; one of 下半年 not before July.
    const earliest: DateValue = period.half === 'first' ? { year: period.year, month: 6 } : periodStart;
    if (compare(ownDate, earliest) < 0 && (ownDate.year < period.year || period.half !== undefined)) {
      yield {
        offset: ownDate.start,
        length: ownDate.end - ownDate.start,
        messageId: 'dateBeforePeriod',
        data: {
          date: ownDate.text,
          period: `${period.year}年${period.half === 'first' ? '上半年' : period.half === 'second' ? '下半年' : ''}`,
        },
      };
    }
  }

  if (ownDate) {
    for (const date of datesIn(document, bodyStart, bodyEnd)) {
      if (compare(date, ownDate) <= 0 || inFuture(date.start)) continue;
      // Only a later month counts when the date line names no day, and a later day when it does.
      if (date.year === ownDate.year && date.month === ownDate.month && (ownDate.day === undefined || date.day === undefined))
        continue;
      if (FUTURE.test(sentenceAround(document, date.start))) continue;
      yield {
        offset: date.start,
        length: date.end - date.start,
        messageId: 'afterDocumentDate',
        data: { date: date.text, documentDate: ownDate.text },
      };
    }
  }

  if (period?.plan) {
    const { name, start, end } = period.plan;
    const text = document.normalizedText;
    for (const match of text.slice(bodyStart, bodyEnd).matchAll(BARE_YEAR)) {
      const offset = bodyStart + match.index;
      const matchEnd = offset + match[0].length;
      if (NOT_A_YEAR_BEFORE.test(text.slice(Math.max(0, offset - 1), offset))) continue;
      const year = parseYear(match[1]!);
      if (year === undefined || (year >= start - 1 && year <= end + 1) || inFuture(offset)) continue;
      if (CONTEXT_YEAR_AFTER.test(text.slice(matchEnd, matchEnd + 3))) continue;
      if (CONTEXT_YEAR_BEFORE.test(text.slice(Math.max(0, offset - 2), offset))) continue;
      if (FUTURE.test(sentenceAround(document, offset))) continue;
      yield {
        offset,
        length: matchEnd - offset,
        messageId: 'outsidePlanPeriod',
        data: { plan: name, start, end, year: document.text.slice(offset, matchEnd) },
      };
    }
  }
}

/** 今年（2023年）, 2023年（今年）, 去年即2022年: a year word beside the year it stands for. */
const YEAR_WORD_THEN_YEAR = new RegExp(
  `(今年|去年|明年|本年度?|上年度?)[ \\t]*(?:[（(]|即|也就是)[ \\t]*${YEAR}[ \\t]{0,3}(?:年[ \\t]{0,3})?[）)]?`,
  'gu',
);
const YEAR_THEN_YEAR_WORD = new RegExp(`${YEAR}[ \\t]*年[ \\t]*[（(][ \\t]*(今年|去年|明年|本年度?|上年度?)[ \\t]*[）)]`, 'gu');

function* yearWordsInApposition(
  document: AnalysisDocument,
  start: number,
  end: number,
  stated: number,
  dateLineYear: number | undefined,
): Generator<RuleReport<MessageId>> {
  const text = document.normalizedText.slice(start, end);
  for (const [pattern, wordGroup, yearGroup] of [
    [YEAR_WORD_THEN_YEAR, 1, 2],
    [YEAR_THEN_YEAR_WORD, 2, 1],
  ] as const) {
    for (const match of text.matchAll(pattern)) {
      const word = match[wordGroup]!;
      const year = parseYear(match[yearGroup]!);
      if (year === undefined) continue;
      const shift = /^(?:去年|上年)/u.test(word) ? -1 : word === '明年' ? 1 : 0;
      // A summary of 2024 signed in January 2025 may call 2025 今年: either year fits.
      const fits = [stated, dateLineYear].some((base) => base !== undefined && base + shift === year);
      if (fits) continue;
      const offset = start + match.index;
      yield {
        offset,
        length: match[0].length,
        messageId: 'yearWordMismatch',
        data: { stated, word, expected: stated + shift, text: document.text.slice(offset, offset + match[0].length) },
      };
    }
  }
}
