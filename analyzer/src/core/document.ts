import { buildOutline } from '../outline/build.js';
import type { Outline } from '../outline/types.js';
import { LineMemory, type LineText } from '../text/line-memory.js';
import { lineBounds } from '../text/lines.js';
import { indexOfRangeContaining, indexOfRangeHolding } from '../text/sorted-ranges.js';
import { normalizeText, type TextNormalizer } from '../text/text-normalization.js';
import type { Segmenter, Token } from './segmenter.js';

/** A line of the input: the text between two line breaks. Offsets are into the whole input. */
export interface Paragraph {
  index: number;
  start: number;
  /** End of the paragraph's text, before its line break. */
  end: number;
  /** The original text of the paragraph. */
  text: string;
  /** The normalized text of the paragraph, same length as `text`. */
  normalizedText: string;
}

export interface Position {
  /** 1-based. */
  line: number;
  /** 1-based, in UTF-16 code units. */
  column: number;
}

/**
 * The shared model every rule reads: the text, its paragraphs and their
 * tokens. Tokens are computed on first use, once per paragraph, on the
 * normalized text, with offsets into the whole input.
 */
export class AnalysisDocument {
  readonly text: string;
  /** Same length as `text`: full-width digits folded to ASCII and similar. Match patterns here, slice findings from `text`. */
  readonly normalizedText: string;
  readonly paragraphs: readonly Paragraph[];
  readonly segmenter: Segmenter;
  private readonly tokenCache = new Map<number, Token[]>();
  private cachedOutline: Outline | undefined;
  private readonly lineStarts: number[];
  private readonly lineMemory: LineMemory;

  /**
   * `normalizedText`, when given, is `text` already normalized (a paragraph
   * cut from a normalized document), so the work is not done twice;
   * `normalizers` are then not applied. `lineMemory` holds what earlier
   * analyses learnt about lines (the incremental analysis keeps one across
   * edits); without one, the document remembers for itself, so a line that
   * occurs twice is read once.
   */
  constructor(
    text: string,
    segmenter: Segmenter,
    normalizers: readonly TextNormalizer[] = [],
    normalizedText?: string,
    lineMemory: LineMemory = new LineMemory(),
  ) {
    if (normalizedText !== undefined && normalizedText.length !== text.length) {
      throw new RangeError('The normalized text must have the length of the text.');
    }
    this.text = text;
    this.segmenter = segmenter;
    this.lineMemory = lineMemory;
    const lines = lineBounds(text);
    this.lineStarts = lines.map((line) => line.start);
    if (normalizedText === undefined && normalizers.length === 0) {
      // The built-in normalization works line by line: each line's is remembered with the line, and an edit
      // normalizes only the lines it touched.
      const lineTexts = lines.map(({ start, end }) =>
        this.lineMemory.line(text.slice(start, end), (line) => normalizeText(line)),
      );
      this.normalizedText = joinLines(text, lines, lineTexts);
      this.paragraphs = lines.map(({ start, end }, index) => ({ index, start, end, ...lineTexts[index]! }));
      return;
    }
    // A caller's own normalizers may look across lines, so they see the whole text.
    this.normalizedText = normalizedText ?? normalizeText(text, normalizers);
    this.paragraphs = lines.map(({ start, end }, index) => ({
      index,
      start,
      end,
      text: text.slice(start, end),
      normalizedText: this.normalizedText.slice(start, end),
    }));
  }

  /** The documents, titles and numbered headings of the text; built on first use and shared by every rule. */
  get outline(): Outline {
    this.cachedOutline ??= buildOutline(this);
    return this.cachedOutline;
  }

  /**
   * A fact a document-scoped pass computes from one line alone, remembered by
   * the line's text across the analyses that share this document's line
   * memory (see {@link LineMemory}): offsets in it are relative to the line.
   */
  lineFact<Value>(kind: string, paragraph: Paragraph, compute: (line: LineText) => Value): Value {
    return this.lineMemory.remember(kind, paragraph, compute);
  }

  /**
   * Tokens of one paragraph, offsets into the whole input. Shared (with the
   * segmenter's memory, for a paragraph at offset 0): read them, never change them.
   */
  tokens(paragraph: Paragraph): Token[] {
    let tokens = this.tokenCache.get(paragraph.index);
    if (!tokens) {
      const segmented = this.segmenter.segment(paragraph.normalizedText);
      // A paragraph checked alone starts at 0: its tokens need no copy with shifted offsets.
      tokens =
        paragraph.start === 0
          ? segmented
          : segmented.map((token) => ({ ...token, start: token.start + paragraph.start, end: token.end + paragraph.start }));
      this.tokenCache.set(paragraph.index, tokens);
    }
    return tokens;
  }

  /** The paragraph holding `offset` (a line break belongs to the paragraph it ends). */
  paragraphAt(offset: number): Paragraph {
    return this.paragraphs[indexOfRangeHolding(this.lineStarts, offset)]!;
  }

  /** The token covering `offset`, or undefined on a line break. */
  tokenAt(offset: number): Token | undefined {
    const paragraph = this.paragraphAt(offset);
    const index = this.tokenIndexAt(offset);
    return index < 0 ? undefined : this.tokens(paragraph)[index];
  }

  /** Index of the token covering `offset` within its paragraph's tokens, or -1. */
  tokenIndexAt(offset: number): number {
    const paragraph = this.paragraphAt(offset);
    if (offset < paragraph.start || offset >= paragraph.end) return -1;
    return indexOfRangeContaining(
      this.tokens(paragraph),
      offset,
      (token) => token.start,
      (token) => token.end,
    );
  }

  positionAt(offset: number): Position {
    const lineIndex = indexOfRangeHolding(this.lineStarts, offset);
    return { line: lineIndex + 1, column: offset - this.lineStarts[lineIndex]! + 1 };
  }
}

/** The normalized lines with the text's own line breaks between them (normalization leaves those alone). */
function joinLines(text: string, lines: ReadonlyArray<{ start: number; end: number }>, lineTexts: readonly LineText[]): string {
  let normalized = '';
  let previousEnd = 0;
  lines.forEach(({ start, end }, index) => {
    normalized += text.slice(previousEnd, start);
    normalized += lineTexts[index]!.normalizedText;
    previousEnd = end;
  });
  return normalized;
}
