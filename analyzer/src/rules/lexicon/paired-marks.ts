/**
 * How the brackets and quotation marks of a line pair up, read once per line
 * and shared by the rules that need it: empty-pair (a pair with nothing in
 * it), unpaired-mark (a mark with no partner) and broken-line (a pair that
 * goes on after a line break). All three were one rule, `punctuation`, and
 * read the marks the same way; they still do, through this module.
 */
import type { AnalysisDocument, Paragraph } from '../../core/document.js';
import { isHanAt } from '../../text/characters.js';
import type { LineText } from '../../text/line-memory.js';

/** Opening mark → closing mark. Half- and full-width brackets pair with each other: （…) is a width slip, not an unclosed bracket. */
const PAIRS: ReadonlyMap<string, string> = new Map([
  ['“', '”'],
  ['‘', '’'],
  ['（', '）'],
  ['(', '）'],
  ['《', '》'],
  ['【', '】'],
  ['「', '」'],
  ['『', '』'],
  ['〔', '〕'],
  ['〈', '〉'],
]);
const CLOSING_TO_OPENING: ReadonlyMap<string, string> = new Map([
  ['”', '“'],
  ['’', '‘'],
  ['）', '（'],
  [')', '（'],
  ['》', '《'],
  ['】', '【'],
  ['」', '「'],
  ['』', '『'],
  ['〕', '〔'],
  ['〉', '〈'],
]);
/** A pair with nothing but spaces inside: “”, （）, (), 《》, 〔〕 — what remains when a hotline number, a name or a document number’s year was stripped. */
const EMPTY_PAIR =
  /“[ \t\u3000]*”|‘[ \t\u3000]*’|[（(][ \t\u3000]*[）)]|《[ \t\u3000]*》|【[ \t\u3000]*】|「[ \t\u3000]*」|『[ \t\u3000]*』|〔[ \t\u3000]*〕|〈[ \t\u3000]*〉|［[ \t\u3000]*］/gu;
/**
 * Every opening and closing mark of {@link PAIRS} and {@link CLOSING_TO_OPENING},
 * and the straight quotes " and ', which may open or close: sites that store
 * text in ASCII turn either curly quote into them (“两条腿"走路).
 */
const PAIRED_MARK = /[“‘（(《【「『〔〈”’）)》】」』〕〉"']/gu;
const STRAIGHT_QUOTES = '"\'';
/** Quotation marks: a quotation over several paragraphs opens each one with the mark again and closes only in the last (GB/T 15834). */
const QUOTATION_OPENINGS = '“‘「『';

/** An empty pair in a line, offsets relative to it. */
export interface EmptyPair {
  offset: number;
  length: number;
  /** The pair as the normalized text has it. */
  pair: string;
}

/** A mark with no partner that the line alone decides: `mark` as written, `other` the partner it lacks. */
export interface UnpairedMark {
  kind: 'unclosedMark' | 'unopenedMark';
  offset: number;
  mark: string;
  other: string;
}

/**
 * What the marks of one line say (offsets relative to it), in the order the
 * marks stand. Every outcome reads its own line, except the two recorded for
 * a pass that reads the neighbours: the last mark still open at the end of
 * the line (closed on the next line, a broken line; reopened by the next
 * paragraph, a quotation over several paragraphs) and the first closing mark
 * with no opening one (the previous line may have opened it).
 */
export type PairedMarkOutcome =
  | { unpaired: UnpairedMark }
  | { garbledQuotes: { offset: number; length: number } }
  | { stillOpen: { offset: number; mark: string; closing: string } }
  | { firstUnopened: { offset: number; mark: string; opening: string } };

export interface PairedMarksInLine {
  emptyPairs: EmptyPair[];
  outcomes: PairedMarkOutcome[];
}

/** The paired marks of a paragraph, read once per line text and shared by every rule that asks. */
export function pairedMarksOf(document: AnalysisDocument, paragraph: Paragraph): PairedMarksInLine {
  return document.lineFact('paired-marks', paragraph, readPairedMarks);
}

function readPairedMarks(line: LineText): PairedMarksInLine {
  const emptyPairs = findEmptyPairs(line.normalizedText);
  const emptyPairEnds = new Set(emptyPairs.flatMap(({ offset, length }) => [offset, offset + length - 1]));
  return { emptyPairs, outcomes: [...unbalancedMarks(line, emptyPairEnds)] };
}

function findEmptyPairs(text: string): EmptyPair[] {
  const found: EmptyPair[] = [];
  for (const match of text.matchAll(EMPTY_PAIR)) {
    // convert() in a code sample is a call, not a bracket whose content was cut.
    if (match[0].startsWith('(') && /[A-Za-z0-9_]/u.test(text[match.index - 1] ?? '')) continue;
    // （）加强领导: a heading whose ordinal was stripped; heading-numbering reports it (one defect, one finding).
    if (isStrippedHeadingOrdinal(text, match)) continue;
    found.push({ offset: match.index, length: match[0].length, pair: match[0] });
  }
  return found;
}

/** Empty round brackets opening a line, right before its text, are where a heading's ordinal was: （一） → （）. */
function isStrippedHeadingOrdinal(text: string, match: RegExpMatchArray): boolean {
  if (!/^[（(]/u.test(match[0]) || text.slice(0, match.index).trim() !== '') return false;
  return isHanAt(text, match.index! + match[0].length);
}

/**
 * How the mark still open at the end of `paragraph` is read once the
 * neighbours are known: `cut` (the text stops right after it), `continued`
 * (a quotation that the next paragraph opens again), `broken-line` (the
 * next line closes it: the line break is the slip) or `unclosed`.
 */
export function stillOpenVerdict(
  document: AnalysisDocument,
  paragraph: Paragraph,
  stillOpen: { offset: number; mark: string },
  next: Paragraph | undefined,
): 'cut' | 'continued' | 'broken-line' | 'unclosed' {
  const start = paragraph.start + stillOpen.offset;
  // The text stops right after the mark: it was cut there, which is not a punctuation slip.
  if (document.text.slice(start + 1).trim() === '') return 'cut';
  // GB/T 15834: a quotation over several paragraphs opens each of them with the mark and closes only in the last.
  if (QUOTATION_OPENINGS.includes(stillOpen.mark) && next?.normalizedText.trimStart().startsWith(stillOpen.mark)) {
    return 'continued';
  }
  // 实施“⏎十、百、千、万”工程, 关于印发《…⏎…》的通知: the pair goes on after a line break.
  if (next && firstUnopenedIn(document, next)?.opening === openingForm(stillOpen.mark)) return 'broken-line';
  return 'unclosed';
}

/**
 * The nearest line after (direction 1) or before (-1) the one at `index` that
 * holds text. A blank line between the halves of a pair breaks it as a line
 * break does (6.【权威访谈：⏎⏎开局“十五五”】…, as pages copied with an empty
 * line between paragraphs have it).
 */
export function nearestLineWithText(paragraphs: readonly Paragraph[], index: number, direction: 1 | -1): Paragraph | undefined {
  for (let cursor = index + direction; cursor >= 0 && cursor < paragraphs.length; cursor += direction) {
    if (paragraphs[cursor]!.text.trim() !== '') return paragraphs[cursor];
  }
  return undefined;
}

/** Whether the first closing mark with no opening one in a line was opened at the end of the previous line. */
export function openedOnPreviousLine(
  document: AnalysisDocument,
  firstUnopened: { opening: string },
  previous: Paragraph | undefined,
): boolean {
  return previous !== undefined && stillOpenIn(document, previous)?.mark === firstUnopened.opening;
}

function stillOpenIn(document: AnalysisDocument, paragraph: Paragraph): { mark: string } | undefined {
  const found = pairedMarksOf(document, paragraph).outcomes.find((outcome) => 'stillOpen' in outcome);
  return found && 'stillOpen' in found ? { mark: openingForm(found.stillOpen.mark) } : undefined;
}

function firstUnopenedIn(document: AnalysisDocument, paragraph: Paragraph): { opening: string } | undefined {
  const found = pairedMarksOf(document, paragraph).outcomes.find((outcome) => 'firstUnopened' in outcome);
  return found && 'firstUnopened' in found ? { opening: found.firstUnopened.opening } : undefined;
}

/** ( and （ open the same pair. */
function openingForm(mark: string): string {
  return mark === '(' ? '（' : mark;
}

/** A mark still open while the line is read; a straight quote is `straight`: it may close a later quote, but is never reported. */
interface OpenMark {
  mark: string;
  offset: number;
  straight: boolean;
}

/**
 * Brackets and quotes that do not pair up inside the line. The last mark
 * still open at the end and the first closing mark with no opening one are
 * left to the document pass, which reads the neighbouring lines. The marks
 * of an empty pair (`emptyPairEnds`) are empty-pair's, not read here.
 *
 * Straight quotes pair with curly ones both ways (“两条腿"走路): the site
 * that stored the text turned one of them into ASCII, a width slip and not a
 * missing mark. A straight quote closed by an opening “ while no ” follows in
 * the line ('三个到位“) is a garbled pair: the page turned every “ into ' and
 * every ” into “.
 */
function* unbalancedMarks(line: LineText, emptyPairEnds: ReadonlySet<number>): Generator<PairedMarkOutcome> {
  const text = line.normalizedText;
  const open: OpenMark[] = [];
  const unclosed: OpenMark[] = [];
  const unopened: Array<{ mark: string; offset: number }> = [];
  const closeFrom = (matching: number) => {
    // Anything opened after the match and still open is unclosed: （“…）.
    unclosed.push(...open.splice(matching).slice(1));
  };
  // Only the marks themselves are visited: most characters of a line are none.
  for (const { index } of text.matchAll(PAIRED_MARK)) {
    const character = text[index]!;
    if (emptyPairEnds.has(index)) continue;
    if (STRAIGHT_QUOTES.includes(character)) {
      if (character === "'" && !isHanAt(text, index - 1) && !isHanAt(text, index + 1)) continue; // it's, 5'
      const curly = character === '"' ? '“' : '‘';
      const matching = findLastIndex(open, (entry) => entry.mark === curly || (entry.straight && entry.mark === character));
      if (matching >= 0) closeFrom(matching);
      else open.push({ mark: character, offset: index, straight: true });
      continue;
    }
    if (character === '“' && open.at(-1)?.straight && !text.includes('”', index)) {
      const straight = open.pop()!;
      yield { garbledQuotes: { offset: straight.offset, length: index + 1 - straight.offset } };
      continue;
    }
    if (PAIRS.has(character)) {
      open.push({ mark: character, offset: index, straight: false });
      continue;
    }
    const opening = CLOSING_TO_OPENING.get(character)!;
    if (character === '’' && /[A-Za-z]/u.test(text[index - 1] ?? '') && /[A-Za-z]/u.test(text[index + 1] ?? '')) continue; // O’Brien
    const straightForm = opening === '“' ? '"' : opening === '‘' ? "'" : undefined;
    const matching = findLastIndex(
      open,
      (entry) =>
        (!entry.straight && PAIRS.get(entry.mark) === closingFor(opening)) || (entry.straight && entry.mark === straightForm),
    );
    if (matching >= 0) closeFrom(matching);
    else if (!isListMarker(text, index)) unopened.push({ mark: character, offset: index });
  }
  const curlyOpen = open.filter((entry) => !entry.straight);
  const last = curlyOpen.at(-1);
  for (const entry of [...unclosed.filter((entry) => !entry.straight), ...curlyOpen].sort((a, b) => a.offset - b.offset)) {
    const closing = closingFor(entry.mark);
    const mark = line.text[entry.offset]!;
    if (entry === last) yield { stillOpen: { offset: entry.offset, mark, closing } };
    else yield { unpaired: { kind: 'unclosedMark', offset: entry.offset, mark, other: closing } };
  }
  for (const [index, entry] of unopened.entries()) {
    const mark = line.text[entry.offset]!;
    const opening = CLOSING_TO_OPENING.get(entry.mark)!;
    if (index === 0) yield { firstUnopened: { offset: entry.offset, mark, opening } };
    else yield { unpaired: { kind: 'unopenedMark', offset: entry.offset, mark, other: opening } };
  }
}

function closingFor(opening: string): string {
  return PAIRS.get(opening === '(' ? '（' : opening)!;
}

function findLastIndex<T>(items: readonly T[], predicate: (item: T) => boolean): number {
  for (let index = items.length - 1; index >= 0; index--) if (predicate(items[index]!)) return index;
  return -1;
}

/** 1) or 一) or a) opening an item: a closing bracket with no opening one, on purpose. */
function isListMarker(text: string, index: number): boolean {
  if (text[index] !== ')' && text[index] !== '）') return false;
  return /(?:^|[\s，。；：、,;:])[0-9A-Za-z一二三四五六七八九十]{1,3}$/u.test(text.slice(Math.max(0, index - 5), index));
}
