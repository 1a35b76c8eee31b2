import { isNumeralCharacter } from '../core/characters.js';
import type { AnalysisDocument } from '../core/document.js';
import { defineRule } from '../core/rule.js';
import type { Token } from '../segmentation/segmenter.js';
import { endsClause, neighbour } from './lexicon/token-context.js';

type MessageId = 'emptyDate' | 'missingYear';

/** Tokens made only of date characters: 年, 月, 日, and jieba's 年月日, 年月, 月日. */
const DATE_PART = /^[年月日]+$/u;
/** A bare 年 after these words is a year with its digits gone: 自年开始, 于年, 整理了年文明创建总结. */
const BEFORE_BARE_YEAR = new Set(['于', '自', '从', '至', '到', '在', '了', '是', '为', '截至', '截止', '始于', '起', '由']);
/** A bare 月 after these prepositions lost its digits: 于月被授予. */
const BEFORE_BARE_MONTH = new Set(['于', '自', '从', '至', '到', '在', '截至', '截止']);
/** Characters that make 年 part of an ordinary word jieba split off: 于年中、年末. */
const YEAR_WORD_ENDINGS = '初中末底终度内尾来间前后里轻龄级纪代会鉴报货画';
/** 今年-月, 去年至月: a relative year followed by a month range whose digits are gone. */
const YEAR_WORD_THEN_EMPTY_MONTH = /(?<=[今去明当本同次上前])年[ \t]*[-—–~～至到][ \t]*月(?![份底初末中度])/gu;
/** Characters before 年/月 that supply its number, or stand in for it (placeholders are placeholder-name's). */
const DATE_NUMBER_BEFORE = /[0-9〇零一二三四五六七八九十两Xx×*＊_＿□○]$/u;

export default defineRule<MessageId>({
  meta: {
    id: 'placeholder-date',
    category: 'gap',
    defaultSeverity: 'error',
    fixable: false,
    description: {
      zh: '日期缺少数字：年、月、日前没有数字（如落款“年月日”、“于年月”、“自年开始”、“今年-月”）。',
      en: 'A date lost its digits: 年/月/日 with no number (the signature 年月日, 于年月, 自年开始, 今年-月).',
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
    },
  },
  check({ document, report }) {
    for (const match of document.normalizedText.matchAll(YEAR_WORD_THEN_EMPTY_MONTH)) {
      const offset = match.index + match[0].indexOf('年');
      report({
        offset,
        length: match.index + match[0].length - offset,
        messageId: 'emptyDate',
        data: { date: document.text.slice(offset, match.index + match[0].length) },
      });
    }
    for (const paragraph of document.paragraphs) {
      const tokens = document.tokens(paragraph);
      const units = dateUnits(document, tokens);
      let index = 0;
      while (index < units.length) {
        const group = collectGroup(document, units, index);
        const first = units[index]!;
        const last = units[group.lastIndex]!;
        const parts = group.lastIndex - index + 1;
        if (parts >= 2) {
          report({
            offset: first.start,
            length: last.end - first.start,
            messageId: 'emptyDate',
            data: { date: document.text.slice(first.start, last.end) },
          });
        } else if (first.emptyBefore && isBareYearOrMonth(document, tokens, first)) {
          report({ offset: first.start - 1, length: 2, messageId: 'missingYear' });
        }
        index = group.lastIndex + 1;
      }
    }
  },
});

/** One 年, 月 or 日 character standing in the text as a date part (a jieba token 年, 月日, 年月日 …). */
interface DateUnit {
  start: number;
  end: number;
  character: string;
  /** No digits (or placeholder) right before it: its number is missing. */
  emptyBefore: boolean;
  tokenIndex: number;
}

function dateUnits(document: AnalysisDocument, tokens: readonly Token[]): DateUnit[] {
  const units: DateUnit[] = [];
  tokens.forEach((token, tokenIndex) => {
    if (!DATE_PART.test(token.text)) return;
    for (let offset = token.start; offset < token.end; offset++) {
      units.push({
        start: offset,
        end: offset + 1,
        character: document.normalizedText[offset]!,
        emptyBefore: !hasNumberBefore(document, offset),
        tokenIndex,
      });
    }
  });
  return units;
}

/**
 * From an empty date part, how far the run of empty parts reaches: 年 月 日,
 * 年-月, 月日. Parts may be separated by spaces or a range joiner only.
 */
function collectGroup(document: AnalysisDocument, units: readonly DateUnit[], index: number): { lastIndex: number } {
  let lastIndex = index;
  if (!units[index]!.emptyBefore) return { lastIndex };
  while (lastIndex + 1 < units.length) {
    const current = units[lastIndex]!;
    const next = units[lastIndex + 1]!;
    const between = document.normalizedText.slice(current.end, next.start);
    if (!next.emptyBefore || !/^[ \t\u3000]*(?:[-—–~～至到][ \t\u3000]*)?$/u.test(between)) break;
    lastIndex++;
  }
  return { lastIndex };
}

function hasNumberBefore(document: AnalysisDocument, offset: number): boolean {
  const before = document.normalizedText.slice(Math.max(0, offset - 8), offset).replace(/\s+$/u, '');
  return DATE_NUMBER_BEFORE.test(before) || isNumeralCharacter(before.at(-1));
}

/** A lone 年 (or 月 after a preposition) whose number is gone: 自年开始, 了年文明创建总结, 于月. */
function isBareYearOrMonth(document: AnalysisDocument, tokens: readonly Token[], unit: DateUnit): boolean {
  const token = tokens[unit.tokenIndex]!;
  if (token.text !== '年' && token.text !== '月') return false;
  const previous = neighbour(tokens, unit.tokenIndex, -1);
  const next = neighbour(tokens, unit.tokenIndex, 1);
  if (!previous || endsClause(next)) return false;
  if (token.text === '年' && YEAR_WORD_ENDINGS.includes(document.normalizedText[token.end] ?? '')) return false;
  return (token.text === '年' ? BEFORE_BARE_YEAR : BEFORE_BARE_MONTH).has(previous.text) && previous.end === token.start;
}
