/**
 * Measures, on correct documents, how often a numeral stands before each
 * measure word or unit, in total and after a given character / before a given
 * character. blank-number reads the result (`src/rules/data/numeral-contexts.ts`)
 * as evidence: 达项 is a hole because correct text writes 达5项 and never 达项;
 * 对台 is a word because correct text writes 对台 and never 对3台.
 *
 * A measure word counts as bare only where the segmenter makes it a word of
 * its own, as the rule sees it (个 in 个人 is not asked about, so it is not
 * counted). The contexts are keyed on characters, never on tokens, so the rule
 * reads the same figures whichever backend segments its text. Pure: the
 * caller reads the files.
 */

import { AnalysisDocument } from '../src/core/document.js';
import { type NumeralContextData, numeralContextKey } from '../src/rules/data/numeral-context-key.js';
import { MEASURE_WORDS, QUANTITY_PREFIX_CHARACTERS, UNITS_NEEDING_NUMBER } from '../src/rules/lexicon/quantities.js';
import type { Segmenter } from '../src/segmentation/segmenter.js';
import { CHINESE_NUMERAL_CHARACTERS, isHan } from '../src/text/characters.js';

/** A context is kept only when seen this often, in this many documents: one document's turn of phrase is not evidence. */
export const MINIMUM_CONTEXT_COUNT = 3;
export const MINIMUM_CONTEXT_DOCUMENTS = 2;

/** What the statistics count: every measure word and unit the rule may report, and 人. */
export function measuredItems(): string[] {
  return [...new Set([...MEASURE_WORDS.keys(), ...UNITS_NEEDING_NUMBER, '人'])].sort();
}

/** Numerals and the approximations that stand in a number's place (3, 三, 万, 余, 多, 来, 几). */
const NUMERAL_RUN = new Set([...'0123456789.%', ...CHINESE_NUMERAL_CHARACTERS, ...'余多来']);
/** Determiners (这, 每, 各…): the rule never asks about a measure word after them, so they are not counted either way. */
const DETERMINERS = new Set([...QUANTITY_PREFIX_CHARACTERS].filter((character) => !NUMERAL_RUN.has(character)));

const SINGLE_CHARACTER_ITEMS = new Set(measuredItems().filter((item) => item.length === 1));

interface Tally {
  numbered: number;
  bare: number;
  documents: Set<number>;
}

function emptyTally(): Tally {
  return { numbered: 0, bare: 0, documents: new Set() };
}

function count(tallies: Map<string, Tally>, key: string, numbered: boolean, document: number): void {
  let tally = tallies.get(key);
  if (!tally) {
    tally = emptyTally();
    tallies.set(key, tally);
  }
  if (numbered) tally.numbered++;
  else tally.bare++;
  tally.documents.add(document);
}

/** Skips spaces leftwards (PDF text writes 法学期刊 3 篇). */
function previousVisible(text: string, index: number): number {
  let cursor = index;
  while (cursor >= 0 && (text[cursor] === ' ' || text[cursor] === '\u3000' || text[cursor] === '\t')) cursor--;
  return cursor;
}

export function measureNumeralContexts(documents: readonly string[], segmenter: Segmenter): NumeralContextData {
  const items = measuredItems();
  const segmented = documents.map((raw) => standaloneWords(new AnalysisDocument(raw, segmenter)));
  const measures: NumeralContextData['measures'] = {};
  for (const item of items) {
    const total = emptyTally();
    const before = new Map<string, Tally>();
    const after = new Map<string, Tally>();
    const together = new Map<string, Tally>();
    const numberedBetween = new Map<string, number>();
    segmented.forEach(({ text, wordAt }, documentIndex) => {
      for (let start = text.indexOf(item); start >= 0; start = text.indexOf(item, start + 1)) {
        let cursor = previousVisible(text, start - 1);
        const previous = text[cursor];
        // 弱项, 车辆: counted as raw text, whatever the segmenter made of them, to tell a word from a count.
        const adjacent = text[start - 1];
        if (adjacent !== undefined && isHan(adjacent) && !NUMERAL_RUN.has(adjacent))
          count(together, adjacent, false, documentIndex);
        if (previous !== undefined && DETERMINERS.has(previous)) continue;
        // 3个百分点, 2万户次: a measure word after the numeral makes this the second half of a compound unit.
        const afterCompoundFirstHalf =
          previous !== undefined &&
          SINGLE_CHARACTER_ITEMS.has(previous) &&
          NUMERAL_RUN.has(text[previousVisible(text, cursor - 1)] ?? '');
        if (afterCompoundFirstHalf) cursor = previousVisible(text, cursor - 1);
        const numbered = afterCompoundFirstHalf || (previous !== undefined && NUMERAL_RUN.has(previous));
        if (!numbered && wordAt.get(start) !== item) continue;
        if (numbered) while (cursor >= 0 && NUMERAL_RUN.has(text[cursor]!)) cursor = previousVisible(text, cursor - 1);
        if (numbered && text[cursor] !== undefined)
          numberedBetween.set(text[cursor]!, (numberedBetween.get(text[cursor]!) ?? 0) + 1);
        count(before, numeralContextKey(text[cursor]), numbered, documentIndex);
        count(after, numeralContextKey(text[start + item.length]), numbered, documentIndex);
        if (numbered) total.numbered++;
        else total.bare++;
      }
    });
    if (total.numbered + total.bare === 0) continue;
    measures[item] = {
      counts: [total.numbered, total.bare],
      before: keptContexts(before),
      after: keptContexts(after),
      ...keptTogether(together, numberedBetween),
    };
  }
  return { measures };
}

/** The normalized text, and the word the segmenter starts at each offset. */
function standaloneWords(document: AnalysisDocument): { text: string; wordAt: Map<number, string> } {
  const wordAt = new Map<number, string>();
  for (const paragraph of document.paragraphs)
    for (const token of document.tokens(paragraph)) wordAt.set(token.start, token.text);
  return { text: document.normalizedText, wordAt };
}

function keptContexts(tallies: ReadonlyMap<string, Tally>): Record<string, [number, number]> {
  const kept: Record<string, [number, number]> = {};
  for (const key of [...tallies.keys()].sort()) {
    const tally = tallies.get(key)!;
    if (tally.numbered + tally.bare < MINIMUM_CONTEXT_COUNT || tally.documents.size < MINIMUM_CONTEXT_DOCUMENTS) continue;
    kept[key] = [tally.numbered, tally.bare];
  }
  return kept;
}

/** `[together, numbered]` where the two characters stood side by side often enough, in enough documents. */
function keptTogether(
  tallies: ReadonlyMap<string, Tally>,
  numberedBetween: ReadonlyMap<string, number>,
): Pick<NumeralContextData['measures'][string], 'together'> {
  const kept: Record<string, [number, number]> = {};
  for (const key of [...tallies.keys()].sort()) {
    const tally = tallies.get(key)!;
    if (tally.bare < MINIMUM_CONTEXT_COUNT || tally.documents.size < MINIMUM_CONTEXT_DOCUMENTS) continue;
    kept[key] = [tally.bare, numberedBetween.get(key) ?? 0];
  }
  return Object.keys(kept).length ? { together: kept } : {};
}
