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
}

declare global {
  interface Window {
    testPage?: TestPage;
    testPageReady?: Promise<void>;
  }
}

export function exposeTestPage(page: TestPage | Promise<TestPage>): void {
  window.testPageReady = Promise.resolve(page).then((ready) => {
    window.testPage = ready;
  });
}
