import type { Page } from 'playwright-core';
import type { EditorFamily } from '../../src/messaging/protocol.js';
import {
  readEditableBox,
  readEditorClickPoint,
  readEditorContent,
  readEditorText,
  readHighlightedRanges,
  readOverlayBoxes,
  readSelectedText,
  testPageReady,
} from './in-page.js';

export type { HighlightedRange } from './in-page.js';

export async function openEditorPage(page: Page, origin: string, family: EditorFamily): Promise<void> {
  await page.goto(`${origin}/${family}.html`);
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

export async function typeLines(page: Page, lines: readonly string[]): Promise<void> {
  for (const [index, line] of lines.entries()) {
    if (index > 0) await page.keyboard.press('Enter');
    await page.keyboard.type(line);
  }
}

export const editorText = (page: Page) => page.evaluate(readEditorText);
export const editorContent = (page: Page) => page.evaluate(readEditorContent);
export const highlightedRanges = (page: Page) => page.evaluate(readHighlightedRanges);
export const overlayBoxes = (page: Page) => page.evaluate(readOverlayBoxes);
export const selectedText = (page: Page) => page.evaluate(readSelectedText);
export const editableBox = (page: Page) => page.evaluate(readEditableBox);
