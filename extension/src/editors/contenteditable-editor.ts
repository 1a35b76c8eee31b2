import type { EditorFamily } from '../messaging/protocol.js';
import { type DomText, type DomTextOptions, domRangeFor, readDomText, textOffsetAt } from './dom-text.js';
import { frameOrigin, intersect, nextFrame, toViewportRects } from './geometry.js';
import type { AttachedEditor, ViewportRect } from './types.js';

/**
 * An editor whose text lives in DOM text nodes under an editable root: plain
 * contenteditable and every rich editor family. Families differ only in how
 * their root is found and which of their nodes are machinery (`DomTextOptions`).
 */
export class ContentEditableEditor implements AttachedEditor {
  readonly document: Document;
  readonly hasDomRanges = true;
  private domText: DomText = { text: '', segments: [] };

  constructor(
    readonly family: EditorFamily,
    readonly root: HTMLElement,
    private readonly options: DomTextOptions = {},
  ) {
    this.document = root.ownerDocument;
  }

  readText(): string {
    this.domText = readDomText(this.root, this.options);
    return this.domText.text;
  }

  rangeFor(offset: number, length: number): Range | undefined {
    return domRangeFor(this.domText, offset, length);
  }

  rectsFor(offset: number, length: number): ViewportRect[] {
    const range = this.rangeFor(offset, length);
    if (!range) return [];
    return toViewportRects(range.getClientRects(), frameOrigin(this.document));
  }

  visibleBox(): ViewportRect {
    const origin = frameOrigin(this.document);
    const box = this.root.getBoundingClientRect();
    const view = this.document.defaultView;
    const own = { left: box.left + origin.x, top: box.top + origin.y, width: box.width, height: box.height };
    const viewport = {
      left: origin.x,
      top: origin.y,
      width: view?.innerWidth ?? box.width,
      height: view?.innerHeight ?? box.height,
    };
    return intersect(own, viewport) ?? { left: 0, top: 0, width: 0, height: 0 };
  }

  /** The text between the caret positions at the top-left and bottom-right corners of what is visible of the editor. */
  visibleSpan(): { start: number; end: number } {
    const box = this.visibleBox();
    const whole = { start: 0, end: this.domText.text.length };
    if (box.width === 0 || box.height === 0) return { start: 0, end: 0 };
    const start = this.offsetAtPoint(box.left + 1, box.top + 1);
    const end = this.offsetAtPoint(box.left + box.width - 1, box.top + box.height - 1);
    return { start: start ?? whole.start, end: end ?? whole.end };
  }

  offsetAtPoint(x: number, y: number): number | undefined {
    const origin = frameOrigin(this.document);
    const localX = x - origin.x;
    const localY = y - origin.y;
    const document = this.document as Document & {
      caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    };
    const position = document.caretPositionFromPoint?.(localX, localY);
    if (position) return textOffsetAt(this.domText, position.offsetNode, position.offset);
    const range = document.caretRangeFromPoint?.(localX, localY);
    return range ? textOffsetAt(this.domText, range.startContainer, range.startOffset) : undefined;
  }

  select(offset: number, length: number): void {
    this.readText();
    const range = this.rangeFor(offset, length);
    if (!range) return;
    this.root.focus({ preventScroll: true });
    const selection = this.document.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    const frame = this.document.defaultView?.frameElement;
    frame?.scrollIntoView({ block: 'nearest' });
    (range.startContainer.parentElement ?? this.root).scrollIntoView({ block: 'center', inline: 'nearest' });
  }

  async replace(offset: number, length: number, text: string): Promise<boolean> {
    const before = this.readText();
    // Focus first and let the editor restore its own selection on focus (CKEditor does, a moment later);
    // only then select the span, so the editor's model takes our selection.
    if (!this.root.contains(this.document.activeElement) && this.document.activeElement !== this.root) {
      this.root.focus({ preventScroll: true });
      await nextFrame(this.document.defaultView);
    }
    this.select(offset, length);
    const range = this.rangeFor(offset, length);
    // Rich editors map the DOM selection into their model on `selectionchange`; let that happen first.
    await nextFrame(this.document.defaultView);
    if ((range && this.dispatchBeforeInput(range, text)) || (text !== '' && this.dispatchPaste(text))) {
      await nextFrame(this.document.defaultView);
    } else {
      // No editor took the input: the browser's own editing command changes the DOM as typing
      // would (textarea-like plain contenteditable keeps its native undo).
      if (text === '') this.document.execCommand('delete', false);
      else this.document.execCommand('insertText', false, text);
      await nextFrame(this.document.defaultView);
    }
    return this.readText() !== before;
  }

  /**
   * Offers the change as the `beforeinput` event typing would send. Editors
   * with a model of their own (CKEditor 5, Lexical, Slate, Quill) handle it
   * through their input pipeline — model, rendering and undo history — and
   * cancel it. Chromium fires no `beforeinput` for `execCommand`, so without
   * this those editors would see a foreign DOM change and revert it.
   */
  /**
   * Offers the text as a paste of plain text, for editors that take input
   * through their clipboard pipeline but not through `beforeinput`
   * (TinyMCE): the editor inserts it as one step of its undo history.
   */
  private dispatchPaste(text: string): boolean {
    const view = this.document.defaultView as (Window & typeof globalThis) | null;
    if (!view) return false;
    const data = new view.DataTransfer();
    data.setData('text/plain', text);
    const event = new view.ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true });
    this.root.dispatchEvent(event);
    return event.defaultPrevented;
  }

  private dispatchBeforeInput(range: Range, text: string): boolean {
    const view = this.document.defaultView as (Window & typeof globalThis) | null;
    if (!view) return false;
    const targetRange = new view.StaticRange({
      startContainer: range.startContainer,
      startOffset: range.startOffset,
      endContainer: range.endContainer,
      endOffset: range.endOffset,
    });
    const event = new view.InputEvent('beforeinput', {
      inputType: text === '' ? 'deleteContentBackward' : 'insertText',
      data: text === '' ? null : text,
      targetRanges: [targetRange],
      bubbles: true,
      cancelable: true,
      composed: true,
    });
    this.root.dispatchEvent(event);
    return event.defaultPrevented;
  }
}
