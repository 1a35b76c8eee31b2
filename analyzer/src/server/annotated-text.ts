/**
 * LanguageTool's annotated text (the `data` parameter of `/v2/check`): a
 * document as a list of text parts, which are checked, and markup parts,
 * which are not (`interpretAs` says what a markup part reads as, such as a
 * line break for `<p>`). The checker reads the plain text; the client wants
 * offsets into its own document, markup included, so every finding is
 * mapped back, as LanguageTool does.
 */
import { z } from 'zod';

/**
 * One part: `{"text": …}` or `{"markup": …, "interpretAs"?: …}`. Other keys
 * are ignored, as LanguageTool ignores them: annotatedtext, which several
 * clients use to build `data`, adds each part's `offset` in the source.
 */
const partSchema = z
  .object({ text: z.string().optional(), markup: z.string().optional(), interpretAs: z.string().optional() })
  .superRefine((part, context) => {
    if (part.text !== undefined && part.markup !== undefined)
      context.addIssue({
        code: 'custom',
        message: "Only either 'text' or 'markup' are supported in an object in 'annotation' list, not both",
      });
    else if (part.text !== undefined && part.interpretAs !== undefined)
      context.addIssue({ code: 'custom', message: "'text' cannot be used with 'interpretAs' (only 'markup' can)" });
    else if (part.text === undefined && part.markup === undefined)
      context.addIssue({ code: 'custom', message: "Only 'text' and 'markup' are supported in 'annotation' list" });
  });

/** `{"annotation": [...]}`, or `{"text": "..."}` (LanguageTool takes both); `metaData` is accepted and not used. */
export const annotatedTextSchema = z
  .object({ annotation: z.array(partSchema).optional(), text: z.string().optional(), metaData: z.unknown().optional() })
  .superRefine((data, context) => {
    if (data.text !== undefined && data.annotation !== undefined)
      context.addIssue({ code: 'custom', message: "'data' key in JSON requires either 'text' or 'annotation' key, not both" });
    else if (data.text === undefined && data.annotation === undefined)
      context.addIssue({ code: 'custom', message: "'data' key in JSON requires 'text' or 'annotation' key" });
  });
export type AnnotatedTextInput = z.infer<typeof annotatedTextSchema>;

/** One run of the plain text and where it came from in the original document. */
interface Piece {
  plainStart: number;
  plainEnd: number;
  originalStart: number;
  originalEnd: number;
  /** Text parts map character by character; a markup's `interpretAs` maps as a whole onto its markup. */
  kind: 'text' | 'markup';
}

export interface AnnotatedText {
  /** What the rules read: the text parts, and each markup as its `interpretAs`. */
  plain: string;
  /** The client's document: text and markup parts in order. Offsets in the response point here. */
  original: string;
  /** A plain-text span → the span of the original it came from. */
  toOriginal(offset: number, length: number): { offset: number; length: number };
}

/** Plain text as an annotated text of one part: offsets map to themselves. */
export function plainAnnotatedText(text: string): AnnotatedText {
  return { plain: text, original: text, toOriginal: (offset, length) => ({ offset, length }) };
}

export function buildAnnotatedText(input: AnnotatedTextInput): AnnotatedText {
  if (input.annotation === undefined) return plainAnnotatedText(input.text ?? '');
  const pieces: Piece[] = [];
  let plain = '';
  let original = '';
  for (const part of input.annotation) {
    const plainStart = plain.length;
    const originalStart = original.length;
    const kind = part.text !== undefined ? 'text' : 'markup';
    if (part.text !== undefined) {
      plain += part.text;
      original += part.text;
    } else {
      plain += part.interpretAs ?? '';
      original += part.markup ?? '';
    }
    pieces.push({ plainStart, plainEnd: plain.length, originalStart, originalEnd: original.length, kind });
  }
  const readable = pieces.filter((piece) => piece.plainEnd > piece.plainStart);
  return {
    plain,
    original,
    toOriginal(offset, length) {
      const start = mapStart(readable, offset, original.length);
      const end = length === 0 ? start : Math.max(start, mapEnd(readable, offset + length, original.length));
      return { offset: start, length: end - start };
    },
  };
}

/**
 * Where the character at `offset` came from: in a text part, the same
 * character; in an `interpretAs`, the start of its markup. The end of the
 * plain text maps to the end of the last part that has any.
 */
function mapStart(pieces: readonly Piece[], offset: number, originalLength: number): number {
  const piece = pieces[lastPieceStartingBefore(pieces, offset + 1)];
  if (!piece || offset >= piece.plainEnd) return pieces.at(-1)?.originalEnd ?? originalLength;
  return piece.kind === 'text' ? piece.originalStart + (offset - piece.plainStart) : piece.originalStart;
}

/** Where a span ending at `end` (exclusive) ends: after the same character, or after the whole markup. */
function mapEnd(pieces: readonly Piece[], end: number, originalLength: number): number {
  const piece = pieces[lastPieceStartingBefore(pieces, end)];
  if (!piece) return pieces[0]?.originalStart ?? originalLength;
  if (end > piece.plainEnd) return piece.originalEnd;
  return piece.kind === 'text' ? piece.originalStart + (end - piece.plainStart) : piece.originalEnd;
}

/** Index of the last piece whose plain text starts before `position`, or -1 (binary search: a draft in Markdown has thousands of parts). */
function lastPieceStartingBefore(pieces: readonly Piece[], position: number): number {
  let low = 0;
  let high = pieces.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (pieces[middle]!.plainStart < position) low = middle + 1;
    else high = middle;
  }
  return low - 1;
}
