import type { AnalysisDocument, Paragraph } from '../core/document.js';
import { defineRule, type RuleReport } from '../core/rule.js';
import type { Token } from '../core/segmenter.js';
import { isHan, isNumeralCharacter } from '../text/characters.js';
import {
  type NumeralContextData,
  type NumeralCounts,
  numeralContextEvidence,
  numeralContextKey,
} from './data/numeral-context-key.js';
import { NUMERAL_CONTEXTS } from './data/numeral-contexts.js';
import { NUMBER_FOLLOWERS } from './lexicon/number-followers.js';
import {
  ADVERBS_BEFORE_VERBS,
  COLLOQUIAL_CLASSIFIER_VERBS,
  COMPARISON_BEFORE_NUMBER,
  isPersonNoun,
  MEASURE_WORDS,
  type MeasureWord,
  NOUNS_COUNTED_BY,
  PERSON_COUNT_VERBS,
  QUANTITY_PREFIX_CHARACTERS,
  QUANTITY_SLOT_WORDS,
  UNITS_NEEDING_NUMBER,
  YEAR_COUNT_WORDS,
} from './lexicon/quantities.js';
import { endsClause, isNounLike, isVerb, neighbour, startsClause } from './lexicon/token-context.js';

type MessageId = 'missingNumber' | 'missingPercentage' | 'missingRateValue' | 'missingPercentSign';

/**
 * Evidence that a measure word standing alone lost its number. Each signal
 * adds weight; a measure word is reported at {@link REPORT_THRESHOLD}.
 * Weights were set on hand-checked drafts: one signal alone is never enough,
 * because most measure characters are also nouns, verbs or particles.
 */
const WEIGHT = {
  afterQuantitySlotWord: 2, // 达项, 为个工作日, 召开了次
  atClauseStart: 2, // ；所学校, 、个小电镀点
  afterVerb: 1, // 组织名党员, 新建个
  afterComparison: 1, // 不少于家, on top of the quantity slot
  strongMeasure: 1,
  beforeNoun: 1,
  countedAfterVerb: 1, // 建成条高速公路, 培育家龙头企业: verb, measure and a noun it counts
  beforePersonNoun: 2, // 名/位 + 党员, 同志
  afterCountedNoun: 3, // 高中所， 养老机构家， 事故起， (classifier–noun agreement: enough on its own before a comma)
  afterAdverb: -2, // 不批
  beforeLocalizer: -2, // 份内, 份外
  reduplicated: -4, // 件件, 个个
  afterPossessive之: -4, // 职工之家, 群众之所急
  inBracketsOrTitle: -4, // 场(次), 《环保篇》
  phaseAfterVerb: -4, // 攻坚期, 启动期（…）: a verb and 期 make the name of a phase
  placeNamedByItsUse: -2, // 废弃物回收场, 垃圾堆放处: a noun, a verb and 场 or 处 name a place
  beforeApproximation: 2, // 个以上, 家左右: only a count is "or more" or "about"
  beforeUnitOfCount: 3, // 提高个百分点, 后个工作日: 个 there always follows a number
  partOfWordBefore: -2, // 强弱项, 输入场, 由点及面: the segmenter split a word the character before begins
  siblingCounted: 3, // 建成过江通道座、在建8座: the item beside it counts the same thing with a number
} as const;
const REPORT_THRESHOLD = 3;

/**
 * Statistics of correct documents (npm run build:stats) as a weight: the log
 * odds that correct text puts a numeral before this measure word in this
 * context, against its usual rate, in steps of {@link EVIDENCE_PER_WEIGHT}.
 * Capped so that the statistics can overrule the hand-set signals when they
 * are clear (对台, 为例: never a number there) but never report alone.
 */
const EVIDENCE_PER_WEIGHT = 1;
const STATISTICS_WEIGHT_RANGE = { lowest: -3, highest: 1 } as const;
/**
 * The character before is the surest witness (等个, 设个, 业家: correct text
 * writes 等5个 and never 等个): when correct text put a numeral between it and
 * this measure word at least {@link LEFT_WITNESS.numbered} times and a bare
 * measure word at most once in {@link LEFT_WITNESS.numberedPerBare}, it adds
 * {@link LEFT_WITNESS.weight} by itself, whatever the character after says.
 */
const LEFT_WITNESS = { numbered: 5, numberedPerBare: 20, weight: 2 } as const;
/** Statistics add weight only when they are this sure a numeral belongs here (a seen context is still one context). */
const POSITIVE_EVIDENCE_FLOOR = 3;
/**
 * A unit that "never stands without a number" still does in some contexts of
 * correct text (游客人次增长, 亿元以上项目, 开足课时). It is reported only when
 * correct text puts a numeral before it in this context with odds above this
 * (natural log; 0.5 ≈ 62%).
 */
const UNIT_REPORT_LOG_ODDS = 0.5;

/** A placeholder before the measure word is placeholder-name's finding (XXX篇); a censored * is not (环境*件 lost its count too). */
const PLACEHOLDER_BEFORE = /[A-Za-z×_＿□○]$/u;

/**
 * The rule, reading the numeral statistics it is given. The built-in rule
 * reads the committed ones; `npm run eval:statistics` builds it on part of
 * the tuning half to measure the rest, so that the statistics' own
 * generalisation is measured without touching the check half.
 */
export function createBlankNumberRule(contexts: NumeralContextData) {
  return defineRule<MessageId>({
    meta: {
      id: 'blank-number',
      name: { zh: '缺少数字', en: 'Missing number' },
      category: 'gap',
      defaultSeverity: 'error',
      fixable: false,
      scope: 'paragraph',
      description: {
        zh: '数量缺少数字：量词、单位或百分号前没有数字（如“达项”“有个单位”“满意率达%”）。',
        en: 'A quantity lost its digits: a measure word, unit or percent sign with no number (达项, 有个单位, 满意率达%).',
      },
      messages: {
        missingNumber: {
          zh: '“{word}”前缺少数字，请填写具体数量。',
          en: 'The number before “{word}” is missing; fill in the quantity.',
        },
        missingPercentage: {
          zh: '百分比缺少数值，请填写具体百分数。',
          en: 'The percentage has no value; fill in the figure.',
        },
        missingPercentSign: {
          zh: '“{word}”后面缺少百分号：比率和增幅的数值要带“%”（或“‰”“个百分点”）。',
          en: 'The figure after “{word}” has lost its percent sign: a rate or a growth rate needs % (or ‰, 个百分点).',
        },
        missingRateValue: {
          zh: '“{word}”后缺少数值：比率达到多少？请填写具体数字。',
          en: 'No value after “{word}”: state the rate reached.',
        },
      },
    },
    check({ document, report }) {
      for (const paragraph of document.paragraphs) {
        const tokens = document.tokens(paragraph);
        tokens.forEach((token, index) => {
          const finding = checkToken(document, tokens, index, contexts);
          if (finding) report({ ...finding, messageId: 'missingNumber', data: { word: token.text } });
        });
        for (const finding of findEmptyPercentages(paragraph)) report(finding);
        for (const finding of findUncountedMotions(paragraph)) report(finding);
        for (const finding of findRatesWithoutValue(paragraph)) report(finding);
        for (const finding of findRatesWithoutPercentSign(paragraph)) report(finding);
      }
    },
  });
}

export default createBlankNumberRule(NUMERAL_CONTEXTS);

function checkToken(
  document: AnalysisDocument,
  tokens: readonly Token[],
  index: number,
  contexts: NumeralContextData,
): Omit<RuleReport, 'messageId'> | undefined {
  const token = tokens[index]!;
  const each = eachWithoutCount(tokens, index);
  if (each) return each;
  if (!mayStandForACount(token.text)) return undefined;
  const text = document.normalizedText;
  const before = text[token.start - 1];
  // 规模以上企业家: in a word that ends in its measure character the count stood inside the word, so the
  // character before the word (上 of 以上) is no determiner of it.
  const gluedShape = !MEASURE_WORDS.has(token.text) && !UNITS_NEEDING_NUMBER.has(token.text) && token.text.length >= 3;
  if (before !== undefined && PLACEHOLDER_BEFORE.test(before)) return undefined;
  if (before !== undefined && QUANTITY_PREFIX_CHARACTERS.has(before) && !gluedShape) return undefined;
  // 法学期刊 3 篇, 不超过 3 个: text extracted from PDF puts spaces around the digits.
  if (isNumeralCharacter(visibleCharacterBefore(text, token.start))) return undefined;
  // 微克/立方米, 分/千瓦时: a unit after the slash is the second half of a rate.
  if (before === '/' || before === '／') return undefined;
  if (isLabel(tokens, index)) return undefined;
  if (beginsPlaceName(tokens, index)) return undefined;
  const previous = neighbour(tokens, index, -1);
  const next = neighbour(tokens, index, 1);

  if (isSecondHalfOfCompoundUnit(text, previous, token)) return undefined;
  if (isItemOfItsOwn(previous, next) || isTwoCharacterItem(tokens, index)) return undefined;
  if (isExampleConstruction(tokens, index)) return undefined;
  if (endsNameInListOfUnits(text, token)) return undefined;
  if (isSplitFromWordBefore(document, token, previous, next)) return undefined;
  if (endsWordWithTwoCharactersBefore(document, token, previous, contexts)) return undefined;
  if (isParticle所(token, next)) return undefined;
  if (endsWordAfterLocalizer(previous, token)) return undefined;
  if (isPlaceAfterDescription(tokens, index, previous, next)) return undefined;
  if (isFromSideOfRange(text, token)) return spanAround(text, token);
  const gluedCount = countGluedToItsNoun(text, tokens, index);
  if (gluedCount) return gluedCount;
  const magnitudeCount = bareMagnitudeCount(tokens, index);
  if (magnitudeCount) return magnitudeCount;
  if (UNITS_NEEDING_NUMBER.has(token.text) || isLeadingMagnitude(token.text)) {
    // 一个亿元龙头企业, 3.3个百分点: the number sits before 个. 为个工作日: the 个 is reported itself.
    if (before === '个' && (QUANTITY_PREFIX_CHARACTERS.has(text[token.start - 2] ?? '') || text[token.start - 2] === '.'))
      return undefined;
    if (previous && previous.end === token.start && MEASURE_WORDS.has(previous.text)) return undefined;
    if (isLeadingMagnitude(token.text) && isRoundFigureBeforeNoun(previous, next)) return undefined;
    if (
      !isLeadingMagnitude(token.text) &&
      modifiesNounAfter(token, previous, next) &&
      !measuresMoneyAfter(tokens, index) &&
      !(isVerb(previous) && isNeverBareInCorrectText(token.text, contexts))
    )
      return undefined;
    if (
      UNITS_NEEDING_NUMBER.has(token.text) &&
      (namesTheQuantity(text, token) || unitLogOdds(text, token, contexts) <= UNIT_REPORT_LOG_ODDS)
    )
      return undefined;
    return spanAround(text, token);
  }
  if (token.text === '有名' && next && isPersonNoun(next.text)) return { offset: token.start, length: token.end - token.start };
  if (token.text === '人' && (isBarePersonCount(previous, next) || isPersonCountAfterSlot(tokens, index)))
    return spanAround(text, token);
  if (
    token.text === '年' &&
    previous &&
    YEAR_COUNT_WORDS.has(previous.text) &&
    previous.end === token.start &&
    !endsClause(next)
  ) {
    return spanAround(text, token);
  }
  if (previous?.text === '第' && MEASURE_WORDS.has(token.text)) return spanAround(text, token);
  if (isBare个AfterWord(text, token, previous, next)) return spanAround(text, token);

  const measure = MEASURE_WORDS.get(token.text);
  if (!measure) return undefined;
  return measureScore(measure, tokens, index, text, contexts) >= REPORT_THRESHOLD ? spanAround(text, token) : undefined;
}

/**
 * 个 on its own after a word: formal prose counts with a numeral (打造3个,
 * 布局5个) or a word that stands for one (这个, 各个, 若干个), and writes the
 * bare 个 of speech (打造个品牌) nowhere: of the 690 lone 个 of the official
 * tuning half, every one after a Han word follows a numeral (大中小微个 lists
 * 个体 by its first character, a list the caller leaves alone). So a lone
 * 个 straight after a Han word that is no numeral lost its number, whatever
 * the word's tag (布局 is tagged a noun, 打造 a verb).
 */
function isBare个AfterWord(text: string, token: Token, previous: Token | undefined, next: Token | undefined): boolean {
  if (token.text !== '个' || !previous || previous.end !== token.start) return false;
  // 前个时候: after a localizer it is speech for 前些.
  if (previous.tag === 'm' || previous.tag === 'f' || !isHan(previous.text.at(-1)!)) return false;
  // 这么个, 那么个: a demonstrative of speech; 十来个, 个把: an approximate count.
  if (/[么把来个]$/u.test(previous.text)) return false;
  // 做个好职工, 争做个好党员: a slogan's 个 between a verb and an adjective is speech quoted, no count; after
  // a noun it counts (布局个绿电产业园区, 布局 tagged a noun, lost its 5).
  if (next && isVerb(previous) && /^(?:a|ad|an|d|z|b)$/u.test(next.tag)) return false;
  return !isNumeralCharacter(text[previous.start - 1]);
}

/**
 * The words any branch of {@link checkToken} may report: measure words and
 * units, a magnitude opening a word (万人, 千余家), a word ending in a measure
 * character (高中所), and 人, 年, 有名. Every other token is passed over
 * before any context is read: they are nine tokens in ten.
 */
function mayStandForACount(word: string): boolean {
  if (MEASURE_WORDS.has(word) || UNITS_NEEDING_NUMBER.has(word)) return true;
  if (word === '人' || word === '年' || word === '有名') return true;
  const first = word[0]!;
  if (first === '万' || first === '亿' || first === '千') return true;
  return word.length >= 3 && MEASURE_WORDS.has(word.at(-1)!);
}

function measureScore(
  measure: MeasureWord,
  tokens: readonly Token[],
  index: number,
  text: string,
  contexts: NumeralContextData,
): number {
  const token = tokens[index]!;
  const previous = neighbour(tokens, index, -1);
  const next = neighbour(tokens, index, 1);
  // 共分三期: a numeral after the measure character makes it a verb or noun, not a classifier.
  if (next && next.start === token.end && isNumeralCharacter(next.text[0]) && !UNITS_AFTER_个.has(next.text)) return 0;
  let score = measure.strength === 'strong' ? WEIGHT.strongMeasure : 0;
  score += statisticsWeight(text, token, witnessMayCount(measure, tokens, index), contexts);
  if (isPhaseAfterVerb(token, previous, next)) score += WEIGHT.phaseAfterVerb;
  if (isPlaceNamedByItsUse(tokens, index)) score += WEIGHT.placeNamedByItsUse;
  if (endsWordWithCharacterBefore(text, token, previous, contexts)) score += WEIGHT.partOfWordBefore;
  // After a word that asks for a quantity, any noun may follow (召开了次行风监督员座谈会); elsewhere a weak measure must agree with it.
  const afterSlot =
    previous !== undefined &&
    (QUANTITY_SLOT_WORDS.has(previous.text) ||
      isPerUnitWord(previous.text) ||
      isWholeAreaWord(previous.text) ||
      closesListBeforeCount(previous, token, next));
  if (afterSlot) {
    score += WEIGHT.afterQuantitySlotWord;
    if (COMPARISON_BEFORE_NUMBER.test(text.slice(Math.max(0, token.start - 4), token.start))) score += WEIGHT.afterComparison;
  }
  // The start of a line is no clause start of its own: text wrapped at a fixed width starts lines inside words (文⏎件).
  else if (previous !== undefined && startsClause(previous) && !isClosingBracket(previous)) score += WEIGHT.atClauseStart;
  else if (isVerb(previous) && !COLLOQUIAL_CLASSIFIER_VERBS.has(previous!.text)) score += WEIGHT.afterVerb;
  // 未来可期: after a modal verb the measure character is a verb (会 is left out: 党委会次 counts meetings).
  if (previous && (ADVERBS_BEFORE_VERBS.has(previous.text) || (MODAL_VERBS.has(previous.text) && previous.text !== '会')))
    score += WEIGHT.afterAdverb;
  // 所对应的, 所产生的: 所 before a verb is the particle, not the measure word of schools.
  if (token.text === '所' && isVerb(next)) score += WEIGHT.afterAdverb;
  // 过程中所产生的, 工作上所取得的: after a localizer 所 opens 所 + verb + 的, whatever tag the verb got.
  if (token.text === '所' && previous?.tag === 'f' && previous.end === token.start) score += WEIGHT.afterAdverb;
  // “亩均论英雄”: a measure character opening a quotation begins a name or slogan.
  if (previous && OPENING_QUOTES.includes(previous.text)) score += WEIGHT.afterAdverb;
  if (previous?.text === '之') score += WEIGHT.afterPossessive之;

  if (next?.text === '》' || next?.text === '〉') score += WEIGHT.inBracketsOrTitle;
  else if (endsClause(next)) {
    score += measure.clauseEndWeight;
    if (previous && NOUNS_COUNTED_BY.get(token.text)?.test(previous.text)) score += WEIGHT.afterCountedNoun;
  } else if (next && isPersonNoun(next.text) && (token.text === '名' || token.text === '位'))
    score += WEIGHT.beforePersonNoun + WEIGHT.beforeNoun;
  else if (
    isNounLike(next) &&
    (measure.strength === 'strong' || afterSlot || countedNounFollows(token.text, tokens, index)) &&
    !isVerbWithObject(token, next!)
  ) {
    score += WEIGHT.beforeNoun;
    // 建成条高速公路: a verb, then the measure word and a noun it counts, is a count without its number.
    if (isVerb(previous) && !afterSlot && NOUNS_COUNTED_BY.get(token.text)?.test(next!.text)) score += WEIGHT.countedAfterVerb;
  }
  // 处以上干部, opening a clause, is a rank (division level and above), not a count.
  if (next && next.start === token.end && APPROXIMATIONS.has(next.text) && !startsClause(previous))
    score += WEIGHT.beforeApproximation;
  else if (next?.tag === 'f') score += WEIGHT.beforeLocalizer;
  if (token.text === '个' && next && next.start === token.end && UNITS_AFTER_个.has(next.text)) score += WEIGHT.beforeUnitOfCount;

  if (previous?.text === token.text || next?.text === token.text) score += WEIGHT.reduplicated;
  if (isOpeningBracket(previous) && isClosingBracket(next)) score += WEIGHT.inBracketsOrTitle;
  if (isBracketedGloss(tokens, index)) score += WEIGHT.inBracketsOrTitle;
  if (token.text === '份' && (text[token.end] === '内' || text[token.end] === '外')) score += WEIGHT.beforeLocalizer; // 份内事情
  if (endsClause(next) && siblingCountsWith(text, token.start, token.end, token.text)) score += WEIGHT.siblingCounted;
  return score;
}

/**
 * 废弃物回收场、加工场, 砂石堆放场, 建筑垃圾消纳场, 垃圾堆放处: a noun, a verb
 * that acts on it and 场 or 处 name the place where it is done, a word jieba
 * does not know. A count of events or places keeps its verb before its
 * object (举办3场活动, 排查5处隐患) or counts after a noun the measure counts
 * (演练3场), so a noun and then a verb before the bare measure word leave no
 * room for a number, unless the verb is what the measure word counts
 * (违法建设5处).
 */
function isPlaceNamedByItsUse(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index]!;
  if (token.text !== '场' && token.text !== '处') return false;
  const verb = tokens[index - 1];
  const noun = tokens[index - 2];
  if (!verb || !noun || verb.end !== token.start || noun.end !== verb.start) return false;
  // 拆除违法建设处: what the measure word counts (违法建设, structures) is no use a place is named after.
  if (NOUNS_COUNTED_BY.get(token.text)?.test(verb.text)) return false;
  return isVerb(verb) && verb.text.length === 2 && /^(?:n|nz|vn)$/u.test(noun.tag);
}

/**
 * The segmenter cut a word in two and left the measure character as a word of
 * its own (强弱/项 for 强弱项, 输入/场 for 输入场): the character before and
 * the measure character are a word of correct text, which writes them side by
 * side often and almost never with a numeral between (弱项, 入场, 及面), or a
 * word of jieba's dictionary that correct text never splits with a numeral.
 * Only after a word of one or two characters, whose first character can stand
 * alone: after 办实事 or 嫌疑人 the rest (办实, 嫌疑) would be left a fragment
 * or another word, so 办实事件 and 嫌疑人名 keep their holes (实事10件).
 */
function endsWordWithCharacterBefore(
  text: string,
  token: Token,
  previous: Token | undefined,
  contexts: NumeralContextData,
): boolean {
  if (!previous || previous.end !== token.start || previous.text.length > WORD_PART.longestWordBefore) return false;
  const before = text[token.start - 1];
  const entry = contexts.measures[token.text];
  // 农户户: a measure character after itself is reduplication (户户), weighed on its own.
  if (!entry || before === undefined || !isHan(before) || before === token.text) return false;
  // 超人/次 for 超__人次: the pair is itself a unit (人次, 户次), which wants its number all the same.
  if (MEASURE_WORDS.has(before + token.text) || UNITS_NEEDING_NUMBER.has(before + token.text)) return false;
  const together = entry.together?.[before];
  return together !== undefined && together[0] >= together[1] * WORD_PART.togetherPerNumbered;
}

/** How the character before must pair with the measure word to read as one word with it ({@link endsWordWithCharacterBefore}). */
const WORD_PART = { longestWordBefore: 2, togetherPerNumbered: 10 } as const;

/**
 * （场景名）, （环节名）: a noun and a measure character alone in brackets gloss
 * what kind of thing is meant (the name of a scene), when the measure word
 * does not count that noun; （党员名） would be a count.
 */
function isBracketedGloss(tokens: readonly Token[], index: number): boolean {
  const noun = tokens[index - 1];
  const token = tokens[index]!;
  if (!noun || noun.end !== token.start || !isNounLike(noun) || isPersonNoun(noun.text)) return false;
  if (NOUNS_COUNTED_BY.get(token.text)?.test(noun.text)) return false;
  return isOpeningBracket(tokens[index - 2]) && isClosingBracket(tokens[index + 1]);
}

/** Words that make the quantity before them approximate or open-ended (10个以上, 20家左右): only a count takes them. */
const APPROXIMATIONS: ReadonlySet<string> = new Set(['以上', '以下', '左右', '以内']);
/** Units counted with 个 (3个百分点, 5个工作日, 6个月): 个 before them stands for a number, or a determiner (这个月). */
const UNITS_AFTER_个: ReadonlySet<string> = new Set(['百分点', '工作日', '月', '小时', '季度', '月份']);

/**
 * 人 counting people with the number gone: 其中党员人， (after a noun for
 * people, closing the clause), ，人获得了 (opening a clause before a verb),
 * 其中人获评. Not 有人 (someone), 的人, 他人.
 */
function isBarePersonCount(previous: Token | undefined, next: Token | undefined): boolean {
  if (previous && (isPersonNoun(previous.text) || endsWithPersonCountVerb(previous.text)) && endsClause(next)) return true;
  if (!isVerb(next) || next!.text === '是' || next!.text === '有' || GENERIC_PERSON_FOLLOWERS.has(next!.text[0]!)) return false;
  // “人找政策”, “人享其行”: 人 opening a quotation is people in general, in a slogan.
  if (previous && OPENING_QUOTES.includes(previous.text)) return false;
  return startsClause(previous) || previous?.text === '其中' || previous?.text === '共' || previous?.text === '共计';
}

/**
 * 规模达到人以上, 从5人减少至人, 数量不少于人: 人 right after a word that
 * asks for a figure, closing the clause or before 以上, lost its number. 到
 * and 至 ask for one only after a verb of change (减少至人): 落实到人 and
 * 责任到人 assign a task to each person, and 于 only after a comparison
 * (不少于人, where 取信于人 is a set phrase).
 */
function isPersonCountAfterSlot(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index]!;
  const previous = tokens[index - 1];
  const next = neighbour(tokens, index, 1);
  if (!previous || previous.end !== token.start) return false;
  if (!(endsClause(next) || (next && APPROXIMATIONS.has(next.text)))) return false;
  if (PERSON_COUNT_SLOTS.has(previous.text)) return true;
  const before = tokens[index - 2];
  if (!before || before.end !== previous.start) return false;
  if (previous.text === '到' || previous.text === '至') return CHANGE_VERBS.test(before.text);
  return previous.text === '于' && /[少多低高大小]$/u.test(before.text) && before.text !== '至少';
}

/** Words after which a lone 人 can only be a count: 达到人, 超过人以上, 共计人. */
const PERSON_COUNT_SLOTS: ReadonlySet<string> = new Set([
  '达到',
  '达',
  '超过',
  '超',
  '不足',
  '共计',
  '累计',
  '合计',
  '总计',
  '增至',
  '减至',
  '降至',
  '升至',
]);
/** Verbs of change that take the new figure after 到 or 至 (减少至, 提高到). */
const CHANGE_VERBS = /(?:增加|减少|提高|降低|下降|上升|增长|扩大|缩减|压缩|缩小|增|减|降|升)$/u;

/** Modal verbs and adverbs after which 人 is people in general (人要完人, 人不犯我), not a count. */
const MODAL_VERBS: ReadonlySet<string> = new Set(['要', '能', '会', '可', '应', '该', '须', '必']);
const GENERIC_PERSON_FOLLOWERS: ReadonlySet<string> = new Set([...ADVERBS_BEFORE_VERBS, ...MODAL_VERBS]);
const OPENING_QUOTES = '“‘「『"\'';

/**
 * A weak measure word before a noun counts it only when they agree (所学校,
 * 家重点违法排污企业): the counted noun may follow a few modifiers. 所领导 or
 * 家校协同 have no noun that 所/家 could count.
 */
function countedNounFollows(measure: string, tokens: readonly Token[], index: number): boolean {
  const counted = NOUNS_COUNTED_BY.get(measure);
  if (!counted) return false;
  for (let cursor = index + 1; cursor < Math.min(tokens.length, index + 6); cursor++) {
    const candidate = tokens[cursor]!;
    if (counted.test(candidate.text)) return true;
    if (!isNounLike(candidate) && !/^(?:a|b|vn|v)$/u.test(candidate.tag)) return false;
  }
  return false;
}

/**
 * 门急诊量万人次, 宣传资料万份, 人口万人, 产量达万吨: a magnitude plus a unit
 * after the noun it measures (or a word asking for a quantity), closing the
 * clause, lost the digits before 万. Not 千名党员志愿服务队 or 万亩良田 (a noun
 * follows: a name or an idiom), nor 近万册 (近 makes it a round figure).
 */
function bareMagnitudeCount(tokens: readonly Token[], index: number): { offset: number; length: number } | undefined {
  const token = tokens[index]!;
  if (!'万亿'.includes(token.text[0] ?? '')) return undefined;
  let unit = token.text.slice(1);
  let last = token;
  if (unit === '' && tokens[index + 1]?.start === token.end) {
    last = tokens[index + 1]!;
    unit = last.text;
  }
  if (!(UNITS_NEEDING_NUMBER.has(unit) || MEASURE_WORDS.has(unit) || /^(?:人|头|只|株|棵)$/u.test(unit))) return undefined;
  // 突破万亿元, 千亿级: a magnitude before a magnitude is itself the number (one 万亿).
  if ('万亿千百'.includes(unit[0]!)) return undefined;
  const previous = neighbour(tokens, index, -1);
  let next = neighbour(tokens, tokens.indexOf(last), 1);
  // 新增就业万人以上。: an approximation closing the clause is still the end of the count.
  // After a word that asks for a number, 万 is the number itself (达到万家以上: ten thousand or more).
  if (next && APPROXIMATIONS.has(next.text) && previous && !QUANTITY_SLOT_WORDS.has(previous.text))
    next = neighbour(tokens, tokens.indexOf(next), 1);
  if (!previous || previous.end !== token.start || !endsClause(next)) return undefined;
  // 人民万岁！: an exclamation, not a statistic.
  if (next?.text === '！' || next?.text === '!') return undefined;
  // 近万人次, 约万人, 上万人 are round figures, not holes.
  if (ROUND_FIGURE_WORDS.has(previous.text)) return undefined;
  if (!isNounLike(previous) && !isVerb(previous) && !QUANTITY_SLOT_WORDS.has(previous.text)) return undefined;
  const before = previous.text.at(-1)!;
  return { offset: token.start - (isHan(before) ? 1 : 0), length: last.end - token.start + (isHan(before) ? 1 : 0) };
}

const ROUND_FIGURE_WORDS = new Set(['近', '约', '逾', '超', '过', '上', '成', '数', '几', '近乎', '将近', '接近']);

/**
 * 新增上市企业家。, 培育龙头企业家以上: the digits between a noun and the
 * measure word that counts it are gone, and the segmenter reads the two as one
 * word (企业 + 家 = 企业家). It is a count when an approximation follows, or
 * when it closes a clause that tallies (新增, 培育, 入选…) with no quantity of
 * its own (一大批企业家 is a word).
 */
function countGluedToItsNoun(
  text: string,
  tokens: readonly Token[],
  index: number,
): { offset: number; length: number } | undefined {
  const token = tokens[index]!;
  if (token.text.length < 3) return undefined;
  const measure = token.text.at(-1)!;
  const noun = token.text.slice(0, -1);
  if (!MEASURE_WORDS.has(measure) || !NOUNS_COUNTED_BY.get(measure)?.test(noun)) return undefined;
  const next = neighbour(tokens, index, 1);
  const span = { offset: token.end - 2, length: 2 };
  if (next && next.start === token.end && APPROXIMATIONS.has(next.text)) return span;
  if (!endsClause(next)) return undefined;
  if (siblingCountsWith(text, token.start, token.end, measure)) return span;
  const clause = text.slice(clauseStartBefore(text, token.start), token.start);
  const tally = TALLY_VERBS.exec(clause);
  if (!tally) return undefined;
  const afterVerb = clause.slice(tally.index + tally[0].length);
  return /[0-9〇零一二三四五六七八九十百千万亿两几数批群的]/u.test(afterVerb) ? undefined : span;
}

/**
 * 企业7227家、高新技术企业家、专精特新企业1565家; 建成过江通道座、在建8座: an
 * item of a list that ends in the measure word its neighbour counts with a
 * figure, and holds no figure itself, lost its number. The items are the
 * stretches between list marks (、，；) in one sentence.
 */
function siblingCountsWith(text: string, start: number, end: number, measure: string): boolean {
  const itemStart = clauseStartBefore(text, start);
  if (/[0-9〇零一二三四五六七八九十百千万亿两几数多余批]/u.test(text.slice(itemStart, start))) return false;
  if (itemStart > 0 && LIST_MARKS.has(text[itemStart - 1]!)) {
    const previousItem = text.slice(clauseStartBefore(text, itemStart - 1), itemStart - 1);
    if (endsWithCount(previousItem, measure)) return true;
  }
  const mark = text[end];
  if (mark === undefined || !LIST_MARKS.has(mark)) return false;
  let nextEnd = end + 1;
  while (nextEnd < text.length && !CLAUSE_MARKS.has(text[nextEnd]!)) nextEnd++;
  return endsWithCount(text.slice(end + 1, nextEnd), measure);
}

const LIST_MARKS: ReadonlySet<string> = new Set([...'、，,；;']);

/** The item ends in a figure and the measure word: 1565家, 8座, 3万吨以上. */
function endsWithCount(item: string, measure: string): boolean {
  const counted = item.replace(/(?:以上|左右)$/u, '');
  if (!counted.endsWith(measure)) return false;
  const beforeMeasure = counted.slice(0, -measure.length).replace(/[万亿]$/u, '');
  return /[0-9]$/u.test(beforeMeasure);
}

/** Where the clause holding `offset` begins: after the nearest clause mark before it (scanned back, not split from the start). */
function clauseStartBefore(text: string, offset: number): number {
  let cursor = offset;
  while (cursor > 0 && !CLAUSE_MARKS.has(text[cursor - 1]!)) cursor--;
  return cursor;
}

const CLAUSE_MARKS: ReadonlySet<string> = new Set([...'，。；！？、,;!?\n']);

/** Verbs that open a tally of what was added or reached (新增企业12家, 入选企业3家). */
const TALLY_VERBS = /(?:新增|新设|新建|培育|认定|入选|入驻|引进|建成|累计|共有|达到|获评|落户)/u;

/**
 * 由户整合至12户, 从亿元增加到96亿元, 由每人每年元提高到280元: a change from
 * one figure to another in the same unit. The unit after 到/至 carries its
 * number, so the same unit without one before it lost its figure.
 */
function isFromSideOfRange(text: string, token: Token): boolean {
  if (!(MEASURE_WORDS.has(token.text) || UNITS_NEEDING_NUMBER.has(token.text) || token.text === '人')) return false;
  const rest = text.slice(token.end, token.end + 24);
  return rangeToSameUnit(token.text).test(rest);
}

/** One pattern per unit, built on first use: the rule meets the same few dozen units millions of times. */
const RANGE_PATTERNS = new Map<string, RegExp>();

function rangeToSameUnit(unit: string): RegExp {
  let pattern = RANGE_PATTERNS.get(unit);
  if (!pattern) {
    pattern = new RegExp(`^[^，。；！？,;!?\\n]{0,6}?[到至][^，。；！？,;!?\\n]{0,8}?[0-9][0-9.]*[万亿]?${unit}`, 'u');
    RANGE_PATTERNS.set(unit, pattern);
  }
  return pattern;
}

/** The second half of a compound unit (3200余家次, 1380户次, 三点名): the first half carries the number. */
function isSecondHalfOfCompoundUnit(text: string, previous: Token | undefined, token: Token): boolean {
  if (!previous || previous.end !== token.start) return false;
  // 6.3万户次, 1.19亿亩次, 亿千瓦小时: jieba may glue the first half to the magnitude (万户/次).
  if (NUMBER_FOLLOWERS.has(text[token.start - 1] ?? '') && isNumeralCharacter(text[token.start - 2])) return true;
  if (previous.tag === 'm' && /[0-9〇零一二三四五六七八九十百千万亿两多余家个点]$/u.test(previous.text)) return true;
  // 2000载重吨, 10万标准箱, 345万剂次: a short word between the number and the measure makes a unit of their own.
  if (/^\p{Script=Han}{1,2}$/u.test(previous.text) && /[0-9十百千万亿]/u.test(text[previous.start - 1] ?? '')) return true;
  return MEASURE_WORDS.has(previous.text) && QUANTITY_PREFIX_CHARACTERS.has(text[previous.start - 1] ?? '');
}

/** 拘留人, 行政拘留人: jieba may glue the verb into a longer word. */
function endsWithPersonCountVerb(word: string): boolean {
  for (let length = 2; length <= word.length; length++) if (PERSON_COUNT_VERBS.has(word.slice(-length))) return true;
  return false;
}

/** 全县, 全市, 全校: the whole area, followed by how many of something it has (全县个行政村). */
function isWholeAreaWord(word: string): boolean {
  return /^全[省市县区镇乡村校院局所州盟旗]$/u.test(word);
}

/** 每期, 每人, 每年: a per-unit word before a measure asks for a number (每期5天). */
function isPerUnitWord(word: string): boolean {
  return word.length === 2 && word[0] === '每';
}

/**
 * 万多元, 万余份, 千余人: a magnitude numeral opening the number, with nothing
 * before it. Without 多/余 a bare magnitude is idiomatic (千名党员, 万人长跑, 近万册).
 */
function isLeadingMagnitude(word: string): boolean {
  return word.length >= 3 && '千万亿'.includes(word[0]!) && (word[1] === '多' || word[1] === '余');
}

/**
 * 千余家企业, 万余名群众: a round figure standing before the noun it counts.
 * After a word that asks for the exact quantity (捐助了万余元学习用品) the
 * digits before the magnitude are gone.
 */
function isRoundFigureBeforeNoun(previous: Token | undefined, next: Token | undefined): boolean {
  if (!isNounLike(next)) return false;
  return !previous || !QUANTITY_SLOT_WORDS.has(previous.text);
}

/**
 * 安排亿元建设资金, 给予万元补贴, 折合亿元人民币: a sum of money before the
 * money it measures is the amount itself, never a size class such as 亿元项目
 * (projects of a hundred million or more), so the number before it is gone.
 */
function measuresMoneyAfter(tokens: readonly Token[], index: number): boolean {
  if (!tokens[index]!.text.endsWith('元')) return false;
  const next = tokens[index + 1];
  const afterNext = tokens[index + 2];
  if (!next || next.start !== tokens[index]!.end) return false;
  const joined = afterNext && afterNext.start === next.end ? next.text + afterNext.text : next.text;
  return MONEY_NOUN.test(next.text) || (isNounLike(next) && MONEY_NOUN.test(joined));
}

const MONEY_NOUN = /^(?:\p{Script=Han}{0,2})(?:资金|补贴|补助|经费|人民币|奖励|奖金|贷款|资助)$/u;

/** The nearest character before `offset` that is not a space. */
/**
 * “人、货、场、链”: a measure character standing alone as an item of a
 * list (between 、 and 、, a closing mark or the end of the line) names a
 * thing; a count that lost its number still has the noun it counts after it.
 */
function isItemOfItsOwn(previous: Token | undefined, next: Token | undefined): boolean {
  return previous?.text === '、' && (next === undefined || LIST_ITEM_ENDS.has(next.text));
}

const LIST_ITEM_ENDS: ReadonlySet<string> = new Set(['、', '”', '’', '」', '』', '）', ')', '》']);

/**
 * 类别、项别、编号: an item of a list that is the measure character and one
 * more character is a noun the segmenter did not know (项别, the division of
 * a class of dangerous goods); a count in a list keeps its noun after the
 * measure word (、个小电镀点、).
 */
function isTwoCharacterItem(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index]!;
  const [previous, rest, end] = [tokens[index - 1], tokens[index + 1], tokens[index + 2]];
  if (previous?.text !== '、' || !rest || rest.start !== token.end || token.text.length !== 1) return false;
  return rest.text.length === 1 && isHan(rest.text) && (end === undefined || LIST_ITEM_ENDS.has(end.text) || end.text === '，');
}

/**
 * 以定性产品为例, 以某规范为例: 以 … 为例 offers an example; 例 there is
 * "example", not a count of cases (确诊病例为例 has no 以 before it in the clause).
 */
function isExampleConstruction(tokens: readonly Token[], index: number): boolean {
  if (tokens[index]!.text !== '例' || neighbour(tokens, index, -1)?.text !== '为') return false;
  for (let cursor = index - 2; cursor >= 0; cursor--) {
    const token = tokens[cursor]!;
    if (token.text === '以' || token.text === '如以') return true;
    if (CLAUSE_BOUNDARIES.has(token.text)) return false;
  }
  return false;
}

const CLAUSE_BOUNDARIES: ReadonlySet<string> = new Set(['。', '；', '！', '？', '，', '：', ';', '!', '?', ',', ':', '\n']);

/**
 * （基教处、教科院）, （办公室、政策科）: an implementation plan names the
 * units responsible for a task in brackets after it. A measure character
 * ending a short item of such a list (基教处) ends a department's name
 * (处, 科, 室, 所); a count in a bracket stands after a noun inside a sentence
 * (（其中党员名）), not in a bracket that follows a finished sentence or opens a line.
 */
function endsNameInListOfUnits(text: string, token: Token): boolean {
  const after = text[token.end];
  if (after !== '、' && after !== '）' && after !== ')') return false;
  let itemStart = token.start;
  while (itemStart > 0 && isHan(text[itemStart - 1]!) && token.end - itemStart < UNIT_NAME_LONGEST) itemStart--;
  const opening = text[itemStart - 1];
  if (itemStart === token.start || (opening !== '、' && opening !== '（' && opening !== '(')) return false;
  let bracket = itemStart - 1;
  while (bracket >= 0 && text[bracket] !== '（' && text[bracket] !== '(') {
    if (!isHan(text[bracket]!) && text[bracket] !== '、') return false;
    bracket--;
  }
  if (bracket < 0) return false;
  const beforeBracket = text[bracket - 1];
  return beforeBracket === undefined || '。；;\n'.includes(beforeBracket);
}

/** The longest department name taken for one ({@link endsNameInListOfUnits}): 基教处, 信息中心办. */
const UNIT_NAME_LONGEST = 5;

/**
 * 传感器件, 商用车辆: the segmenter took the longer word first (传感器/件,
 * 商用车/辆) where the text reads as two words of its dictionary (传感 器件,
 * 商用 车辆). A measure character that closes such a word is no count when it
 * also closes the item or clause. Not after a word for people or a noun
 * the measure word counts: 嫌疑人名， counts suspects, 僵尸车辆。 cars.
 */
function isSplitFromWordBefore(
  document: AnalysisDocument,
  token: Token,
  previous: Token | undefined,
  next: Token | undefined,
): boolean {
  // The rest must be a word of two characters or more: nearly every single character is a word of the dictionary (答复件: 答 复件).
  if (!previous || previous.end !== token.start || previous.text.length < 3 || token.text.length !== 1) return false;
  if (!endsClause(next) && next?.text !== '、') return false;
  // 僵尸车辆, 瞭望塔座: a noun the measure word counts, closing the clause, is a count whatever the dictionary says.
  if (isPersonNoun(previous.text) || NOUNS_COUNTED_BY.get(token.text)?.test(previous.text)) return false;
  const rest = previous.text.slice(0, -1);
  const pair = previous.text.slice(-1) + token.text;
  return [...rest].every(isHan) && isDictionaryWord(document, rest) && isDictionaryWord(document, pair);
}

/**
 * 法定代表/人: the segmenter took a longer word first and left the measure
 * character alone, where the last two characters before it and the measure
 * character are a word of its dictionary (代表人) and what comes before them
 * another (法定). Correct text writes that word often and the character before
 * with a numeral between almost never ({@link WORD_PART}); 企业7227家 is common,
 * so 高新技术企业家 keeps its hole.
 */
function endsWordWithTwoCharactersBefore(
  document: AnalysisDocument,
  token: Token,
  previous: Token | undefined,
  contexts: NumeralContextData,
): boolean {
  if (!previous || previous.end !== token.start || previous.text.length < 4 || token.text.length !== 1) return false;
  const together = contexts.measures[token.text]?.together?.[previous.text.at(-1)!];
  if (together === undefined || together[0] < together[1] * WORD_PART.togetherPerNumbered) return false;
  const rest = previous.text.slice(0, -2);
  return (
    [...previous.text].every(isHan) &&
    isDictionaryWord(document, rest) &&
    isDictionaryWord(document, previous.text.slice(-2) + token.text)
  );
}

/**
 * 和所处发展阶段, 所需: 所 before a verb of one character is the particle
 * (所处, 所在, 所需), which the segmenter may cut off as a word of its own.
 * A count of schools or hospitals names them in a word of two characters or
 * more (3所学校, 2所医院).
 */
function isParticle所(token: Token, next: Token | undefined): boolean {
  return token.text === '所' && next !== undefined && next.start === token.end && next.text.length === 1 && isHan(next.text);
}

/**
 * 数据中/台, BIM中/台: the segmenter cut 中台 into a localizer and a measure
 * character (its parts are far commoner than the word). A count right after
 * a localizer of one character writes a verb or 有 between (社区中有3个), and
 * 其中 is one word, so 其中3台 keeps its count.
 */
function endsWordAfterLocalizer(previous: Token | undefined, token: Token): boolean {
  return previous?.tag === 'f' && previous.text.length === 1 && previous.end === token.start;
}

/**
 * 悬挂在醒目处；, 张贴于门口的显眼处。: 处 after a describing word that
 * follows 在 or 的, closing the clause, is the place so described. A count
 * puts its number before the measure word and its noun after it (新建的5处
 * 公园, 在3处路口), so a word between 在 or 的 and 处 leaves no room for one.
 */
function isPlaceAfterDescription(
  tokens: readonly Token[],
  index: number,
  previous: Token | undefined,
  next: Token | undefined,
): boolean {
  if (tokens[index]!.text !== '处' || !previous || previous.end !== tokens[index]!.start || !endsClause(next)) return false;
  if (!/^[va]/u.test(previous.tag) || !/^\p{Script=Han}+$/u.test(previous.text)) return false;
  const lead = neighbour(tokens, index - 1, -1)?.text;
  return lead === '的' || lead === '在';
}

/** The segmenter cuts by its dictionary alone, so a word of it comes back as one token. */
function isDictionaryWord(document: AnalysisDocument, word: string): boolean {
  const tokens = document.segmenter.segment(word);
  return tokens.length === 1 && tokens[0]!.text === word;
}

/**
 * 张桥镇, 方山县, 王庄村: a measure character that is also a surname or a word
 * opens many a place name, which a segmenter cuts into single characters
 * (张/桥/镇). It counts nothing when one character of its own and a
 * division's suffix follow. 个行政村, 个中心村, 座村级活动场所 and 所乡镇卫生院
 * still count: a category of places is a longer word, an adjective ends in 级,
 * and a suffix straight after the measure word is what it counts.
 */
function beginsPlaceName(tokens: readonly Token[], index: number): boolean {
  const [token, name, suffix] = [tokens[index]!, tokens[index + 1], tokens[index + 2]];
  if (token.text.length !== 1 || !name || !suffix || name.start !== token.end || suffix.start !== name.end) return false;
  if (name.text.length !== 1 || !isHan(name.text) || PLACE_SUFFIXES.has(name.text)) return false;
  return PLACE_SUFFIXES.has(suffix.text) && tokens[index + 3]?.text[0] !== '级';
}

/** What the name of a division or settlement ends in. */
const PLACE_SUFFIXES: ReadonlySet<string> = new Set(['镇', '乡', '村', '县', '市', '区', '州', '旗', '庄', '屯', '寨', '街道']);

function visibleCharacterBefore(text: string, offset: number): string | undefined {
  let cursor = offset - 1;
  while (cursor >= 0 && (text[cursor] === ' ' || text[cursor] === '\u3000' || text[cursor] === '\t')) cursor--;
  return text[cursor];
}

/**
 * Table headers flattened to one cell per line (户 / 人 / （万元） / 数量（个）):
 * a unit alone on its line, or alone in brackets, is the label of a column;
 * alone in quotation marks, a term.
 */
function isLabel(tokens: readonly Token[], index: number): boolean {
  const previous = neighbour(tokens, index, -1);
  const next = neighbour(tokens, index, 1);
  if (!previous && !next) return true;
  if (isOpeningBracket(previous) && isClosingBracket(next)) return true;
  // “条”“块”: a measure word alone in quotation marks is the word itself, named as a term.
  if ((previous?.text === '“' && next?.text === '”') || (previous?.text === '‘' && next?.text === '’')) return true;
  return isRateOfUnitsAlone(tokens);
}

/** The most tokens a table cell of units has: 万元 / 人, 千克 / 平方米 · 年. */
const UNIT_LABEL_TOKENS = 12;

/** 万元/人, 平方米/人: the units of a rate alone on their line label a column as a single unit does. */
function isRateOfUnitsAlone(tokens: readonly Token[]): boolean {
  // A table cell is short; a long line is no label (and reading it whole for each of its tokens would be quadratic).
  if (tokens.length > UNIT_LABEL_TOKENS) return false;
  let slashes = 0;
  for (const token of tokens) {
    if (token.tag === 'w') continue;
    if (token.text === '/' || token.text === '／') slashes++;
    else if (!mayStandForACount(token.text)) return false;
  }
  return slashes > 0;
}

/**
 * 省工程研究中心各家。, 推荐汇总表（附件5）各份，: 各 and a measure word
 * closing the clause after what it shares out stand for 各20家, 各1份.
 * Correct text writes 各家 and 各份 before what they count (各家银行); of
 * the official corpus's closing 各 + measure word, every one has its number.
 */
function eachWithoutCount(tokens: readonly Token[], index: number): { offset: number; length: number } | undefined {
  const token = tokens[index]!;
  const next = neighbour(tokens, index, 1);
  if (!next || !EACH_CLOSES_BEFORE.has(next.text)) return undefined;
  // One token (各家) or two (各/份).
  let first = index;
  if (token.text.length === 1 && tokens[index - 1]?.text === '各' && tokens[index - 1]!.end === token.start) first--;
  const each = tokens
    .slice(first, index + 1)
    .map((part) => part.text)
    .join('');
  if (each.length !== 2 || each[0] !== '各' || !SHARED_OUT_BY.has(each[1]!)) return undefined;
  const previous = neighbour(tokens, first, -1);
  if (!previous || previous.end !== tokens[first]!.start || !(isNounLike(previous) || isClosingBracket(previous)))
    return undefined;
  return { offset: tokens[first]!.start, length: token.end - tokens[first]!.start };
}

/**
 * Measure words of things shared out one count each. Not those that make 各
 * a word of its own: 各方 (all parties), 各位 (everyone), 各类, 各种, 各级, 各个.
 */
const SHARED_OUT_BY: ReadonlySet<string> = new Set([...'家份项所名件套台座条处批篇本册辆艘株亩']);

/** Marks after which 各 and a measure word closed their clause. */
const EACH_CLOSES_BEFORE: ReadonlySet<string> = new Set(['。', '，', '；', '、']);

/**
 * 新梅江公园等座城市公园, 襄荆段等条高铁: 等 closing a list, then a measure
 * character alone and a noun, sums the list up with a count (等3座, 等5项任务).
 * In correct text the measure character after 等 begins a word instead
 * (等项目, 等部门, 等场景), which the segmenter keeps whole. Not 项: older
 * prose writes 等项 for "these" (同吃同住同劳动等项办法).
 */
function closesListBeforeCount(previous: Token, token: Token, next: Token | undefined): boolean {
  return (
    previous.text === '等' && previous.end === token.start && token.text.length === 1 && token.text !== '项' && isNounLike(next)
  );
}

/**
 * 向起势成势: a measure character the segmenter read as a verb, before a noun
 * of one character that it does not count, is a verb and its object (起势).
 * 向起案件 and 向起火 keep their weight: a count of cases or fires.
 */
function isVerbWithObject(token: Token, next: Token): boolean {
  return token.tag.startsWith('v') && next.text.length === 1 && !NOUNS_COUNTED_BY.get(token.text)?.test(next.text);
}

/** 攻坚期, 启动期, 评估期: a verb right before 期 names a phase (the period of doing it), it does not count issues. */
function isPhaseAfterVerb(token: Token, previous: Token | undefined, next: Token | undefined): boolean {
  return (
    token.text === '期' &&
    previous !== undefined &&
    previous.end === token.start &&
    previous.text.length >= 2 &&
    isVerb(previous) &&
    !isNounLike(next)
  );
}

/**
 * The statistics as a weight. Against: correct text, in this context, more
 * often has this measure word without a numeral than with one (对台, 为例,
 * 等次), however common the numeral is elsewhere. For: this context makes a
 * numeral far likelier than usual (达项, 为个工作日).
 */
function statisticsWeight(text: string, token: Token, leftWitnessMayCount: boolean, contexts: NumeralContextData): number {
  const before = text[token.start - 1];
  const after = text[token.end];
  const entry = contexts.measures[token.text];
  if (!entry) return 0;
  const evidence = numeralContextEvidence(contexts, token.text, before, after);
  const knowsContext =
    entry.before[numeralContextKey(before)] !== undefined || entry.after[numeralContextKey(after)] !== undefined;
  if (!knowsContext) return 0;
  const oddsHere = priorLogOdds(entry.counts) + evidence;
  if (oddsHere < 0) return Math.max(STATISTICS_WEIGHT_RANGE.lowest, Math.round(oddsHere / EVIDENCE_PER_WEIGHT));
  // Punctuation before is not a witness: a clause opens with a count as often as with a noun (，5家 and ，家校协同).
  if (leftWitnessMayCount && before !== undefined && isHan(before) && isLeftWitness(entry.before[before]))
    return LEFT_WITNESS.weight;
  // One known context is not enough to add weight (回了家， is common before a comma after a count, 家 after 了 is not).
  const knowsBoth = entry.before[numeralContextKey(before)] !== undefined && entry.after[numeralContextKey(after)] !== undefined;
  return knowsBoth && evidence >= POSITIVE_EVIDENCE_FLOOR ? STATISTICS_WEIGHT_RANGE.highest : 0;
}

/**
 * The left witness speaks only when the right side agrees: what follows is
 * something a count can stand before (a noun, for a weak measure word one it
 * counts, an approximation, a unit, the end of the clause). 名列前茅 (a measure character before a verb) or 是个好地方 (a
 * verb that takes a bare 个 in speech) are no counts, whatever 核 or 是 usually precede.
 */
function witnessMayCount(measure: MeasureWord, tokens: readonly Token[], index: number): boolean {
  const token = tokens[index]!;
  const previous = neighbour(tokens, index, -1);
  const next = neighbour(tokens, index, 1);
  if (previous && COLLOQUIAL_CLASSIFIER_VERBS.has(previous.text)) return false;
  if (next === undefined || endsClause(next)) return true;
  if (next.start === token.end && (APPROXIMATIONS.has(next.text) || UNITS_AFTER_个.has(next.text))) return true;
  // A weak measure word must agree with its noun (和李庄镇: 李 is a name there, not a count of sheets).
  return isNounLike(next) && (measure.strength === 'strong' || countedNounFollows(token.text, tokens, index));
}

/** A character that correct text nearly always follows with a numeral before this measure word ({@link LEFT_WITNESS}). */
function isLeftWitness(counts: NumeralCounts | undefined): boolean {
  if (!counts) return false;
  const [numbered, bare] = counts;
  return numbered >= LEFT_WITNESS.numbered && numbered >= bare * LEFT_WITNESS.numberedPerBare;
}

/** The log odds of a numeral before the measure word anywhere in correct text (half a count added to each side). */
function priorLogOdds([numbered, bare]: readonly [number, number]): number {
  return Math.log((numbered + 0.5) / (bare + 0.5));
}

/**
 * 统筹课时安排, 建立课时工作量: a unit straight before a noun modifies it (the
 * arrangement of teaching hours); a count puts its unit at the end of the
 * clause or before what it measures only after a word asking for a quantity
 * (达课时以上). Magnitudes before a noun are weighed by isRoundFigureBeforeNoun.
 */
function modifiesNounAfter(token: Token, previous: Token | undefined, next: Token | undefined): boolean {
  if (!next || next.start !== token.end || !isNounLike(next) || APPROXIMATIONS.has(next.text)) return false;
  return !(previous && (QUANTITY_SLOT_WORDS.has(previous.text) || isPerUnitWord(previous.text)));
}

/**
 * 改造公里农村公路, 新建平方米厂房: a unit that correct text never writes
 * without its number (公里 85 times with one in the tuning half, never bare)
 * does not modify the noun after it as 课时 does in 统筹课时安排 (课时 stands
 * bare there 3 times in 5): after a verb, it is the measure of what the verb
 * made, and its number is gone. Magnitudes (万人, 亿元) are left to their own
 * branches, as they name size classes (万人大会, 亿元项目).
 */
function isNeverBareInCorrectText(unit: string, contexts: NumeralContextData): boolean {
  const counts = contexts.measures[unit]?.counts;
  if (!counts || '万亿'.includes(unit[0]!)) return false;
  const [numbered, bare] = counts;
  return numbered >= NEVER_BARE.numbered && bare * NEVER_BARE.numberedPerBare <= numbered;
}

const NEVER_BARE = { numbered: 20, numberedPerBare: 50 } as const;

/**
 * 亿元以上项目 (projects of 亿元 or more): a magnitude unit before 以上/以下/级
 * names a size class, its magnitude standing for one. 进场人次等, 游客人次增长:
 * a unit before a word of change or enumeration names the measured quantity.
 */
function namesTheQuantity(text: string, token: Token): boolean {
  const rest = text.slice(token.end, token.end + 3);
  // 投资亿元以上。 closes the clause on its own: an amount whose number is gone, not a size class.
  if ('万亿千'.includes(token.text[0]!) && /^(?:以上|以下|级)(?![，。；！？、,;!?\n]|$)/u.test(rest)) return true;
  return /^(?:等|增长|下降|增加|减少|提高|降低|分别|同比)/u.test(rest);
}

/** How likely correct text puts a numeral before this unit here: its overall rate and the evidence of its context. */
function unitLogOdds(text: string, token: Token, contexts: NumeralContextData): number {
  const entry = contexts.measures[token.text];
  if (!entry) return Number.POSITIVE_INFINITY;
  return priorLogOdds(entry.counts) + numeralContextEvidence(contexts, token.text, text[token.start - 1], text[token.end]);
}

/** The place to look: the character before the hole when it is Han or a censored * (达项, *件), otherwise the measure word and the next character (所学校). */
function spanAround(text: string, token: Token): { offset: number; length: number } {
  const before = text[token.start - 1];
  if (before !== undefined && (isHan(before) || before === '*' || before === '＊')) {
    return { offset: token.start - 1, length: token.end - token.start + 1 };
  }
  const after = text[token.end];
  const length = token.end - token.start + (after !== undefined && isHan(after) ? 1 : 0);
  return { offset: token.start, length };
}

function isOpeningBracket(token: Token | undefined): boolean {
  return token !== undefined && '(（[【'.includes(token.text);
}

function isClosingBracket(token: Token | undefined): boolean {
  return token !== undefined && ')）]】'.includes(token.text);
}

/** % or ‰ with no digit before it: 满意率达%, 达.% (the decimal point survived, the digits did not). */
function* findEmptyPercentages(paragraph: Paragraph): Generator<RuleReport<MessageId>> {
  for (const match of paragraph.normalizedText.matchAll(/[%％‰]/gu)) {
    let start = match.index;
    while (start > 0 && /[.．·]/u.test(paragraph.normalizedText[start - 1]!)) start--;
    const before = paragraph.normalizedText[start - 1];
    if (before === undefined || isNumeralCharacter(before) || !isHan(before)) continue;
    const offset = paragraph.start + start - 1;
    yield { offset, length: paragraph.start + match.index + 1 - offset, messageId: 'missingPercentage' };
  }
}

/**
 * Motions and proposals are counted in 件 (人大建议12件、政协提案8件); 提案件 or
 * 提(议)案件 with no number between the noun and 件 lost the count. Not 行政复议案件
 * (复议 + 案件), nor 案件32910件 (the count follows).
 */
const UNCOUNTED_MOTIONS = /(?<!复)(?:提案|议案|建议|提[(（]议[)）]案)(件)(?![\p{Script=Han}0-9])/gu;

function* findUncountedMotions(paragraph: Paragraph): Generator<RuleReport<MessageId>> {
  for (const match of paragraph.normalizedText.matchAll(UNCOUNTED_MOTIONS)) {
    const measureOffset = paragraph.start + match.index + match[0].length - 1;
    yield { offset: measureOffset - 1, length: 2, messageId: 'missingNumber', data: { word: '件' } };
  }
}

/**
 * A rate whose value is gone: 执行率均达到了。 The sentence names a rate (率,
 * 比例, 覆盖面) and its verb of reaching ends the clause with nothing after it.
 */
const RATE_WITHOUT_VALUE =
  /(?:率|比例|比重|覆盖面|占比|比率)[^，。；！？,;!?\n]{0,12}?(达到了|达到|达|为|是|超过|提高到|提升到|降至|降到|下降到|上升到|增长到)(?=[，。；！？,;!?]|$)/gu;

function* findRatesWithoutValue(paragraph: Paragraph): Generator<RuleReport<MessageId>> {
  for (const match of paragraph.normalizedText.matchAll(RATE_WITHOUT_VALUE)) {
    const verb = match[1]!;
    const verbStart = match.index + match[0].length - verb.length;
    const hasPunctuation = verbStart + verb.length < paragraph.normalizedText.length;
    yield {
      offset: paragraph.start + verbStart,
      length: verb.length + (hasPunctuation ? 1 : 0),
      messageId: 'missingRateValue',
      data: { word: verb },
    };
  }
}

/**
 * A rate or a growth rate whose percent sign is gone: 群众满意率达98，,
 * 同比增长12.5。 The figure ends the clause with no unit. Ratios counted
 * without a percentage (容积率2.5, 汇率7.1, 功率, 频率, 分辨率) are not rates
 * of this kind; a figure before 、 shares a unit written later (分别提高15、
 * 22个百分点), and 2，737 is a thousands separator.
 */
const RATE_WITHOUT_PERCENT_SIGN = new RegExp(
  String.raw`(\p{Script=Han}{1,4}(?<!容积|汇|市盈|市净|周转|功|频|倍|分辨|折射|比|效|生产|概|斜|曲|速|码|帧|采样|压缩|传输)率|(?:同比|比上年|较上年|年均|环比)(?:增长|下降|上升|回落))` +
    `(?:达到了|达到|达|为|是|保持在|稳定在|提高到|提升到|超过|不低于|不超过|高于|低于)?` +
    String.raw`([0-9]+(?:\.[0-9]+)?)(以上|左右|以内)?(?=[，。；）,;]|$)(?![，,][0-9]{3})`,
  'gu',
);

function* findRatesWithoutPercentSign(paragraph: Paragraph): Generator<RuleReport<MessageId>> {
  for (const match of paragraph.normalizedText.matchAll(RATE_WITHOUT_PERCENT_SIGN)) {
    const figure = match[2]!;
    const figureStart = match.index + match[0].length - (match[3]?.length ?? 0) - figure.length;
    yield {
      offset: paragraph.start + figureStart,
      length: figure.length,
      messageId: 'missingPercentSign',
      data: { word: paragraph.text.slice(match.index, figureStart) },
    };
  }
}
