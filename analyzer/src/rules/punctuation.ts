import type { AnalysisDocument, Paragraph } from '../core/document.js';
import { defineRule, type RuleReport } from '../core/rule.js';
import { isAsciiDigit, isHanAt } from '../text/characters.js';
import type { LineText } from '../text/line-memory.js';

type MessageId =
  | 'emptyPair'
  | 'unclosedMark'
  | 'unopenedMark'
  | 'doubledMarks'
  | 'pinyinGloss'
  | 'enumerationCommaBeforeClosing'
  | 'halfWidthPunctuation'
  | 'spaceInText'
  | 'brokenLine'
  | 'garbledQuotes';

type Report = RuleReport<MessageId>;

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
/** A pair with nothing but spaces inside: “”, （）, (), 《》 — what remains when a hotline number or a name was stripped. */
const EMPTY_PAIR =
  /“[ \t\u3000]*”|‘[ \t\u3000]*’|[（(][ \t\u3000]*[）)]|《[ \t\u3000]*》|【[ \t\u3000]*】|「[ \t\u3000]*」|『[ \t\u3000]*』/gu;
/**
 * Clause marks that never follow each other: 。; ，， 、。 — the second was
 * added without removing the first. Repeated ！ or ？ (emphasis), ellipses and
 * the . of numbers are not among them.
 */
const CLAUSE_MARKS = '，。；：、,;:！？!?';
const DOUBLED_MARKS = /[，。；：、,;:！？!?][ \t\u3000]*[，。；：、,;:！？!?]/gu;
/** A 顿号 right before a closing quote or bracket: 四快、四必、” — the list ended, the 顿号 did not. */
const ENUMERATION_COMMA_BEFORE_CLOSING = /、[”’》）)」』】〕〉]/gu;

/** One pinyin syllable (toneless or with tone marks or a tone digit): initial + final, or a bare final. */
const PINYIN_SYLLABLE =
  '(?:(?:[bpmf]|[dtnl]|[gkh]|[jqx]|zh|ch|sh|[rzcsyw])?(?:[aāáǎà][io]?|[aāáǎà]ng?|[oōóǒò]u?|[oōóǒò]ng|[eēéěè][in]?|[eēéěè]ng|[eēéěè]r|[iīíǐì](?:[aāáǎà](?:o|n|ng)?|[eēéěè]|[oōóǒò]ng|[uūúǔù])?|[iīíǐì]ng?|[iīíǐì]n|[uūúǔù](?:[aāáǎà](?:i|n|ng)?|[oōóǒò]|[eēéěè]|[iīíǐì]|n)?|[uūúǔù]n|[üǖǘǚǜv](?:[eēéěè]|n)?)[1-5]?)';
/** A pinyin gloss after a character: 危（wei）险, 踔（chuō）厉. */
const PINYIN_GLOSS = new RegExp(`[（(]${PINYIN_SYLLABLE}(?: ${PINYIN_SYLLABLE}){0,3}[）)]`, 'gu');

/** Half-width marks that Chinese text writes full-width, and their full-width forms. The . of numbers and the - of ranges are not converted. */
const FULL_WIDTH: Readonly<Record<string, string>> = {
  ',': '，',
  ';': '；',
  ':': '：',
  '?': '？',
  '!': '！',
  '(': '（',
  ')': '）',
};
const HALF_WIDTH_MARK = /[,;:?!()]/gu;
/** Punctuation that belongs to Chinese text: a half-width mark next to one of these is in Chinese context too. */
const CHINESE_PUNCTUATION = /[，。；：、！？“”‘’（）《》【】「」『』〔〕…—·]/u;
const SPACES = /[ \t\u3000]/u;
/**
 * Every opening and closing mark of {@link PAIRS} and {@link CLOSING_TO_OPENING},
 * and the straight quotes " and ', which may open or close: sites that store
 * text in ASCII turn either curly quote into them (“两条腿"走路).
 */
const PAIRED_MARK = /[“‘（(《【「『〔〈”’）)》】」』〕〉"']/gu;
const STRAIGHT_QUOTES = '"\'';
/** Quotation marks: a quotation over several paragraphs opens each one with the mark again and closes only in the last (GB/T 15834). */
const QUOTATION_OPENINGS = '“‘「『';

export default defineRule<MessageId>({
  meta: {
    id: 'punctuation',
    category: 'style',
    defaultSeverity: 'warning',
    fixable: 'safe',
    scope: 'document',
    description: {
      zh: '标点错误：空的引号或括号（“”、()，常是删掉了电话号码或名称）、段内不配对的括号或引号、重复的标点（。;）、拼音注音（危（wei）险）、顿号在引号或括号前（四必、”）。中文中的半角标点（每段一处提示）、文字间的空格、被换行断开的句子只作提示（info）；半角标点可用 --fix 自动改为全角。',
      en: 'Punctuation errors: empty quotes or brackets (“”, (), often a stripped hotline number or name), brackets or quotes unbalanced in a paragraph, doubled marks (。;), pinyin glosses (危（wei）险), a 顿号 before a closing quote (四必、”). Half-width punctuation in Chinese text (one note per paragraph), spaces between characters and sentences broken across lines are info; --fix converts half-width punctuation to full-width.',
    },
    messages: {
      emptyPair: {
        zh: '“{pair}”中间是空的，可能删掉了内容（如电话号码、名称）；请补全或删除。',
        en: '“{pair}” is empty: something (a phone number, a name) was probably removed; fill it in or delete the marks.',
      },
      unclosedMark: {
        zh: '“{mark}”在本段中没有对应的“{other}”；请补上或删除。',
        en: '“{mark}” has no matching “{other}” in this paragraph; add it or delete the mark.',
      },
      unopenedMark: {
        zh: '“{mark}”前面没有对应的“{other}”；请补上或删除。',
        en: '“{mark}” has no matching “{other}” before it; add it or delete the mark.',
      },
      doubledMarks: {
        zh: '标点“{marks}”重复，请只保留一个。',
        en: 'The marks “{marks}” are doubled; keep one.',
      },
      pinyinGloss: {
        zh: '正文中留有拼音注音“{gloss}”，请删除。',
        en: 'A pinyin gloss “{gloss}” was left in the text; delete it.',
      },
      enumerationCommaBeforeClosing: {
        zh: '顿号不能放在“{closing}”前，请删除顿号。',
        en: 'A 顿号 cannot stand before “{closing}”; delete it.',
      },
      halfWidthPunctuation: {
        zh: '本段中文里有 {count} 处半角标点（如“{mark}”），应使用全角标点。',
        en: 'This paragraph of Chinese text has {count} half-width punctuation marks (such as “{mark}”); use full-width marks.',
      },
      spaceInText: {
        zh: '中文文字之间有多余的空格，请删除。',
        en: 'A stray space between Chinese characters; delete it.',
      },
      brokenLine: {
        zh: '句子在这里被换行断开，请把两行合并。',
        en: 'The sentence is broken across two lines here; join them.',
      },
      garbledQuotes: {
        zh: '引号“{quote}”的形式不对：左引号成了半角引号，右引号成了左引号“；本文同类引号应一并改为“…”。',
        en: 'The quotation marks of “{quote}” are garbled: the opening one is a straight quote and the closing one is an opening “; correct every such pair in the text to “…”.',
      },
    },
  },
  check({ document, report }) {
    const { paragraphs } = document;
    // Garbled quotes come from one conversion of the whole page: one warning says so, the rest are notes.
    let garbledQuotesReported = false;
    paragraphs.forEach((paragraph, index) => {
      for (const finding of document.lineFact('punctuation', paragraph, findInLine)) {
        if ('report' in finding) report(shifted(finding.report, paragraph.start));
        else if ('garbledQuotes' in finding) {
          const { offset, length } = finding.garbledQuotes;
          const start = paragraph.start + offset;
          report({
            offset: start,
            length,
            messageId: 'garbledQuotes',
            data: { quote: document.text.slice(start, start + length) },
            ...(garbledQuotesReported ? { severity: 'info' as const } : {}),
          });
          garbledQuotesReported = true;
        } else {
          const resolved = resolveWithNeighbours(finding, document, paragraph, paragraphs[index - 1], paragraphs[index + 1]);
          if (resolved) report(resolved);
        }
      }
    });
  },
});

/** A report on a line moved to where the line starts. */
function shifted(report: Report, lineStart: number): Report {
  const moved = { ...report, offset: lineStart + report.offset };
  if (report.fix) moved.fix = { ...report.fix, offset: lineStart + report.fix.offset };
  return moved;
}

/**
 * What the rule finds in one line (offsets relative to it), in the order it
 * reports them. Every check reads its own line, except those that need a
 * neighbour, recorded here for the document pass to decide: a mark still open
 * at the end of the line (closed on the next line, a broken line; reopened by
 * the next paragraph, a quotation over several paragraphs), the first closing
 * mark with no opening one (the previous line may have opened it), a
 * sentence cut by a line break, and garbled quotation marks (one warning per
 * document).
 */
type LineFinding =
  | { report: Report }
  | { garbledQuotes: { offset: number; length: number } }
  | { stillOpen: { offset: number; mark: string; closing: string } }
  | { firstUnopened: { offset: number; mark: string; opening: string } }
  | { brokenLineCandidate: { tail: string } };

function findInLine(line: LineText): LineFinding[] {
  const found: LineFinding[] = [];
  const add = (report: Report) => found.push({ report });
  const text = line.normalizedText;
  const emptyPairs = new Set<number>();
  for (const match of text.matchAll(EMPTY_PAIR)) {
    // convert() in a code sample is a call, not a bracket whose content was cut.
    if (match[0].startsWith('(') && /[A-Za-z0-9_]/u.test(text[match.index - 1] ?? '')) continue;
    // （）加强领导: a heading whose ordinal was stripped; heading-numbering reports it (one defect, one finding).
    if (isStrippedHeadingOrdinal(text, match)) continue;
    emptyPairs.add(match.index);
    emptyPairs.add(match.index + match[0].length - 1);
    add({ offset: match.index, length: match[0].length, messageId: 'emptyPair', data: { pair: match[0] } });
  }
  for (const finding of doubledMarks(line)) add(finding);
  for (const match of text.matchAll(ENUMERATION_COMMA_BEFORE_CLOSING)) {
    add({
      offset: match.index,
      length: 2,
      messageId: 'enumerationCommaBeforeClosing',
      data: { closing: line.text[match.index + 1]! },
      replacements: [line.text[match.index + 1]!],
    });
  }
  for (const match of text.matchAll(PINYIN_GLOSS)) {
    if (!isHanAt(text, match.index - 1)) continue;
    add({
      offset: match.index,
      length: match[0].length,
      messageId: 'pinyinGloss',
      data: { gloss: match[0] },
      replacements: [''],
    });
  }
  found.push(...unbalancedMarks(line, emptyPairs));
  const halfWidth = halfWidthPunctuation(line);
  if (halfWidth) add(halfWidth);
  for (const finding of spacesInText(line)) add(finding);
  if (text.length >= 20 && isHanAt(text, text.length - 1)) found.push({ brokenLineCandidate: { tail: text.slice(-3) } });
  return found;
}

/** A finding that depends on the previous or next line, as a report with offsets into the whole text, or none. */
function resolveWithNeighbours(
  finding: Exclude<LineFinding, { report: Report } | { garbledQuotes: unknown }>,
  document: AnalysisDocument,
  paragraph: Paragraph,
  previous: Paragraph | undefined,
  next: Paragraph | undefined,
): Report | undefined {
  if ('stillOpen' in finding) {
    const { offset, mark, closing } = finding.stillOpen;
    const start = paragraph.start + offset;
    // The text stops right after the mark: it was cut there, which is not a punctuation slip.
    if (document.text.slice(start + 1).trim() === '') return undefined;
    // GB/T 15834: a quotation over several paragraphs opens each of them with the mark and closes only in the last.
    if (QUOTATION_OPENINGS.includes(mark) && next?.normalizedText.trimStart().startsWith(mark)) return undefined;
    // 实施“⏎十、百、千、万”工程, 关于印发《…⏎…》的通知: the pair goes on after a line break.
    if (next && unopenedInLine(document, next)?.opening === openingForm(mark)) {
      return { offset: start, length: next.start + 1 - start, messageId: 'brokenLine', severity: 'info' };
    }
    return { offset: start, length: 1, messageId: 'unclosedMark', data: { mark, other: closing } };
  }
  if ('firstUnopened' in finding) {
    const { offset, mark, opening } = finding.firstUnopened;
    if (previous && stillOpenInLine(document, previous)?.mark === opening) return undefined;
    return { offset: paragraph.start + offset, length: 1, messageId: 'unopenedMark', data: { mark, other: opening } };
  }
  return brokenLineAfter(document, paragraph, finding.brokenLineCandidate.tail, next);
}

function stillOpenInLine(document: AnalysisDocument, paragraph: Paragraph): { mark: string } | undefined {
  const facts = document.lineFact('punctuation', paragraph, findInLine);
  const found = facts.find((finding) => 'stillOpen' in finding);
  return found && 'stillOpen' in found ? { mark: openingForm(found.stillOpen.mark) } : undefined;
}

function unopenedInLine(document: AnalysisDocument, paragraph: Paragraph): { opening: string } | undefined {
  const facts = document.lineFact('punctuation', paragraph, findInLine);
  const found = facts.find((finding) => 'firstUnopened' in finding);
  return found && 'firstUnopened' in found ? { opening: found.firstUnopened.opening } : undefined;
}

/** ( and （ open the same pair. */
function openingForm(mark: string): string {
  return mark === '(' ? '（' : mark;
}

function* doubledMarks(line: LineText): Generator<Report> {
  const text = line.normalizedText;
  for (const match of text.matchAll(DOUBLED_MARKS)) {
    const first = match[0][0]!;
    const second = match[0].at(-1)!;
    const start = match.index;
    const end = start + match[0].length;
    // ？！, ！！, ??: emphasis, or the ?? of text decoded with the wrong encoding (mojibake's finding).
    if ('！？!?'.includes(first) && '！？!?'.includes(second)) continue;
    // 10:30, 1,000 — but those have digits on both sides, never two marks; a mark run of three or more is a makeshift ellipsis.
    if (isClauseMark(text[end]) || isClauseMark(text[start - 1])) continue;
    // Two half-width marks belong to Chinese text only after a Chinese character (options?: in code does not).
    if (first < '\u3000' && second < '\u3000' && !isHanAt(text, start - 1)) continue;
    const replacements = first === second ? [first] : [line.text[end - 1]!, line.text[start]!];
    yield {
      offset: start,
      length: end - start,
      messageId: 'doubledMarks',
      data: { marks: line.text.slice(start, end) },
      replacements,
    };
  }
}

function isClauseMark(character: string | undefined): boolean {
  return character !== undefined && CLAUSE_MARKS.includes(character);
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
 * left to the document pass, which reads the neighbouring lines.
 *
 * Straight quotes pair with curly ones both ways (“两条腿"走路): the site
 * that stored the text turned one of them into ASCII, a width slip and not a
 * missing mark. A straight quote closed by an opening “ while no ” follows in
 * the line ('三个到位“) is a garbled pair: the page turned every “ into ' and
 * every ” into “.
 */
function* unbalancedMarks(line: LineText, emptyPairs: ReadonlySet<number>): Generator<LineFinding> {
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
    if (emptyPairs.has(index)) continue;
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
    else yield { report: { offset: entry.offset, length: 1, messageId: 'unclosedMark', data: { mark, other: closing } } };
  }
  for (const [index, entry] of unopened.entries()) {
    const mark = line.text[entry.offset]!;
    const opening = CLOSING_TO_OPENING.get(entry.mark)!;
    if (index === 0) yield { firstUnopened: { offset: entry.offset, mark, opening } };
    else yield { report: { offset: entry.offset, length: 1, messageId: 'unopenedMark', data: { mark, other: opening } } };
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

/**
 * One info finding per paragraph that writes Chinese with half-width , ; : ? !
 * ( ): at the first such mark, with a safe fix converting every one of them.
 * Marks between digits (1,000, 10:30) or inside Latin text are left alone.
 */
function halfWidthPunctuation(line: LineText): Report | undefined {
  const text = line.normalizedText;
  const edits: Array<{ index: number; length: number; replacement: string }> = [];
  const brackets = pairedHalfWidthBrackets(text);
  for (const match of text.matchAll(HALF_WIDTH_MARK)) {
    const index = match.index;
    const mark = match[0];
    if (!inChineseContext(text, index, brackets)) continue;
    // A space typed after a half-width mark is not needed after a full-width one.
    let length = 1;
    while (mark !== '(' && SPACES.test(text[index + length] ?? '')) length++;
    if (index + length === text.length) length = 1; // trailing spaces are not this rule's business
    edits.push({ index, length, replacement: FULL_WIDTH[mark]! });
  }
  if (edits.length === 0) return undefined;
  const first = edits[0]!;
  const last = edits.at(-1)!;
  const fixStart = first.index;
  const fixEnd = last.index + last.length;
  let fixed = '';
  let cursor = first.index;
  for (const edit of edits) {
    fixed += line.text.slice(cursor, edit.index) + edit.replacement;
    cursor = edit.index + edit.length;
  }
  return {
    offset: fixStart,
    length: 1,
    messageId: 'halfWidthPunctuation',
    data: { count: edits.length, mark: text[first.index]! },
    severity: 'info',
    // One fix for the paragraph; --fix applies only the marks it changes, never the text between them.
    fix: { offset: fixStart, length: fixEnd - fixStart, text: fixed },
  };
}

/** Han text or Chinese punctuation at `index`. */
function isChineseCharacter(text: string, index: number): boolean {
  const character = text[index];
  return character !== undefined && (isHanAt(text, index) || CHINESE_PUNCTUATION.test(character));
}

/** The nearest character before/after `index` that is not a space. */
function nearestNonSpace(text: string, index: number, direction: -1 | 1): number {
  let cursor = index + direction;
  while (cursor >= 0 && cursor < text.length && SPACES.test(text[cursor]!)) cursor += direction;
  return cursor;
}

function inChineseContext(text: string, index: number, brackets: ReadonlyMap<number, number>): boolean {
  const mark = text[index]!;
  const before = nearestNonSpace(text, index, -1);
  const after = nearestNonSpace(text, index, 1);
  if (mark === '?' || mark === '!') {
    // ?? is what text decoded with the wrong encoding looks like (mojibake's finding); leave it as it is.
    if (text[index - 1] === '?' || text[index + 1] === '?') return false;
  }
  if (mark === '(' || mark === ')') {
    // A pair is converted as a whole, so (pm) never becomes (pm）.
    const partner = brackets.get(index);
    if (partner === undefined) return mark === '(' ? isChineseCharacter(text, before) : isChineseCharacter(text, after);
    const [open, close] = mark === '(' ? [index, partner] : [partner, index];
    return (
      /\p{Script=Han}/u.test(text.slice(open + 1, close)) ||
      isChineseCharacter(text, nearestNonSpace(text, open, -1)) ||
      isChineseCharacter(text, nearestNonSpace(text, close, 1))
    );
  }
  if (isAsciiDigit(text[before]) && isAsciiDigit(text[after])) return false; // 1,000 and 10:30
  if (isChineseCharacter(text, before) || isChineseCharacter(text, after)) return true;
  // The mark that ends a line of Chinese text after a figure: 满意率达70%;
  return after >= text.length && !/[A-Za-z]/u.test(text[before] ?? 'a') && /\p{Script=Han}/u.test(text);
}

/** Half-width ( and ) that pair up in the text, both ways. */
function pairedHalfWidthBrackets(text: string): Map<number, number> {
  const pairs = new Map<number, number>();
  const open: number[] = [];
  for (let index = 0; index < text.length; index++) {
    if (text[index] === '(') open.push(index);
    else if (text[index] === ')' && open.length > 0) {
      const start = open.pop()!;
      pairs.set(start, index);
      pairs.set(index, start);
    }
  }
  return pairs;
}

/**
 * A space between two Chinese characters in running text (精神面貌转 变了).
 * Info: slogans set words apart on purpose (转作风 提效能), so only the reader
 * can tell. Not reported in short lines such as headings and signatures.
 */
function* spacesInText(line: LineText): Generator<Report> {
  const text = line.normalizedText;
  if (text.trim().length < 20) return;
  const indentation = /^[ \t\u3000]*/u.exec(text)![0].length;
  for (const match of text.matchAll(/[ \t\u3000]+/gu)) {
    const before = match.index - 1;
    const after = match.index + match[0].length;
    if (before < indentation || after >= text.length) continue;
    if (!isChineseCharacter(text, before) && !isHanAt(text, after)) continue;
    if (!isChineseCharacter(text, after) && !isHanAt(text, before)) continue;
    // After a heading marker or closing punctuation a space is layout, not a slip: 一、 指导思想
    if (/[、，。；：！？,.;:!?]/u.test(text[before]!)) continue;
    yield {
      offset: before,
      length: after - before + 1,
      messageId: 'spaceInText',
      severity: 'info',
      replacements: [line.text[before]! + line.text[after]!],
    };
  }
}

/**
 * A sentence cut in two by a line break: the line ends in the middle of a word
 * (良⏎好) or on a character that cannot end a sentence (的⏎事迹). Info: only a
 * reader can tell a cut sentence from a heading without punctuation. The line
 * is long enough and ends in a Han character; `tail` is its last three characters.
 */
function brokenLineAfter(
  document: AnalysisDocument,
  paragraph: Paragraph,
  tail: string,
  next: Paragraph | undefined,
): Report | undefined {
  if (!next || next.start !== paragraph.end + lineBreakLength(document, paragraph)) return undefined;
  const nextText = next.normalizedText;
  if (nextText.length === 0 || !isHanAt(nextText, 0)) return undefined;
  const joined = tail + nextText.slice(0, 3);
  const seam = tail.length;
  const splitsWord = document.segmenter.segment(joined).some((token) => token.start < seam && token.end > seam);
  if (!splitsWord && !'的地得和与及或把被对向从在为将之'.includes(tail.at(-1)!)) return undefined;
  return { offset: paragraph.end - 1, length: next.start - paragraph.end + 2, messageId: 'brokenLine', severity: 'info' };
}

function lineBreakLength(document: AnalysisDocument, paragraph: Paragraph): number {
  return document.text.startsWith('\r\n', paragraph.end) ? 2 : 1;
}

/** Empty round brackets opening a line, right before its text, are where a heading's ordinal was: （一） → （）. */
function isStrippedHeadingOrdinal(text: string, match: RegExpMatchArray): boolean {
  if (!/^[（(]/u.test(match[0]) || text.slice(0, match.index).trim() !== '') return false;
  return isHanAt(text, match.index! + match[0].length);
}
