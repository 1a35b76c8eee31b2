/**
 * Lines as every part of Tiankong counts them: CRLF is one break, and so are
 * CR, LF, U+2028 and U+2029 (as JavaScript's own line terminators). The
 * document's paragraphs, line/column positions, the outline and the script
 * folding all split here, so they can never disagree on where a line ends.
 */

/** One line break; global, for `matchAll`. */
export const LINE_BREAK = /\r\n|[\n\r\u2028\u2029]/gu;

/** Where each line starts and ends (before its line break); an empty text is one empty line. */
export function lineBounds(text: string): Array<{ start: number; end: number }> {
  const lines: Array<{ start: number; end: number }> = [];
  let start = 0;
  for (const match of text.matchAll(LINE_BREAK)) {
    lines.push({ start, end: match.index });
    start = match.index + match[0].length;
  }
  lines.push({ start, end: text.length });
  return lines;
}
