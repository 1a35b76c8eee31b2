import type { Paragraph } from '../core/document.js';
import { defineRule, type RuleReport } from '../core/rule.js';
import { APPROXIMATE_AFTER, APPROXIMATE_BEFORE, FIGURE_SOURCE, type ParsedNumber, parseFigure } from './lexicon/figures.js';

type MessageId = 'partsExceedTotal' | 'rateMismatch' | 'sharesExceedWhole' | 'growthMismatch';

/**
 * Units a count or an amount is given in, longest first so 人次 is not read
 * as 人. A part is added to a total only in the same unit (人 and 人次 count
 * different things).
 */
const UNITS = [
  '平方公里',
  '平方千米',
  '平方米',
  '立方米',
  '人次',
  '户次',
  '家次',
  '件次',
  '场次',
  '公顷',
  '公里',
  '千米',
  '千克',
  ...'元人名个项家户所件次吨亩台辆座条场期篇份套处批支位例起宗笔栋艘株棵头只本册间',
];
/** After the unit, a longer word it belongs to: 个百分点, 3个月, 人民, 名单, 次要. */
const UNIT_RUNS_ON = /^(?:百分点|月|民|员|口|才|士|单|义|要|数|目|级)/u;
/**
 * Figures are found in two steps, each linear: the runs of characters a
 * figure is written with, then a figure and its unit read at the start of a
 * run (a regex scanning the whole text for a figure would retry every start
 * inside a long run of numerals).
 */
const FIGURE_RUN = /[0-9,.千万亿一二两三四五六七八九十百〇零]+/gu;
/** Longer than any figure a document writes; a longer run is a code or noise. */
const LONGEST_FIGURE_RUN = 24;
const QUANTITY_AT = new RegExp(`^(${FIGURE_SOURCE})(余|多)?(${UNITS.join('|')})`, 'u');
const PERCENT_AT = new RegExp(`^(${FIGURE_SOURCE})[%％]`, 'u');
/** What a figure must not follow to stand alone: a longer number, an ordinal (第三批), a code. */
const NOT_A_FIGURE_BEFORE = /[0-9.．A-Za-z第]$/u;

interface Figure extends ParsedNumber {
  start: number;
  end: number;
  /** The figure with its unit as written (80人, 1.2万元, 98%). */
  text: string;
  /** `%` for a percentage. */
  unit: string;
  /** 余/多/约/近/左右…: an approximate figure, never used as exact. */
  approximate: boolean;
  /** The figure's own multiplier as written (万, 亿, or ''), to show sums in the same way. */
  scale: string;
}

/** Sentences of a paragraph: arithmetic is checked within one (and 其中 may open the next). */
interface Sentence {
  start: number;
  end: number;
}

export default defineRule<MessageId>({
  meta: {
    id: 'figure-check',
    name: { zh: '数据核验', en: 'Figures that do not add up' },
    category: 'integrity',
    defaultSeverity: 'warning',
    fixable: false,
    scope: 'paragraph',
    description: {
      zh: '数据核验：同一句中数字对不上——分项之和大于总数（共培训120人，其中党员80人、群众50人）、比率与人数不符（共120人，合格115人，合格率达98%）、同一总体的占比相加超过100%、增幅与前后两个数不符。约数（余、多、约、近、左右）不当作精确数；四舍五入的误差不报告。',
      en: 'Figures that do not add up within a sentence: parts that sum to more than their total (共培训120人，其中党员80人、群众50人), a rate that disagrees with its counts (共120人，合格115人，合格率达98%), shares of one whole adding up to more than 100%, a growth rate that disagrees with both figures. Approximate figures (余, 多, 约, 近, 左右) are never taken as exact; differences within rounding are not reported.',
    },
    messages: {
      partsExceedTotal: {
        zh: '分项之和{parts} = {sum}，大于总数{total}，请核对各项数字。',
        en: 'The parts {parts} add up to {sum}, more than the total {total}; please verify the figures.',
      },
      rateMismatch: {
        zh: '{count} ÷ {total} ≈ {computed}%，与“{rate}”不符，请核对比率或人数。',
        en: '{count} ÷ {total} ≈ {computed}%, not “{rate}”; please verify the rate or the counts.',
      },
      sharesExceedWhole: {
        zh: '同一总体的占比相加{shares} = {sum}%，超过100%，请核对各项比例。',
        en: 'Shares of one whole add up to {shares} = {sum}%, more than 100%; please verify the shares.',
      },
      growthMismatch: {
        zh: '由{from}到{to}，变化幅度约为{computed}%，与“{rate}”不符，请核对增幅或前后数字。',
        en: 'From {from} to {to} the change is about {computed}%, not “{rate}”; please verify the rate or the figures.',
      },
    },
  },
  check({ document, report }) {
    for (const paragraph of document.paragraphs) {
      const text = paragraph.normalizedText;
      if (!/[0-9一二两三四五六七八九十]/u.test(text)) continue;
      const figures = readFigures(paragraph);
      if (figures.length < 2) continue;
      for (const finding of [
        ...partsExceedingTotals(paragraph, figures),
        ...ratesDisagreeingWithCounts(paragraph, figures),
        ...sharesExceedingTheWhole(paragraph, figures),
        ...growthDisagreeingWithFigures(paragraph, figures),
      ]) {
        report(finding);
      }
    }
  },
});

/** Every count, amount and percentage of the paragraph, in order, with offsets into the whole text. */
function readFigures(paragraph: Paragraph): Figure[] {
  const text = paragraph.normalizedText;
  const figures: Figure[] = [];
  const read = (match: RegExpMatchArray, unit: string, extra: string | undefined) => {
    const start = match.index!;
    const end = start + match[0].length;
    const figureText = match[1]!;
    if (NOT_A_FIGURE_BEFORE.test(text.slice(Math.max(0, start - 1), start))) return;
    if (UNIT_RUNS_ON.test(text.slice(end, end + 3))) return;
    const parsed = parseFigure(figureText);
    if (!parsed) return;
    // A percentage is always rounded to its last digit (96% is 95.5–96.5%), a whole count is not.
    if (unit === '%') parsed.halfStep = 0.5 / 10 ** (/\.([0-9]+)/u.exec(figureText)?.[1]?.length ?? 0);
    const approximate =
      extra !== undefined ||
      APPROXIMATE_BEFORE.test(text.slice(Math.max(0, start - 4), start)) ||
      APPROXIMATE_AFTER.test(text.slice(end, end + 2));
    figures.push({
      ...parsed,
      start: paragraph.start + start,
      end: paragraph.start + end,
      text: paragraph.text.slice(start, end),
      unit,
      approximate,
      scale: /亿/u.test(figureText) ? '亿' : /万/u.test(figureText) ? '万' : '',
    });
  };
  for (const run of text.matchAll(FIGURE_RUN)) {
    if (run[0].length > LONGEST_FIGURE_RUN) continue;
    const start = run.index!;
    // Enough for the run, 余 or 多, and the longest unit (平方公里).
    const rest = text.slice(start, start + run[0].length + 5);
    const quantity = QUANTITY_AT.exec(rest);
    if (quantity) read(Object.assign(quantity, { index: start }), quantity[3]!, quantity[2]);
    const percent = PERCENT_AT.exec(rest);
    if (percent) read(Object.assign(percent, { index: start }), '%', undefined);
  }
  return figures.sort((a, b) => a.start - b.start);
}

/**
 * Each sentence with the figures inside it, in one pass over both (figures
 * are sorted): filtering every figure for every sentence is quadratic on a
 * draft pasted as one long line.
 */
function sentencesWithFigures(
  paragraph: Paragraph,
  figures: readonly Figure[],
): Array<{ sentence: Sentence; inSentence: Figure[] }> {
  let cursor = 0;
  return sentencesOf(paragraph).map((sentence) => {
    while (cursor < figures.length && figures[cursor]!.start < sentence.start) cursor++;
    const inSentence: Figure[] = [];
    for (let index = cursor; index < figures.length && figures[index]!.start < sentence.end; index++) {
      if (figures[index]!.end <= sentence.end) inSentence.push(figures[index]!);
    }
    return { sentence, inSentence };
  });
}

function sentencesOf(paragraph: Paragraph): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  const text = paragraph.normalizedText;
  for (let index = 0; index <= text.length; index++) {
    if (index === text.length || '。！？!?'.includes(text[index]!)) {
      if (index > start) sentences.push({ start: paragraph.start + start, end: paragraph.start + index });
      start = index + 1;
    }
  }
  return sentences;
}

/** The slice of the paragraph between two offsets of the whole text. */
function between(paragraph: Paragraph, start: number, end: number): string {
  return paragraph.normalizedText.slice(start - paragraph.start, end - paragraph.start);
}

/** A change, a comparison or a share: an item of the list after 其中 that is not one of its parts. */
const NOT_A_PART = /(?:比|较|增|减|提高|提升|下降|降低|同比|占|上升|扩大|缩小|翻|累计|平均|人均|每)/u;
const CHANGE_BEFORE = /(?:增加|减少|增长|提高|下降|降低|上升|扩大|缩小|多|少|新增)了?$/u;
const TOTAL_TO_PARTS = /^[）)]?[，,。；;：:]?[ \t]*$/u;

/**
 * 共培训120人，其中党员80人、群众50人: the parts after 其中 add up to more
 * than the figure right before it. A sum below the total is left alone: a
 * list after 其中 need not name every part.
 */
function* partsExceedingTotals(paragraph: Paragraph, figures: readonly Figure[]): Generator<RuleReport<MessageId>> {
  const text = paragraph.normalizedText;
  for (const match of text.matchAll(/其中[，,：:]?/gu)) {
    const listStart = paragraph.start + match.index + match[0].length;
    const total = [...figures].reverse().find((figure) => figure.end <= paragraph.start + match.index);
    if (!total || total.unit === '%' || total.approximate) continue;
    if (!TOTAL_TO_PARTS.test(between(paragraph, total.end, paragraph.start + match.index))) continue;
    // 比去年增加2000亿元，其中…: the figure before 其中 is a change, and what follows are parts of the level.
    if (CHANGE_BEFORE.test(clauseBefore(paragraph, total, { start: paragraph.start, end: paragraph.end }))) continue;
    const parts = partsOfList(paragraph, figures, listStart, total.unit);
    if (parts.length < 2 || parts.some((part) => part.approximate)) continue;
    const sum = parts.reduce((value, part) => value + part.value, 0);
    const slack = total.halfStep + parts.reduce((value, part) => value + part.halfStep, 0);
    if (sum <= total.value + slack) continue;
    const last = parts[parts.length - 1]!;
    yield {
      offset: total.start,
      length: last.end - total.start,
      messageId: 'partsExceedTotal',
      data: {
        parts: parts.map((part) => part.text).join(' + '),
        sum: formatAmount(sum, total.scale) + total.unit,
        total: total.text,
      },
    };
  }
}

/**
 * The parts listed after 其中: one figure in the total's unit per item
 * (items apart by 、，；), or the figures after 分别为 (男性、女性分别为70人、50人).
 * The list ends at the first item that is not a part.
 */
function partsOfList(paragraph: Paragraph, figures: readonly Figure[], listStart: number, unit: string): Figure[] {
  const sentenceEnd = sentencesOf(paragraph).find((sentence) => sentence.end >= listStart)?.end ?? paragraph.end;
  const rest = between(paragraph, listStart, sentenceEnd);
  const respectively = /分别(?:为|是|有|达到?)?/u.exec(rest);
  const inList = figures.filter((figure) => figure.start >= listStart && figure.end <= sentenceEnd);
  if (respectively) {
    const after = listStart + respectively.index + respectively[0].length;
    const listed: Figure[] = [];
    let cursor = after;
    for (const figure of inList.filter((candidate) => candidate.start >= after)) {
      if (!/^[、，,和及与]?$/u.test(between(paragraph, cursor, figure.start))) break;
      if (figure.unit !== unit) break;
      listed.push(figure);
      cursor = figure.end;
    }
    return listed;
  }
  const parts: Figure[] = [];
  let itemStart = listStart;
  let listSeparator: number | undefined;
  for (const item of rest.split(/(?<=[、，,；;])/u)) {
    const itemEnd = itemStart + item.length;
    // A stronger mark than the one between the first parts ends the list (其中A、B，比上年…; 其中A，B；完成育苗…).
    const separator = SEPARATOR_RANK[item[item.length - 1]!] ?? 0;
    const previousSeparator = listSeparator;
    listSeparator ??= separator || undefined;
    const inItem = inList.filter((figure) => figure.start >= itemStart && figure.end <= itemEnd);
    const label = between(paragraph, itemStart, inItem[0]?.start ?? itemEnd);
    if (inItem.length === 0 || inItem.length > 2 || NOT_A_PART.test(item) || label.length > 16) break;
    if (inItem.some((figure) => figure.unit !== unit)) break;
    parts.push(...inItem);
    itemStart = itemEnd;
    if (previousSeparator !== undefined && separator > previousSeparator) break;
  }
  return parts;
}

const SEPARATOR_RANK: Record<string, number> = { '、': 1, '，': 2, ',': 2, '；': 3, ';': 3 };

/** Words before a figure in its clause that make it the total a rate is taken of. */
const TOTAL_MARKER = /(?:共|合计|总计|总数|累计|全部|总共|参加|参训|参考|应到|受理|收到)/u;
/** Between a rate's stem and its count: 合格115人, 合格人数115人, 已办结的98件. */
const STEM_TO_COUNT = /^(?:了|的)?(?:人数|户数|件数|数量|数)?(?:为|达到?|有|共|共计)?$/u;
const RATE = /((?:\p{Script=Han}){2})率(?:达到?|为|是|约为?|提高到|提升至|达到了)?$/u;

/** 共120人，合格115人，合格率达98%: the rate named after the count (合格 → 合格率) is count ÷ total. */
function* ratesDisagreeingWithCounts(paragraph: Paragraph, figures: readonly Figure[]): Generator<RuleReport<MessageId>> {
  for (const { sentence, inSentence } of sentencesWithFigures(paragraph, figures)) {
    for (const rate of inSentence) {
      if (rate.unit !== '%' || rate.approximate) continue;
      const before = between(paragraph, Math.max(sentence.start, rate.start - 10), rate.start);
      const stem = RATE.exec(before)?.[1];
      if (!stem) continue;
      const count = [...inSentence]
        .reverse()
        .find((figure) => figure.end <= rate.start && figure.unit !== '%' && countFollowsStem(paragraph, figure, stem, sentence));
      if (!count || count.approximate) continue;
      const total = [...inSentence]
        .reverse()
        .find(
          (figure) =>
            figure.end <= count.start &&
            figure.unit === count.unit &&
            TOTAL_MARKER.test(clauseBefore(paragraph, figure, sentence)),
        );
      if (!total || total.approximate || total.value <= 0 || total.value < count.value) continue;
      const low = (100 * (count.value - count.halfStep)) / (total.value + total.halfStep);
      const high = (100 * (count.value + count.halfStep)) / (total.value - total.halfStep);
      if (rate.value + rate.halfStep >= low && rate.value - rate.halfStep <= high) continue;
      yield {
        offset: rate.start,
        length: rate.end - rate.start,
        messageId: 'rateMismatch',
        data: {
          count: count.text,
          total: total.text,
          computed: formatPercent((100 * count.value) / total.value),
          rate: rate.text,
        },
      };
    }
  }
}

function countFollowsStem(paragraph: Paragraph, figure: Figure, stem: string, sentence: Sentence): boolean {
  const clause = clauseBefore(paragraph, figure, sentence);
  const at = clause.lastIndexOf(stem);
  return at >= 0 && STEM_TO_COUNT.test(clause.slice(at + stem.length));
}

/** The text from the start of the figure's clause to the figure. */
function clauseBefore(paragraph: Paragraph, figure: Figure, sentence: Sentence): string {
  const before = between(paragraph, sentence.start, figure.start);
  return afterLastMark(before, '，,；;：:');
}

/** The text after the last of these marks (all of it when there is none): a scan, as /[^，]*$/ would be quadratic. */
function afterLastMark(text: string, marks: string): string {
  let cursor = text.length;
  while (cursor > 0 && !marks.includes(text[cursor - 1]!)) cursor--;
  return text.slice(cursor);
}

/** 占全县的15%, 占比40%, 占总数30%: a share, with the whole it is of (全县, 总数; '' when unnamed). */
const SHARE = /占(?:比|到)?((?:\p{Script=Han}|[“”]){0,12}?)(?:的)?(?:比重|比例|份额)?(?:达到?|为|约为?|已达|超过)?$/u;
/** Shares listed after one 分别占 (分别占15%、50%和35%). */
const SHARES_LISTED = /分别占(?:\p{Script=Han}){0,10}?(?:的)?(?:比重|比例)?(?:为|达到?)?$/u;

/**
 * 第一产业占15%、第二产业占50%、第三产业占40%: shares of one whole in a
 * sentence add up to more than 100%. Shares of a part (after 其中) are
 * shares of another whole and are left out.
 */
function* sharesExceedingTheWhole(paragraph: Paragraph, figures: readonly Figure[]): Generator<RuleReport<MessageId>> {
  for (const { sentence, inSentence } of sentencesWithFigures(paragraph, figures)) {
    const byWhole = new Map<string, Figure[]>();
    let listed: Figure[] | undefined;
    let previous: Figure | undefined;
    for (const figure of inSentence) {
      if (figure.unit !== '%') continue;
      const before = between(paragraph, sentence.start, figure.start);
      const clause = afterLastMark(before, '，,；;');
      const continuesList =
        listed !== undefined && previous !== undefined && /^[、，,和及与]$/u.test(between(paragraph, previous.end, figure.start));
      previous = figure;
      if (continuesList) {
        listed!.push(figure);
        continue;
      }
      listed = undefined;
      if (/其中/u.test(clause)) continue;
      if (SHARES_LISTED.test(clause)) {
        listed = [figure];
        byWhole.set(`分别占@${figure.start}`, listed);
        continue;
      }
      const share = SHARE.exec(clause);
      if (!share) continue;
      // 装机占比54.8%、发电量占比51.3%: 占比 with no whole named is a share within its own subject, each of another whole.
      const whole = share[0].startsWith('占比') && share[1] === '' ? `占比@${figure.start}` : share[1]!.replace(/[的“”]/gu, '');
      byWhole.set(whole, [...(byWhole.get(whole) ?? []), figure]);
    }
    for (const shares of byWhole.values()) {
      if (shares.length < 2 || shares.some((share) => share.approximate)) continue;
      const sum = shares.reduce((value, share) => value + share.value, 0);
      const slack = shares.reduce((value, share) => value + share.halfStep, 0);
      if (sum <= 100 + slack) continue;
      const first = shares[0]!;
      const last = shares[shares.length - 1]!;
      yield {
        offset: first.start,
        length: last.end - first.start,
        messageId: 'sharesExceedWhole',
        data: { shares: shares.map((share) => share.text).join(' + '), sum: formatPercent(sum) },
      };
    }
  }
}

/** 由A增加到B，增长R%: both figures and the rate between them. */
const RISE = '增加|增长|提高|提升|上升|扩大|攀升';
const FALL = '下降|减少|降低|缩小|回落|缩减';
const FROM_TO = new RegExp(`^(?:${RISE}|${FALL})(?:了)?(?:到|至)$`, 'u');
const RATE_AFTER = new RegExp(`^[，,]?(?:同比|比上年|较上年|较|比)?(${RISE}|${FALL})(?:了)?$`, 'u');
/** The rate is not the change between the two figures: an annual average, or at comparable prices. */
const NOT_THE_CHANGE = /(?:年均|平均每年|每年平均|可比价|不变价|实际增长|名义)/u;

function* growthDisagreeingWithFigures(paragraph: Paragraph, figures: readonly Figure[]): Generator<RuleReport<MessageId>> {
  for (const { sentence, inSentence } of sentencesWithFigures(paragraph, figures)) {
    if (NOT_THE_CHANGE.test(between(paragraph, sentence.start, sentence.end))) continue;
    for (let index = 0; index + 2 < inSentence.length; index++) {
      const from = inSentence[index]!;
      const to = inSentence[index + 1]!;
      const rate = inSentence[index + 2]!;
      if (from.unit === '%' || to.unit !== from.unit || rate.unit !== '%') continue;
      if (!/(?:由|从)$/u.test(between(paragraph, Math.max(sentence.start, from.start - 1), from.start))) continue;
      if (!FROM_TO.test(between(paragraph, from.end, to.start))) continue;
      const direction = RATE_AFTER.exec(between(paragraph, to.end, rate.start));
      if (!direction) continue;
      if (from.approximate || to.approximate || rate.approximate || from.value <= 0) continue;
      const sign = new RegExp(`^(?:${FALL})$`, 'u').test(direction[1]!) ? -1 : 1;
      const stated = sign * rate.value;
      const low = (100 * (to.value - to.halfStep - (from.value + from.halfStep))) / (from.value + from.halfStep);
      const high = (100 * (to.value + to.halfStep - (from.value - from.halfStep))) / (from.value - from.halfStep);
      const [statedLow, statedHigh] = [stated - rate.halfStep, stated + rate.halfStep];
      if (statedHigh >= Math.min(low, high) && statedLow <= Math.max(low, high)) continue;
      yield {
        offset: rate.start,
        length: rate.end - rate.start,
        messageId: 'growthMismatch',
        data: {
          from: from.text,
          to: to.text,
          computed: formatPercent((100 * (to.value - from.value)) / from.value),
          rate: rate.text,
        },
      };
    }
  }
}

function formatPercent(value: number): string {
  return String(Number(value.toFixed(1)));
}

/** A sum in the scale its total was written in (12.5万, not 125000). */
function formatAmount(value: number, scale: string): string {
  const divisor = scale === '亿' ? 1e8 : scale === '万' ? 1e4 : 1;
  return `${Number((value / divisor).toFixed(4))}${scale}`;
}
