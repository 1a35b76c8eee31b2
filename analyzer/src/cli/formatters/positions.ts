import type { Position } from '../../core/document.js';

const LINE_BREAK = /\r\n|[\n\r\u2028\u2029]/gu;

/**
 * 1-based line/column of any offset in a text, counted the way the core
 * counts them (CRLF is one break, columns in UTF-16 code units), for the
 * end of a span, which findings do not carry.
 */
export function createPositionFinder(text: string): (offset: number) => Position {
  const lineStarts = [0];
  for (const match of text.matchAll(LINE_BREAK)) lineStarts.push(match.index + match[0].length);
  return (offset) => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (lineStarts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - lineStarts[low]! + 1 };
  };
}

/** A path as a relative URI reference (forward slashes, each segment percent-encoded), or a file: URI when absolute. */
export function pathToUri(path: string): string {
  const slashed = path.replace(/\\/gu, '/');
  const encoded = slashed
    .split('/')
    .map((segment, index) => (index === 0 && /^[A-Za-z]:$/u.test(segment) ? segment : encodeURIComponent(segment)))
    .join('/');
  if (slashed.startsWith('/')) return `file://${encoded}`;
  if (/^[A-Za-z]:\//u.test(slashed)) return `file:///${encoded}`;
  return encoded;
}
