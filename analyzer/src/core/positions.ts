import { lineBounds } from '../text/lines.js';
import { indexOfRangeHolding } from '../text/sorted-ranges.js';
import type { Position } from './document.js';

/**
 * 1-based line/column of any offset in a text, counted the way the core
 * counts them (columns in UTF-16 code units), for offsets findings do not
 * carry: the end of a span, a fix's place, a section's heading.
 */
export function createPositionFinder(text: string): (offset: number) => Position {
  const lineStarts = lineBounds(text).map((line) => line.start);
  return (offset) => {
    const lineIndex = indexOfRangeHolding(lineStarts, offset);
    return { line: lineIndex + 1, column: offset - lineStarts[lineIndex]! + 1 };
  };
}
