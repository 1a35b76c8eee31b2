import { TextareaEditor } from './shared/textarea-editor.js';
import type { EditorAdapter } from './shared/types.js';

/** `<textarea>`: underlines drawn from a style-matched mirror, since a textarea's text has no DOM nodes. */
export const textareaAdapter: EditorAdapter = {
  family: 'textarea',
  findRoot(element) {
    if (!(element instanceof element.ownerDocument.defaultView!.HTMLTextAreaElement)) return undefined;
    if (element.readOnly || element.disabled || !showsItsText(element)) return undefined;
    return element;
  },
  attach(root) {
    return new TextareaEditor(root as HTMLTextAreaElement);
  },
};

/**
 * Whether the writer reads the text in the textarea itself. Code editors
 * (Monaco, CodeMirror 5, Ace) take input through a hidden textarea (a pixel
 * wide, transparent or with opacity 0) and draw the text elsewhere; its value
 * is a fragment whose mirror lands along the first line, so boxes drawn from
 * it would be in the wrong places. Such an editor gets no underlines at all.
 */
function showsItsText(textarea: HTMLTextAreaElement): boolean {
  const view = textarea.ownerDocument.defaultView!;
  const style = view.getComputedStyle(textarea);
  const fontSize = Number.parseFloat(style.fontSize) || 16;
  // Less than two characters wide or less than one line high: nobody reads text in it.
  if (textarea.clientWidth < 2 * fontSize || textarea.clientHeight < fontSize) return false;
  if (style.visibility !== 'visible' || isTransparent(style.color)) return false;
  for (let element: Element | null = textarea; element; element = element.parentElement) {
    if (Number.parseFloat(view.getComputedStyle(element).opacity) < 0.05) return false;
  }
  return true;
}

/** A computed colour with alpha zero (`transparent` computes to `rgba(0, 0, 0, 0)`). */
function isTransparent(color: string): boolean {
  const alpha = /^rgba\([^)]*,\s*([\d.]+)\)$/u.exec(color)?.[1];
  return color === 'transparent' || (alpha !== undefined && Number.parseFloat(alpha) === 0);
}
