import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { EDITOR_FAMILIES, type EditorFamily } from '../../src/messaging/protocol.js';
import { suggestedChange } from '../../src/ui/finding-context.js';
import { SEED_LINES, SEED_TEXT } from './drafts.js';
import { expectedFindings, SEVERITY_HIGHLIGHT, UNDO_GROUPING_MS } from './expected.js';
import { FIREFOX_EXTENSION_HOST, type LaunchedFirefox, launchFirefox } from './firefox.js';
import {
  readCard,
  readCardButtonPoint,
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
import { EDITOR_SETUPS, LINE_PAUSE_MS, REFUSES_FIXES } from './pages.js';
import { BUILT_FIREFOX_EXTENSION, BUILT_PAGES } from './paths.js';
import { type StaticServer, startStaticServer } from './static-server.js';

/**
 * The Firefox build (firefox-mv2) in Debian's Firefox ESR: the same checks as
 * the Chromium suite's main test, for a plain textarea, a contenteditable and
 * editor frameworks. Firefox draws with ::highlight where it has it and with
 * the overlay's boxes otherwise; both count as underlined.
 */
const FAMILIES: readonly EditorFamily[] = EDITOR_FAMILIES;
const POLL = { timeout: 30_000, interval: 150 };

let server: StaticServer;
let withExtension: LaunchedFirefox;
let withoutExtension: LaunchedFirefox;
let sidebar: Page;
const expected = expectedFindings(SEED_TEXT);

beforeAll(async () => {
  server = await startStaticServer(BUILT_PAGES);
  [withExtension, withoutExtension] = await Promise.all([launchFirefox(BUILT_FIREFOX_EXTENSION), launchFirefox()]);
  // The sidebar's page, opened as a tab: it is the same page the sidebar shows, and follows the same draft.
  sidebar = await withExtension.browser.newPage();
  // Firefox loads extension pages without telling WebDriver the navigation finished: wait for the page itself.
  void sidebar.goto(`moz-extension://${FIREFOX_EXTENSION_HOST}/sidepanel.html`).catch(() => undefined);
  await sidebar.waitForSelector('[data-testid="paste-box"]', { timeout: 30_000 });
});

afterAll(async () => {
  await Promise.all([withExtension?.close(), withoutExtension?.close()]);
  await server?.close();
});

/** Opens a test page (a family's own, or one of EDITOR_SETUPS) and types the seed paragraph. */
async function openEditor(page: Page, name: string, family: EditorFamily): Promise<void> {
  await page.goto(`${server.origin}/${name}.html`);
  await page.evaluate(testPageReady);
  await page.bringToFront();
  const point = await page.evaluate(readEditorClickPoint);
  await page.mouse.click(point.x, point.y);
  const pause = LINE_PAUSE_MS[family] ?? 0;
  for (const [index, line] of SEED_LINES.entries()) {
    if (index > 0) await page.keyboard.press('Enter');
    if (pause) await new Promise((resolve) => setTimeout(resolve, pause));
    await page.keyboard.type(line);
    if (pause) await new Promise((resolve) => setTimeout(resolve, pause));
  }
}

/** What is underlined, as `severity:offset`: ranges are mapped to their finding by text, boxes carry their offset. */
async function underlined(page: Page, findings = expected): Promise<string[]> {
  const boxes = await page.evaluate(readOverlayBoxes);
  if (boxes.length) return [...new Set(boxes.map((box) => `${box.severity}:${box.offset}`))].sort();
  const ranges = (await page.evaluate(readHighlightedRanges)).filter((range) => range.name !== 'tiankong-active');
  return ranges
    .map((range) => {
      const finding = findings.find(
        (candidate) => SEVERITY_HIGHLIGHT[candidate.severity] === range.name && candidate.text === range.text,
      );
      return finding ? `${finding.severity}:${finding.offset}` : `unexpected:${range.text}`;
    })
    .sort();
}

const expectedUnderlines = (findings = expected) =>
  [...new Set(findings.map((finding) => `${finding.severity}:${finding.offset}`))].sort();

/** The middle of a finding's underline: its overlay box, or its highlighted range. */
async function underlinePoint(page: Page, findingIndex: number): Promise<{ x: number; y: number }> {
  const finding = expected[findingIndex]!;
  const box = (await page.evaluate(readOverlayBoxes)).find((candidate) => candidate.offset === finding.offset);
  const rect =
    box?.rect ??
    (await page.evaluate(readHighlightedRanges)).find(
      (range) => range.name === SEVERITY_HIGHLIGHT[finding.severity] && range.text === finding.text,
    )!.rect;
  return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
}

async function undo(page: Page): Promise<void> {
  await page.keyboard.down('Control');
  await page.keyboard.press('z');
  await page.keyboard.up('Control');
}

describe('Firefox (firefox-mv2 in Firefox ESR, over WebDriver BiDi)', () => {
  const pages = [
    ...FAMILIES.map((family) => ({ page: family, family, what: family })),
    ...EDITOR_SETUPS.map((setup) => ({ ...setup, what: setup.what })),
  ];
  for (const { page: name, family, what } of pages) {
    test(`${what}: underlines the gaps, applies and undoes a fix, jumps from the sidebar, leaves the content alone`, async () => {
      const page = await withExtension.browser.newPage();
      const control = await withoutExtension.browser.newPage();
      await openEditor(control, name, family);
      await openEditor(page, name, family);

      await expect.poll(() => underlined(page), POLL).toEqual(expectedUnderlines());
      // Underlines lie on the editor.
      const editor = await page.evaluate(readEditableBox);
      for (const box of await page.evaluate(readOverlayBoxes)) {
        expect(box.rect.y).toBeGreaterThanOrEqual(editor.y - 1);
        expect(box.rect.y + box.rect.height).toBeLessThanOrEqual(editor.y + editor.height + 1);
      }
      // Byte-identical content with and without the add-on.
      expect(await page.evaluate(readEditorText)).toBe(SEED_TEXT);
      expect(await page.evaluate(readEditorContent)).toEqual(await control.evaluate(readEditorContent));

      // Apply the fix from the card, then undo it.
      await new Promise((resolve) => setTimeout(resolve, UNDO_GROUPING_MS));
      // And an editor that records its steps late (Jodit) has recorded the typing: a fix applied before then joins it.
      await expect.poll(() => page.evaluate(readHistorySettled), POLL).toBe(true);
      const fixIndex = expected.findIndex((finding) => finding.severity !== 'info' && suggestedChange(SEED_TEXT, finding));
      const fixable = expected[fixIndex]!;
      const change = suggestedChange(SEED_TEXT, fixable)!;
      const point = await underlinePoint(page, fixIndex);
      await page.mouse.click(point.x, point.y);
      await expect
        .poll(() => page.evaluate(readCard), POLL)
        .toEqual({ offset: String(fixable.offset), message: fixable.message });
      const apply = (await page.evaluate(readCardButtonPoint, 'apply'))!;
      // The card lies above everything the editor draws: a click at the button's middle lands on it.
      expect(await page.evaluate(readCardHit, apply)).toBe('apply');
      await page.mouse.click(apply.x, apply.y);
      if (REFUSES_FIXES.has(name)) {
        // The editor did not take the fix as it is: the card says so, and the text is exactly as it was.
        await expect.poll(() => page.evaluate(readCardRefusal), POLL).toBe('refused');
        expect(await page.evaluate(readEditorText)).toBe(SEED_TEXT);
        expect(await page.evaluate(readEditorContent)).toEqual(await control.evaluate(readEditorContent));
        expect(await page.evaluate(readCardButtonPoint, 'apply')).toBeNull();
        expect(await page.evaluate(readCardButtonPoint, 'copy')).not.toBeNull();
        await Promise.all([page.close(), control.close()]);
        return;
      }
      const fixedText = SEED_TEXT.slice(0, change.offset) + change.text + SEED_TEXT.slice(change.offset + change.length);
      await expect.poll(() => page.evaluate(readEditorText), POLL).toBe(fixedText);
      await expect
        .poll(() => underlined(page, expectedFindings(fixedText)), POLL)
        .toEqual(expectedUnderlines(expectedFindings(fixedText)));
      // The fix, too, is recorded before Ctrl+Z: Jodit's undo before then takes back the typing's last step, fix and all.
      await expect.poll(() => page.evaluate(readHistorySettled), POLL).toBe(true);
      await undo(page);
      await expect.poll(() => page.evaluate(readEditorText), POLL).toBe(SEED_TEXT);
      // Undone, the editor's own serialisation (what its form saves) is as it was. (Not the DOM: after an
      // editor's own undo, Firefox leaves fillers of its own, `<br type="_moz">`, and KindEditor its bookmark spans.)
      const controlModel = (await control.evaluate(readEditorContent)).model;
      await expect.poll(() => page.evaluate(readEditorContent).then((content) => content.model), POLL).toBe(controlModel);
      await expect.poll(() => underlined(page), POLL).toEqual(expectedUnderlines());

      // Jump from the sidebar's gap list: the gap is selected in the editor.
      const target = expected.find((finding) => finding.rule === 'blank-number')!;
      await sidebar.bringToFront();
      const selector = `button.finding[data-offset="${target.offset}"][data-rule="${target.rule}"]`;
      await expect.poll(() => sidebar.$$(selector).then((items) => items.length), POLL).toBe(1);
      await sidebar.click(selector);
      await expect.poll(() => page.evaluate(readSelectedText), POLL).toBe(target.text);

      await Promise.all([page.close(), control.close()]);
    });
  }

  test('nothing leaves the machine: the page loads only its own files, and no request reaches the outside', async () => {
    expect(server.requests.every((path) => !path.startsWith('http'))).toBe(true);
    // The trap catches what a page sends outside (shown with the control browser, which has no add-on).
    const probe = await withoutExtension.browser.newPage();
    await probe.goto(`${server.origin}/textarea.html`);
    await probe.evaluate(() => fetch('http://leak-probe.invalid/').catch(() => undefined));
    await expect
      .poll(() => withoutExtension.trap.requests.some((request) => request.includes('leak-probe.invalid')), POLL)
      .toBe(true);
    await probe.close();
    // What Firefox itself sends without the add-on is the baseline; the add-on adds nothing to it.
    const added = withExtension.trap.requests.filter((request) => !withoutExtension.trap.requests.includes(request));
    expect(added).toEqual([]);
  });
});
