import { defineRule } from '../core/rule.js';
import type { Token } from '../core/segmenter.js';
import { isNumeralCharacter } from '../text/characters.js';
import {
  FIXED_VAGUE_EXPRESSIONS,
  IDIOMATIC_VAGUE_EXPRESSIONS,
  isPersonNoun,
  MEASURE_WORDS,
  MONEY_WORDS,
  NOUNS_COUNTED_BY,
  UNITS_NEEDING_NUMBER,
} from './lexicon/quantities.js';
import { endsClause, isNounLike, isVerb, neighbour, startsClause } from './lexicon/token-context.js';

type MessageId = 'vagueCount';

const VAGUE_PREFIXES = '多余数';
/** Counted nouns that take 多/余 directly: 多人次, 余人. */
const EXTRA_COUNTED = new Set(['人', '人次', '万元', '亿元', '万人', '人员', '通']);
const PLACEHOLDER_BEFORE = /[A-Za-z×＊*_＿□○]$/u;

export default defineRule<MessageId>({
  meta: {
    id: 'vague-quantity',
    name: { zh: '约数代替数字', en: 'Vague quantity' },
    category: 'gap',
    defaultSeverity: 'warning',
    fixable: false,
    scope: 'paragraph',
    description: {
      zh: '工作总结中约数代替了具体数字：多/余/数 + 量词（如“已举办多期”“捐款多元”“横幅多条”“余份”）。不是在汇报已做工作的约数（面向多个环节、多位专家组成、可填写多个）不报告或仅作提示。',
      en: 'A vague count where a report of work done needs a figure: 多/余/数 + measure word (已举办多期, 捐款多元, 横幅多条, 余份). Vague counts in prose that does not tally work done (面向多个环节, 多位专家组成, 可填写多个) are left alone or info only.',
    },
    messages: {
      vagueCount: {
        zh: '“{word}”是约数，工作总结中应写明具体数字。',
        en: '“{word}” is a vague count; a report should give the actual figure.',
      },
    },
  },
  check({ document, report }) {
    for (const paragraph of document.paragraphs) {
      const tokens = document.tokens(paragraph);
      tokens.forEach((token, index) => {
        const word = vagueWordAt(tokens, index);
        if (!word) return;
        const text = document.normalizedText;
        const before = text[token.start - 1];
        if (isNumeralCharacter(before) || (before !== undefined && PLACEHOLDER_BEFORE.test(before))) return;
        if (FIXED_VAGUE_EXPRESSIONS.has(word.text)) return;
        if (word.text === '多元' && !countsMoney(tokens, index)) return;
        if (isNotACount(text, tokens, index)) return;
        const tally = !IDIOMATIC_VAGUE_EXPRESSIONS.has(word.text) && talliesWorkDone(tokens, index, word);
        report({
          offset: word.start,
          length: word.end - word.start,
          messageId: 'vagueCount',
          data: { word: word.text },
          ...(tally ? {} : { severity: 'info' as const }),
        });
      });
    }
  },
});

interface VagueWord {
  text: string;
  start: number;
  end: number;
  /** Index of the word's last token. */
  lastIndex: number;
}

/** The 多/余/数 + measure word starting at this token: one jieba token (多期) or two (多 + 期). */
function vagueWordAt(tokens: readonly Token[], index: number): VagueWord | undefined {
  const token = tokens[index]!;
  if (!VAGUE_PREFIXES.includes(token.text[0] ?? '')) return undefined;
  if (token.text.length > 1) {
    return isCounted(token.text.slice(1))
      ? { text: token.text, start: token.start, end: token.end, lastIndex: index }
      : undefined;
  }
  const next = tokens[index + 1];
  if (!next || !isCounted(next.text)) return undefined;
  return { text: token.text + next.text, start: token.start, end: next.end, lastIndex: index + 1 };
}

/** Degree adverbs that make 多 "more, many" rather than a count: 更多人, 越来越多家, 较多项. */
const DEGREE_ADVERBS = new Set(['更', '更加', '很', '较', '比较', '最', '越', '越来越', '太', '颇', '过']);
/** Conjunctions offering 多 as an alternative to one: 单个或多个环节, 一次或多次 (a definition, not a tally). */
const ALTERNATIVE_CONJUNCTIONS = new Set(['或', '或者', '或是']);

/**
 * Places where 多 + measure is no count at all: an approximation after a
 * figure and its measure (提高2个多百分点, 1平方多公里), a comparative after a
 * degree adverb (使更多人享受), or "one or more" (单个或多个环节).
 */
function isNotACount(text: string, tokens: readonly Token[], index: number): boolean {
  const token = tokens[index]!;
  const previous = tokens[index - 1];
  if (!previous) return false;
  if (token.text.startsWith('多') && DEGREE_ADVERBS.has(previous.text)) return true;
  if (ALTERNATIVE_CONJUNCTIONS.has(previous.text)) return true;
  return isMeasure(previous) && previous.end === token.start && isNumeralCharacter(text[previous.start - 1]);
}

function isMeasure(token: Token): boolean {
  return token.tag === 'q' || MEASURE_WORDS.has(token.text) || UNITS_NEEDING_NUMBER.has(token.text);
}

/** Words after which 多个/多家 + noun describes ("several") rather than reports a tally: 全县有多个乡镇, 多名群众反映. */
const DESCRIPTIVE_CONTEXT = new Set(['有', '的', '等', '在', '对', '与', '和', '及', '向', '被', '由', '让', '使', '是']);
/** Units that are a tally in a report wherever they stand but as a bare verb's object: 多人次参加, 多份. */
const TALLY_UNITS = /(?:人次|户次|家次|场次|元|册|份|篇|期|幅)$/u;
/** Sums of money are always a tally: 投资多万元, 捐款多元. */
const MONEY_UNITS = /元$/u;
/**
 * Words that mark a clause as reporting what was done: 已举办, 共接待, 先后开展,
 * 累计编发, 全年. The 了 after the verb (举办了多期) is checked apart.
 */
const WORK_DONE_MARKERS = new Set(['已', '已经', '共', '共计', '累计', '先后', '全年', '截至', '今年', '去年', '一年来']);
/** Words that make a clause an intention, a possibility or a condition (可填写多个, 若有多家, 鼓励多家): no tally. */
const INTENTION_MARKERS = new Set([
  '可',
  '可以',
  '能',
  '能够',
  '将',
  '拟',
  '要',
  '应',
  '应当',
  '须',
  '需',
  '需要',
  '若',
  '如',
  '如果',
  '假如',
  '鼓励',
  '支持',
  '力争',
  '争取',
  '探索',
  '计划',
]);
/** Recurring actions (每年举办多场次…): the count is a target, not a tally of what was done. */
const RECURRENCE = /^每(?:年|月|季度?|周|天|日|届|期)$/u;
/** Prepositions that introduce whom the writer's work served (为多名老年人提供, 帮助多户): a tally of beneficiaries. */
const BENEFICIARY_PREPOSITIONS = new Set(['为', '给', '帮助', '帮']);
/** Measure words for the parties a service is counted by: people, households, firms (为多个国家提供援助 is no tally). */
const SERVED_PARTY_MEASURES = /^(?:名|位|人|户|家)(?:次)?$/u;
/**
 * Verbs of happening and meeting with (发生了多起事故, 遭受多次灾害, 出现多个):
 * what befell, not work the writer did, so 了 or 共 after them marks no tally.
 */
const OCCURRENCE_VERBS = new Set(['发生', '出现', '遭受', '遭遇', '经历', '受到', '面临', '存在', '涌现', '造成', '导致']);

/**
 * A vague count is a gap where a report tallies the writer's own work: the
 * count after what it counts (横幅多条, 《环保信息》多期, 志愿者多名), 余
 * without a figure (never reads right), money and tally units (多万元,
 * 多人次), an action marked as done (已举办多期, 开展了多场, 共接待), and the
 * people the work served (为多名老年人提供). Anywhere else 多 + measure is
 * ordinary description (打赢多场攻坚战, 多家媒体报道), reported as info; in a
 * clause of intention or condition (可填写多个, 若有多家) it is never a tally.
 */
function talliesWorkDone(tokens: readonly Token[], index: number, word: VagueWord): boolean {
  if (word.text.startsWith('余')) return true;
  const clause = clauseBefore(tokens, index);
  if (clause.some((token) => INTENTION_MARKERS.has(token.text))) return false;
  const previous = neighbour(tokens, index, -1);
  const next = neighbour(tokens, word.lastIndex, 1);
  if (countsTheNounBefore(previous, next, word)) return true;
  if (previous && BENEFICIARY_PREPOSITIONS.has(previous.text)) {
    const beforePreposition = neighbour(tokens, tokens.indexOf(previous), -1);
    // 标准为多位专家…: 为 after a noun is the copula "is", not "for".
    return !isNounLike(beforePreposition) && SERVED_PARTY_MEASURES.test(word.text.slice(1));
  }
  if (clause.some((token) => OCCURRENCE_VERBS.has(token.text))) return false;
  if (isVerb(previous) && clause.some((token) => RECURRENCE.test(token.text))) return false;
  if (MONEY_UNITS.test(word.text) || previous?.text === '了') return true;
  // 举办多期培训班 is a plan's prose as much as a summary's: as a verb's object, a count needs a mark of work done.
  if (isVerb(previous) && !DESCRIPTIVE_CONTEXT.has(previous!.text)) {
    return clause.some((token) => WORK_DONE_MARKERS.has(token.text));
  }
  // 多人次参加了培训 at the start of a clause: tally units are figures; other counts there describe (多名群众反映).
  return TALLY_UNITS.test(word.text);
}

/** The tokens from the start of the clause up to (not including) `index`. */
function clauseBefore(tokens: readonly Token[], index: number): Token[] {
  let start = index;
  while (start > 0 && !startsClause(tokens[start - 1])) start--;
  return tokens.slice(start, index);
}

const CLOSING_QUOTES = /^[”’」』》"']$/u;

/**
 * 横幅多条, 《环保信息》多期, 志愿者多名轮流…: the count follows the noun it
 * counts, the way a report gives its tallies. Before another noun the count
 * belongs to that noun instead (全县多个乡镇), unless its measure word agrees
 * with the noun before it (志愿者多名).
 */
function countsTheNounBefore(previous: Token | undefined, next: Token | undefined, word: VagueWord): boolean {
  if (!previous) return false;
  if (CLOSING_QUOTES.test(previous.text)) return true;
  if (!isNounLike(previous) || previous.tag === 't') return false;
  if (!isNounLike(next) || endsClause(next)) return true;
  return measureAgreesWith(word.text.slice(1), previous.text);
}

function measureAgreesWith(measure: string, noun: string): boolean {
  if (['名', '位', '人'].includes(measure)) return isPersonNoun(noun);
  return NOUNS_COUNTED_BY.get(measure)?.test(noun) ?? false;
}

function isCounted(word: string): boolean {
  return MEASURE_WORDS.has(word) || UNITS_NEEDING_NUMBER.has(word) || EXTRA_COUNTED.has(word);
}

/** Nouns for sums of money, by how they end: 捐款, 党费, 资金, 人民币, 红包. */
const MONEY_NOUN_ENDING = /(?:款|费|金|资|钱|币|红包)$/u;

/**
 * 多元 counts money after a word for money (捐款多元, 退还“红包”多元,
 * 捐款 X 多元); elsewhere it is "diverse" (渠道多元、全国通办, 多元主体).
 */
function countsMoney(tokens: readonly Token[], index: number): boolean {
  let previous = neighbour(tokens, index, -1);
  // 退还“红包”多元: look through the closing quote at the noun.
  if (previous && CLOSING_QUOTES.test(previous.text)) previous = neighbour(tokens, tokens.indexOf(previous), -1);
  if (!previous) return false;
  if (MONEY_WORDS.has(previous.text) || (isNounLike(previous) && MONEY_NOUN_ENDING.test(previous.text))) return true;
  // 捐款共多元: an adverb between the money word and the sum (捐款渠道多元 is about the channels).
  const beforePrevious = neighbour(tokens, tokens.indexOf(previous), -1);
  return beforePrevious !== undefined && MONEY_WORDS.has(beforePrevious.text) && !isNounLike(previous);
}
