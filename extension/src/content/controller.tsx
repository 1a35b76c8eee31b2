import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Finding } from '../analysis/finding.js';
import { findEditor } from '../editors/index.js';
import { frameOrigin } from '../editors/shared/geometry.js';
import { requestBackground } from '../messaging/client.js';
import { contentRequestSchema } from '../messaging/protocol.js';
import { DEFAULT_SETTINGS, type ExtensionSettings, isSiteDisabled } from '../settings/settings.js';
import { loadSettings, onSettingsChanged, updateSettings } from '../settings/storage.js';
import { Card } from './card.js';
import { frameDocument, isReachedFromParent } from './frames.js';
import { getOverlay } from './overlay.js';
import { EditorSession, sameFinding } from './session.js';

/** How long the pointer rests on an underline before its card opens. */
const HOVER_DELAY_MS = 350;

/**
 * The content script's one object: follows focus to the editor the writer is
 * in, keeps an {@link EditorSession} for it, and shows the card for an
 * underline on hover or click.
 */
export class ContentController {
  private settings: ExtensionSettings = DEFAULT_SETTINGS;
  private session: EditorSession | undefined;
  private card: { finding: Finding; pinned: boolean; hovered: boolean } | undefined;
  private hoverTimer: ReturnType<typeof setTimeout> | undefined;
  private closeTimer: ReturnType<typeof setTimeout> | undefined;
  /** The listeners of each watched window, kept so that adding them again is a no-op, or a repair after document.open erased them. */
  private readonly watchedViews = new WeakMap<Window, WindowListeners>();
  private readonly observedDocuments = new WeakSet<Document>();
  /** Editors that refused or damaged a fix: Apply is not offered there again while this page lives. */
  private readonly refusingEditors = new WeakSet<HTMLElement>();
  private readonly hostname = location.hostname;

  constructor(private readonly context: ContentScriptContext) {}

  async start(): Promise<void> {
    // A same-origin parent's content script reaches into this frame: one controller per editor, never two.
    if (isReachedFromParent(window)) return;
    this.settings = await loadSettings();
    this.context.onInvalidated(onSettingsChanged((settings) => this.settingsChanged(settings)));
    this.watchDocument(document);
    // Focus moving into an iframe (TinyMCE) blurs the page's window.
    this.context.addEventListener(window, 'blur', () => setTimeout(() => this.followFocus(), 0));
    this.context.onInvalidated(() => this.detach());
    // Leaving the page closes its draft in the panel and the badge.
    this.context.addEventListener(window, 'pagehide', () => this.detach());
    const onMessage = (message: unknown, _sender: unknown, sendResponse: (response: unknown) => void) => {
      const parsed = contentRequestSchema.safeParse(message);
      if (!parsed.success || parsed.data.documentId !== this.session?.documentId) return false;
      sendResponse(this.session.reveal(parsed.data.offset, parsed.data.length));
      return false;
    };
    browser.runtime.onMessage.addListener(onMessage);
    this.context.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
    this.followFocus();
  }

  private get disabled(): boolean {
    return isSiteDisabled(this.settings, this.hostname);
  }

  /**
   * Listens for focus and pointer events in a document: the page, or a
   * same-origin frame. Called again on every visit: a frame the page rewrites
   * with document.open (a fresh editor mounted into the same frame) has lost
   * every listener, while its Document is the same object.
   */
  private watchDocument(target: Document): void {
    const view = target.defaultView;
    if (!view) return;
    let listeners = this.watchedViews.get(view);
    if (!listeners) {
      listeners = {
        focusin: () => this.followFocus(),
        // Focus moving from this frame into another frame blurs this window only.
        blur: () => setTimeout(() => this.followFocus(), 0),
        mousemove: (event) => this.pointerMoved(event as MouseEvent, view),
        click: (event) => this.clicked(event as MouseEvent, view),
        keydown: (event) => {
          if ((event as KeyboardEvent).key === 'Escape') this.closeCard();
        },
      };
      this.watchedViews.set(view, listeners);
    }
    this.context.addEventListener(view, 'focusin', listeners.focusin, { capture: true });
    if (view !== window) this.context.addEventListener(view, 'blur', listeners.blur);
    this.context.addEventListener(view, 'mousemove', listeners.mousemove, { passive: true });
    this.context.addEventListener(view, 'click', listeners.click, { capture: true });
    this.context.addEventListener(view, 'keydown', listeners.keydown);
    if (this.observedDocuments.has(target)) return;
    this.observedDocuments.add(target);
    // document.open replaces the document element: watch the new document and look for its editor.
    const observer = new view.MutationObserver(() => {
      this.watchDocument(target);
      this.followFocus();
    });
    observer.observe(target, { childList: true });
    this.context.onInvalidated(() => observer.disconnect());
  }

  /**
   * The deepest focused element, looking into open shadow roots (a document's
   * active element is only the shadow host) and into every same-origin frame
   * (see frames.ts: this content script owns their editors).
   */
  private focusedElement(): Element | undefined {
    let active: Element | null = document.activeElement;
    for (;;) {
      const inShadow = active?.shadowRoot?.activeElement;
      if (inShadow) {
        active = inShadow;
        continue;
      }
      // By tag name: a nested frame's element belongs to its parent frame's realm, where instanceof fails.
      if (active?.localName !== 'iframe' && active?.localName !== 'frame') break;
      const inner = frameDocument(active as HTMLIFrameElement);
      // A cross-origin frame runs a content script of its own.
      if (!inner) return undefined;
      this.watchDocument(inner);
      active = inner.activeElement;
    }
    return active ?? undefined;
  }

  private followFocus(): void {
    if (this.disabled) return;
    const element = this.focusedElement();
    if (!element) return;
    const found = findEditor(element);
    if (!found) return;
    if (this.session?.editor.root === found.root && found.root.isConnected) {
      const session = this.session;
      // Chrome stops an idle service worker and it forgets every draft: then the draft is sent again.
      void requestBackground({ type: 'documentFocused', documentId: session.documentId }).then(
        (known) => {
          if (!known) void session.analyze(true);
        },
        () => undefined,
      );
      return;
    }
    this.detach();
    const session = new EditorSession(found.adapter.attach(found.root), {
      settings: () => this.settings,
      hostname: this.hostname,
      // A test switch (set by the E2E pages) to exercise the overlay painter where ::highlight exists.
      preferOverlay: document.documentElement.dataset.tiankongOverlay === 'force',
    });
    session.onFindingsChanged = (findings) => {
      if (this.card && !findings.some((finding) => sameFinding(finding, this.card!.finding))) this.closeCard();
    };
    this.session = session;
    void session.analyze();
  }

  private detach(): void {
    this.closeCard();
    this.session?.dispose();
    this.session = undefined;
  }

  private settingsChanged(settings: ExtensionSettings): void {
    this.settings = settings;
    if (this.disabled) {
      this.detach();
      return;
    }
    this.closeCard();
    if (this.session) void this.session.analyze(true);
    else this.followFocus();
  }

  /** Pointer coordinates in this content script's viewport, whichever (nested) frame the event came from. */
  private topPoint(event: MouseEvent, view: Window): { x: number; y: number } {
    const origin = frameOrigin(view.document);
    return { x: event.clientX + origin.x, y: event.clientY + origin.y };
  }

  private pointerMoved(event: MouseEvent, view: Window): void {
    if (!this.session || event.composedPath().some((target) => target === getOverlay(document).host)) return;
    const { x, y } = this.topPoint(event, view);
    clearTimeout(this.hoverTimer);
    this.hoverTimer = setTimeout(() => {
      const finding = this.session?.findingAt(x, y);
      if (finding) {
        if (!this.card || !sameFinding(this.card.finding, finding)) this.openCard(finding, false);
        clearTimeout(this.closeTimer);
      } else if (this.card && !this.card.pinned && !this.card.hovered) {
        this.scheduleClose();
      }
    }, HOVER_DELAY_MS);
  }

  private clicked(event: MouseEvent, view: Window): void {
    if (!this.session) return;
    if (event.composedPath().some((target) => target === getOverlay(document).host)) return;
    const { x, y } = this.topPoint(event, view);
    const finding = this.session.findingAt(x, y);
    if (finding) this.openCard(finding, true);
    else this.closeCard();
  }

  private scheduleClose(): void {
    clearTimeout(this.closeTimer);
    this.closeTimer = setTimeout(() => {
      if (this.card && !this.card.pinned && !this.card.hovered) this.closeCard();
    }, 300);
  }

  openCard(finding: Finding, pinned: boolean, outcome?: 'refused' | 'damaged'): void {
    const session = this.session;
    if (!session) return;
    const anchor = session.editor.rectsFor(finding.offset, finding.length)[0];
    if (!anchor) return;
    this.card = { finding, pinned, hovered: false };
    session.setActive(finding);
    const container = getOverlay(document).cardRoot;
    render(
      <Card
        finding={finding}
        text={session.text}
        anchor={anchor}
        language={this.settings.language}
        fixes={outcome ?? (this.refusingEditors.has(session.editor.root) ? 'unsupported' : 'offered')}
        onApply={() => {
          this.closeCard();
          void session.apply(finding).then((result) => {
            if (result !== 'refused' && result !== 'damaged') return;
            this.refusingEditors.add(session.editor.root);
            // Say so where the writer clicked, and offer to copy the fix instead.
            if (this.session === session) this.openCard(finding, true, result);
          });
        }}
        onIgnore={() => {
          this.closeCard();
          session.ignore(finding);
        }}
        onTurnOffRule={() => {
          this.closeCard();
          void updateSettings((settings) => ({
            ...settings,
            disabledRules: [...new Set([...settings.disabledRules, finding.rule])],
          }));
        }}
        onClose={() => this.closeCard()}
        onPointerEnter={() => {
          if (this.card) this.card.hovered = true;
          clearTimeout(this.closeTimer);
        }}
        onPointerLeave={() => {
          if (this.card) this.card.hovered = false;
          if (!this.card?.pinned) this.scheduleClose();
        }}
      />,
      container,
    );
  }

  closeCard(): void {
    if (!this.card) return;
    this.card = undefined;
    render(null, getOverlay(document).cardRoot);
    this.session?.setActive(undefined);
  }
}

interface WindowListeners {
  focusin(): void;
  blur(): void;
  mousemove(event: Event): void;
  click(event: Event): void;
  keydown(event: Event): void;
}
