import { indexOfRangeHolding } from '../text/sorted-ranges.js';
import type { Position } from './document.js';

/** A line break as the core counts them: CRLF is one break, and so are CR, LF, U+2028 and U+2029. */
export const LINE_BREAK = /\r\n|[\n\r\u2028\u2029]/gu;

/**
 * 1-based line/column of any offset in a text, counted the way the core
 * counts them (columns in UTF-16 code units), for offsets findings do not
 * carry: the end of a span, a fix's place, a section's heading.
 */
export function createPositionFinder(text: string): (offset: number) => Position {
  const lineStarts = [0];
  for (const match of text.matchAll(LINE_BREAK)) lineStarts.push(match.index + match[0].length);
  return (offset) => {
    const lineIndex = indexOfRangeHolding(lineStarts, offset);
    return { line: lineIndex + 1, column: offset - lineStarts[lineIndex]! + 1 };
  };
}
