import { z } from 'zod';
import type { AnalysisDocument } from '../core/document.js';
import { defineRule } from '../core/rule.js';
import { compileTextPattern, textPatternProblem } from '../core/text-pattern.js';
import { isHanAt } from '../text/characters.js';
import { isAsteriskBeforeUnit } from './lexicon/place-name-blanks.js';

type MessageId = 'placeholder';

/**
 * Template placeholders, matched on the normalized text (full-width Ｘ is
 * already folded to X):
 * - runs of X/x/× next to Han text or a year (X县, xxxx局, 局长××, 20XX年), and
 *   XXX, ×× or hyphen-joined runs (XXXX-XXXXXXX) anywhere;
 * - two or more asterisks (***办公厅, 《**城周讯》) — a single * inside a word is censored-text;
 * - two or more # before a name (##同志, 在##广场), never a Markdown heading mark;
 * - 某某, runs of underscores, □□ and ○○ boxes.
 */
const PLACEHOLDER = /(?<![A-Za-z])(?:[Xx×]+(?:[-－—][Xx×]+)*|[*＊]{2,}|#{2,}|某某+|[_＿]{2,}|□{2,}|○{2,})(?![A-Za-z])/gu;
/** A date with X for its digits (201X/X/XX, 20XX-XX-XX, 2023.X.X): one placeholder, not three. */
const MASKED_DATE = /(?<![0-9A-Za-z])(?:19|20)[0-9Xx]{2}(?:[/／.\-－][0-9Xx]{1,2}){1,2}(?![0-9A-Za-z])/gu;
/** A year whose last digits are an underscore to fill in (〔20_〕43号, 总结20_1): 20__年 is caught as a run of underscores. */
const YEAR_WITH_BLANK = /(?<![0-9A-Za-z_＿])(?:19|20)[_＿]+[0-9]?(?![0-9A-Za-z_＿])/gu;
/**
 * What may stand between a run of two or more X and the Chinese text it
 * replaces a name in: a space left by a PDF's text layer (XX 开发区, “xx
 * 法国日”) or a mark (责任人;xx), which a variable or code never needs.
 */
const GAP_BEFORE_NAME = /[ 　;；:：,，、()（）]/u;
/** Before a percentage's x (增长x%, 分别为x%、x%): a Han word or a mark of a list of figures. */
const BEFORE_PERCENT_BLANK = /[\p{Script=Han}、，,：:（(]/u;
/** Runs that are placeholders wherever they stand: XXX, ××, XXXX-XXXXXXX (a phone number to fill in). */
const UNMISTAKABLE_X_RUN = /^(?:X{3,}|×{2,}|[Xx×]+(?:[-－—][Xx×]+)+)$/u;
/** Words where X is a letter, not a blank: X光, X射线. */
const LETTER_X_WORDS = /^(?:光|射线|线|型|轴|染色体|因素|战略|世代)/u;
const YEAR_PLACEHOLDER = /^[0-9]{1,3}$/u;
/**
 * A figure with some or all of its digits written as x (2xxxx人, xx0.9%,
 * xxxx3年, x.x%): a statistic still to be filled in. One x between digits
 * (3x4, 1920x1080) is a product or a size, not a blank.
 */
const MASKED_FIGURE = /(?<![A-Za-z0-9.])(?:[0-9]*[Xx]{2,}[0-9]+(?:\.[0-9]+)?|[0-9]+[Xx]{2,}|[Xx]+\.[Xx0-9]+)(?![A-Za-z0-9])/gu;
/** An X the paragraph uses as a variable in a formula (1+X证书, 1＋N＋X): its other X are that variable too. */
const X_IN_FORMULA = /[0-9A-Z][+＋×][Xx](?![A-Za-z])|(?<![A-Za-z])[Xx][+＋×][0-9A-Z]/u;
/** An X defined by the list in brackets after it (车与X（人、车、路）): a letter, not a blank. */
const X_DEFINED_BY_LIST = /^[（(][^（）()、]{0,20}、/u;
/** Closing marks: a × right before one ends a name with an operator (“数据要素×”, as in “互联网+”). */
const CLOSING_MARKS = '”’」』》）)】';
const SINGLE_ASTERISK = /(?<![*＊])[*＊](?![*＊])/gu;

const options = z.strictObject({
  patterns: z
    .array(
      z.string().superRefine((source, context) => {
        const problem = textPatternProblem(source);
        if (problem) context.addIssue({ code: 'custom', message: problem });
      }),
    )
    .default([])
    .describe(
      'A house template’s own placeholders (【单位名称】): plain text matches literally, "/pattern/flags" is a regular expression (flags i, m, s, u, v).',
    ),
});

export default defineRule<MessageId, z.infer<typeof options>>({
  meta: {
    id: 'placeholder-name',
    name: { zh: '模板占位符', en: 'Template placeholder' },
    options,
    optionAliases: { placeholderPatterns: 'patterns' },
    category: 'gap',
    defaultSeverity: 'error',
    fixable: false,
    scope: 'paragraph',
    description: {
      zh: '模板占位符未替换：X县、××、xxxx局、XXX篇、增长x%、***办公厅、##同志、某某、20XX年、〔20_〕、____ 等。',
      en: 'A template placeholder was left in: X县, ××, xxxx局, XXX篇, 增长x%, ***办公厅, ##同志, 某某, 20XX年, 〔20_〕, ____.',
    },
    messages: {
      placeholder: {
        zh: '“{text}”是模板占位符，请替换为实际的名称或数字。',
        en: '“{text}” is a template placeholder; replace it with the real name or number.',
      },
    },
  },
  check({ document, options, report }) {
    const text = document.normalizedText;
    const reported: Array<[number, number]> = [];
    const xIsVariable = X_IN_FORMULA.test(text);
    for (const match of text.matchAll(MASKED_DATE)) {
      if (!/[Xx]/u.test(match[0])) continue;
      const [start, end] = [match.index, match.index + match[0].length];
      report({ offset: start, length: end - start, messageId: 'placeholder', data: { text: document.text.slice(start, end) } });
      reported.push([start, end]);
    }
    for (const match of text.matchAll(PLACEHOLDER)) {
      const start = match.index;
      const end = start + match[0].length;
      if (reported.some(([from, to]) => start < to && end > from)) continue;
      const run = match[0];
      const nextToHan =
        (start > 0 && isHanAt(text, start - 1)) ||
        isHanAt(text, end) ||
        (/^[Xx×]{2,}$/u.test(run) && (isHanBeyondGap(text, start - 1, -1) || isHanBeyondGap(text, end, 1)));
      if (UNMISTAKABLE_X_RUN.test(run)) {
        // Placeholders wherever they stand.
      } else if (/^[Xx×]+$/u.test(run)) {
        if (run.length === 1 && (xIsVariable || isLetterOrOperator(text, end, run))) continue;
        if (!isLatinPlaceholder(text, start, end, run, nextToHan)) continue;
      } else if (/^[_＿]+$/u.test(run) || run.startsWith('某')) {
        // Blanks to fill and 某某 are placeholders wherever they stand.
      } else if (run.startsWith('#')) {
        // ## at the start of a line opens a Markdown heading; before a name inside a line it stands for the name.
        if (!isHanAt(text, end) || start === 0 || text[start - 1] === '\n') continue;
      } else if (run.startsWith('○') && /[〇零一二三四五六七八九十]/u.test((text[start - 1] ?? '') + (text[end] ?? ''))) {
        continue; // ○ written for 〇 inside a year such as 二○一○
      } else if (!nextToHan && !isHanAt(text, end + 1)) {
        continue;
      }
      report({ offset: start, length: end - start, messageId: 'placeholder', data: { text: document.text.slice(start, end) } });
      reported.push([start, end]);
    }
    const yearsWithBlanks = [...text.matchAll(YEAR_WITH_BLANK)].map((match): [number, number] => [
      match.index,
      match.index + match[0].length,
    ]);
    for (const [start, end] of [...maskedFigures(text), ...asterisksForPlaceNames(document), ...yearsWithBlanks]) {
      if (reported.some(([from, to]) => start < to && end > from)) continue;
      report({ offset: start, length: end - start, messageId: 'placeholder', data: { text: document.text.slice(start, end) } });
      reported.push([start, end]);
    }
    for (const [start, end] of customPlaceholders(document, options.patterns)) {
      if (reported.some(([from, to]) => start < to && end > from)) continue;
      report({ offset: start, length: end - start, messageId: 'placeholder', data: { text: document.text.slice(start, end) } });
      reported.push([start, end]);
    }
  },
});

/**
 * Spans of the caller's own placeholders (`options.patterns`, e.g. a
 * house template's 【单位名称】). Matched on the text as written and on its
 * normalized form, so a pattern works whether it was written in full-width,
 * half-width, Traditional or Simplified characters.
 */
function customPlaceholders(document: AnalysisDocument, sources: readonly string[]): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const source of sources) {
    let pattern: RegExp;
    try {
      pattern = compileTextPattern(source);
    } catch {
      continue; // the settings schema rejects invalid patterns where settings are read; never fail the built-in checks for one
    }
    for (const text of new Set([document.text, document.normalizedText])) {
      for (const match of text.matchAll(pattern)) {
        if (match[0].length > 0) spans.push([match.index, match.index + match[0].length]);
      }
    }
  }
  return spans.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
}

/** Figures with x for digits, next to Chinese text or a percent sign. */
function* maskedFigures(text: string): Generator<[number, number]> {
  for (const match of text.matchAll(MASKED_FIGURE)) {
    const start = match.index;
    const end = start + match[0].length;
    if (isHanAt(text, start - 1) || isHanAt(text, end) || /[%％‰]/u.test(text[end] ?? '')) yield [start, end];
  }
}

/** A single asterisk for a place name and the unit after it: *镇, *省. */
function* asterisksForPlaceNames(document: AnalysisDocument): Generator<[number, number]> {
  for (const match of document.normalizedText.matchAll(SINGLE_ASTERISK)) {
    if (isAsteriskBeforeUnit(document, match.index)) yield [match.index, match.index + 2];
  }
}

/** A single X defined by a list after it (车与X（人、车、路）), or a × that ends a name before a closing mark (“数据要素×”). */
function isLetterOrOperator(text: string, end: number, run: string): boolean {
  if (run === '×') return CLOSING_MARKS.includes(text[end] ?? '');
  return X_DEFINED_BY_LIST.test(text.slice(end, end + 40));
}

function isLatinPlaceholder(text: string, start: number, end: number, run: string, nextToHan: boolean): boolean {
  const digitsBefore = /[0-9]+$/u.exec(text.slice(Math.max(0, start - 3), start))?.[0] ?? '';
  if (digitsBefore && YEAR_PLACEHOLDER.test(digitsBefore) && text[end] === '年') return true; // 20XX年
  if (/[0-9]/u.test(text[start - 1] ?? '') || /[0-9]/u.test(text[end] ?? '')) return false; // 3×4
  if (/^[Xx]$/u.test(run) && /[%％‰]/u.test(text[end] ?? '') && BEFORE_PERCENT_BLANK.test(text[start - 1] ?? '')) return true;
  if (!nextToHan) return false;
  if (run.length === 1 && LETTER_X_WORDS.test(text.slice(end, end + 4))) return false;
  // A single lowercase x is more often a variable or a typo than a blank.
  return !(run === 'x' && !(isHanAt(text, start - 1) && isHanAt(text, end)));
}

/** Whether a Han character stands one gap ({@link GAP_BEFORE_NAME}) beyond `index` in `direction`. */
function isHanBeyondGap(text: string, index: number, direction: -1 | 1): boolean {
  return GAP_BEFORE_NAME.test(text[index] ?? '') && isHanAt(text, index + direction);
}
