import type { AnalysisDocument, Paragraph } from '../core/document.js';
import { defineRule, type RuleReport } from '../core/rule.js';
import type { Token } from '../core/segmenter.js';
import { isNumeralCharacter } from '../text/characters.js';
import { endsClause, neighbour, startsClause } from './lexicon/token-context.js';

type MessageId = 'emptyDate' | 'missingYear' | 'missingMonth' | 'missingTime';

/**
 * Tokens that carry date parts: 年, 月, 日 and jieba's 年月日, 月日, plus the
 * words jieba glues to a date part (日前, 日起, 月底): only the leading date
 * characters count as parts.
 */
const DATE_TOKEN = /^([年月日]+)[前后起止至内底初末中]?$/u;
/** A bare 年 after these words is a year with its digits gone: 自年开始, 于年, 整理了年文明创建总结. */
const BEFORE_BARE_YEAR = new Set(['于', '自', '从', '至', '到', '在', '了', '是', '为', '截至', '截止', '始于', '起', '由']);
/** A bare 月 after these prepositions lost its digits: 于月被授予. */
const BEFORE_BARE_MONTH = new Set(['于', '自', '从', '至', '到', '在', '截至', '截止']);
/** Words after a sentence-opening bare 年 that show it names a year: 年是开局之年, 年以来. */
const YEAR_AS_SUBJECT_FOLLOWERS = new Set(['是', '为', '以来', '开始', '起', '至', '到', '以后', '以前']);
/** The issuing body a title names before its year. */
const ORGANISATION_ENDING =
  /(?:[局委办院所厅部站队处科室]|中心|政府|公司|[省市县区镇乡村]|街道|社区|学校|医院|党委|党组|支部|机关)$/u;
/** A title line: short, no sentence punctuation, ending in a kind of document. */
const DOCUMENT_TITLE = /^[^，。；,;]{4,60}(?:总结|计划|要点|方案|报告|汇报|安排|意见|规划|汇报材料|工作总结)$/u;
/** Words for a year after which a bare 月 lost its digits: 今年月以来. */
const YEAR_WORDS = new Set(['今年', '去年', '明年', '当年', '同年', '上年', '本年', '次年', '前年', '全年']);
/** Characters after 年 that make an ordinary word jieba split off: 于年中、年末. */
const YEAR_WORD_ENDINGS = '初中末底终度内尾来间前后里轻龄级纪代会鉴报货画';
/** Characters after 月 that make an ordinary word: 月底, 月初, 月度, 月份. */
const MONTH_WORD_ENDINGS = '底初末中度份均薪票';
/** 今年-月, 去年至月: a relative year followed by a month range whose digits are gone. */
// The word before 年 is looked behind from after it, so the pattern is tried only where 年 stands.
const YEAR_WORD_THEN_EMPTY_MONTH = /年(?<=[今去明当本同次上前]年)[ \t]*[-—–~～至到][ \t]*月(?![份底初末中度])/gu;
/** Characters before 年/月 that supply its number, or stand in for it (placeholders are placeholder-name's). */
const DATE_NUMBER_BEFORE = /[0-9〇零一二三四五六七八九十两Xx×*＊_＿□○]$/u;
/**
 * What labels a blank on a form: a colon, 日期/时间, or a prompt to sign or
 * seal (签章, （盖章）). A spaced 年 月 日 after one is a field to fill in by
 * hand, not a date the writer forgot: a note, not an error.
 */
const FORM_LABEL = /(?:[:：]|日期|时间|[签盖公]章|签字|签名)[)）]?$/u;
/** The year a form prints in its date field (申报日期：2022年　　月　　日). */
const PRINTED_YEAR = /[0-9]{4}年$/u;
/** 上午时, （星期）: the hour or the weekday of an appointment is missing. */
const EMPTY_TIME = /(?:[上下中]午|早上|晚上)(时|点)(?![间期候代段刻节常机分])|[（(]星期[）)]/gu;

export default defineRule<MessageId>({
  meta: {
    id: 'placeholder-date',
    name: { zh: '日期空缺', en: 'Missing date' },
    category: 'gap',
    defaultSeverity: 'error',
    fixable: false,
    // A blank date on a form is known by the label on the line before it (申请单位（盖章）⏎年 月 日).
    scope: 'document',
    description: {
      zh: '日期缺少数字：年、月、日前没有数字（如落款“年月日”、“于年月”、“自年开始”、“今年-月”），或时间、星期空缺。',
      en: 'A date lost its digits: 年/月/日 with no number (the signature 年月日, 于年月, 自年开始, 今年-月), or an empty hour or weekday.',
    },
    messages: {
      emptyDate: {
        zh: '日期“{date}”缺少数字，请填写具体日期。',
        en: 'The date “{date}” has no digits; fill in the date.',
      },
      missingYear: {
        zh: '“年”前缺少年份，请填写具体年份。',
        en: 'The year before 年 is missing; fill it in.',
      },
      missingMonth: {
        zh: '“月”前缺少月份，请填写具体月份。',
        en: 'The month before 月 is missing; fill it in.',
      },
      missingTime: {
        zh: '时间“{time}”缺少数字，请填写具体时间。',
        en: 'The time “{time}” has no number; fill it in.',
      },
    },
  },
  check({ document, report }) {
    for (const match of document.normalizedText.matchAll(YEAR_WORD_THEN_EMPTY_MONTH)) {
      report({
        offset: match.index,
        length: match[0].length,
        messageId: 'emptyDate',
        data: { date: document.text.slice(match.index, match.index + match[0].length) },
      });
    }
    for (const match of document.normalizedText.matchAll(EMPTY_TIME)) {
      // The span is 午时 or 星期: the part whose number is missing.
      const offset = match[1] ? match.index + match[0].length - 2 : match.index + 1;
      report({ offset, length: 2, messageId: 'missingTime', data: { time: document.text.slice(offset, offset + 2) } });
    }
    // What a line says alone is remembered by its text (an editor re-checks after every pause in typing);
    // only the form label on the line before is read here.
    document.paragraphs.forEach((paragraph, index) => {
      const previous = document.paragraphs[index - 1];
      const labelBefore = previous !== undefined && FORM_LABEL.test(previous.normalizedText.trimEnd());
      for (const date of document.lineFact('placeholder-date', paragraph, () => [...findEmptyDates(document, paragraph)])) {
        const formField = date.formField || (date.opensLineSpaced && labelBefore);
        report({
          ...date.report,
          offset: date.report.offset + paragraph.start,
          ...(formField ? { severity: 'info' as const } : {}),
        });
      }
    });
  },
});

/** A date of one line whose number is missing, its offset relative to the line. */
interface LineDate {
  report: RuleReport<MessageId>;
  /** A spaced blank date after a form label on its own line (申报日期：2022年　　月　　日). */
  formField: boolean;
  /** A spaced blank date that opens its line: a form field when the line before ends in a label. */
  opensLineSpaced: boolean;
}

/** One 年, 月 or 日 character standing in the text as a date part. */
interface DateUnit {
  start: number;
  end: number;
  character: string;
  /** No digits (or placeholder) right before it: its number is missing. */
  emptyBefore: boolean;
  tokenIndex: number;
}

/** The empty dates of one line, read from that line alone (lookbacks stop at its start). */
function* findEmptyDates(document: AnalysisDocument, paragraph: Paragraph): Generator<LineDate> {
  const tokens = document.tokens(paragraph);
  const units = dateUnits(document, paragraph, tokens);
  let index = 0;
  while (index < units.length) {
    const lastIndex = lastOfGroup(document, units, index);
    const first = units[index]!;
    const last = units[lastIndex]!;
    if (lastIndex > index) {
      yield {
        report: {
          offset: first.start - paragraph.start,
          length: last.end - first.start,
          messageId: 'emptyDate',
          data: { date: document.text.slice(first.start, last.end) },
        },
        ...formFieldOf(document, paragraph, first.start, last.end),
      };
    } else if (first.emptyBefore) {
      const finding = bareYearOrMonth(document, paragraph, tokens, first);
      if (finding)
        yield { report: { ...finding, offset: finding.offset - paragraph.start }, formField: false, opensLineSpaced: false };
    }
    index = lastIndex + 1;
  }
}

/**
 * Whether a spaced blank date (年 月 日, 2022年　　月　　日) is a form field:
 * after a form label on its line, or (decided with the line before, in
 * `check`) opening its line after a label (申请单位（盖章）⏎年 月 日).
 */
function formFieldOf(
  document: AnalysisDocument,
  paragraph: Paragraph,
  start: number,
  end: number,
): Pick<LineDate, 'formField' | 'opensLineSpaced'> {
  if (!/[ \t\u3000]/u.test(document.normalizedText.slice(start, end))) return { formField: false, opensLineSpaced: false };
  const before = document.normalizedText.slice(paragraph.start, start).trimEnd();
  return { formField: FORM_LABEL.test(before.replace(PRINTED_YEAR, '').trimEnd()), opensLineSpaced: before === '' };
}

function dateUnits(document: AnalysisDocument, paragraph: Paragraph, tokens: readonly Token[]): DateUnit[] {
  const units: DateUnit[] = [];
  tokens.forEach((token, tokenIndex) => {
    const dateCharacters = DATE_TOKEN.exec(token.text)?.[1];
    if (!dateCharacters) return;
    for (let offset = token.start; offset < token.start + dateCharacters.length; offset++) {
      units.push({
        start: offset,
        end: offset + 1,
        character: document.normalizedText[offset]!,
        emptyBefore: !hasNumberBefore(document, paragraph, offset),
        tokenIndex,
      });
    }
  });
  // 年年, 月月, 日日 say "every year, month, day": a reduplication, not two empty date parts.
  const repeats = (unit: DateUnit, neighbour: DateUnit | undefined) =>
    neighbour !== undefined &&
    neighbour.character === unit.character &&
    (neighbour.end === unit.start || neighbour.start === unit.end);
  return units.filter((unit, index) => !repeats(unit, units[index - 1]) && !repeats(unit, units[index + 1]));
}

/**
 * From an empty date part, how far the run of empty parts reaches: 年 月 日,
 * 年-月, 月日. Parts may be separated by spaces or a range joiner only.
 */
function lastOfGroup(document: AnalysisDocument, units: readonly DateUnit[], index: number): number {
  let lastIndex = index;
  if (!units[index]!.emptyBefore) return lastIndex;
  while (lastIndex + 1 < units.length) {
    const current = units[lastIndex]!;
    const next = units[lastIndex + 1]!;
    const between = document.normalizedText.slice(current.end, next.start);
    if (!next.emptyBefore || !/^[ \t\u3000]*(?:[-—–~～至到][ \t\u3000]*)?$/u.test(between)) break;
    lastIndex++;
  }
  return lastIndex;
}

function hasNumberBefore(document: AnalysisDocument, paragraph: Paragraph, offset: number): boolean {
  const before = document.normalizedText.slice(Math.max(paragraph.start, offset - 8), offset).replace(/\s+$/u, '');
  return DATE_NUMBER_BEFORE.test(before) || isNumeralCharacter(before.at(-1));
}

/**
 * A lone 年 or 月 whose number is gone: 自年开始, 了年文明创建总结, 年是开局之年
 * (opening a sentence), 于月, 今年月以来. Not 年初/年中, 月底, 于年中.
 */
function bareYearOrMonth(
  document: AnalysisDocument,
  paragraph: Paragraph,
  tokens: readonly Token[],
  unit: DateUnit,
): RuleReport<MessageId> | undefined {
  const token = tokens[unit.tokenIndex]!;
  if (token.text !== '年' && token.text !== '月') return undefined;
  const previous = neighbour(tokens, unit.tokenIndex, -1);
  const next = neighbour(tokens, unit.tokenIndex, 1);
  const adjacent = previous !== undefined && previous.end === token.start;
  // At the end of the line, what follows is its line break, whether or not the text goes on.
  const after = token.end < paragraph.end ? document.normalizedText[token.end]! : '\n';
  if (token.text === '年') {
    // 过了年， is New Year; 年接待游客 opening a clause is "annually".
    if (endsClause(next) || YEAR_WORD_ENDINGS.includes(after)) return undefined;
    if (adjacent && BEFORE_BARE_YEAR.has(previous.text)) return { offset: token.start - 1, length: 2, messageId: 'missingYear' };
    if (startsClause(previous) && next && YEAR_AS_SUBJECT_FOLLOWERS.has(next.text))
      return { offset: token.start, length: 2, messageId: 'missingYear' };
    // XX县农业农村局年乡村振兴工作总结: a title names its year right after the issuing body.
    if (adjacent && ORGANISATION_ENDING.test(previous.text) && DOCUMENT_TITLE.test(paragraph.normalizedText.trim())) {
      return { offset: token.start - 1, length: 2, messageId: 'missingYear' };
    }
    return undefined;
  }
  if (MONTH_WORD_ENDINGS.includes(after) || !adjacent) return undefined;
  // 于月壤, 从月销售额: 月 opens a noun (lunar soil, monthly sales), no date.
  if (next?.start === token.end && next.tag.startsWith('n')) return undefined;
  // 今年月， still lost its month; 于月， is rarer but no better.
  if (YEAR_WORDS.has(previous.text) || (BEFORE_BARE_MONTH.has(previous.text) && !endsClause(next))) {
    return { offset: token.start - 1, length: 2, messageId: 'missingMonth' };
  }
  return undefined;
}
