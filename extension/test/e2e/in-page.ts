/**
 * What the E2E suites read inside a test page, as plain functions that run in
 * the page. Both drivers evaluate the same functions (Playwright for
 * Chromium, puppeteer-core over WebDriver BiDi for Firefox), so the two
 * browsers are checked against one definition of "underlined".
 */

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface HighlightedRange {
  name: string;
  text: string;
  rect: Rect;
}

export interface OverlayBox {
  rule: string;
  offset: number;
  severity: 'error' | 'warning' | 'info';
  rect: Rect;
}

export function testPageReady(): Promise<void> | undefined {
  return window.testPageReady;
}

export function readEditorText(): string {
  return window.testPage!.text();
}

/** Whether the editor has recorded the typing as an undo step, so that a fix applied now is a step of its own. */
export function readHistorySettled(): boolean {
  return window.testPage!.historySettled?.() ?? true;
}

export function readEditorContent(): { model: string; html: string } {
  return window.testPage!.content();
}

/**
 * The ranges the extension registered with the CSS Custom Highlight API, read
 * from the page's own world (the registry belongs to the document), with
 * rects in the top-level viewport.
 */
export function readHighlightedRanges(): HighlightedRange[] {
  // The editor's own window (an iframe's, however deep), and where its viewport sits in the page's.
  // (Each function here runs in the page on its own, so the frame walk is written out where it is needed.)
  const view = (window.testPage?.editable().ownerDocument.defaultView ?? window) as Window & typeof globalThis;
  const origin = { x: 0, y: 0 };
  for (let inner: Window = view; inner.frameElement; inner = inner.frameElement.ownerDocument.defaultView!) {
    const frame = inner.frameElement as HTMLElement;
    const box = frame.getBoundingClientRect();
    const style = frame.ownerDocument.defaultView!.getComputedStyle(frame);
    origin.x += box.x + frame.clientLeft + Number.parseFloat(style.paddingLeft);
    origin.y += box.y + frame.clientTop + Number.parseFloat(style.paddingTop);
  }
  const result: HighlightedRange[] = [];
  if (!view.CSS.highlights) return result;
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
}

/** The overlay painter's boxes (textarea, or browsers without ::highlight), with the finding each one underlines. */
export function readOverlayBoxes(): OverlayBox[] {
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
}

/** The selected text in the editor (TinyMCE: in its iframe). */
export function readSelectedText(): string {
  const editable = window.testPage!.editable();
  if (editable instanceof HTMLTextAreaElement) return editable.value.slice(editable.selectionStart, editable.selectionEnd);
  // An editor in a shadow root: Chromium reports the selection inside it only from the root.
  const root = editable.getRootNode() as Document | (ShadowRoot & { getSelection?(): Selection | null });
  const selection = 'getSelection' in root && root.getSelection ? root.getSelection() : editable.ownerDocument.getSelection();
  return selection?.toString() ?? '';
}

/** The editor's box in the top-level viewport (an editor in an iframe: its innermost frame's box). */
export function readEditableBox(): Rect {
  const editable = window.testPage!.editable();
  const innermost = editable.ownerDocument.defaultView?.frameElement;
  const rect = (innermost ?? editable).getBoundingClientRect();
  const origin = { x: 0, y: 0 };
  for (let view = (innermost ?? editable).ownerDocument.defaultView!; view.frameElement; ) {
    const frame = view.frameElement as HTMLElement;
    const box = frame.getBoundingClientRect();
    const style = frame.ownerDocument.defaultView!.getComputedStyle(frame);
    origin.x += box.x + frame.clientLeft + Number.parseFloat(style.paddingLeft);
    origin.y += box.y + frame.clientTop + Number.parseFloat(style.paddingTop);
    view = frame.ownerDocument.defaultView!;
  }
  return { x: rect.x + origin.x, y: rect.y + origin.y, width: rect.width, height: rect.height };
}

/** Where a click puts the caret into the editor: just inside its top-left corner, in the top-level viewport. */
export function readEditorClickPoint(): { x: number; y: number } {
  const editable = window.testPage!.editable();
  editable.focus();
  const rect = editable.getBoundingClientRect();
  const origin = { x: 0, y: 0 };
  for (let view = editable.ownerDocument.defaultView!; view.frameElement; ) {
    const frame = view.frameElement as HTMLElement;
    const box = frame.getBoundingClientRect();
    const style = frame.ownerDocument.defaultView!.getComputedStyle(frame);
    origin.x += box.x + frame.clientLeft + Number.parseFloat(style.paddingLeft);
    origin.y += box.y + frame.clientTop + Number.parseFloat(style.paddingTop);
    view = frame.ownerDocument.defaultView!;
  }
  return { x: origin.x + rect.x + 20, y: origin.y + rect.y + 12 };
}

/** The open finding card (in the overlay's shadow root), or null. */
export function readCard(): { offset: string | null; message: string | null } | null {
  const card = document.querySelector('tiankong-overlay')?.shadowRoot?.querySelector<HTMLElement>('.card');
  if (!card) return null;
  return { offset: card.getAttribute('data-offset'), message: card.querySelector('.message')?.textContent ?? null };
}

/** The middle of a button of the open card (`apply`, `ignore`, `turn-off-rule`), for a real click. */
export function readCardButtonPoint(action: string): { x: number; y: number } | null {
  const button = document
    .querySelector('tiankong-overlay')
    ?.shadowRoot?.querySelector<HTMLElement>(`.card [data-action="${action}"]`);
  if (!button) return null;
  const rect = button.getBoundingClientRect();
  return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
}

/**
 * The action of the card's button that a click at `point` lands on, or what
 * lies on top there instead (the page's element, when the card is under the
 * editor).
 */
export function readCardHit(point: { x: number; y: number }): string {
  const shadow = document.querySelector('tiankong-overlay')?.shadowRoot;
  const hit = shadow?.elementFromPoint(point.x, point.y) ?? document.elementFromPoint(point.x, point.y);
  const action = hit?.closest('.card [data-action]')?.getAttribute('data-action');
  if (action) return action;
  const top = document.elementFromPoint(point.x, point.y);
  return `covered by ${top?.tagName.toLowerCase() ?? 'nothing'}${top?.id ? `#${top.id}` : ''}`;
}

/** The card's notice that the editor refused the fix (`refused`, `damaged`, `unsupported`), or null. */
export function readCardRefusal(): string | null {
  const notice = document.querySelector('tiankong-overlay')?.shadowRoot?.querySelector('.card [data-testid="apply-refused"]');
  return notice?.getAttribute('data-reason') ?? null;
}

/**
 * Arms a watch for the next keystroke in the editor: resolves with the
 * milliseconds from its keydown to the first frame in which the number of
 * underlines differs from now (highlight ranges, or the overlay's boxes),
 * or rejects after `timeoutMs`. Read the result with {@link readUnderlineChange}.
 */
export function armUnderlineWatch(timeoutMs: number): void {
  const editable = window.testPage!.editable();
  const view = (editable.ownerDocument.defaultView ?? window) as Window & typeof globalThis;
  const underlines = (): number => {
    let count = document.querySelector('tiankong-overlay')?.shadowRoot?.querySelectorAll('.underline').length ?? 0;
    for (const [name, highlight] of (view.CSS.highlights ?? new Map()) as unknown as Map<string, Set<Range>>) {
      if (name.startsWith('tiankong-') && name !== 'tiankong-active') count += highlight.size;
    }
    return count;
  };
  const before = underlines();
  (window as { underlineChange?: Promise<number> }).underlineChange = new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`underlines stayed at ${before} for ${timeoutMs} ms`)), timeoutMs);
    editable.ownerDocument.addEventListener(
      'keydown',
      (event) => {
        const start = event.timeStamp;
        const check = () => {
          if (underlines() === before) {
            view.requestAnimationFrame(check);
            return;
          }
          clearTimeout(timer);
          resolve(view.performance.now() - start);
        };
        view.requestAnimationFrame(check);
      },
      { capture: true, once: true },
    );
  });
}

export function readUnderlineChange(): Promise<number> | undefined {
  return (window as { underlineChange?: Promise<number> }).underlineChange;
}
