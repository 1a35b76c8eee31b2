/**
 * Binary searches over things laid out in text order (lines, paragraphs,
 * tokens, documents), shared so that each caller does not carry its own.
 */

/**
 * The index of the range holding `offset`, for consecutive ranges (lines,
 * Word paragraphs) given by their ascending start offsets, the first at 0:
 * the last range that starts at or before `offset`.
 */
export function indexOfRangeHolding(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle]! <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

/**
 * The index of the range that contains `offset` (`start <= offset < end`),
 * for ranges in text order that do not overlap but may leave gaps; -1 in a gap.
 */
export function indexOfRangeContaining<Range>(
  ranges: readonly Range[],
  offset: number,
  startOf: (range: Range) => number,
  endOf: (range: Range) => number,
): number {
  let low = 0;
  let high = ranges.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const range = ranges[middle]!;
    if (offset < startOf(range)) high = middle - 1;
    else if (offset >= endOf(range)) low = middle + 1;
    else return middle;
  }
  return -1;
}

/** How many of the ascending `sorted` values are below `value`. */
export function countBelow(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}
