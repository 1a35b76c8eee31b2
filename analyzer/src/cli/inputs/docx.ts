/**
 * The text of a Word (.docx) file, one line per paragraph.
 *
 * mammoth reads the document; Tiankong walks mammoth's document tree itself
 * instead of taking its raw-text output, because the raw text separates
 * paragraphs with blank lines and drops line breaks, and findings must be
 * able to say which paragraph they are in.
 */
import mammoth from 'mammoth';
import { indexOfRangeHolding } from '../../text/sorted-ranges.js';

export interface WordText {
  /** Paragraphs in document order (body, then table cells as they appear), joined with `\n`. */
  text: string;
  /** Offset in `text` where paragraph n (1-based) starts: `paragraphStarts[n - 1]`. */
  paragraphStarts: number[];
}

/** The parts of mammoth's document model that carry text. */
interface DocumentElement {
  type: string;
  children?: DocumentElement[];
  value?: string;
  breakType?: string;
  checked?: boolean;
  isUnderline?: boolean;
}

/** Spaces a clerk underlines to draw a line to write on. */
const UNDERLINED_BLANK = /[ \u00a0\u3000\t]/gu;

export async function extractWordText(buffer: Buffer): Promise<WordText> {
  let root: DocumentElement | undefined;
  // The HTML mammoth produces is not used; transformDocument is its public hook into the parsed document.
  await mammoth.convertToHtml(
    { buffer },
    {
      transformDocument: (document: DocumentElement) => {
        root = document;
        return document;
      },
    },
  );
  const paragraphs: string[] = [];
  collectParagraphs(root, paragraphs);
  const paragraphStarts: number[] = [];
  let offset = 0;
  for (const paragraph of paragraphs) {
    paragraphStarts.push(offset);
    offset += paragraph.length + 1;
  }
  return { text: paragraphs.join('\n'), paragraphStarts };
}

function collectParagraphs(element: DocumentElement | undefined, paragraphs: string[]): void {
  if (!element) return;
  if (element.type === 'paragraph') {
    paragraphs.push(paragraphText(element, false));
    return;
  }
  for (const child of element.children ?? []) collectParagraphs(child, paragraphs);
}

function paragraphText(element: DocumentElement, underlined: boolean): string {
  switch (element.type) {
    case 'text': {
      const value = element.value ?? '';
      // An underlined blank reads as a line to fill in; underscores keep its length, so offsets stay put.
      return underlined ? value.replace(UNDERLINED_BLANK, '_') : value;
    }
    case 'tab':
      return underlined ? '_' : '\t';
    case 'break':
      // A line break (Shift+Enter) starts a new line within the paragraph; page and column breaks are layout only.
      return element.breakType === 'line' ? '\n' : '';
    case 'checkbox':
      return element.checked ? '☑' : '☐';
    case 'run':
      return (element.children ?? []).map((child) => paragraphText(child, Boolean(element.isUnderline))).join('');
    default:
      return (element.children ?? []).map((child) => paragraphText(child, underlined)).join('');
  }
}

/** 1-based number of the paragraph holding `offset`. */
export function paragraphNumberAt(paragraphStarts: readonly number[], offset: number): number {
  return indexOfRangeHolding(paragraphStarts, offset) + 1;
}
