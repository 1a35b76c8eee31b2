/**
 * A labelled set for the consistency rules (figure-check, date-consistency,
 * leftover-name): correct
 * documents with sentences written into them whose figures a clerk changed
 * without changing the rest (a total that no longer matches its parts, a rate
 * left from the template, a share raised past 100%, a growth rate that no
 * longer fits its figures, a date moved off its weekday, the years of another
 * five-year plan, another place's name where the draft speaks of itself), each with a gold span (`npm run eval -- --set
 * consistency`). The same number of correct sentences of each kind goes in
 * too, figures that do add up (within rounding, with approximate figures,
 * with a list after 其中 that is not complete; a weekday that fits its date; a
 * plan's own years; another place visited or a partner), so precision is measured on
 * sentences that look like the defects as well as on the real text around them.
 *
 * The sentences come from a grammar of their own, with figures in Arabic
 * digits, Chinese numerals and 万; a seeded generator places them between
 * paragraphs, so the set is the same on every run.
 */
import { CITIES, COUNTIES, PROVINCES } from '../rules/data/administrative-divisions.js';
import { hashString, seededRandom } from './inject-defects.js';
import type { GoldSpan } from './score.js';

export interface InjectedDocument {
  text: string;
  gold: GoldSpan[];
}

type Random = () => number;

interface Sentence {
  text: string;
  /** The rule whose defect the sentence carries; undefined for a correct sentence. */
  rule?: string;
  note: string;
}

interface SentenceKind {
  name: string;
  /** Written only into a document whose title names its place. */
  needsPlace?: boolean;
  write(random: Random, defective: boolean, context: DocumentContext): Sentence;
}

interface DocumentContext {
  /** The latest year the document names: a date written into it lies before, as its own events do. */
  latestYear: number;
  /** The place the title names (平安县, 南湖市, 浙江省) and places of the same level elsewhere; undefined when the title names none. */
  place?: { own: string; unit: string; others: readonly string[] };
}

/** How many sentences of each kind per 10,000 characters (half defective, half correct). */
const PER_TEN_THOUSAND = 1;

export function injectConsistencyDefects(text: string, doc: string, seed: number): InjectedDocument {
  const random = seededRandom(seed ^ hashString(doc));
  const breaks = [...text.matchAll(/\n(?=[^\n])/gu)].map((match) => match.index + 1);
  if (breaks.length === 0) return { text, gold: [] };
  const quota = Math.max(1, Math.round((PER_TEN_THOUSAND * text.length) / 10_000));
  const inserts: Array<{ at: number; sentence: Sentence }> = [];
  const used = new Set<number>();
  const years = [...text.matchAll(/(?<![0-9])((?:19|20)[0-9]{2})年/gu)].map((match) => Number(match[1]));
  const firstLine = text.slice(0, text.indexOf('\n') < 0 ? text.length : text.indexOf('\n')).trim();
  // A title is a short first line that ends no sentence; a document that opens with prose names no identity.
  const place = firstLine.length <= 40 && !/[，。：；,.:;]$/u.test(firstLine) ? placeOfTitle(firstLine) : undefined;
  const context: DocumentContext = { latestYear: years.length ? Math.max(...years) : 2024, ...(place ? { place } : {}) };
  for (const kind of SENTENCE_KINDS) {
    if (kind.needsPlace && !context.place) continue;
    for (let count = 0; count < quota * 2; count++) {
      const at = breaks[Math.floor(random() * breaks.length)]!;
      if (used.has(at)) continue;
      used.add(at);
      inserts.push({ at, sentence: kind.write(random, count % 2 === 0, context) });
    }
  }
  inserts.sort((a, b) => a.at - b.at);
  let output = '';
  let cursor = 0;
  const gold: GoldSpan[] = [];
  for (const { at, sentence } of inserts) {
    output += text.slice(cursor, at);
    if (sentence.rule) {
      gold.push({
        doc,
        start: output.length,
        end: output.length + sentence.text.length,
        text: sentence.text,
        rule: sentence.rule,
        level: 'must',
        fix: null,
        note: sentence.note,
      });
    }
    output += `${sentence.text}\n`;
    cursor = at;
  }
  output += text.slice(cursor);
  return { text: output, gold };
}

const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const between = (random: Random, low: number, high: number) => low + Math.floor(random() * (high - low + 1));

const CHINESE_DIGITS = '零一二三四五六七八九';

/** 1–99,999 in Chinese numerals as reports write them (一千二百, 三百零五, 十五). */
export function toChineseNumeral(value: number): string {
  if (value === 0) return '零';
  const places: Array<[number, string]> = [
    [10_000, '万'],
    [1000, '千'],
    [100, '百'],
    [10, '十'],
    [1, ''],
  ];
  let output = '';
  let rest = value;
  let pendingZero = false;
  for (const [place, name] of places) {
    const digit = Math.floor(rest / place);
    rest %= place;
    if (digit === 0) {
      if (output) pendingZero = true;
      continue;
    }
    if (pendingZero) output += '零';
    pendingZero = false;
    output += place === 10 && digit === 1 && !output ? name : CHINESE_DIGITS[digit]! + name;
  }
  return output;
}

/** A count written as reports write it: mostly digits, sometimes Chinese numerals. */
function writeCount(value: number, chinese: boolean): string {
  return chinese ? toChineseNumeral(value) : String(value);
}

const TRAINED = ['培训', '轮训', '组织培训', '集中培训', '累计培训'];
const PEOPLE = ['干部职工', '基层党员', '农村劳动力', '网格员', '新录用人员', '安全员'];
const GROUPS: Array<[string, string]> = [
  ['党员', '群众'],
  ['男性', '女性'],
  ['机关干部', '基层干部'],
  ['城镇居民', '农村居民'],
  ['在编人员', '聘用人员'],
];
const HOUSEHOLDS: Array<[string, string]> = [
  ['种植户', '养殖户'],
  ['城镇户', '农村户'],
  ['脱贫户', '监测户'],
];

const partsAndTotal: SentenceKind = {
  name: 'parts and total',
  write(random, defective) {
    if (random() < 0.3) {
      // In 万: 1.2万户, parts 0.7万户 and 0.6万户 round to it; 0.8万 and 0.6万 cannot.
      const total = between(random, 12, 40);
      const first = between(random, 4, total - 5);
      const second = defective ? total - first + between(random, 2, 4) : total - first + pick(random, [-1, 0, 1]);
      const [a, b] = pick(random, HOUSEHOLDS);
      // One decimal each (2.0万, not 2万): a whole 万 would round across the difference.
      const inTenThousands = (value: number) => (value / 10).toFixed(1);
      return {
        text: `全镇共有农户${inTenThousands(total)}万户，其中${a}${inTenThousands(first)}万户、${b}${inTenThousands(second)}万户。`,
        ...(defective ? { rule: 'figure-check' } : {}),
        note: `parts ${first / 10}+${second / 10} of ${total / 10}万`,
      };
    }
    const chinese = random() < 0.25;
    const total = between(random, 6, 90) * 10;
    const first = between(random, Math.round(total * 0.3), Math.round(total * 0.7));
    const [a, b] = pick(random, GROUPS);
    const approximate = !defective && random() < 0.3;
    const second = defective
      ? total - first + between(random, 5, 40)
      : approximate
        ? total - first + 10
        : total - first - between(random, 0, 20);
    const people = pick(random, PEOPLE);
    const respectively = random() < 0.25;
    const totalText = `${writeCount(total, chinese)}${approximate ? '余' : ''}人`;
    const list = respectively
      ? `其中${a}、${b}分别为${writeCount(first, chinese)}人、${writeCount(second, chinese)}人`
      : `其中${a}${writeCount(first, chinese)}人、${b}${writeCount(second, chinese)}人`;
    return {
      text: `全年共${pick(random, TRAINED)}${people}${totalText}，${list}。`,
      ...(defective ? { rule: 'figure-check' } : {}),
      note: `parts ${first}+${second} of ${total}${approximate ? '余' : ''}`,
    };
  },
};

const RATES: Array<[string, string, string]> = [
  ['参加考核', '合格', '人'],
  ['参加测试', '达标', '人'],
  ['受理投诉', '办结', '件'],
  ['开展回访', '满意', '户'],
  ['排查隐患', '整改', '处'],
];

const rateAndCounts: SentenceKind = {
  name: 'rate and counts',
  write(random, defective) {
    const [action, stem, unit] = pick(random, RATES);
    const total = between(random, 40, 600);
    const count = between(random, Math.round(total * 0.8), total - 1);
    const exact = (100 * count) / total;
    const decimals = random() < 0.5 ? 1 : 0;
    const rounded = Number(exact.toFixed(decimals));
    const off = between(random, 2, 6) * (random() < 0.5 ? -1 : 1);
    const rate = defective ? Math.min(99.9, Number((rounded + off).toFixed(decimals))) : rounded;
    const opening = unit === '人' ? `本次共${total}${unit}${action}` : `全年共${action}${total}${unit}`;
    return {
      text: `${opening}，${stem}${count}${unit}，${stem}率达${rate}%。`,
      ...(defective ? { rule: 'figure-check' } : {}),
      note: `${count}/${total} = ${exact.toFixed(2)}%, written ${rate}%`,
    };
  },
};

const SECTORS: Array<[string, string, string]> = [
  ['第一产业', '第二产业', '第三产业'],
  ['国有企业', '民营企业', '外资企业'],
  ['城区', '乡镇', '园区'],
];

const sharesOfAWhole: SentenceKind = {
  name: 'shares of a whole',
  write(random, defective) {
    const [a, b, c] = pick(random, SECTORS);
    const first = between(random, 10, 40);
    const second = between(random, 20, 50);
    const third = defective ? 100 - first - second + between(random, 3, 15) : 100 - first - second - between(random, 0, 5);
    const whole = pick(random, ['', '全县', '总量的']);
    return {
      text: `从结构看，${a}占${whole}${first}%，${b}占${whole}${second}%，${c}占${whole}${third}%。`,
      ...(defective ? { rule: 'figure-check' } : {}),
      note: `shares ${first}+${second}+${third}`,
    };
  },
};

const METRICS: Array<[string, string]> = [
  ['销售收入', '万元'],
  ['税收收入', '万元'],
  ['接待游客', '万人次'],
  ['事故起数', '起'],
  ['信访件数', '件'],
];

const growthBetweenFigures: SentenceKind = {
  name: 'growth between figures',
  write(random, defective) {
    const [metric, unit] = pick(random, METRICS);
    const falling = unit === '起' || unit === '件';
    const from = between(random, 40, 900);
    const change = between(random, 5, 40) / 100;
    const to = Math.round(falling ? from * (1 - change) : from * (1 + change));
    const exact = (100 * Math.abs(to - from)) / from;
    const decimals = random() < 0.5 ? 1 : 0;
    const rounded = Number(exact.toFixed(decimals));
    const rate = defective ? Number((rounded + between(random, 3, 9)).toFixed(decimals)) : rounded;
    const verb = falling ? '下降' : '增加';
    const rateVerb = falling ? pick(random, ['下降', '同比下降']) : pick(random, ['增长', '同比增长']);
    return {
      text: `${metric}由${from}${unit}${verb}到${to}${unit}，${rateVerb}${rate}%。`,
      ...(defective ? { rule: 'figure-check' } : {}),
      note: `${from} → ${to} = ${exact.toFixed(2)}%, written ${rate}%`,
    };
  },
};

const WEEKDAY_NAMES = '日一二三四五六';
const MEETINGS = ['召开全体干部职工大会', '组织开展集中学习', '召开专题推进会', '开展联合执法检查', '举办业务培训班'];

const weekdayOfDate: SentenceKind = {
  name: 'weekday of a date',
  write(random, defective, { latestYear }) {
    const year = latestYear - between(random, 1, 3);
    const month = between(random, 1, 12);
    const day = between(random, 1, 28);
    const actual = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
    const written = defective ? (actual + between(random, 1, 6)) % 7 : actual;
    const chinese = random() < 0.3;
    const date = chinese
      ? `${[...String(year)].map((digit) => '〇一二三四五六七八九'[Number(digit)]).join('')}年${toChineseNumeral(month)}月${toChineseNumeral(day)}日`
      : `${year}年${month}月${day}日`;
    return {
      text: `${date}（${pick(random, ['星期', '周'])}${WEEKDAY_NAMES[written]}），${pick(random, MEETINGS)}。`,
      ...(defective ? { rule: 'date-consistency' } : {}),
      note: `weekday ${WEEKDAY_NAMES[actual]} written ${WEEKDAY_NAMES[written]}`,
    };
  },
};

const PLANS: Array<[string, number]> = [
  ['十一五', 2006],
  ['十二五', 2011],
  ['十三五', 2016],
  ['十四五', 2021],
];

const yearsOfAPlan: SentenceKind = {
  name: 'years of a plan',
  write(random, defective) {
    const [plan, start] = pick(random, PLANS);
    // A template of the plan before or after: its years moved by five.
    const shift = defective ? pick(random, [-5, 5]) : 0;
    if (random() < 0.5) {
      return {
        text: `“${plan}”期间（${start + shift}—${start + shift + 4}年），全县累计完成各项目标任务。`,
        ...(defective ? { rule: 'date-consistency' } : {}),
        note: `${plan} written ${start + shift}–${start + shift + 4}`,
      };
    }
    const opening = random() < 0.5;
    const year = (opening ? start : start + 4) + shift;
    return {
      text: `${year}年是“${plan}”规划的${opening ? '开局' : '收官'}之年，各项工作稳步推进。`,
      ...(defective ? { rule: 'date-consistency' } : {}),
      note: `${plan} ${opening ? 'first' : 'last'} year written ${year}`,
    };
  },
};

/**
 * The place a title names, by the division list (data, not leftover-name's
 * reasoning), and other places of its level outside its city and province.
 */
function placeOfTitle(title: string): DocumentContext['place'] {
  const levels: Array<[readonly string[], string]> = [
    [COUNTIES.map(([name]) => name), '县'],
    [CITIES.map(([name]) => name), '市'],
    [PROVINCES, '省'],
  ];
  // Names in the title, read left to right: one that overlaps a name begun before it is no name (天津市市场 holds no 津市市).
  const found: Array<{ name: string; start: number; end: number }> = [];
  for (const [names] of levels) {
    for (const name of names) {
      if (name.length < 3) continue;
      for (let at = title.indexOf(name); at >= 0; at = title.indexOf(name, at + 1))
        found.push({ name, start: at, end: at + name.length });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const words = found.filter((word, index) => !found.slice(0, index).some((earlier) => earlier.end > word.start));
  for (const [names, unit] of levels) {
    const own = words.find((word) => names.includes(word.name))?.name;
    if (!own) continue;
    const related = new Set(
      [...COUNTIES, ...CITIES.map(([name, province]) => [name, name, province] as const)]
        .filter(([name]) => name === own)
        .flatMap(([, city, province]) => [city, province]),
    );
    const others = names.filter((name) => name !== own && name.length >= 3 && !related.has(name) && !title.includes(name));
    return { own, unit: own.endsWith('区') ? '区' : unit === '县' && own.endsWith('市') ? '市' : unit, others };
  }
  return undefined;
}

const TOPICS = ['环境保护', '安全生产', '精神文明建设', '乡村振兴', '营商环境', '基层党建'];
const BUREAUS = ['环保局', '卫生健康局', '教育局', '人民政府办公室', '财政局'];

const leftoverPlace: SentenceKind = {
  name: 'leftover place',
  needsPlace: true,
  write(random, defective, { place }) {
    const { unit, others } = place!;
    const other = pick(random, others);
    const topic = pick(random, TOPICS);
    const written = defective
      ? pick(random, [
          `我${unit}严格执行《${other}${pick(random, BUREAUS)}${topic}工作考核办法》，层层分解任务。`,
          `近年来，${other}始终把${topic}摆在突出位置，我${unit}各项工作稳步推进。`,
          `按照《${other}${pick(random, BUREAUS)}年度工作任务分解方案》，我们逐项抓好落实。`,
        ])
      : pick(random, [
          `组织干部赴${other}学习考察${topic}工作经验。`,
          `与${other}签订${topic}合作协议，建立结对共建机制。`,
          `借鉴${other}${topic}的经验做法，我${unit}进一步完善工作机制。`,
        ]);
    return {
      text: written,
      ...(defective ? { rule: 'leftover-name' } : {}),
      note: `${other} in a draft for ${place!.own}`,
    };
  },
};

export const SENTENCE_KINDS: readonly SentenceKind[] = [
  leftoverPlace,
  partsAndTotal,
  rateAndCounts,
  sharesOfAWhole,
  growthBetweenFigures,
  weekdayOfDate,
  yearsOfAPlan,
];
