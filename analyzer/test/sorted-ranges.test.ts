import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countBelow, indexOfRangeContaining, indexOfRangeHolding } from '../src/text/sorted-ranges.js';

/** Ascending distinct offsets. */
const ascending = fc.uniqueArray(fc.nat(200), { maxLength: 30 }).map((values) => values.sort((a, b) => a - b));

describe('binary searches over text-ordered ranges agree with a linear scan', () => {
  it('indexOfRangeHolding: the last range starting at or before the offset', () => {
    fc.assert(
      fc.property(ascending, fc.nat(220), (rest, offset) => {
        const starts = [0, ...rest.filter((start) => start > 0)];
        const expected = starts.findLastIndex((start) => start <= offset);
        expect(indexOfRangeHolding(starts, offset)).toBe(expected);
      }),
    );
  });

  it('indexOfRangeContaining: the range containing the offset, -1 in a gap', () => {
    fc.assert(
      fc.property(ascending, fc.nat(220), (bounds, offset) => {
        // Pairs of consecutive bounds make non-overlapping ranges with gaps between them.
        const ranges = [];
        for (let index = 0; index + 1 < bounds.length; index += 2)
          ranges.push({ start: bounds[index]!, end: bounds[index + 1]! });
        const expected = ranges.findIndex((range) => range.start <= offset && offset < range.end);
        const found = indexOfRangeContaining(
          ranges,
          offset,
          (range) => range.start,
          (range) => range.end,
        );
        expect(found).toBe(expected);
      }),
    );
  });

  it('countBelow: how many values are below', () => {
    fc.assert(
      fc.property(ascending, fc.nat(220), (values, value) => {
        expect(countBelow(values, value)).toBe(values.filter((candidate) => candidate < value).length);
      }),
    );
  });
});
