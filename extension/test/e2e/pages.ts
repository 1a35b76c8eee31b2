import type { Page } from 'playwright-core';
import type { EditorFamily } from '../../src/messaging/protocol.js';
import {
  readCardHit,
  readCardRefusal,
  readEditableBox,
  readEditorClickPoint,
  readEditorContent,
  readEditorText,
  readHighlightedRanges,
  readHistorySettled,
  readOverlayBoxes,
  readSelectedText,
  testPageReady,
} from './in-page.js';

export type { HighlightedRange } from './in-page.js';

/**
 * Pages that host an editor family in a set-up of its own, beyond the page of
 * each family (named after it): where the editor sits, what it is stacked
 * under. Each gets the checks every family's page gets.
 */
export const EDITOR_SETUPS: readonly { page: string; family: EditorFamily; what: string }[] = [
  { page: 'shadow-root', family: 'contenteditable', what: 'a contenteditable in an open shadow root' },
  { page: 'stacked-editor', family: 'contenteditable', what: 'a contenteditable in a container with a high z-index' },
  { page: 'saved-caret', family: 'contenteditable', what: 'an editor that puts input at its saved caret (wangEditor 4)' },
  { page: 'own-url-frame', family: 'contenteditable', what: 'a contenteditable in a same-origin iframe with its own URL' },
  { page: 'nested-frames', family: 'contenteditable', what: 'a contenteditable two same-origin iframes deep' },
  { page: 'kindeditor', family: 'contenteditable', what: 'KindEditor 4, in a frame it writes itself (design mode)' },
  { page: 'ckeditor4', family: 'contenteditable', what: 'CKEditor 4 (classic), its body in a frame it writes itself' },
  { page: 'wangeditor4', family: 'contenteditable', what: 'wangEditor 4, stacked at z-index 10000, with a caret of its own' },
  { page: 'wangeditor5', family: 'slate', what: 'wangEditor 5, a Slate model under a view of its own' },
  { page: 'jodit', family: 'contenteditable', what: 'Jodit 4 in iframe mode, its body in a frame it writes itself' },
];

/**
 * Pages whose editor refuses automatic fixes: the card says so and leaves the
 * text exactly as it was. Every other page must apply the fix exactly.
 * wangEditor 4 takes the fix as a paste, but puts it at the caret it saved
 * when the writer last typed, not on the selected span; the extension sees
 * the wrong text, takes it back through wangEditor's own undo, and refuses.
 */
export const REFUSES_FIXES: ReadonlySet<string> = new Set(['saved-caret', 'wangeditor4']);

/** Opens a test page: a family's own (`quill`), or one of {@link EDITOR_SETUPS}. */
export async function openEditorPage(page: Page, origin: string, name: string): Promise<void> {
  await page.goto(`${origin}/${name}.html`);
  await page.evaluate(testPageReady);
}

/** Puts the caret into the editor the way a writer does: a click (TinyMCE's body is in an iframe, focused from its page). */
export async function focusEditor(page: Page, family: EditorFamily): Promise<void> {
  if (family === 'tinymce') {
    await page.locator('iframe.tox-edit-area__iframe').click({ position: { x: 40, y: 20 } });
  } else {
    const point = await page.evaluate(readEditorClickPoint);
    await page.mouse.click(point.x, point.y);
  }
}

/**
 * How long a writer's pause after each line and line break must be in an
 * editor: Trix renders input from its model on the next frame, and a
 * keystroke landing before that is lost or doubled (the same in a browser
 * without the extension).
 */
export const LINE_PAUSE_MS: Partial<Record<EditorFamily, number>> = { trix: 150 };

export async function typeLines(page: Page, lines: readonly string[], family?: EditorFamily): Promise<void> {
  const pause = family ? (LINE_PAUSE_MS[family] ?? 0) : 0;
  for (const [index, line] of lines.entries()) {
    if (index > 0) await page.keyboard.press('Enter');
    if (pause) await page.waitForTimeout(pause);
    await page.keyboard.type(line);
    if (pause) await page.waitForTimeout(pause);
  }
}

export const editorText = (page: Page) => page.evaluate(readEditorText);
export const historySettled = (page: Page) => page.evaluate(readHistorySettled);
export const editorContent = (page: Page) => page.evaluate(readEditorContent);
export const highlightedRanges = (page: Page) => page.evaluate(readHighlightedRanges);
export const overlayBoxes = (page: Page) => page.evaluate(readOverlayBoxes);
export const selectedText = (page: Page) => page.evaluate(readSelectedText);
export const editableBox = (page: Page) => page.evaluate(readEditableBox);
export const cardHit = (page: Page, point: { x: number; y: number }) => page.evaluate(readCardHit, point);
export const cardRefusal = (page: Page) => page.evaluate(readCardRefusal);
