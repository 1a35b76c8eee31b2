/**
 * Builds the outline of a draft from its text alone: no segmenter, no I/O,
 * so the CLI, the browser and the incremental analysis (which recomputes it
 * as a document-level pass) all get the same tree.
 */
import type { LineText } from '../text/line-memory.js';
import { lineBounds } from '../text/lines.js';
import { normalizeText } from '../text/text-normalization.js';
import {
  countHan,
  endsOpen,
  hasSalutationShape,
  hasSignatureShape,
  hasTitleShape,
  isCompleteTitle,
  isDateLine,
  isSpeechSalutation,
} from './lines.js';
import { findInlineMarkers, type InlineMarkerCandidate, type MarkerMatch, matchLeadingMarker, TITLE_END } from './markers.js';
import {
  type DocumentBoundary,
  ENUMERATION_WORD_FAMILIES,
  type Outline,
  type OutlineDocument,
  type OutlineLine,
  type OutlineNode,
  type Placement,
} from './types.js';

/** A line of the text; `AnalysisDocument.paragraphs` has this shape. */
export interface OutlineParagraph {
  index: number;
  start: number;
  end: number;
  text: string;
  normalizedText: string;
}

/** What the builder reads; an `AnalysisDocument` is one. */
export interface OutlineSource {
  text: string;
  normalizedText: string;
  paragraphs: readonly OutlineParagraph[];
  /**
   * Remembers what is read from one line by the line's text (see
   * `AnalysisDocument.lineFact`), so an editor's re-check reads only the
   * edited lines again; without it every line is read.
   */
  lineFact?<Value>(kind: string, paragraph: OutlineParagraph, compute: (line: LineText) => Value): Value;
}

/** The outline of a text, or of a document already split into paragraphs and normalized. */
export function buildOutline(source: OutlineSource | string): Outline {
  return new OutlineBuilder(typeof source === 'string' ? sourceOf(source) : source).build();
}

function sourceOf(text: string): OutlineSource {
  const normalizedText = normalizeText(text);
  const paragraphs: OutlineParagraph[] = lineBounds(text).map(({ start, end }, index) => ({
    index,
    start,
    end,
    text: text.slice(start, end),
    normalizedText: normalizedText.slice(start, end),
  }));
  return { text, normalizedText, paragraphs };
}

/** Indentation, Markdown heading hashes, and paywall markers such as ##paidbegin## that template sites leave at the start of a line. */
/** Any space a word processor or a web page indents with (en and em spaces, a byte-order mark, a zero-width space) besides the usual ones. */
const LEADING_NOISE = /^(?:[ \t\u3000\u00A0\u2000-\u200B\u202F\uFEFF]|##[A-Za-z]{1,20}##|#{1,6}[ \t])*/u;
const TRAILING_SPACE = /[ \t\u3000\u00A0\u2000-\u200B\u202F\uFEFF]/u;
const WHITESPACE_RUN = /[ \t\u3000\u00A0]+/gu;

/**
 * What the builder reads from one line alone, offsets relative to the line:
 * its content, the marker it starts with, its shape, the inline markers in
 * it. Where the line stands (the open sequences, the documents) is decided
 * by the pass over all lines; this part is remembered by the line's text.
 */
interface LineReading {
  /** Offsets into the paragraph of its content without leading noise and trailing whitespace. */
  contentStart: number;
  contentEnd: number;
  /** The normalized content. */
  content: string;
  leading: MarkerMatch | null;
  shape: LineShape;
  /** Inline marker candidates of the line read as body text (from its content start). */
  bodyMarkers: readonly InlineMarkerCandidate[];
  /** When the line starts with a marker: the inline markers after it, and a body run into a heading's title. */
  afterLeading: { markers: readonly InlineMarkerCandidate[]; runIn: { offset: number; length: number } | null } | null;
}

/** The shapes of the content the document structure is recognised by (lines.ts). */
interface LineShape {
  date: boolean;
  title: boolean;
  completeTitle: boolean;
  salutation: boolean;
  speechSalutation: boolean;
  signature: boolean;
  /** At least 20 Han characters: real body text. */
  long: boolean;
  /** Ends inside a quotation or bracket: the next line continues it. */
  open: boolean;
  endsWithColon: boolean;
  /** Ends in a colon, or its last sentence announces a list (主要有以下几点。 下列情形之一的): a new list follows. */
  introducesList: boolean;
}

interface Line extends LineReading {
  paragraph: OutlineParagraph;
}

/** The ordinal a node stands for: its own, or the one the sequence expected where the ordinal is missing. */
function effectiveOrdinal(node: OutlineNode): number {
  return node.ordinal ?? node.expectedOrdinal;
}

function isEnumerationWord(node: { family: OutlineNode['family'] }): boolean {
  return ENUMERATION_WORD_FAMILIES.has(node.family);
}

/** Of the open nodes of one sequence, the one a new ordinal continues: the innermost whose successor it is, else the innermost. */
function bestPredecessor(open: readonly OutlineNode[], ordinal: number | null): OutlineNode | null {
  if (open.length === 0) return null;
  if (ordinal !== null) {
    for (let index = open.length - 1; index >= 0; index--) {
      if (effectiveOrdinal(open[index]!) === ordinal - 1) return open[index]!;
    }
  }
  return open.at(-1)!;
}

/**
 * What surrounds the number in a marker: brackets, or a 、 or . after it. A
 * marker with its ordinal stripped keeps only this; 、 and . are one kind,
 * as drafts write 1、 and 1. for the same level.
 */
/** The mark after the number, or the bracket: 、 . （ — finer than `punctuationKind`. */
function separatorOf(marker: string): string {
  if (/[（()）]/u.test(marker)) return 'bracket';
  return /[、]$/u.test(marker) ? '、' : /[.．]$/u.test(marker) ? '.' : 'word';
}

function punctuationKind(marker: string): 'bracket' | 'separator' | 'word' {
  if (/[（()）]/u.test(marker)) return 'bracket';
  if (/[、.．]$/u.test(marker)) return 'separator';
  return 'word';
}

class OutlineBuilder {
  private readonly documents: OutlineDocument[] = [];
  private document!: OutlineDocument;
  private stack: OutlineNode[] = [];
  /** Nodes of an enumeration nested inside one item's paragraph; they close with the paragraph. */
  private readonly nested = new Set<OutlineNode>();
  /**
   * The nested nodes a paragraph closed: the next item may still continue
   * them (…。一是…⏎二是…), also after paragraphs of the first item's body.
   * Any other node placed forgets them.
   */
  private closedNested: OutlineNode[] = [];
  /** The last node of each sequence at each level of the document: what a first child under a new parent may carry on from. */
  private lastAtLevel = new Map<string, OutlineNode>();
  /** The last node of each sequence anywhere in the document. */
  private lastOfSequence = new Map<string, OutlineNode>();
  /** Per sequence and level, how often a new parent's first child carried the numbering on or started over: the document's own scheme. */
  private readonly schemeVotes = new Map<string, { carried: number; restarted: number }>();
  /** The current document has headings or a real body paragraph, so a title line now starts the next one. */
  private hasBody = false;
  /** A closing date was seen: whatever follows belongs to the next document. */
  private closed = false;
  private previousLine: { line: Line; role: 'body' | 'other' } | null = null;
  private readonly lines: Line[];

  constructor(private readonly source: OutlineSource) {
    this.lines = source.paragraphs.map((paragraph) => ({
      paragraph,
      ...(source.lineFact ? source.lineFact('outline', paragraph, readLine) : readLine(paragraph)),
    }));
  }

  build(): Outline {
    this.startDocument(this.lines[0]?.paragraph.start ?? 0, 'start');
    let previousContent: Line | null = null;
    for (const line of this.lines) {
      if (!line.content) continue;
      // A line that opens a quotation or bracket at its end was broken inside it: the next line is no heading.
      const brokenBefore = previousContent?.shape.open || continuesWrappedLine(previousContent, line);
      const leading = brokenBefore ? null : line.leading;
      this.readContentLine(line, leading);
      previousContent = line;
    }
    this.finishDocument(this.source.text.length);
    return { documents: this.documents };
  }

  private readContentLine(line: Line, leading: MarkerMatch | null): void {
    const offset = line.paragraph.start + line.contentStart;
    if (line.shape.date) {
      this.document.date = this.outlineLine(line);
      const previous = this.previousLine;
      if (previous?.role === 'body' && previous.line.shape.signature) {
        this.document.signature = this.outlineLine(previous.line);
      }
      this.stack = [];
      this.closed = true;
      this.previousLine = { line, role: 'other' };
      return;
    }
    if (this.closed) this.startNewDocument(offset, 'closing');
    if (leading && isAttachmentLabel(leading, line)) {
      if (this.hasBody) this.startNewDocument(offset, 'attachment');
      this.document.title.push(this.outlineLine(line));
      this.previousLine = { line, role: 'other' };
      return;
    }
    if (leading && this.readHeading(line, leading)) {
      this.previousLine = { line, role: 'other' };
      return;
    }
    if (!this.hasBody && !this.document.salutation) {
      if (line.shape.title) {
        const hasCompleteTitle = this.document.title.some((title) => isCompleteTitle(normalizedOf(this.source, title)));
        if (hasCompleteTitle && line.shape.completeTitle) this.startNewDocument(offset, 'title');
        if (this.document.title.length < 3) {
          this.document.title.push(this.outlineLine(line));
          this.previousLine = { line, role: 'other' };
          return;
        }
      } else if (line.shape.salutation) {
        this.document.salutation = this.outlineLine(line);
        this.previousLine = { line, role: 'other' };
        return;
      }
    } else if (this.hasBody && (line.shape.speechSalutation || (line.shape.completeTitle && !this.numberingGoesOnAfter(line)))) {
      const speech = line.shape.speechSalutation;
      this.startNewDocument(offset, speech ? 'salutation' : 'title');
      if (speech) this.document.salutation = this.outlineLine(line);
      else this.document.title.push(this.outlineLine(line));
      this.previousLine = { line, role: 'other' };
      return;
    }
    // A body paragraph.
    if (line.shape.long) this.hasBody = true;
    this.placeInlineMarkers(line, line.bodyMarkers);
    this.closeParagraph();
    this.previousLine = { line, role: 'body' };
  }

  private outlineLine(line: Line): OutlineLine {
    const start = line.paragraph.start + line.contentStart;
    return { text: this.source.text.slice(start, line.paragraph.start + line.contentEnd), offset: start };
  }

  // ── documents ──

  private startDocument(offset: number, boundary: DocumentBoundary): void {
    this.document = { offset, end: offset, boundary, title: [], salutation: null, signature: null, date: null, headings: [] };
    this.documents.push(this.document);
    this.stack = [];
    this.nested.clear();
    this.closedNested = [];
    this.lastAtLevel = new Map();
    this.lastOfSequence = new Map();
    this.schemeVotes.clear();
    this.hasBody = false;
    this.closed = false;
  }

  private startNewDocument(offset: number, boundary: DocumentBoundary): void {
    this.finishDocument(offset);
    this.startDocument(offset, boundary);
  }

  /** Sets the ends of the document's sections and decides which have content. */
  private finishDocument(end: number): void {
    const document = this.document;
    document.end = end;
    const closing = [document.signature, document.date].find((line) => line !== null);
    const contentEnd = closing ? closing.offset : end;
    const nodes: OutlineNode[] = [];
    const collect = (node: OutlineNode) => {
      nodes.push(node);
      node.children.forEach(collect);
    };
    document.headings.forEach(collect);
    for (let index = 0; index < nodes.length; index++) {
      const node = nodes[index]!;
      const next = nodes.slice(index + 1).find((candidate) => candidate.level <= node.level);
      node.end = Math.max(node.titleOffset + node.title.length, next ? next.markerOffset : contentEnd);
      const contentLimit = node.children[0]?.markerOffset ?? node.end;
      const between = this.source.normalizedText.slice(node.titleOffset + node.title.length, contentLimit);
      node.hasContent = node.children.length > 0 || node.selfContained || /[\p{L}\p{N}]/u.test(between);
    }
  }

  // ── headings ──

  /** Places a paragraph-initial marker in the tree; false when it turns out not to be one (then the line is body text). */
  private readHeading(line: Line, match: MarkerMatch): boolean {
    const numbered = !ENUMERATION_WORD_FAMILIES.has(match.family);
    // A numbered heading ends a list of items inside paragraphs; an item that starts its paragraph (第一，…, 二是…) holds the headings under it, and the list goes on after them.
    if (numbered) this.popWhile((top) => isEnumerationWord(top) && top.inline);
    const paragraphStart = line.paragraph.start;
    const markerText = this.source.normalizedText.slice(paragraphStart + match.start, paragraphStart + match.end);
    let family = match.family;
    let sequenceKey = match.sequenceKey;
    if (match.missingOrdinal) {
      const joined = this.sequenceOfStripped(line, markerText);
      if (joined) {
        family = joined.family;
        sequenceKey = joined.sequenceKey;
      }
    }
    this.reopenClosedList(sequenceKey, match.ordinal);
    if (match.family === 'ordinal-unit') this.popBelowRank(sequenceKey);
    const open = this.stack.filter((node) => node.sequenceKey === sequenceKey);
    let previous = this.outsideOpenBlock(bestPredecessor(open, match.ordinal), match.ordinal);
    if (match.letterDigits && !this.lettersFitSequence(line, match, previous)) return false;
    if (match.needsSequence && !this.sequenceCallsFor(match, previous) && !this.opensSequence(line, match, previous))
      return false;
    const afterColon = this.previousLine?.role === 'body' && this.previousLine.line.shape.introducesList;
    if (previous?.parent && match.ordinal === 1 && afterColon) {
      // 主要经验有以下几点：⏎1.… — a line ending in a colon introduces a new list beside the last one.
      this.popTo(previous);
      previous = null;
    }

    // Top-level numbering starting over at 一 with no title between: the next document of a compilation.
    if (numbered && previous && previous.parent === null && match.ordinal === 1) {
      this.startNewDocument(paragraphStart + line.contentStart, 'restart');
      previous = null;
    }
    this.hasBody = true;
    const node = this.place({ ...match, family, sequenceKey }, line, previous, {
      inline: false,
      separator: 'paragraph-start',
      tentative: false,
    });
    this.finishParagraph(line, node);
    return true;
  }

  /**
   * The open sequence a marker whose ordinal was stripped belongs to. First
   * one the text proves: of the open sequences whose punctuation it kept
   * (、 or brackets), the one whose next heading skips exactly the ordinal
   * it lost (一、 … 、2026年工作 … 三、: the lost 二、, though （一）–（四） under
   * 一、 stand between). Otherwise the innermost open sequence, when its
   * punctuation matches (、统一 right after 3、 is the lost 4、). Reading it
   * into its sequence keeps one defect to one finding: the next heading is
   * neither skipped nor restarted.
   */
  private sequenceOfStripped(line: Line, markerText: string): OutlineNode | null {
    const kind = punctuationKind(markerText);
    const matches = (node: OutlineNode) =>
      !isEnumerationWord(node) && node.family !== 'block' && punctuationKind(node.marker) === kind;
    const candidates = this.stack.filter(matches).reverse();
    const proven = candidates.find((candidate) => this.nextInSequence(line, candidate, kind) === 'fits');
    if (proven) return proven;
    const top = this.stack.at(-1);
    const uncontradicted = (node: OutlineNode | undefined) =>
      node !== undefined && matches(node) && this.nextInSequence(line, node, kind) !== 'contradicts';
    // 、 after 3、 is the lost 4、; after 3. it may as well be a lost 二、.
    if (uncontradicted(top) && separatorOf(top!.marker) === separatorOf(markerText)) return top!;
    // The last heading of the outermost sequence, a bare title (、2026年重点工作 after 一、 with （一）–（四） under it): nothing follows to prove it, nothing contradicts.
    const outermost = candidates.at(-1);
    const bareTitle = hasTitleShape(line.content.slice(markerText.length).trim());
    if (bareTitle && outermost && this.nextInSequence(line, outermost, kind) === 'none') return outermost;
    return uncontradicted(top) ? top! : null;
  }

  /**
   * Whether the next heading of `node`'s sequence after `line` has the
   * ordinal after the one a stripped marker here stands for (other stripped
   * markers between counted), or there is none.
   */
  private nextInSequence(
    line: Line,
    node: OutlineNode,
    kind: ReturnType<typeof punctuationKind>,
  ): 'fits' | 'contradicts' | 'none' {
    let stripped = 0;
    for (let index = line.paragraph.index + 1; index < this.lines.length; index++) {
      const next = this.lines[index]!.leading;
      if (!next) continue;
      if (next.missingOrdinal) {
        const text = this.lines[index]!.content;
        if (punctuationKind(text.slice(0, next.end - next.start)) === kind) stripped++;
        continue;
      }
      if (next.sequenceKey !== node.sequenceKey) continue;
      // Back at 一、 or 1.: a new document or a new list; this one ended.
      if (next.ordinal === 1) return 'none';
      return next.ordinal === effectiveOrdinal(node) + 2 + stripped ? 'fits' : 'contradicts';
    }
    return 'none';
  }

  /**
   * Items inside a sidebar or a table (专栏1 ⏎ 1.… 2.…) are a list of their
   * own: a predecessor outside the innermost open block is taken only when
   * the new ordinal is its very successor, which closes the block (the text
   * goes on with 2. after the sidebar under 1.).
   */
  private outsideOpenBlock(previous: OutlineNode | null, ordinal: number | null): OutlineNode | null {
    if (!previous) return null;
    const blockIndex = this.stack.findLastIndex((node) => node.family === 'block');
    if (blockIndex < 0 || this.stack.lastIndexOf(previous) > blockIndex) return previous;
    // A stripped ordinal (null) was read into this sequence because it is the successor.
    return ordinal === null || ordinal === effectiveOrdinal(previous) + 1 ? previous : null;
  }

  /** 第二章 after 第四条 (a regulation whose 第一章 line was cut off) is no part of the article: units nest 部分 > 章 > 节 > 条. */
  private popBelowRank(sequenceKey: string): void {
    const rank = UNIT_RANK.get(sequenceKey);
    if (rank === undefined) return;
    const index = this.stack.findIndex((node) => (UNIT_RANK.get(node.sequenceKey) ?? -1) > rank);
    if (index >= 0) this.stack.length = index;
  }

  /** The next heading continues a sequence (（二）, 3.): the line before it is a subheading of this document, not the title of another. */
  private numberingGoesOnAfter(line: Line): boolean {
    for (let index = line.paragraph.index + 1; index < this.lines.length; index++) {
      const next = this.lines[index]!;
      if (!next.content) continue;
      return next.leading !== null && !isEnumerationWord(next.leading) && (next.leading.ordinal ?? 1) > 1;
    }
    return false;
  }

  /** The ordinal continues its sequence: the open predecessor's, or the document's last of the sequence (articles go on across chapters). */
  private sequenceCallsFor(match: MarkerMatch, previous: OutlineNode | null): boolean {
    const last = previous ?? this.lastOfSequence.get(match.sequenceKey);
    if (!last) return match.family === 'ordinal-unit' && match.ordinal === 1;
    return effectiveOrdinal(last) + 1 === match.ordinal;
  }

  /** 一、三年来的斗争 is a heading, not “the first and third year”, when it is a bare title that opens a sequence the next heading of its kind (二、) goes on with. */
  private opensSequence(line: Line, match: MarkerMatch, previous: OutlineNode | null): boolean {
    if (previous || match.ordinal !== 1) return false;
    if (!hasTitleShape(line.content.slice(match.end - line.contentStart).trim())) return false;
    let stripped = 0;
    for (let index = line.paragraph.index + 1; index < this.lines.length; index++) {
      const next = this.lines[index]!.leading;
      if (next?.missingOrdinal) stripped++;
      else if (next?.sequenceKey === match.sequenceKey) return next.ordinal === 2 + stripped;
    }
    return false;
  }

  /** l、 is read as 1、 only where the sequence calls for 1: its predecessor is 0 or the next arabic heading is 2. */
  private lettersFitSequence(line: Line, match: MarkerMatch, previous: OutlineNode | null): boolean {
    const ordinal = match.ordinal!;
    if (previous) return effectiveOrdinal(previous) === ordinal - 1;
    for (let index = line.paragraph.index + 1; index < this.lines.length; index++) {
      const next = this.lines[index]!.leading;
      if (!next || isEnumerationWord(next)) continue;
      return next.family === 'arabic' && !next.letterDigits && next.ordinal === ordinal + 1;
    }
    return false;
  }

  private place(
    match: MarkerMatch,
    line: Line,
    previous: OutlineNode | null,
    options: { inline: boolean; separator: OutlineNode['separator']; tentative: boolean },
  ): OutlineNode {
    let parent: OutlineNode | null;
    let placement: Placement;
    let expectedOrdinal: number;
    this.closedNested = [];
    if (previous) {
      this.popTo(previous);
      parent = previous.parent;
      const restart = match.ordinal === 1 && effectiveOrdinal(previous) >= 1;
      placement = restart ? 'restart' : 'continue';
      // A new list of 一是/首先 items starts counting afresh; numbered headings still expect the next number.
      expectedOrdinal = restart && isEnumerationWord(match) ? 1 : effectiveOrdinal(previous) + 1;
    } else {
      // Items read inline in an earlier paragraph ((1)…(4) after a heading) do not hold a new list.
      this.popWhile((top) => top.inline && top.paragraphIndex !== line.paragraph.index && top.sequenceKey !== match.sequenceKey);
      parent = this.stack.at(-1) ?? null;
      placement = 'first';
      expectedOrdinal = this.firstOrdinalUnder(parent, match);
    }
    const paragraphStart = line.paragraph.start;
    const node = {
      kind: isEnumerationWord(match) ? 'item' : 'heading',
      family: match.family,
      sequenceKey: match.sequenceKey,
      level: parent ? parent.level + 1 : 1,
      marker: this.source.text.slice(paragraphStart + match.start, paragraphStart + match.end),
      markerOffset: paragraphStart + match.start,
      ordinal: match.missingOrdinal ? null : match.ordinal,
      expectedOrdinal,
      title: '',
      titleOffset: paragraphStart + match.end,
      end: paragraphStart + match.end,
      inline: options.inline,
      separator: options.separator,
      paragraphIndex: line.paragraph.index,
      placement,
      letterDigits: match.letterDigits,
      missingOrdinal: match.missingOrdinal,
      tentative: options.tentative,
      runIn: null,
      hasContent: false,
      selfContained: false,
      children: [],
    } as Omit<OutlineNode, 'parent' | 'previous'> as OutlineNode;
    // The links back up the tree stay out of JSON.stringify, structuredClone and postMessage: the outline is plain data.
    Object.defineProperties(node, {
      parent: { value: parent, enumerable: false },
      previous: { value: previous, enumerable: false },
    });
    if (parent) parent.children.push(node);
    else this.document.headings.push(node);
    this.lastAtLevel.set(levelKey(node.sequenceKey, node.level), node);
    this.lastOfSequence.set(node.sequenceKey, node);
    if (parent && (isEnumerationWord(parent) || this.nested.has(parent)) && options.inline) this.nested.add(node);
    else if (previous && this.nested.has(previous)) this.nested.add(node);
    this.stack.push(node);
    return node;
  }

  /**
   * The ordinal the first child of a new parent should have. Documents
   * number either way and both are correct: afresh under each parent
   * (二、 then （一）), or straight on through the parents (（一）–（四） under
   * 一、, （五） under 二、; articles and items through chapters). A first
   * child that carries on from the last one under the previous parent of
   * the same kind is accepted like one that starts at 1; for anything else
   * the document's own habit so far says what was due.
   */
  private firstOrdinalUnder(parent: OutlineNode | null, match: MarkerMatch): number {
    if (!parent || isEnumerationWord(match)) return 1;
    // Sidebars, tables and figures are numbered through the document wherever they stand; so are articles whose chapter line is lost.
    const last = this.lastOfSequence.get(match.sequenceKey);
    if (last && match.ordinal !== null && match.ordinal === effectiveOrdinal(last) + 1) return match.ordinal;
    if (match.family === 'block') return last && match.ordinal !== 1 ? effectiveOrdinal(last) + 1 : 1;
    const key = levelKey(match.sequenceKey, parent.level + 1);
    const cousin = this.lastAtLevel.get(key);
    if (!cousin?.parent || cousin.parent === parent || cousin.parent.sequenceKey !== parent.sequenceKey) return 1;
    const carried = effectiveOrdinal(cousin) + 1;
    const votes = this.schemeVotes.get(key) ?? { carried: 0, restarted: 0 };
    this.schemeVotes.set(key, votes);
    if (match.ordinal === 1) {
      votes.restarted++;
      return 1;
    }
    if (match.ordinal === carried) {
      votes.carried++;
      return carried;
    }
    // A stripped ordinal, or a wrong one: due is what the document has done more often.
    const carries = votes.carried > votes.restarted;
    if (match.ordinal === null) return carries ? carried : 1;
    return carries && match.ordinal > carried ? carried : 1;
  }

  /** Reads what follows a paragraph-initial marker: the title, a body run into it, inline items. */
  private finishParagraph(line: Line, node: OutlineNode): void {
    const titleStart = node.titleOffset - line.paragraph.start;
    const { markers, runIn: runInAfterLeading } = line.afterLeading!;
    const runIn = node.kind === 'heading' ? runInAfterLeading : null;
    const inline = this.placeInlineMarkers(line, markers);
    const firstInline = inline[0];
    if (runIn && firstInline && firstInline.markerOffset - line.paragraph.start === runIn.offset + runIn.length) {
      // The body that ran into the heading starts with an item: reported on that item.
    } else if (runIn) {
      node.runIn = { offset: line.paragraph.start + runIn.offset, length: runIn.length };
    }
    const stop = Math.min(
      runIn?.offset ?? line.contentEnd,
      firstInline ? firstInline.markerOffset - line.paragraph.start : line.contentEnd,
    );
    this.setTitle(node, line, titleStart, stop);
    this.closeParagraph();
  }

  /** Places a paragraph's inline item candidates (read from the line); returns the ones accepted, in order. */
  private placeInlineMarkers(line: Line, candidates: readonly InlineMarkerCandidate[]): OutlineNode[] {
    const accepted: OutlineNode[] = [];
    for (const candidate of candidates) {
      const node = this.placeInline(line, candidate);
      if (node) accepted.push(node);
    }
    for (let index = 0; index < accepted.length; index++) {
      const node = accepted[index]!;
      const next = accepted[index + 1];
      const stop = next ? next.markerOffset - line.paragraph.start : line.contentEnd;
      this.setTitle(node, line, node.titleOffset - line.paragraph.start, stop);
    }
    return accepted;
  }

  private placeInline(line: Line, candidate: InlineMarkerCandidate): OutlineNode | null {
    const word = isEnumerationWord(candidate);
    if (candidate.ordinal !== 1) this.reopenClosedList(candidate.sequenceKey, candidate.ordinal);
    const open = this.stack.filter((node) => node.sequenceKey === candidate.sequenceKey);
    const startsList = candidate.ordinal === 1;
    const separator = candidate.afterWhitespace ? 'whitespace' : 'punctuation';
    if (startsList) {
      // A new list inside the paragraph, under whatever is open: the paragraph's own item or heading, or the section.
      return this.place(candidate, line, null, { inline: true, separator, tentative: false });
    }
    const previous = bestPredecessor(open, candidate.ordinal);
    if (!previous) {
      // 二是 with no 一是 before it is an item whose list lost its start; anything else with no list open is prose.
      if (!word || candidate.strict || candidate.ordinal === null) return null;
      return this.place(candidate, line, null, { inline: true, separator, tentative: true });
    }
    if (!word && (candidate.ordinal === null || candidate.ordinal !== effectiveOrdinal(previous) + 1)) return null;
    if (candidate.strict && candidate.ordinal !== effectiveOrdinal(previous) + 1) return null;
    return this.place(candidate, line, previous, { inline: true, separator, tentative: false });
  }

  private setTitle(node: OutlineNode, line: Line, titleStart: number, limit: number): void {
    const text = line.paragraph.normalizedText;
    let start = titleStart;
    while (start < limit && /[\s：:，,、]/u.test(text[start]!)) start++;
    let stop = start;
    while (stop < limit && !TITLE_END.test(text[stop]!) && !isHalfWidthFullStop(text, stop)) stop++;
    let end = stop;
    while (end > start && /[\s：:，,、]/u.test(text[end - 1]!)) end--;
    node.titleOffset = line.paragraph.start + start;
    node.title = this.source.text.slice(node.titleOffset, line.paragraph.start + end);
    // A title that ends its sentence, or runs on as long as a sentence (heading phrases are short), carries its own content.
    node.selfContained = stop < limit || countHan(node.title) >= STATEMENT_LENGTH;
  }

  /** Items nested inside one item's paragraph (二是…：一是…二是…) end with it. */
  private closeParagraph(): void {
    if (this.nested.size === 0) return;
    this.closedNested = this.stack.filter((node) => this.nested.has(node));
    this.stack = this.stack.filter((node) => !this.nested.has(node));
    this.nested.clear();
  }

  /**
   * A list the last paragraph opened inline and closed goes on when the next
   * marker continues it (…。一是…⏎二是…, or …二是…⏎…。三是…): its nodes
   * are open again, now spanning paragraphs.
   */
  private reopenClosedList(sequenceKey: string, ordinal: number | null): void {
    if (ordinal === null || this.closedNested.length === 0) return;
    // An open item it continues comes first: 二是…（具体来说，一是…二是…）⏎三是… goes on with the outer list.
    const continued = (node: OutlineNode) => node.sequenceKey === sequenceKey && effectiveOrdinal(node) === ordinal - 1;
    if (this.stack.some(continued) || !this.closedNested.some(continued)) return;
    // Only while what the list hung under is still open.
    const parentIndex = this.stack.lastIndexOf(this.closedNested[0]!.parent!);
    if (parentIndex < 0) return;
    this.stack.length = parentIndex + 1;
    this.stack.push(...this.closedNested);
    this.closedNested = [];
  }

  private popTo(node: OutlineNode): void {
    const index = this.stack.lastIndexOf(node);
    if (index >= 0) this.stack.length = index;
  }

  private popWhile(predicate: (node: OutlineNode) => boolean): void {
    while (this.stack.length > 0 && predicate(this.stack.at(-1)!)) this.stack.pop();
  }
}

/**
 * Han characters from which a title reads as a statement, not a heading: a
 * list item that says all it has to say in one long sentence (（3）双方须就…
 * 达成一致，并签署…协议). Heading phrases of 公文 stay well below it.
 */
const STATEMENT_LENGTH = 25;

/** A half-width full stop between Han characters, as typed in drafts with ASCII punctuation (…新模式.支持…). */
function isHalfWidthFullStop(text: string, index: number): boolean {
  return text[index] === '.' && /\p{Script=Han}/u.test(text[index - 1] ?? '') && /\p{Script=Han}/u.test(text[index + 1] ?? '');
}

/** Words that announce the list after them (以下几个方面, 如下, 下列). */
const LIST_ANNOUNCEMENT = /以下|如下|下列|下述/u;

/** The paragraph ends in a colon, or its last sentence announces a list (主要有以下几点。). */
function introducesList(content: string): boolean {
  if (/[：:]$/u.test(content)) return true;
  const sentences = content.replace(/[。！？!?]$/u, '').split(/[。！？!?]/u);
  return LIST_ANNOUNCEMENT.test(sentences.at(-1) ?? '');
}

/** How the units of 第N… headings nest: a part holds chapters, a chapter sections, a section articles. */
const UNIT_RANK = new Map([
  ['ordinal-unit:部分', 1],
  ['ordinal-unit:章', 2],
  ['ordinal-unit:节', 3],
  ['ordinal-unit:条', 4],
]);

/** 附件2 or 附录 with at most a title after it (附件1 智能制造典型场景): an attachment starts. 附件：1.… is a list of them. */
function isAttachmentLabel(match: MarkerMatch, line: Line): boolean {
  if (match.family !== 'block' || !/^block:(?:附件|附录|附表)/u.test(match.sequenceKey)) return false;
  const after = line.content.slice(match.end - line.contentStart);
  if (/^[ \t\u3000]*[：:]/u.test(after)) return false;
  return !/[。；;，,！？]/u.test(after);
}

function levelKey(sequenceKey: string, level: number): string {
  return `${sequenceKey}@${level}`;
}

/** Reads one line alone; offsets relative to it. */
function readLine(line: LineText): LineReading {
  const text = line.normalizedText;
  const contentStart = LEADING_NOISE.exec(text)![0].length;
  let contentEnd = text.length;
  while (contentEnd > contentStart && TRAILING_SPACE.test(text[contentEnd - 1]!)) contentEnd--;
  const content = text.slice(contentStart, contentEnd);
  if (!content) return { contentStart, contentEnd, content, leading: null, shape: NO_SHAPE, bodyMarkers: [], afterLeading: null };
  const leading = matchLeadingMarker(text, contentStart);
  const upToContentEnd = text.slice(0, contentEnd);
  return {
    contentStart,
    contentEnd,
    content,
    leading,
    shape: shapeOf(content),
    bodyMarkers: findInlineMarkers(upToContentEnd, contentStart),
    afterLeading: leading && {
      markers: findInlineMarkers(upToContentEnd, leading.end),
      runIn: ENUMERATION_WORD_FAMILIES.has(leading.family) ? null : findRunIn(text, leading.end, contentEnd),
    },
  };
}

/** An empty line: the builder skips it. */
const NO_SHAPE: LineShape = {
  date: false,
  title: false,
  completeTitle: false,
  salutation: false,
  speechSalutation: false,
  signature: false,
  long: false,
  open: false,
  endsWithColon: false,
  introducesList: false,
};

function shapeOf(content: string): LineShape {
  return {
    date: isDateLine(content),
    title: hasTitleShape(content),
    completeTitle: isCompleteTitle(content),
    salutation: hasSalutationShape(content),
    speechSalutation: isSpeechSalutation(content),
    signature: hasSignatureShape(content),
    long: countHan(content) >= 20,
    open: endsOpen(content),
    endsWithColon: /[：:]$/u.test(content),
    introducesList: introducesList(content),
  };
}

/**
 * Text wrapped at a fixed width (PDF extracts, plain-text mail) breaks lines
 * anywhere, also before a 、 of a running list (…日语、韩语⏎、荷兰语、波兰语…):
 * the 、 opening the next line is then the list's, not a stripped ordinal.
 * Read so when the line before runs on as a long sentence that ends with no
 * mark at all, and the line itself runs on as a sentence, not a short title
 * (a stripped heading after a paragraph follows its 。, or a title line).
 */
function continuesWrappedLine(previous: Line | null, line: Line): boolean {
  if (!previous || !line.leading?.missingOrdinal) return false;
  return previous.shape.long && /[\p{Script=Han}\p{N}]$/u.test(previous.content) && line.shape.long;
}

function normalizedOf(source: OutlineSource, line: OutlineLine): string {
  return source.normalizedText.slice(line.offset, line.offset + line.text.length);
}

/**
 * A heading whose body follows on the same line after nothing but
 * whitespace, where a line break (or a 。) was lost: …推荐工作 一直以来….
 * The part before the space must read as a whole title and the part after
 * as the start of a body: an intended space inside a slogan heading
 * (强化组织领导 压实安全责任) leaves too little after it.
 */
function findRunIn(text: string, titleStart: number, contentEnd: number): { offset: number; length: number } | null {
  let sentenceEnd = titleStart;
  while (sentenceEnd < contentEnd && !TITLE_END.test(text[sentenceEnd]!)) sentenceEnd++;
  for (const match of text.slice(0, sentenceEnd).matchAll(WHITESPACE_RUN)) {
    const offset = match.index;
    if (offset <= titleStart) continue;
    const before = text.slice(titleStart, offset);
    const afterStart = offset + match[0].length;
    if (countHan(before) < 4 || !/\p{Script=Han}$/u.test(before) || !isBalanced(before)) continue;
    if (!/\p{Script=Han}/u.test(text[afterStart] ?? '')) continue;
    let afterEnd = afterStart;
    while (afterEnd < contentEnd && !TITLE_END.test(text[afterEnd]!)) afterEnd++;
    const startsWithItem = /^(?:[一二三四五六七八九十]{1,2}[是要]|首先|其次|第[一二三四五六七八九十]{1,2}[，,、])/u.test(
      text.slice(afterStart),
    );
    if (startsWithItem) return { offset, length: match[0].length };
    const body = text.slice(afterStart, afterEnd);
    if (countHan(body) >= 15 && readsAsProse(body, text[afterEnd])) return { offset, length: match[0].length };
  }
  return null;
}

/**
 * A body's first sentence reads as prose: it has a clause inside (a comma, a
 * list comma, a colon) or ends with a full stop. A news headline whose parts
 * a space separates (美媒称美向中东地区调遣航母打击群 部分驻军人员撤离…；)
 * has neither: its parts are phrases, and a list of headlines ends them
 * with a semicolon or nothing.
 */
function readsAsProse(body: string, end: string | undefined): boolean {
  return /[，,、：:]/u.test(body) || end === '。';
}

function isBalanced(text: string): boolean {
  const count = (pattern: RegExp) => text.match(pattern)?.length ?? 0;
  return count(/[“]/gu) === count(/[”]/gu) && count(/[（(]/gu) === count(/[）)]/gu) && count(/《/gu) === count(/》/gu);
}
