import type { EditorFamily } from '../../messaging/protocol.js';
import type { ReplaceOutcome } from './replacement.js';

/** A point or box in the coordinates of the top-level page's viewport. */
export interface ViewportRect {
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * An editor the content script is attached to. Everything reads the page;
 * the only writes go through the editor's own input path (`replace`), so the
 * editor's undo history records them.
 */
export interface AttachedEditor {
  readonly family: EditorFamily;
  /** The element whose text is analysed: the textarea, or the editable root. */
  readonly root: HTMLElement;
  /** The document holding the root: the page's, or an editor iframe's (TinyMCE). */
  readonly document: Document;
  /** The current text; also refreshes the map from offsets to the screen. */
  readText(): string;
  /** Whether the text lives in DOM text nodes, so that `rangeFor` gives ranges `::highlight` can paint. */
  readonly hasDomRanges: boolean;
  /** A DOM Range over the text, when the editor's text lives in DOM text nodes (what `::highlight` draws). */
  rangeFor(offset: number, length: number): Range | undefined;
  /** Boxes covering the text on screen, in top-level viewport coordinates. */
  rectsFor(offset: number, length: number): ViewportRect[];
  /** The box the editor's text is visible in (underlines outside it are clipped), in top-level viewport coordinates. */
  visibleBox(): ViewportRect;
  /** The span of text offsets currently scrolled into view, when the editor can tell cheaply (long textareas). */
  visibleSpan?(): { start: number; end: number };
  /** The text offset under a point of the top-level viewport, when the editor can tell. */
  offsetAtPoint(x: number, y: number): number | undefined;
  /** Focuses the editor, selects the text and scrolls it into view. */
  select(offset: number, length: number): void;
  /**
   * Replaces the text through the editor's own input path, so that undo works,
   * and checks the result: `applied` only when the text is the old text with
   * exactly that span replaced; otherwise what the editor did is undone
   * (`refused`), or could not be (`damaged`).
   */
  replace(offset: number, length: number, text: string): Promise<ReplaceOutcome>;
  /** Removes whatever the extension created for this editor (never anything of the editor's). */
  dispose?(): void;
}

/** One editor family: how to recognise its editable root and how to read and map its text. */
export interface EditorAdapter {
  readonly family: EditorFamily;
  /** The editable root of this family that holds the focused `element`, or undefined if this family does not own it. */
  findRoot(element: Element): HTMLElement | undefined;
  attach(root: HTMLElement): AttachedEditor;
}
