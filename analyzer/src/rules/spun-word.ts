import { z } from 'zod';
import type { AnalysisDocument, Paragraph } from '../core/document.js';
import { defineRule } from '../core/rule.js';
import type { Token } from '../core/segmenter.js';
import { CharacterFlags } from '../text/characters.js';
import { toTraditional } from '../text/traditional-script.js';
import {
  CLAUSE_END,
  CLAUSE_START,
  type MeasuredSpinContexts,
  SPUN_WORD_CONTEXTS,
  TAG_CONTEXT_PREFIX,
} from './data/spun-word-contexts.js';
import { SPUN_WORDS, type SpunWordEntry } from './data/spun-words.js';
import { isTraditionalScript, scriptEvidence } from './lexicon/script.js';
import { endsClause, neighbour, startsClause } from './lexicon/token-context.js';

type MessageId = 'spunWord' | 'wrongCharacter' | 'variantForm';

interface CompiledEntry {
  pattern: RegExp;
  entry: SpunWordEntry;
  /** What the spun word starts with, one text per alternative; undefined when the pattern does not say. */
  prefixes: string[] | undefined;
  /**
   * The pattern made sticky, when every match starts with the spun word (nothing but lookbehinds before it):
   * then it is tried only where a prefix occurs, instead of at every character.
   */
  atSpunWord: RegExp | undefined;
}

let builtIn: EntryIndex | undefined;
/**
 * Indexes with the configured pairs, by the pairs' content: options are
 * parsed afresh for every analysis, so their identity says nothing. A few
 * configurations at most are in use at once.
 */
const withConfiguredWords = new Map<string, EntryIndex>();
const MAX_CONFIGURED_INDEXES = 8;

const options = z.strictObject({
  words: z
    .record(z.string().min(1), z.string().min(1))
    .default({})
    .describe(
      'Extra spinner substitutions, spun word → correct word ({"泛博": "广大"}); matched as whole words, fixed by --fix.',
    ),
});

export default defineRule<MessageId, z.infer<typeof options>>({
  meta: {
    id: 'spun-word',
    name: { zh: '近义词替换', en: 'Spun word' },
    options,
    optionAliases: { spunWords: 'words' },
    category: 'residue',
    defaultSeverity: 'warning',
    fixable: 'safe',
    scope: 'document',
    description: {
      zh: '“伪原创”软件替换的近义词：泛博（广大）、特殊是（特别是）、心得体味（心得体会）、凝结力（凝聚力）、开辟创新（开拓创新）、形成为了（形成了）等；按上下文判断，正常用法不报告。',
      en: 'Near-synonyms swapped in by a "伪原创" spinner: 泛博 (广大), 特殊是 (特别是), 心得体味 (心得体会), 凝结力 (凝聚力), 开辟创新 (开拓创新), 形成为了 (形成了)…; judged in context, so legitimate uses are left alone.',
    },
    messages: {
      spunWord: {
        zh: '“{word}”是范文网站“伪原创”替换的词，应为“{correct}”。',
        en: '“{word}” is a template site’s spinner substitution; write “{correct}”.',
      },
      wrongCharacter: {
        zh: '“{word}”是错别字，应为“{correct}”。',
        en: '“{word}” is a wrong character; write “{correct}”.',
      },
      variantForm: {
        zh: '“{word}”是旧写法，现行规范写作“{correct}”（“伪原创”软件也会换成这种写法）。',
        en: '“{word}” is an older written form; current usage is “{correct}” (spinners also swap it in).',
      },
    },
  },
  check({ document, options, report }) {
    const index = entryIndex(options.words);
    const lines = document.paragraphs.map((paragraph) =>
      document.lineFact('spun-word', paragraph, () => readLine(document, paragraph, index)),
    );
    const spunElsewhere = showsSpins(lines);
    document.paragraphs.forEach((paragraph, lineIndex) => {
      const { found, traditional } = lines[lineIndex]!;
      for (const { start: lineStart, end: lineEnd, entry } of found) {
        if (entry.silentAlone && !spunElsewhere) continue;
        const start = paragraph.start + lineStart;
        const end = paragraph.start + lineEnd;
        const correct = traditional ? toTraditional(entry.correct) : entry.correct;
        report({
          offset: start,
          length: end - start,
          messageId: messageIdOf(entry),
          data: { word: document.text.slice(start, end), correct },
          replacements: [correct],
          // A swap found by measured context is likely, not certain: offered, never applied unasked.
          ...(entry.measured ? {} : { fix: { offset: start, length: end - start, text: correct } }),
          ...((entry.variantForm || entry.needsOtherSpins || entry.onlyHint) && !spunElsewhere
            ? { severity: 'info' as const }
            : {}),
        });
      }
    });
  },
});

/**
 * Weak signs of a spinner, each alone a hint at most: a word found by one
 * measured neighbour (踊跃参与 is correct, though official text writes
 * 积极参与). A spinner swaps a word every few sentences, so a spun draft shows
 * several, and correct official text all but never does: on the tuning half
 * and the other genres no document holds one. Not signs: a variant form (人材
 * in a report of 1959 is its writer's spelling, and such a writer spells
 * several words the old way), and a rare word beside a measured kind of
 * word (踊跃参加, 严酷的考验: the kind of word is too broad a context).
 */
const WEAK_SIGNS_THAT_SHOW_SPINS = 2;

/**
 * The draft shows spins: one finding that is a spin alone (a listed pattern,
 * a word between two measured neighbours), or weak signs at several places.
 * Then the weak signs are the spinner's too, and warnings.
 */
function showsSpins(lines: readonly LineSpins[]): boolean {
  let weakSigns = 0;
  for (const { found } of lines) {
    for (const { entry } of found) {
      // An older writer spells several words the old way; the kind of word beside a word is too broad a context.
      if (entry.variantForm || entry.silentAlone) continue;
      if (!entry.onlyHint && !entry.needsOtherSpins) return true;
      weakSigns++;
    }
  }
  return weakSigns >= WEAK_SIGNS_THAT_SHOW_SPINS;
}

function messageIdOf(entry: SpunWordEntry): MessageId {
  if (entry.wrongCharacter) return 'wrongCharacter';
  return entry.variantForm ? 'variantForm' : 'spunWord';
}

/** What the rule reads from one line alone, offsets relative to the line. */
interface LineSpins {
  found: Array<{ start: number; end: number; entry: SpunWordEntry }>;
  /** The line is in Traditional script, so the correction is given in it. */
  traditional: boolean;
}

/**
 * The spins of one line. It reads the line's own tokens and nothing else of
 * the document, so it is remembered by the line's text (a line fact): only
 * whether the draft shows spins anywhere is document-wide.
 */
function readLine(document: AnalysisDocument, paragraph: Paragraph, index: EntryIndex): LineSpins {
  if (!paragraph.text.trim()) return { found: [], traditional: false };
  const found = findInParagraph(document, paragraph, index.candidates(paragraph.normalizedText));
  if (found.length === 0) return { found, traditional: false };
  return { found, traditional: isTraditionalScript(scriptEvidence(paragraph.text)) };
}

function findInParagraph(
  document: AnalysisDocument,
  paragraph: Paragraph,
  entries: readonly Candidate[],
): Array<{ start: number; end: number; entry: SpunWordEntry }> {
  const candidates: Array<{ match: RegExpExecArray; entry: SpunWordEntry }> = [];
  for (const candidate of entries) {
    for (const match of matchesOf(candidate, paragraph.normalizedText)) {
      candidates.push({ match, entry: candidate.compiled.entry });
    }
  }
  if (candidates.length === 0 && !mayHoldMeasuredSpin(paragraph.normalizedText)) return []; // most paragraphs: no need to segment them
  const tokens = document.tokens(paragraph);
  const tokenStarts = new Set(tokens.map((token) => token.start - paragraph.start));
  const tokenEnds = new Set(tokens.map((token) => token.end - paragraph.start));
  const found: Array<{ start: number; end: number; entry: SpunWordEntry }> = [];
  for (const { match, entry } of candidates) {
    const matchEnd = match.index + match[0].length;
    // Inside a longer word (局部地区, 广泛|博览) it is no spin.
    const aligned = [tokenStarts.has(match.index), tokenEnds.has(matchEnd)].filter(Boolean).length;
    if (aligned < (entry.looseBoundaries ? 1 : 2)) continue;
    if (entry.nextTag) {
      const next = tokens.find((token) => token.start - paragraph.start === matchEnd);
      if (!next || !entry.nextTag.test(next.tag)) continue;
    }
    const [spunStart, spunEnd] = match.indices!.groups!.spun!;
    found.push({ start: spunStart, end: spunEnd, entry });
  }
  found.push(...spinsByMeasuredContext(tokens, paragraph.start));
  // One finding per place: the first entry that explains it.
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  return found.filter((candidate, index) => index === 0 || candidate.start >= found[index - 1]!.end);
}

/** An entry that may match a paragraph, with where a prefix of its spun word occurs in it (undefined: anywhere). */
interface Candidate {
  compiled: CompiledEntry;
  positions: number[] | undefined;
}

const FIRST_CHARACTER = 1;

/**
 * The entries by the first character of their spun word. A pattern matches
 * only where its spun word stands, so a paragraph is matched against the few
 * entries whose spun word starts at one of its characters, not against all of
 * them: running every pattern over every paragraph was a fifth of the analysis.
 */
class EntryIndex {
  private readonly byFirstCharacter = new Map<number, Array<{ entry: number; prefix: string }>>();
  /** The same first characters in a table: most characters of a paragraph start no spun word, and are passed over here. */
  private readonly firstCharacters = new CharacterFlags();
  /** Entries whose spun word does not start with a fixed text: tried on every paragraph. */
  private readonly everywhere: number[] = [];

  constructor(private readonly entries: readonly CompiledEntry[]) {
    entries.forEach((compiled, entry) => {
      if (!compiled.prefixes) {
        this.everywhere.push(entry);
        return;
      }
      for (const prefix of compiled.prefixes) {
        const first = prefix.codePointAt(0)!;
        const list = this.byFirstCharacter.get(first) ?? [];
        list.push({ entry, prefix });
        this.byFirstCharacter.set(first, list);
        this.firstCharacters.add(String.fromCodePoint(first), FIRST_CHARACTER);
      }
    });
  }

  /** The entries that may match in `text`, in list order (the first entry that explains a place wins). */
  candidates(text: string): Candidate[] {
    const positionsByEntry = new Map<number, number[]>();
    for (let offset = 0; offset < text.length; offset++) {
      const codePoint = text.codePointAt(offset)!;
      if (!(this.firstCharacters.of(codePoint) & FIRST_CHARACTER)) continue;
      for (const { entry, prefix } of this.byFirstCharacter.get(codePoint)!) {
        if (!text.startsWith(prefix, offset)) continue;
        const positions = positionsByEntry.get(entry);
        if (!positions) positionsByEntry.set(entry, [offset]);
        else if (positions.at(-1) !== offset) positions.push(offset);
      }
    }
    return [...this.everywhere, ...positionsByEntry.keys()]
      .sort((a, b) => a - b)
      .map((entry) => ({ compiled: this.entries[entry]!, positions: positionsByEntry.get(entry) }));
  }
}

function entryIndex(pairs: Readonly<Record<string, string>>): EntryIndex {
  builtIn ??= new EntryIndex(SPUN_WORDS.map(compile));
  if (Object.keys(pairs).length === 0) return builtIn;
  const key = JSON.stringify(Object.entries(pairs).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  let index = withConfiguredWords.get(key);
  if (!index) {
    index = new EntryIndex([...SPUN_WORDS.map(compile), ...compiledFromSettings(pairs)]);
    if (withConfiguredWords.size >= MAX_CONFIGURED_INDEXES) withConfiguredWords.clear();
    withConfiguredWords.set(key, index);
  }
  return index;
}

/** `{…}` marks the spun word: it becomes the named group whose indices are reported. */
function compile(entry: SpunWordEntry): CompiledEntry {
  const spun = entry.pattern.slice(entry.pattern.indexOf('{') + 1, entry.pattern.indexOf('}'));
  const source = entry.pattern.replace('{', '(?<spun>').replace('}', ')');
  const prefixes = literalPrefixes(spun);
  const startsWithSpunWord = LOOKBEHINDS_AND_GROUP_OPENINGS.test(entry.pattern.slice(0, entry.pattern.indexOf('{')));
  return {
    pattern: new RegExp(source, 'gdu'),
    entry,
    prefixes,
    atSpunWord: prefixes && startsWithSpunWord ? new RegExp(source, 'ydu') : undefined,
  };
}

/** What may stand before the spun word without consuming text: lookbehinds and the opening of a group. */
const LOOKBEHINDS_AND_GROUP_OPENINGS = /^(?:\(\?<[=!](?:[^()\\]|\\.|\([^()]*\))*\)|\(\?:)*$/u;

/**
 * The matches of a candidate in `text`, as `text.matchAll(pattern)` gives
 * them. A match of a pattern that starts with its spun word starts where a
 * prefix of the spun word occurs, so the sticky pattern is tried there alone:
 * a pattern that starts with a lookbehind is slow to scan, as the lookbehind
 * is tried at every character.
 */
function matchesOf({ compiled, positions }: Candidate, text: string): Iterable<RegExpExecArray> {
  const { atSpunWord } = compiled;
  if (!atSpunWord || !positions) return text.matchAll(compiled.pattern);
  const matches: RegExpExecArray[] = [];
  let searchFrom = 0;
  for (const position of positions) {
    if (position < searchFrom) continue; // inside the previous match: matchAll goes on after it
    atSpunWord.lastIndex = position;
    const match = atSpunWord.exec(text);
    if (!match) continue;
    matches.push(match);
    searchFrom = position + Math.max(1, match[0].length);
  }
  return matches;
}

const REGEX_SYNTAX = '\\^$.|?*+()[]{}';
const QUANTIFIERS = '?*+{';

/**
 * The literal text each top-level alternative of a pattern starts with
 * (`迷信(?:发展|成长)观` → 迷信, `坚固|结实` → 坚固, 结实), or undefined when one
 * of them starts with regular-expression syntax and the pattern is tried everywhere.
 */
function literalPrefixes(source: string): string[] | undefined {
  const prefixes: string[] = [];
  for (const alternative of topLevelAlternatives(source)) {
    let length = 0;
    while (length < alternative.length && !REGEX_SYNTAX.includes(alternative[length]!)) length++;
    // A quantifier makes the character before it optional: 有效?, 推进{0,2}.
    if (QUANTIFIERS.includes(alternative[length] ?? '')) length = Math.max(0, length - 1);
    if (length === 0) return undefined;
    prefixes.push(alternative.slice(0, length));
  }
  return prefixes;
}

function topLevelAlternatives(source: string): string[] {
  const alternatives: string[] = [];
  let depth = 0;
  let start = 0;
  for (let index = 0; index < source.length; index++) {
    const character = source[index]!;
    if (character === '\\') index++;
    else if (character === '[') index = classEnd(source, index);
    else if (character === '(') depth++;
    else if (character === ')') depth--;
    else if (character === '|' && depth === 0) {
      alternatives.push(source.slice(start, index));
      start = index + 1;
    }
  }
  alternatives.push(source.slice(start));
  return alternatives;
}

/** The index of the `]` closing the character class opened at `open` (brackets and bars inside it are literal). */
function classEnd(source: string, open: number): number {
  let index = open + 1;
  while (index < source.length && source[index] !== ']') index += source[index] === '\\' ? 2 : 1;
  return index;
}

/** `spunWords` from the configuration: extra pairs, matched as whole words anywhere. */
function compiledFromSettings(pairs: Readonly<Record<string, string>>): CompiledEntry[] {
  return Object.entries(pairs).map(([spun, correct]) => ({
    pattern: new RegExp(`(?<spun>${spun.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')})`, 'gdu'),
    entry: { pattern: spun, correct, looseBoundaries: true },
    prefixes: spun === '' ? undefined : [spun],
    atSpunWord: undefined,
  }));
}

const MEASURED: ReadonlyMap<string, MeasuredSpinContexts> = new Map(Object.entries(SPUN_WORD_CONTEXTS));
/** One entry per measured spin, so its findings read like the list's (the usual word is the fix); hints are info. */
const MEASURED_ENTRIES = new Map<string, SpunWordEntry>(
  [...MEASURED].map(([spun, { usual }]) => [spun, { pattern: `{${spun}}`, correct: usual, measured: true }]),
);
const MEASURED_HINTS = new Map<string, SpunWordEntry>(
  [...MEASURED_ENTRIES].map(([spun, entry]) => [spun, { ...entry, onlyHint: true }]),
);
const MEASURED_ON_ONE_SIDE = new Map<string, SpunWordEntry>(
  [...MEASURED_ENTRIES].map(([spun, entry]) => [spun, { ...entry, needsOtherSpins: true }]),
);
const MEASURED_BESIDE_OTHER_SPINS = new Map<string, SpunWordEntry>(
  [...MEASURED_ENTRIES].map(([spun, entry]) => [spun, { ...entry, needsOtherSpins: true, silentAlone: true }]),
);
const MEASURED_FIRST_CHARACTERS = new Set([...MEASURED.keys()].map((spun) => spun[0]!));

function mayHoldMeasuredSpin(text: string): boolean {
  for (const character of text) if (MEASURED_FIRST_CHARACTERS.has(character)) return true;
  return false;
}

/**
 * A spun word that correct text all but never writes where it writes the
 * usual word often (扶植 4 times beside 建设 3,442 times, 鞭策 never beside
 * 推动 1,368 times) needs one neighbour to show the swap, when official text
 * puts that neighbour next to the usual word often: 大力鞭策…, 加快扶植….
 * That is a warning only in a draft that shows other spins: a rare word has
 * its own few collocations, which the measured text is too small to show
 * (踊跃参与 and 重点扶植 are correct, though official text writes 积极参与
 * and 重点建设), and a spun draft has many spins. A spun word correct text
 * writes freely (平安, 办事, 程度) still needs both neighbours.
 */
const RARE_SPUN_WORD = { timesRarer: 50, contextCount: 5 } as const;
/**
 * A hint on one neighbour only for a spun word correct text writes this
 * often at most in the measured text: 建立 (520 times), 进展 or 根本 stand
 * beside any neighbour of 建设, 发展 or 基础 in correct prose (收购进展总体顺利,
 * 建立生育支持政策体系), so for them only both neighbours say anything.
 */
const HINTED_SPUN_WORD_MOST = 20;

/**
 * A spin the list has, outside the contexts its pattern names: the word stands
 * between neighbours that official text gives the usual word and never the
 * spun one (measured on correct documents by build-spun-word-stats.ts:
 * 着力鞭策高质量发展 where official text writes 着力推动高质量发展). Both
 * neighbours agree: a warning. One alone is a hint (info), but for a rare
 * spun word (RARE_SPUN_WORD), and nothing for a word correct text writes
 * freely (HINTED_SPUN_WORD_MOST): 政务办事大厅 is a real hall, though 政务
 * usually precedes 服务. The start of a clause is a context before the word
 * too (，鞭策行业协会… where official text opens with 推动), but only before a
 * noun: prose opens clauses with the real words before a verb or a pronoun
 * (，深切缅怀…, ，鞭策自己…, 事情经过…). The end of a clause is a context
 * after it (…要素包管。 where official text closes with 保障), but weaker:
 * any word may close a clause, so it is nothing alone, and beside a measured
 * word before it counts as that word alone would for a rare spun word (a
 * warning only in a draft with other spins: 广泛流传。 is correct). The two
 * edges together are no pair of neighbours: a word alone between them is a
 * heading or a table cell (尺度 naming a column), which says nothing of its sense.
 */
function spinsByMeasuredContext(
  tokens: readonly Token[],
  paragraphStart: number,
): Array<{ start: number; end: number; entry: SpunWordEntry }> {
  const found: Array<{ start: number; end: number; entry: SpunWordEntry }> = [];
  tokens.forEach((token, index) => {
    const contexts = MEASURED.get(token.text);
    if (!contexts) return;
    const before = contextWord(tokens, index, -1);
    const after = contextWord(tokens, index, 1);
    const clauseStartCounts = before !== CLAUSE_START || NOUN.test(neighbour(tokens, index, 1)?.tag ?? '');
    // Own keys only: a token such as `constructor` must not match what every object inherits.
    const beforeCount =
      before !== undefined && clauseStartCounts && Object.hasOwn(contexts.before, before) ? contexts.before[before]! : 0;
    const afterCount = after !== undefined && Object.hasOwn(contexts.after, after) ? contexts.after[after]! : 0;
    // A word alone between the two edges is a heading or a table cell (尺度 naming a column): its sense does not show.
    if (before === CLAUSE_START && after === CLAUSE_END) return;
    const wordBefore = before !== CLAUSE_START ? beforeCount : 0;
    const wordAfter = after !== CLAUSE_END ? afterCount : 0;
    const clauseStartBefore = before === CLAUSE_START && beforeCount > 0;
    const clauseEndAfter = after === CLAUSE_END && afterCount > 0;
    const rare = contexts.usualCount >= RARE_SPUN_WORD.timesRarer * (contexts.spunCount + 1);
    const seldomWritten = contexts.spunCount <= HINTED_SPUN_WORD_MOST;
    let entry: SpunWordEntry | undefined;
    if ((wordBefore > 0 || clauseStartBefore) && wordAfter > 0) entry = MEASURED_ENTRIES.get(token.text);
    else if (
      (wordBefore > 0 && clauseEndAfter && seldomWritten) ||
      (rare && Math.max(wordBefore, wordAfter) >= RARE_SPUN_WORD.contextCount)
    )
      entry = MEASURED_ON_ONE_SIDE.get(token.text);
    // Any word may close a clause: the end alone is no hint (生活艰难。, 形同摆设。).
    else if ((wordBefore > 0 || wordAfter > 0 || clauseStartBefore) && seldomWritten) entry = MEASURED_HINTS.get(token.text);
    else if (rare && isRareInGeneral(contexts) && besideMeasuredTag(tokens, index, contexts))
      entry = MEASURED_BESIDE_OTHER_SPINS.get(token.text);
    if (!entry) return;
    found.push({ start: token.start - paragraphStart, end: token.end - paragraphStart, entry });
  });
  return found;
}

/**
 * ，扶植更高水平平安吉林, 扶植外向型产业集聚区: no measured word stands
 * beside the spun word, but the kind of word does (an adverb, a distinguishing
 * adjective after it) where official text writes the usual word often and
 * the spun word never. Read only for a spun word official text all but never
 * writes and general Chinese seldom uses (RARE_IN_GENERAL_PER_MILLION), and
 * only as a warning in a draft that shows other spins: alone it says nothing,
 * as a rare word's own uses are too few to measure.
 */
function isRareInGeneral(contexts: MeasuredSpinContexts): boolean {
  return contexts.spunPerMillionInGeneral < RARE_IN_GENERAL_PER_MILLION;
}

/**
 * A spun word rare in general Chinese as well (扶植 3.6 and 鞭策 1 per million
 * words of jieba's dictionary), not only in official text: 题目 (20), 头脑
 * (22) and 有用 (12) are everyday words whose own uses official text seldom
 * needs (讨论题目, 干部头脑中, 有用的人才).
 */
const RARE_IN_GENERAL_PER_MILLION = 10;

function besideMeasuredTag(tokens: readonly Token[], index: number, contexts: MeasuredSpinContexts): boolean {
  const previous = tokens[index - 1];
  const next = tokens[index + 1];
  const tagBefore = previous && !startsClause(previous) ? `${TAG_CONTEXT_PREFIX}${previous.tag}` : undefined;
  const tagAfter = next && !endsClause(next) ? `${TAG_CONTEXT_PREFIX}${next.tag}` : undefined;
  return (
    (tagBefore !== undefined && Object.hasOwn(contexts.beforeTags, tagBefore)) ||
    (tagAfter !== undefined && Object.hasOwn(contexts.afterTags, tagAfter))
  );
}

/**
 * A noun, an abbreviation or a fixed phrase. Not a verbal noun, nor a
 * person's or place name: jieba gives those tags to words it does not know
 * (缅怀 is tagged ns), and a verb after the clause's first word says little.
 */
const NOUN = /^(?:n(?![rs])|j|l)/u;

/**
 * The neighbouring word, as build-spun-word-stats.ts reads it: CLAUSE_START
 * where a clause opens before the word, CLAUSE_END where one closes after it.
 */
function contextWord(tokens: readonly Token[], index: number, direction: -1 | 1): string | undefined {
  for (let cursor = index + direction; cursor >= 0 && cursor < tokens.length; cursor += direction) {
    const token = tokens[cursor]!;
    if (!token.text.trim()) continue;
    if (direction === -1 && startsClause(token)) return CLAUSE_START;
    return direction === 1 && endsClause(token) ? CLAUSE_END : token.text;
  }
  return direction === -1 ? CLAUSE_START : CLAUSE_END;
}
