/**
 * `npm run build:stats` (after the numeral statistics): where official text
 * uses the words a spinner replaces, measured on the tuning half of the
 * correct official documents (never the check half), written to
 * `analyzer/src/rules/data/spun-word-contexts.ts`.
 *
 * A spinner swaps a word for a "synonym" whatever stands around it (全面贯彻
 * → 周全贯彻, 有效防范 → 有用防范). Official text keeps the usual word in
 * those places: the words right before and after 全面 in correct documents
 * are contexts where 周全 does not occur. For each spin of spun-word's list
 * that is a real word used in context (not the coined ones, which are spins
 * anywhere), this script counts the neighbouring words of the usual word and
 * of the spun word, and keeps the neighbours where the usual word occurs at
 * least MIN_USUAL_COUNT times and the spun word never does. The list stays
 * the seed (which pairs); the measured contexts say where a swap shows.
 * spun-word reads them (spinsByMeasuredContext).
 *
 * Segmented with nodejieba; the other backend uses the same dictionary.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { readOfficialHalf } from '../src/evaluation/fixture-sets.js';
import { SPUN_WORDS } from '../src/rules/data/spun-words.js';
import { endsClause, startsClause } from '../src/rules/lexicon/token-context.js';
import { loadSegmenter } from '../src/segmentation/node.js';
import type { Token } from '../src/segmentation/segmenter.js';

/** The usual word must stand in a context this often before the context counts as official usage. */
const MIN_USUAL_COUNT = 3;
/**
 * Of all occurrences of the context word, the share next to the usual word:
 * 的 or 企业 stand next to everything and say nothing about 优势; 贯彻 after
 * 全面 or 凝聚 before 力量 does.
 */
const MIN_SHARE_OF_CONTEXT = 0.03;
/**
 * The start and the end of a clause count as contexts of their own
 * (CLAUSE_START, CLAUSE_END): many usual words open clauses (，推动…。提升…)
 * or close them (…要素保障。…社会建设，), and a spun word that official text
 * never puts there (，鞭策… …要素包管。) shows as clearly as beside a word.
 * Such a context is kept when the usual word stands there this often and the
 * spun word never does.
 */
const MIN_CLAUSE_EDGE_COUNT = 10;
/**
 * The jieba tag of the neighbouring word is a coarser context, for the words
 * no measured neighbour covers (，扶植更高水平…: 建设 often stands before an
 * adverb, 扶植 never does). Kept when the usual word stands beside that tag
 * this often and the spun word never does; spun-word reads it only for a
 * spun word official text all but never writes, and only in a draft that
 * shows other spins.
 */
const MIN_TAG_CONTEXT_COUNT = 10;
/** Enough contexts per side to cover a word's common collocations, few enough to keep the file small. */
const MOST_CONTEXTS_PER_SIDE = 100;
/** The context "start of a clause", named beside the words in the data file (which exports it for spun-word). */
const CLAUSE_START = '^';
const CLAUSE_END = '$';
/** Tag contexts are keyed by the tag after this prefix (#d), apart from the words. */
const TAG_CONTEXT_PREFIX = '#';
const HAN_WORD = /^\p{Script=Han}+$/u;
/** A context is a content word of two or more characters: one-character words (的, 和, 在) go with any word. */
const CONTEXT_WORD = /^\p{Script=Han}{2,}$/u;
const OUTPUT = join(import.meta.dirname, '../src/rules/data/spun-word-contexts.ts');

/**
 * How often each word occurs in general Chinese, per million words: the
 * frequencies of jieba's dictionary (the corpus jieba was trained on, about
 * 60 million words), which both segmenter backends share. A spun word that
 * official text seldom writes may still be common elsewhere (题目, 头脑,
 * 有用: 讨论题目, 干部头脑中, 有用的人才); spun-word tells them from words rare
 * everywhere (扶植, 鞭策, 包管) by this.
 */
function dictionaryPerMillion(): Map<string, number> {
  const require = createRequire(import.meta.url);
  const { DEFAULT_DICT } = require('nodejieba') as { DEFAULT_DICT: string };
  const counts = new Map<string, number>();
  let total = 0;
  for (const line of readFileSync(DEFAULT_DICT, 'utf8').split('\n')) {
    const [word, frequency] = line.split(' ');
    if (!word || !frequency) continue;
    counts.set(word, Number(frequency));
    total += Number(frequency);
  }
  return new Map([...counts].map(([word, count]) => [word, (count * 1e6) / total]));
}

interface Measured {
  source: string;
  words: Record<
    string,
    {
      usual: string;
      spunCount: number;
      usualCount: number;
      spunPerMillionInGeneral: number;
      before: Record<string, number>;
      after: Record<string, number>;
      beforeTags: Record<string, number>;
      afterTags: Record<string, number>;
    }
  >;
}

/** Spun word → usual word, for the spins that are real words judged in context. */
function pairsInContext(): Map<string, string> {
  const pairs = new Map<string, string>();
  for (const entry of SPUN_WORDS) {
    if (entry.looseBoundaries || entry.wrongCharacter) continue; // coined words and 别字 need no context
    for (const spun of spunWordsOf(entry)) {
      if (HAN_WORD.test(spun) && HAN_WORD.test(entry.correct) && !pairs.has(spun)) pairs.set(spun, entry.correct);
    }
  }
  return pairs;
}

/** Spun word → the neighbours beside which the list says it is used in its own sense (ownNeighbours). */
function ownNeighbours(): Map<string, Set<string>> {
  const own = new Map<string, Set<string>>();
  for (const entry of SPUN_WORDS) {
    for (const spun of spunWordsOf(entry)) {
      for (const word of entry.ownNeighbours ?? []) own.set(spun, (own.get(spun) ?? new Set()).add(word));
    }
  }
  return own;
}

function spunWordsOf(entry: (typeof SPUN_WORDS)[number]): string[] {
  return entry.pattern.slice(entry.pattern.indexOf('{') + 1, entry.pattern.indexOf('}')).split('|');
}

type Counts = Map<string, Map<string, number>>;

function add(counts: Counts, word: string, context: string): void {
  let byContext = counts.get(word);
  if (!byContext) {
    byContext = new Map();
    counts.set(word, byContext);
  }
  byContext.set(context, (byContext.get(context) ?? 0) + 1);
}

/**
 * The nearest word on one side, skipping spaces; before the word, CLAUSE_START
 * at the start of a line or after punctuation that opens a clause; after it,
 * CLAUSE_END at the end of a line or before punctuation that closes one;
 * otherwise undefined next to other punctuation.
 */
function neighbourWord(tokens: readonly Token[], index: number, direction: -1 | 1): string | undefined {
  for (let cursor = index + direction; cursor >= 0 && cursor < tokens.length; cursor += direction) {
    const token = tokens[cursor]!;
    if (!token.text.trim()) continue;
    if (direction === -1 && startsClause(token)) return CLAUSE_START;
    if (direction === 1 && endsClause(token)) return CLAUSE_END;
    return CONTEXT_WORD.test(token.text) ? token.text : undefined;
  }
  return direction === -1 ? CLAUSE_START : CLAUSE_END;
}

/** The jieba tag of the nearest word on one side, as TAG_CONTEXT_PREFIX + tag; undefined at a clause edge or beside punctuation. */
function neighbourTag(tokens: readonly Token[], index: number, direction: -1 | 1): string | undefined {
  for (let cursor = index + direction; cursor >= 0 && cursor < tokens.length; cursor += direction) {
    const token = tokens[cursor]!;
    if (!token.text.trim()) continue;
    return HAN_WORD.test(token.text) ? `${TAG_CONTEXT_PREFIX}${token.tag}` : undefined;
  }
  return undefined;
}

function measure(): Measured {
  const pairs = pairsInContext();
  const own = ownNeighbours();
  const general = dictionaryPerMillion();
  const watched = new Set([...pairs.keys(), ...pairs.values()]);
  const before: Counts = new Map();
  const after: Counts = new Map();
  const beforeTags: Counts = new Map();
  const afterTags: Counts = new Map();
  const frequency = new Map<string, number>();
  const { segmenter } = loadSegmenter('nodejieba');
  const documents = readOfficialHalf('tuning');
  for (const document of documents) {
    for (const line of document.text.split(/\r?\n/u)) {
      const tokens = segmenter.segment(line);
      tokens.forEach((token, index) => {
        frequency.set(token.text, (frequency.get(token.text) ?? 0) + 1);
        if (!watched.has(token.text)) return;
        const left = neighbourWord(tokens, index, -1);
        const right = neighbourWord(tokens, index, 1);
        if (left) add(before, token.text, left);
        if (right) add(after, token.text, right);
        const tagLeft = neighbourTag(tokens, index, -1);
        const tagRight = neighbourTag(tokens, index, 1);
        if (tagLeft) add(beforeTags, token.text, tagLeft);
        if (tagRight) add(afterTags, token.text, tagRight);
      });
    }
  }
  const words: Measured['words'] = {};
  for (const [spun, usual] of [...pairs].sort(([a], [b]) => a.localeCompare(b))) {
    const side = (counts: Counts) => {
      const spunContexts = counts.get(spun) ?? new Map<string, number>();
      const kept = [...(counts.get(usual) ?? new Map<string, number>())]
        .filter(([context, count]) => {
          if (spunContexts.has(context) || context === spun || own.get(spun)?.has(context)) return false;
          // Every word may open or close a clause: its share of all clause edges says nothing, its count does.
          if (context === CLAUSE_START || context === CLAUSE_END) return count >= MIN_CLAUSE_EDGE_COUNT;
          return count >= MIN_USUAL_COUNT && count / (frequency.get(context) ?? 1) >= MIN_SHARE_OF_CONTEXT;
        })
        .sort(([a, countA], [b, countB]) => countB - countA || a.localeCompare(b))
        .slice(0, MOST_CONTEXTS_PER_SIDE);
      return Object.fromEntries(kept);
    };
    const tagSide = (counts: Counts) => {
      const spunTags = counts.get(spun) ?? new Map<string, number>();
      const kept = [...(counts.get(usual) ?? new Map<string, number>())]
        .filter(([tag, count]) => !spunTags.has(tag) && count >= MIN_TAG_CONTEXT_COUNT)
        .sort(([a, countA], [b, countB]) => countB - countA || a.localeCompare(b));
      return Object.fromEntries(kept);
    };
    const entry = {
      usual,
      spunCount: frequency.get(spun) ?? 0,
      usualCount: frequency.get(usual) ?? 0,
      spunPerMillionInGeneral: Math.round((general.get(spun) ?? 0) * 100) / 100,
      before: side(before),
      after: side(after),
      beforeTags: tagSide(beforeTags),
      afterTags: tagSide(afterTags),
    };
    if (Object.keys(entry.before).length || Object.keys(entry.after).length) words[spun] = entry;
  }
  return {
    source: `neighbouring words on the tuning half of fixtures/official (${documents.length} documents), nodejieba; usual word ≥ ${MIN_USUAL_COUNT}× and ≥ ${MIN_SHARE_OF_CONTEXT * 100}% of the context word's occurrences, spun word 0×; the start and the end of a clause (${JSON.stringify(CLAUSE_START)}, ${JSON.stringify(CLAUSE_END)}) when the usual word opens or closes ≥ ${MIN_CLAUSE_EDGE_COUNT} clauses and the spun word none; the jieba tags of the neighbouring words where the usual word stands beside them ≥ ${MIN_TAG_CONTEXT_COUNT}× and the spun word never`,
    words,
  };
}

const { source, words } = measure();
writeFileSync(
  OUTPUT,
  `/**
 * GENERATED by \`npm run build:stats\` (analyzer/scripts/build-spun-word-stats.ts); do not edit.
 * Where official text uses the words a spinner replaces: for each spun word,
 * the usual word and the neighbouring words (with how often the usual word
 * stands next to them) that official text gives the usual word and never the
 * spun one, and how often each of the two words occurs there at all.
 * Measured from ${source}. Read by spun-word.
 */
/** The key that stands for "at the start of a clause" among the words before. */
export const CLAUSE_START = ${JSON.stringify(CLAUSE_START)};
/** The key that stands for "at the end of a clause" among the words after. */
export const CLAUSE_END = ${JSON.stringify(CLAUSE_END)};
/** What precedes the tag in the keys of beforeTags and afterTags. */
export const TAG_CONTEXT_PREFIX = ${JSON.stringify(TAG_CONTEXT_PREFIX)};

export interface MeasuredSpinContexts {
  usual: string;
  /** How often the spun word and the usual word stand in the measured text, as words of their own. */
  spunCount: number;
  usualCount: number;
  /** How often the spun word occurs in general Chinese, per million words (jieba's dictionary). */
  spunPerMillionInGeneral: number;
  before: Readonly<Record<string, number>>;
  after: Readonly<Record<string, number>>;
  /** The jieba tags (after TAG_CONTEXT_PREFIX) of the neighbouring words that stand beside the usual word and never the spun one. */
  beforeTags: Readonly<Record<string, number>>;
  afterTags: Readonly<Record<string, number>>;
}

export const SPUN_WORD_CONTEXTS: Readonly<Record<string, MeasuredSpinContexts>> = ${JSON.stringify(words, null, 2)};
`,
);
execFileSync('npx', ['biome', 'format', '--write', OUTPUT], { stdio: 'inherit' });
console.log(`wrote ${OUTPUT}`);
