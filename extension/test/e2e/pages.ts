import type { Page } from 'playwright-core';
import type { EditorFamily } from '../../src/messaging/protocol.js';

export interface HighlightedRange {
  name: string;
  text: string;
  rect: { x: number; y: number; width: number; height: number };
}

export async function openEditorPage(page: Page, origin: string, family: EditorFamily): Promise<void> {
  await page.goto(`${origin}/${family}.html`);
  await page.evaluate(() => window.testPageReady);
}

/** Puts the caret into the editor the way a writer does: a click (TinyMCE's body is in an iframe, focused from its page). */
export async function focusEditor(page: Page, family: EditorFamily): Promise<void> {
  if (family === 'tinymce') {
    await page.locator('iframe.tox-edit-area__iframe').click({ position: { x: 40, y: 20 } });
  } else {
    await page.evaluate(() => window.testPage!.editable().focus());
    const box = await page.evaluate(() => {
      const rect = window.testPage!.editable().getBoundingClientRect();
      return { x: rect.x + 20, y: rect.y + 12 };
    });
    await page.mouse.click(box.x, box.y);
  }
}

export async function typeLines(page: Page, lines: readonly string[]): Promise<void> {
  for (const [index, line] of lines.entries()) {
    if (index > 0) await page.keyboard.press('Enter');
    await page.keyboard.type(line);
  }
}

export function editorText(page: Page): Promise<string> {
  return page.evaluate(() => window.testPage!.text());
}

export function editorContent(page: Page): Promise<{ model: string; html: string }> {
  return page.evaluate(() => window.testPage!.content());
}

/**
 * The ranges the extension registered with the CSS Custom Highlight API, read
 * from the page's own world (the registry belongs to the document), with
 * rects in the top-level viewport.
 */
export function highlightedRanges(page: Page): Promise<HighlightedRange[]> {
  return page.evaluate(() => {
    const frame = document.querySelector<HTMLIFrameElement>('iframe.tox-edit-area__iframe');
    const view = (frame?.contentWindow ?? window) as Window & typeof globalThis;
    const origin = frame ? frame.getBoundingClientRect() : { x: 0, y: 0 };
    const result: HighlightedRange[] = [];
    for (const [name, highlight] of view.CSS.highlights as unknown as Map<string, Set<Range>>) {
      if (!name.startsWith('tiankong-')) continue;
      for (const range of highlight) {
        const rect = range.getBoundingClientRect();
        result.push({
          name,
          text: range.toString(),
          rect: { x: rect.x + origin.x, y: rect.y + origin.y, width: rect.width, height: rect.height },
        });
      }
    }
    return result;
  });
}

/** The overlay painter's boxes (textarea), with the finding each one underlines. */
export function overlayBoxes(page: Page) {
  return page.evaluate(() => {
    const host = document.querySelector('tiankong-overlay');
    return [...(host?.shadowRoot?.querySelectorAll<HTMLElement>('.underline') ?? [])].map((box) => {
      const rect = box.getBoundingClientRect();
      return {
        rule: box.dataset.rule!,
        offset: Number(box.dataset.offset),
        severity: box.classList.contains('error') ? 'error' : box.classList.contains('warning') ? 'warning' : 'info',
        rect: { x: rect.x, y: rect.y, width: rect.width, height: rect.height },
      };
    });
  });
}

/** The selected text in the editor (TinyMCE: in its iframe). */
export function selectedText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const editable = window.testPage!.editable();
    if (editable instanceof HTMLTextAreaElement) return editable.value.slice(editable.selectionStart, editable.selectionEnd);
    return editable.ownerDocument.getSelection()?.toString() ?? '';
  });
}

export function editableBox(page: Page) {
  return page.evaluate(() => {
    const editable = window.testPage!.editable();
    const frame = editable.ownerDocument.defaultView?.frameElement;
    const rect = (frame ?? editable).getBoundingClientRect();
    return { x: rect.x, y: rect.y, width: rect.width, height: rect.height };
  });
}
