import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Finding } from '../analysis/finding.js';
import { findEditor } from '../editors/index.js';
import { requestBackground } from '../messaging/client.js';
import { contentRequestSchema } from '../messaging/protocol.js';
import { DEFAULT_SETTINGS, type ExtensionSettings, isSiteDisabled } from '../settings/settings.js';
import { loadSettings, onSettingsChanged, updateSettings } from '../settings/storage.js';
import { Card } from './card.js';
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
  private readonly watchedDocuments = new WeakSet<Document>();
  /** Editors that refused or damaged a fix: Apply is not offered there again while this page lives. */
  private readonly refusingEditors = new WeakSet<HTMLElement>();
  private readonly hostname = location.hostname;

  constructor(private readonly context: ContentScriptContext) {}

  async start(): Promise<void> {
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

  /** Listens for focus and pointer events in a document: the page, or a same-origin editor iframe. */
  private watchDocument(target: Document): void {
    if (this.watchedDocuments.has(target)) return;
    this.watchedDocuments.add(target);
    const view = target.defaultView!;
    this.context.addEventListener(view, 'focusin', () => this.followFocus(), { capture: true });
    this.context.addEventListener(view, 'mousemove', (event) => this.pointerMoved(event as MouseEvent, view), {
      passive: true,
    });
    this.context.addEventListener(view, 'click', (event) => this.clicked(event as MouseEvent, view), { capture: true });
    this.context.addEventListener(view, 'keydown', (event) => {
      if ((event as KeyboardEvent).key === 'Escape') this.closeCard();
    });
  }

  /**
   * The deepest focused element, looking into open shadow roots (a document's
   * active element is only the shadow host) and into same-origin iframes that
   * have no content script of their own.
   */
  private focusedElement(): Element | undefined {
    let active: Element | null = document.activeElement;
    for (;;) {
      const inShadow = active?.shadowRoot?.activeElement;
      if (inShadow) {
        active = inShadow;
        continue;
      }
      if (!(active instanceof HTMLIFrameElement)) break;
      let inner: Document | null = null;
      try {
        inner = active.contentDocument;
      } catch {
        return undefined;
      }
      if (!inner || !isScriptBuiltFrame(active, inner)) return undefined;
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
    if (this.session?.editor.root === found.root) {
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

  /** Pointer coordinates in the top-level viewport, whichever document the event came from. */
  private topPoint(event: MouseEvent, view: Window): { x: number; y: number } {
    if (view === window) return { x: event.clientX, y: event.clientY };
    const frame = view.frameElement as HTMLElement | null;
    const box = frame?.getBoundingClientRect();
    return {
      x: event.clientX + (box?.left ?? 0) + (frame?.clientLeft ?? 0),
      y: event.clientY + (box?.top ?? 0) + (frame?.clientTop ?? 0),
    };
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

/**
 * An iframe with a page of its own runs its own content script; a frame the
 * page builds itself (about:blank, srcdoc, or no src and filled with
 * document.write, which gives it the parent's URL in Firefox) gets none, so
 * the parent's controller reads it.
 */
function isScriptBuiltFrame(frame: HTMLIFrameElement, inner: Document): boolean {
  if (/^about:/u.test(inner.location.href) || frame.hasAttribute('srcdoc')) return true;
  const source = frame.getAttribute('src')?.trim() ?? '';
  return source === '' || /^(?:about:|javascript:)/iu.test(source);
}
