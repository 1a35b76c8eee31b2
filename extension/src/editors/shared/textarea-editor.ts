import { getOverlay } from '../../content/overlay.js';
import { intersect, nextFrame } from './geometry.js';
import { checkReplacement, type ReplaceOutcome } from './replacement.js';
import { TextareaMirror } from './textarea-mirror.js';
import type { AttachedEditor, ViewportRect } from './types.js';

/** Styles that decide where a textarea's characters land; the mirror copies them. */
const MIRRORED_STYLES = [
  'boxSizing', 'fontFamily', 'fontSize', 'fontStyle', 'fontVariant', 'fontWeight', 'fontStretch', 'fontFeatureSettings',
  'letterSpacing', 'lineHeight', 'textTransform', 'textIndent', 'textAlign', 'wordSpacing', 'tabSize', 'whiteSpace',
  'wordBreak', 'overflowWrap', 'direction', 'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft', 'lineBreak',
] as const; // biome-ignore format: a list

/**
 * A `<textarea>`: its text is a value, not DOM nodes, so there is nothing to
 * attach a Range to. A style-matched mirror (in the extension's own shadow
 * root, invisible) lays out the same text at the same place; ranges in the
 * mirror give the boxes the overlay draws.
 */
export class TextareaEditor implements AttachedEditor {
  readonly family = 'textarea' as const;
  readonly hasDomRanges = false;
  readonly document: Document;
  private readonly mirrorLayout: TextareaMirror;
  private readonly mirror: HTMLDivElement;

  constructor(readonly root: HTMLTextAreaElement) {
    this.document = root.ownerDocument;
    this.mirrorLayout = new TextareaMirror(this.document);
    this.mirror = this.mirrorLayout.element;
    getOverlay(this.document).mirrors.append(this.mirror);
  }

  readText(): string {
    return this.root.value;
  }

  rangeFor(): Range | undefined {
    return undefined;
  }

  /** Whether the mirror's styles and position were synced in this frame (a layout per keystroke, not per underline). */
  private syncedThisFrame = false;
  private styleSignature = '';

  /** Lays the mirror over the textarea with its styles, size, text and scroll position. */
  private syncMirror(): void {
    this.mirrorLayout.setText(this.root.value);
    if (this.syncedThisFrame) {
      this.mirror.scrollTop = this.root.scrollTop;
      this.mirror.scrollLeft = this.root.scrollLeft;
      return;
    }
    this.syncedThisFrame = true;
    this.document.defaultView?.requestAnimationFrame(() => {
      this.syncedThisFrame = false;
    });
    const style = this.document.defaultView!.getComputedStyle(this.root);
    const box = this.root.getBoundingClientRect();
    // Rewriting unchanged styles would make the browser lay the whole mirror out again on every keystroke.
    const signature = [
      ...MIRRORED_STYLES.map((property) => style[property]),
      box.left,
      box.top,
      this.root.clientWidth,
      this.root.clientHeight,
    ].join('|');
    if (signature === this.styleSignature) {
      this.mirror.scrollTop = this.root.scrollTop;
      this.mirror.scrollLeft = this.root.scrollLeft;
      return;
    }
    this.styleSignature = signature;
    const mirrorStyle = this.mirror.style;
    for (const property of MIRRORED_STYLES) mirrorStyle[property] = style[property];
    mirrorStyle.position = 'fixed';
    mirrorStyle.visibility = 'hidden';
    mirrorStyle.pointerEvents = 'none';
    mirrorStyle.overflow = 'hidden';
    mirrorStyle.whiteSpace = 'pre-wrap';
    mirrorStyle.overflowWrap = style.overflowWrap === 'normal' ? 'break-word' : style.overflowWrap;
    mirrorStyle.border = '0';
    mirrorStyle.margin = '0';
    mirrorStyle.boxSizing = 'border-box';
    // clientWidth leaves out the scrollbar, so lines wrap where the textarea's do.
    mirrorStyle.left = `${box.left + this.root.clientLeft}px`;
    mirrorStyle.top = `${box.top + this.root.clientTop}px`;
    mirrorStyle.width = `${this.root.clientWidth}px`;
    mirrorStyle.height = `${this.root.clientHeight}px`;
    this.mirror.scrollTop = this.root.scrollTop;
    this.mirror.scrollLeft = this.root.scrollLeft;
  }

  /**
   * The offsets scrolled into view, found by bisection over the mirror's
   * layout (line tops grow with the offset): a long draft has thousands of
   * findings, but only the visible ones need boxes.
   */
  visibleSpan(): { start: number; end: number } {
    this.syncMirror();
    const visible = this.visibleBox();
    const length = this.mirrorLayout.length;
    const lineOf = (offset: number) => this.mirrorLayout.range(offset, Math.min(1, length - offset)).getBoundingClientRect();
    const firstFrom = (predicate: (rect: DOMRect) => boolean) => {
      let low = 0;
      let high = length;
      while (low < high) {
        const middle = (low + high) >> 1;
        if (predicate(lineOf(middle))) high = middle;
        else low = middle + 1;
      }
      return low;
    };
    const start = firstFrom((rect) => rect.bottom >= visible.top);
    const end = firstFrom((rect) => rect.top > visible.top + visible.height);
    return { start, end };
  }

  rectsFor(offset: number, length: number): ViewportRect[] {
    this.syncMirror();
    const end = Math.min(offset + length, this.mirrorLayout.length);
    if (offset > end) return [];
    const range = this.mirrorLayout.range(offset, end - offset);
    const visible = this.visibleBox();
    const rects: ViewportRect[] = [];
    for (const rect of range.getClientRects()) {
      if (rect.width === 0) continue;
      const shown = intersect({ left: rect.left, top: rect.top, width: rect.width, height: rect.height }, visible);
      if (shown) rects.push(shown);
    }
    return rects;
  }

  visibleBox(): ViewportRect {
    const box = this.root.getBoundingClientRect();
    return {
      left: box.left + this.root.clientLeft,
      top: box.top + this.root.clientTop,
      width: this.root.clientWidth,
      height: this.root.clientHeight,
    };
  }

  /** A textarea has no caret-from-point; hit testing falls back to the boxes of the findings. */
  offsetAtPoint(): number | undefined {
    return undefined;
  }

  select(offset: number, length: number): void {
    this.root.focus({ preventScroll: true });
    this.root.setSelectionRange(offset, offset + length);
    // Scroll the textarea so the selection is in view, then the page so the textarea is.
    this.syncMirror();
    const start = Math.min(offset, this.mirrorLayout.length);
    const range = this.mirrorLayout.range(start, Math.min(offset + length, this.mirrorLayout.length) - start);
    const rect = range.getBoundingClientRect();
    const visible = this.visibleBox();
    const lineTop = rect.top - visible.top + this.root.scrollTop;
    if (lineTop < this.root.scrollTop || lineTop + rect.height > this.root.scrollTop + visible.height) {
      this.root.scrollTop = Math.max(0, lineTop - visible.height / 2);
    }
    this.root.scrollIntoView({ block: 'nearest' });
  }

  async replace(offset: number, length: number, text: string): Promise<ReplaceOutcome> {
    const before = this.root.value;
    const replacement = { offset, length, text };
    this.select(offset, length);
    await nextFrame(this.document.defaultView);
    // The browser's own editing command keeps the textarea's native undo history.
    const accepted =
      text === '' ? this.document.execCommand('delete', false) : this.document.execCommand('insertText', false, text);
    if (!accepted) {
      this.root.setRangeText(text, offset, offset + length, 'end');
      this.root.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText', data: text }));
    }
    await nextFrame(this.document.defaultView);
    const check = checkReplacement(before, this.root.value, replacement);
    if (check === 'applied') return 'applied';
    if (check === 'unchanged') return 'refused';
    // A page script rewrote the value on input: take it back (the native undo, else the old value).
    this.document.execCommand('undo', false);
    if (this.root.value !== before) {
      this.root.value = before;
      this.root.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'historyUndo' }));
    }
    return this.root.value === before ? 'refused' : 'damaged';
  }

  dispose(): void {
    this.mirror.remove();
  }
}
