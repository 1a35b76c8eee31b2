/**
 * What every test page exposes to the E2E tests: the element to type into
 * and the editor's own view of its content (its model, serialised), so the
 * tests can compare content with and without the extension.
 */
export interface TestPage {
  family: string;
  /** The element to click and type into (for TinyMCE, inside its iframe). */
  editable(): HTMLElement;
  /** The editor's content as the editor itself reports it, plus the editable DOM as HTML. */
  content(): { model: string; html: string };
  /** Replaces the content with a long draft (one paragraph per line) and puts the caret at its end; for the benchmark. */
  load?(text: string): void;
  /**
   * True once the editor has taken everything typed so far into its undo history, so that the next
   * edit becomes an undo step of its own; for editors that record steps late (Jodit). Absent: settled.
   */
  historySettled?(): boolean;
}

/** The text a writer sees in the editable element: one line per paragraph, no zero-width fillers. */
export function visibleText(element: HTMLElement): string {
  // biome-ignore lint/performance/useDomNodeTextContent: the rendered text, one line per paragraph, is what the writer sees.
  const text = element instanceof HTMLTextAreaElement ? element.value : element.innerText;
  return text
    .replace(/[\u200B\u2060\uFEFF]/gu, '')
    .replace(/\n+/gu, '\n')
    .replace(/^\n|\n$/gu, '');
}

declare global {
  interface Window {
    testPage?: TestPage & { text(): string };
    testPageReady?: Promise<void>;
  }
}

export function exposeTestPage(page: TestPage | Promise<TestPage>): void {
  window.testPageReady = Promise.resolve(page).then((ready) => {
    window.testPage = { ...ready, text: () => visibleText(ready.editable()) };
  });
}
