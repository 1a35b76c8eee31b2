/**
 * A defect injector: it takes correct documents and writes into them the
 * defects that template drafts carry, each with a gold span, so recall and
 * precision can be measured at scale on text unlike the seeds
 * (`npm run eval -- --set synthetic`).
 *
 * Each kind finds the places where its defect can occur in real text (a digit
 * before a measure word, a full date, a heading ordinal, a word a spinner
 * swaps…), and a seeded generator picks a few of them per document, apart
 * from each other, so the result is the same on every run and every machine.
 * The wordings come from the documents themselves; only the site residue is
 * generated, from a grammar of its own (not the seeds' sentences).
 */

import type { Segmenter, Token } from '../segmentation/segmenter.js';
import { isHan } from '../text/characters.js';
import type { GoldSpan } from './score.js';

export interface InjectedDocument {
  text: string;
  gold: GoldSpan[];
}

/** One planned change of the original text, and where its gold span lies around the replacement. */
interface Edit {
  start: number;
  end: number;
  replacement: string;
  rule: string;
  /** Original characters before `start` and after `end` that the gold span includes (达|项: the 达). */
  spanBefore: number;
  spanAfter: number;
  note: string;
}

interface Site {
  start: number;
  end: number;
  /** Builds the edit once the site is chosen (some kinds draw from the generator). */
  edit(random: () => number): Edit;
  /**
   * The defect would read as correct text here, so it is not injected. The
   * site stays in the shuffle, so that leaving it out does not move the
   * other kinds' sites.
   */
  readsAsCorrect?: boolean;
}

interface DefectKind {
  name: string;
  /** How many of this kind per 10,000 characters, at most. */
  perTenThousand: number;
  sites(text: string, tokens: readonly Token[], options: InjectionOptions): Site[];
}

/** Keeps defects far enough apart that one finding cannot cover two of them. */
const MINIMUM_GAP = 24;

export interface InjectionOptions {
  /**
   * Correct text that says which swaps still read as official usage (see
   * `spinReference`). Without it every swap of the list is injected.
   */
  spinReference?: SpinReference;
}

export function injectDefects(
  text: string,
  doc: string,
  segmenter: Segmenter,
  seed: number,
  options: InjectionOptions = {},
): InjectedDocument {
  const random = seededRandom(seed ^ hashString(doc));
  const tokens = segmenter.segment(text);
  const chosen: Edit[] = [];
  const taken: Array<[number, number]> = [];
  for (const kind of DEFECT_KINDS) {
    const quota = Math.max(1, Math.round((kind.perTenThousand * text.length) / 10_000));
    const sites = shuffle(kind.sites(text, tokens, options), random);
    let placed = 0;
    for (const site of sites) {
      if (placed >= quota) break;
      if (site.readsAsCorrect) continue;
      if (taken.some(([start, end]) => site.start < end + MINIMUM_GAP && site.end > start - MINIMUM_GAP)) continue;
      taken.push([site.start, site.end]);
      chosen.push(site.edit(random));
      placed++;
    }
  }
  return applyEdits(text, doc, chosen);
}

function applyEdits(text: string, doc: string, edits: Edit[]): InjectedDocument {
  edits.sort((a, b) => a.start - b.start);
  let output = '';
  let cursor = 0;
  const gold: GoldSpan[] = [];
  for (const edit of edits) {
    output += text.slice(cursor, edit.start);
    const start = output.length - edit.spanBefore;
    output += edit.replacement;
    const end = output.length + edit.spanAfter;
    cursor = edit.end;
    gold.push({ doc, start, end, text: '', rule: edit.rule, level: 'must', fix: null, note: edit.note });
  }
  output += text.slice(cursor);
  for (const span of gold) span.text = output.slice(span.start, span.end);
  return { text: output, gold };
}

const isHanCharacter = (character: string | undefined) => character !== undefined && isHan(character);

/** A site whose edit does not depend on the generator: replace start..end, with the gold span reaching `before`/`after` characters around it. */
function replacementSite(
  start: number,
  end: number,
  change: { replacement: string; rule: string; note: string; before?: number; after?: number },
): Site {
  const edit: Edit = {
    start,
    end,
    replacement: change.replacement,
    rule: change.rule,
    spanBefore: change.before ?? 0,
    spanAfter: change.after ?? 0,
    note: change.note,
  };
  return { start, end, edit: () => edit };
}

function matchSites(text: string, pattern: RegExp, build: (match: RegExpMatchArray) => Site | undefined): Site[] {
  const sites: Site[] = [];
  for (const match of text.matchAll(pattern)) {
    const site = build(match);
    if (site) sites.push(site);
  }
  return sites;
}

/** Measure words and units whose number a template strips (达5项 → 达项, 满意率98% → 满意率%). */
const MEASURES =
  '万元|亿元|万人次|万人|万吨|万亩|平方米|平方公里|公里|个|项|家|名|人次|人|次|件|份|场|期|所|座|条|户|位|批|篇|元|吨|亩|台|辆|处|起|支|本|套|%|％';
const ROUND_FIGURE_BEFORE = /[超近约逾过上数几余]/u;
/**
 * Where the number is not a quantity, or the measure word reads whole without
 * it, stripping it leaves correct text: a figure or table label (如图3所示 →
 * 如图所示), and a demonstrative or 每 before a classifier (每1所幼儿园 →
 * 每所幼儿园, 这3项 → 这项).
 */
const WHOLE_WITHOUT_NUMBER_BEFORE = /[图表每这那该此]/u;
const STRIPPED_NUMBER = new RegExp(`(?<=\\p{Script=Han})[0-9]+(?:\\.[0-9]+)?(?=${MEASURES})`, 'gu');

const strippedNumber: DefectKind = {
  name: 'stripped number',
  perTenThousand: 6,
  sites: (text) =>
    matchSites(text, STRIPPED_NUMBER, (match) => {
      const start = match.index!;
      const end = start + match[0].length;
      const measure = new RegExp(`^(?:${MEASURES})`, 'u').exec(text.slice(end))![0];
      // 超5万人次 → 超万人次 is still whole: 万 and 亿 are numerals, and after 超, 近, 约 they are a round figure.
      if (/^[万亿]/u.test(measure) && ROUND_FIGURE_BEFORE.test(text[start - 1]!)) return undefined;
      if (WHOLE_WITHOUT_NUMBER_BEFORE.test(text[start - 1]!)) return undefined;
      return replacementSite(start, end, {
        replacement: '',
        rule: 'blank-number',
        note: match[0],
        before: 1,
        after: measure.length,
      });
    }),
};

const FULL_DATE = /(?:19|20)[0-9]{2}年[0-9]{1,2}月(?:[0-9]{1,2}日)?/gu;

const placeholderDate: DefectKind = {
  name: 'placeholder date',
  perTenThousand: 2,
  sites: (text) =>
    matchSites(text, FULL_DATE, (match) => {
      const start = match.index!;
      const end = start + match[0].length;
      const replacement = match[0].endsWith('日') ? '年月日' : '年月';
      return replacementSite(start, end, { replacement, rule: 'placeholder-date', note: match[0] });
    }),
};

/** A heading's ordinal, stripped: 二、加强领导 → 、加强领导, （三）完善机制 → （）完善机制. */
const HEADING_ORDINAL = /^(?:([一二三四五六七八九十]{1,3})、|（([一二三四五六七八九十]{1,3})）)(?=[^\n]{2,40}$)/gmu;

const strippedOrdinal: DefectKind = {
  name: 'stripped ordinal',
  perTenThousand: 1,
  sites: (text) =>
    matchSites(text, HEADING_ORDINAL, (match) => {
      const numeral = match[1] ?? match[2]!;
      // Stripping the first heading of a run leaves nothing to infer it from; the later ones are the defect drafts show.
      if (numeral === '一') return undefined;
      const start = match.index! + (match[1] ? 0 : 1);
      const end = start + numeral.length;
      return replacementSite(start, end, { replacement: '', rule: 'heading-numbering', note: match[0], after: 1 });
    }),
};

/**
 * Swaps a spinner makes, word for its "synonym" regardless of context, as
 * 伪原创 tools do. Written for the injector from what such tools output, not
 * taken from spun-word's list, so the score shows what the rule catches
 * beyond the pairs it was given. 加快 → 加速 is not among them: official
 * text writes 加速推进, 加速建设, 加速发展 as freely as 加快…, so the swap
 * leaves correct text that no reader would mark.
 */
const SPINNER_SWAPS: Record<string, string> = {
  广大: '泛博',
  积极: '踊跃',
  工作人员: '事情职员',
  安全生产: '平安出产',
  环境保护: '情况掩护',
  检查: '搜检',
  负责人: '卖力人',
  监管: '羁系',
  制度: '轨制',
  队伍: '步队',
  标准: '尺度',
  明显: '较着',
  推动: '鞭策',
  促进: '增进',
  提升: '晋升',
  部署: '摆设',
  全面: '周全',
  建设: '扶植',
  措施: '步伐',
  问题: '题目',
  宣传: '流传',
  深入: '深切',
  完善: '美满',
  保障: '包管',
  突出: '凸起',
  巩固: '稳固',
  及时: '实时',
  考核: '查核',
  提供: '供给',
  严格: '严酷',
  群众: '民众',
  认真: '当真',
  充分: '充实',
  目标: '方针',
  困难: '难题',
  组织: '构造',
  有效: '有用',
};

/**
 * Where correct text uses the spun forms of SPINNER_SWAPS: each spun form with
 * the content words (two or more Han characters) that stand right before and
 * right after it. Several spun forms are ordinary words that official text
 * uses in place of the usual one (加速发展 beside 加快发展, 增进福祉, 实时监测):
 * a swap that lands in such a phrase reads as correct text, and no reader
 * would call it a defect, so it is not injected there.
 */
export interface SpinReference {
  before: ReadonlyMap<string, ReadonlySet<string>>;
  after: ReadonlyMap<string, ReadonlySet<string>>;
}

export function spinReference(texts: readonly string[], segmenter: Segmenter): SpinReference {
  const spunForms = new Set(Object.values(SPINNER_SWAPS));
  const before = new Map<string, Set<string>>();
  const after = new Map<string, Set<string>>();
  const add = (side: Map<string, Set<string>>, spun: string, neighbour: string | undefined) => {
    if (!neighbour) return;
    const neighbours = side.get(spun) ?? new Set<string>();
    neighbours.add(neighbour);
    side.set(spun, neighbours);
  };
  for (const text of texts) {
    for (const line of text.split('\n')) {
      const tokens = segmenter.segment(line);
      tokens.forEach((token, index) => {
        if (!spunForms.has(token.text)) return;
        add(before, token.text, contentNeighbour(tokens, index, -1));
        add(after, token.text, contentNeighbour(tokens, index, 1));
      });
    }
  }
  return { before, after };
}

const CONTENT_WORD = /^\p{Script=Han}{2,}$/u;

/** The nearest word on one side, skipping spaces, when it is a content word; undefined next to punctuation or at the edge. */
function contentNeighbour(tokens: readonly Token[], index: number, direction: -1 | 1): string | undefined {
  for (let cursor = index + direction; cursor >= 0 && cursor < tokens.length; cursor += direction) {
    const text = tokens[cursor]!.text;
    if (text.includes('\n')) return undefined;
    if (!text.trim()) continue;
    return CONTENT_WORD.test(text) ? text : undefined;
  }
  return undefined;
}

/** The swap would stand beside a word that correct text already puts next to the spun form: it reads as usage, not a spin. */
function readsAsUsage(reference: SpinReference, spun: string, tokens: readonly Token[], index: number): boolean {
  const before = contentNeighbour(tokens, index, -1);
  const after = contentNeighbour(tokens, index, 1);
  return (
    (before !== undefined && (reference.before.get(spun)?.has(before) ?? false)) ||
    (after !== undefined && (reference.after.get(spun)?.has(after) ?? false))
  );
}

const spinnerSwap: DefectKind = {
  name: 'spinner swap',
  perTenThousand: 3,
  sites: (_text, tokens, { spinReference: reference }) =>
    tokens.flatMap((token, index) => {
      const spun = SPINNER_SWAPS[token.text];
      if (!spun) return [];
      const site = replacementSite(token.start, token.end, { replacement: spun, rule: 'spun-word', note: token.text });
      return [{ ...site, readsAsCorrect: reference !== undefined && readsAsUsage(reference, spun, tokens, index) }];
    }),
};

/** A word written twice: a verb (开展开展), or two characters across a word boundary (度或度或). */
const repeatedText: DefectKind = {
  name: 'repeated text',
  perTenThousand: 2,
  sites: (text, tokens) =>
    tokens.flatMap((token, index): Site[] => {
      const next = tokens[index + 1];
      if (token.text.length === 2 && token.tag.startsWith('v') && isHanCharacter(token.text[0]) && next?.text !== token.text) {
        return [
          {
            start: token.end,
            end: token.end,
            edit: (random) => {
              // Half verbs doubled, half a character pair across the next word boundary.
              if (random() < 0.5 || !next || !isHanCharacter(next.text[0]) || !isHanCharacter(text[token.end - 1]))
                return {
                  start: token.end,
                  end: token.end,
                  replacement: token.text,
                  rule: 'repeated-text',
                  spanBefore: 2,
                  spanAfter: 0,
                  note: `${token.text}×2`,
                };
              const pair = text[token.end - 1]! + next.text[0]!;
              return {
                start: token.end + 1,
                end: token.end + 1,
                replacement: pair,
                rule: 'repeated-text',
                spanBefore: 2,
                spanAfter: 0,
                note: `${pair}×2`,
              };
            },
          },
        ];
      }
      return [];
    }),
};

/** A digit dropped inside a word (全面7落实). */
const strayDigit: DefectKind = {
  name: 'stray digit',
  perTenThousand: 1.5,
  sites: (_text, tokens) =>
    tokens.flatMap((token): Site[] =>
      token.text.length === 2 &&
      isHanCharacter(token.text[0]) &&
      isHanCharacter(token.text[1]) &&
      /^(?:v|n|a|d|vn)$/u.test(token.tag)
        ? [
            {
              start: token.start,
              end: token.end,
              edit: (random) => ({
                start: token.start + 1,
                end: token.start + 1,
                replacement: String(1 + Math.floor(random() * 9)),
                rule: 'stray-digit',
                spanBefore: 1,
                spanAfter: 1,
                note: token.text,
              }),
            },
          ]
        : [],
    ),
};

/** A word a website censored with one asterisk (环境*查处). */
const censoredWord: DefectKind = {
  name: 'censored word',
  perTenThousand: 1,
  sites: (text, tokens) =>
    tokens.flatMap((token): Site[] =>
      token.text.length === 2 &&
      /^(?:v|vn|n)$/u.test(token.tag) &&
      isHanCharacter(text[token.start - 1]) &&
      isHanCharacter(text[token.end])
        ? [
            replacementSite(token.start, token.end, {
              replacement: '*',
              rule: 'censored-text',
              note: token.text,
              before: 1,
              after: 1,
            }),
          ]
        : [],
    ),
};

/** UTF-8 bytes decoded as GBK: what a page saved in one encoding and opened in the other shows. */
const gbkDecoder = new TextDecoder('gbk');
const mojibake: DefectKind = {
  name: 'mojibake',
  perTenThousand: 0.5,
  sites: (text) =>
    matchSites(text, /\p{Script=Han}{6,12}/gu, (match) => {
      const start = match.index!;
      const end = start + match[0].length;
      return {
        start,
        end,
        edit: () => ({
          start,
          end,
          replacement: gbkDecoder.decode(new TextEncoder().encode(match[0])),
          rule: 'mojibake',
          spanBefore: 0,
          spanAfter: 0,
          note: match[0],
        }),
      };
    }),
};

/** A year that lost its 年 before a verb or a time word: 2020年起 → 2020起, 2019年上半年 → 2019上半年. */
const YEAR_BEFORE_VERB = /(?<![0-9])((?:19|20)[0-9]{2})年(?=起|以来|开始|上半年|下半年|初|底|全年|[，,]|我|全)/gu;
const yearWithoutNian: DefectKind = {
  name: 'year without 年',
  perTenThousand: 1,
  sites: (text) =>
    matchSites(text, YEAR_BEFORE_VERB, (match) => {
      const start = match.index! + 4;
      return replacementSite(start, start + 1, { replacement: '', rule: 'date-logic', note: match[0], before: 4, after: 1 });
    }),
};

/** Site residue, generated from parts that no seed uses: a line a 范文 site adds between paragraphs. */
const RESIDUE_SITES = ['笔杆子文库', '公文写作网', '材料之家', '范文大全网', '文秘资料站', '写作助手网'];
const RESIDUE_DOMAINS = ['www.bigan-wenku.com', 'gongwen123.cn', 'm.cailiaojia.net', 'fanwen8.org'];
const RESIDUE_TEMPLATES = [
  '本篇文章由{site}用户上传分享，仅供学习参考，如有侵权请联系我们删除。',
  '想要获取更多精品范文，请登录{domain}或者搜索“{site}”。',
  '温馨提示：当前页面仅展示部分内容，完整文档共{n}页，开通会员即可下载。',
  '（本文来源：{site}，转载请保留出处 {domain}）',
  '扫描下方二维码关注{site}公众号，回复关键词“{n}”免费领取全套材料。',
  '下载提示：本资料需消耗{n}积分，VIP用户免积分下载。',
  '↓↓↓ 点击下方链接阅读全文 ↓↓↓',
  '{site}编辑整理于{date}　浏览次数：{n}　字体：大 中 小',
  '相关文章推荐：2024年工作总结范文精选 | 工作计划怎么写 | 述职报告模板',
  '以上就是{site}小编为大家整理的内容，希望对你有所帮助！',
];

const siteResidue: DefectKind = {
  name: 'site residue',
  perTenThousand: 0.7,
  sites: (text) =>
    matchSites(text, /\n(?=[^\n])/gu, (match) => {
      const offset = match.index! + 1;
      return {
        start: offset,
        end: offset,
        edit: (random) => {
          const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
          const line = pick(RESIDUE_TEMPLATES)
            .replace('{site}', pick(RESIDUE_SITES))
            .replace('{domain}', pick(RESIDUE_DOMAINS))
            .replace('{n}', String(2 + Math.floor(random() * 60)))
            .replace('{date}', `2023-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 9)}`);
          return {
            start: offset,
            end: offset,
            replacement: `${line}\n`,
            rule: 'template-residue',
            spanBefore: 0,
            spanAfter: -1,
            note: 'site residue',
          };
        },
      };
    }),
};

export const DEFECT_KINDS: readonly DefectKind[] = [
  strippedNumber,
  placeholderDate,
  strippedOrdinal,
  spinnerSwap,
  repeatedText,
  strayDigit,
  censoredWord,
  mojibake,
  yearWithoutNian,
  siteResidue,
];

export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

export function hashString(text: string): number {
  let hash = 2166136261;
  for (let index = 0; index < text.length; index++) hash = Math.imul(hash ^ text.charCodeAt(index), 16777619);
  return hash >>> 0;
}

function shuffle<T>(items: T[], random: () => number): T[] {
  for (let index = items.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    [items[index], items[other]] = [items[other]!, items[index]!];
  }
  return items;
}
