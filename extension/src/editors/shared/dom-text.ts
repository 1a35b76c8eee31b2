/**
 * Reads the text of a rich editor's DOM the way a writer sees it (one line per
 * paragraph) and maps offsets in that text back to DOM positions, without
 * ever changing the DOM.
 */

/** A run of the extracted text that comes from one DOM text node. */
export interface TextSegment {
  node: Text;
  /** Offset in the text node where the run starts. */
  nodeOffset: number;
  /** Offset in the extracted text where the run starts. */
  textStart: number;
  length: number;
}

export interface DomTextOptions {
  /** Elements whose content is editor machinery, not the writer's text (cursors, fillers, placeholders, widgets). */
  skip?: (element: Element) => boolean;
}

export interface DomText {
  text: string;
  segments: TextSegment[];
}

const BLOCK_ELEMENTS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'CENTER', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION',
  'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE',
  'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]); // biome-ignore format: a list

const NEVER_TEXT = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'TEXTAREA', 'SELECT', 'SVG', 'MATH']);

/** Zero-width characters editors insert as caret anchors and fillers; invisible to the writer, so left out. */
const INVISIBLE = /[\u200B\u2060\uFEFF]/u;

/**
 * Walks `root` and returns its text: one line per block (paragraph, heading,
 * list item, table cell), `<br>` as a line break unless it only keeps an
 * empty line open, invisible filler characters dropped.
 */
export function readDomText(root: Element, options: DomTextOptions = {}): DomText {
  const skip = options.skip ?? (() => false);
  const parts: string[] = [];
  const segments: TextSegment[] = [];
  let length = 0;
  let lastCharacter = '';
  /** A `<br>` seen but not yet written: it only counts if more text follows in the same block. */
  let pendingBreak = false;

  const append = (value: string) => {
    if (value.length === 0) return;
    parts.push(value);
    length += value.length;
    lastCharacter = value[value.length - 1]!;
  };
  const flushBreak = () => {
    if (pendingBreak) {
      pendingBreak = false;
      append('\n');
    }
  };

  const appendTextNode = (node: Text) => {
    const data = node.data;
    let runStart = 0;
    for (let index = 0; index <= data.length; index++) {
      if (index < data.length && !INVISIBLE.test(data[index]!)) continue;
      if (index > runStart) {
        flushBreak();
        segments.push({ node, nodeOffset: runStart, textStart: length, length: index - runStart });
        append(data.slice(runStart, index));
      }
      runStart = index + 1;
    }
  };

  let blockCount = 0;
  const walk = (element: Element): void => {
    for (let child = element.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        appendTextNode(child as Text);
        continue;
      }
      if (child.nodeType !== 1) continue;
      const childElement = child as Element;
      const tag = childElement.tagName.toUpperCase();
      if (NEVER_TEXT.has(tag) || skip(childElement)) continue;
      if (tag === 'BR') {
        flushBreak();
        pendingBreak = true;
        continue;
      }
      if (BLOCK_ELEMENTS.has(tag)) {
        // A block starts on a line of its own.
        pendingBreak = false;
        if (length > 0 && lastCharacter !== '\n') append('\n');
        const startLength = length;
        const blockCountBefore = blockCount;
        walk(childElement);
        pendingBreak = false;
        const hadChildBlocks = blockCount > blockCountBefore;
        // A leaf block always ends its line, even when empty (an empty paragraph is an empty line).
        if (!hadChildBlocks || (length > startLength && lastCharacter !== '\n')) append('\n');
        blockCount++;
        continue;
      }
      walk(childElement);
    }
  };
  walk(root);
  let text = parts.join('');
  // The last block's line break ends the document, not a line of its own.
  if (text.endsWith('\n')) text = text.slice(0, -1);
  return { text, segments };
}

/** Finds the segment holding `offset`; at a boundary between segments, prefers the one that starts there when `preferNext`. */
function segmentIndexAt(segments: readonly TextSegment[], offset: number, preferNext: boolean): number {
  let low = 0;
  let high = segments.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (segments[middle]!.textStart <= offset) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  if (found < 0) return segments.length > 0 ? 0 : -1;
  const segment = segments[found]!;
  if (offset >= segment.textStart + segment.length && found + 1 < segments.length) {
    // At the end of a run, or in synthetic text (a line break) after it: a range starts in the next run.
    return preferNext ? found + 1 : found;
  }
  if (!preferNext && offset === segment.textStart && found > 0) {
    const previous = segments[found - 1]!;
    if (previous.textStart + previous.length === offset) return found - 1;
  }
  return found;
}

/** The DOM position of a text offset: inside a text node. `edge` says whether it starts or ends a range. */
export function domPositionAt(
  domText: DomText,
  offset: number,
  edge: 'start' | 'end',
): { node: Text; offset: number } | undefined {
  const index = segmentIndexAt(domText.segments, offset, edge === 'start');
  if (index < 0) return undefined;
  const segment = domText.segments[index]!;
  const within = Math.min(Math.max(offset - segment.textStart, 0), segment.length);
  return { node: segment.node, offset: segment.nodeOffset + within };
}

/** A DOM Range over `length` characters of the extracted text at `offset`. */
export function domRangeFor(domText: DomText, offset: number, length: number): Range | undefined {
  const start = domPositionAt(domText, offset, 'start');
  const end = domPositionAt(domText, offset + length, 'end');
  if (!start || !end) return undefined;
  const range = start.node.ownerDocument.createRange();
  try {
    range.setStart(start.node, start.offset);
    range.setEnd(end.node, end.offset);
  } catch {
    return undefined;
  }
  return range;
}

/** The text offset of a DOM position (as returned by caret-from-point), or undefined outside the text. */
export function textOffsetAt(domText: DomText, node: Node, nodeOffset: number): number | undefined {
  for (const segment of domText.segments) {
    if (segment.node !== node) continue;
    if (nodeOffset >= segment.nodeOffset && nodeOffset <= segment.nodeOffset + segment.length) {
      return segment.textStart + (nodeOffset - segment.nodeOffset);
    }
  }
  return undefined;
}
