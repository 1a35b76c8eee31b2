import type { Finding } from '../analysis/finding.js';
import { contains, nextFrame } from '../editors/shared/geometry.js';
import type { ReplaceOutcome } from '../editors/shared/replacement.js';
import type { AttachedEditor } from '../editors/shared/types.js';
import { requestBackground } from '../messaging/client.js';
import type { Analysis } from '../messaging/protocol.js';
import type { ExtensionSettings } from '../settings/settings.js';
import { occurrenceKey, suggestedChange } from '../ui/finding-context.js';
import { owningDocument } from './frames.js';
import { createPainter, type Painter } from './painters.js';

/** Quiet time after the last keystroke before the draft is analysed again. */
const TYPING_PAUSE_MS = 300;

export interface SessionServices {
  settings(): ExtensionSettings;
  hostname: string;
  /** Use the overlay painter even where `::highlight` works (for tests of the fallback and old browsers). */
  preferOverlay: boolean;
}

/** A span of text that changed between two versions: `[start, oldEnd)` in the old text became `[start, newEnd)`. */
function changedSpan(oldText: string, newText: string): { start: number; oldEnd: number; newEnd: number } {
  let start = 0;
  const shorter = Math.min(oldText.length, newText.length);
  while (start < shorter && oldText.charCodeAt(start) === newText.charCodeAt(start)) start++;
  let oldEnd = oldText.length;
  let newEnd = newText.length;
  while (oldEnd > start && newEnd > start && oldText.charCodeAt(oldEnd - 1) === newText.charCodeAt(newEnd - 1)) {
    oldEnd--;
    newEnd--;
  }
  return { start, oldEnd, newEnd };
}

/**
 * One editor the writer is working in: watches it (read-only), asks the
 * background for an analysis when typing pauses, and keeps its underlines.
 */
export class EditorSession {
  readonly documentId = crypto.randomUUID();
  /** The text the current findings belong to. */
  private analysedText = '';
  /** The text last sent for analysis (to skip analysing an unchanged draft). */
  private requestedText: string | undefined;
  private findings: Finding[] = [];
  private readonly ignored = new Set<string>();
  private readonly painter: Painter;
  private active: Finding | undefined;
  private composing = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private sequence = 0;
  /**
   * Set by {@link dispose}. An analysis or a fix still under way when focus
   * moved on (to an editor's paste bin, say) must not paint afterwards: the
   * session that replaced this one may share its document's highlights.
   */
  private disposed = false;
  private readonly cleanups: Array<() => void> = [];
  /** Called after each repaint with the findings shown. */
  onFindingsChanged: ((findings: readonly Finding[]) => void) | undefined;

  constructor(
    readonly editor: AttachedEditor,
    private readonly services: SessionServices,
  ) {
    this.painter = createPainter(editor, services.preferOverlay);
    this.watch();
  }

  private listen(target: EventTarget, type: string, handler: (event: Event) => void, options?: AddEventListenerOptions) {
    target.addEventListener(type, handler, options);
    this.cleanups.push(() => target.removeEventListener(type, handler, options));
  }

  private watch(): void {
    const { root, document } = this.editor;
    const view = document.defaultView!;
    this.listen(root, 'input', () => {
      // The text is no longer the one last sent, even if the next keystroke brings it back (a digit typed and
      // deleted within the pause): the underlines dropped on the way must come back from a new analysis.
      this.requestedText = undefined;
      this.edited();
    });
    // Rich editors also change their DOM outside input events (paste handling, collaboration, undo): observe, never touch.
    if (this.editor.hasDomRanges) {
      const observer = new view.MutationObserver(() => this.edited());
      observer.observe(root, { childList: true, characterData: true, subtree: true });
      this.cleanups.push(() => observer.disconnect());
    }
    // Chinese input: nothing is analysed while a composition is open; the finished word is.
    this.listen(root, 'compositionstart', () => {
      this.composing = true;
      clearTimeout(this.timer);
    });
    this.listen(root, 'compositionend', () => {
      this.composing = false;
      this.edited();
    });
    const refresh = () => this.painter.refresh();
    // The viewport of the document this content script owns (window.top may be another origin's).
    const top = owningDocument(document).defaultView ?? view;
    this.listen(top, 'scroll', refresh, { capture: true, passive: true });
    this.listen(top, 'resize', refresh, { passive: true });
    if (view !== top) this.listen(view, 'scroll', refresh, { capture: true, passive: true });
    this.listen(root, 'scroll', refresh, { passive: true });
    const resizeObserver = new view.ResizeObserver(refresh);
    resizeObserver.observe(root);
    this.cleanups.push(() => resizeObserver.disconnect());
    if (!this.editor.hasDomRanges) {
      // A textarea's value can be set by script without an input event.
      const poll = view.setInterval(() => {
        if (!this.composing && this.editor.readText() !== this.analysedText) this.edited();
      }, 1000);
      this.cleanups.push(() => view.clearInterval(poll));
    }
  }

  private edited(): void {
    if (this.composing || this.disposed) return;
    if (!this.editor.hasDomRanges) this.followEdit();
    this.schedule(TYPING_PAUSE_MS);
  }

  /**
   * Keeps the overlay's underlines on their words while the writer types, until
   * the next analysis: findings after the edit move with the text, findings
   * the edit touched are dropped. (`::highlight` ranges do this by themselves.)
   */
  private followEdit(): void {
    const text = this.editor.readText();
    if (text === this.analysedText) return;
    const { start, oldEnd, newEnd } = changedSpan(this.analysedText, text);
    const delta = newEnd - oldEnd;
    this.findings = this.findings.flatMap((finding) => {
      if (finding.offset + finding.length <= start) return [finding];
      if (finding.offset >= oldEnd) return [{ ...finding, offset: finding.offset + delta }];
      return [];
    });
    this.analysedText = text;
    // The underlines the edit touched are gone: the text must be analysed again even if it returns to the one last sent.
    this.requestedText = undefined;
    this.repaintAfterFrame();
  }

  private repaintPending = false;

  /**
   * Repaints once the frame that shows the keystroke is out: placing the boxes
   * needs a layout of the mirror, and doing it in the input event would hold
   * that frame back by as long (the boxes trail the text by one frame).
   */
  private repaintAfterFrame(): void {
    if (this.repaintPending) return;
    this.repaintPending = true;
    void nextFrame(this.editor.document.defaultView).then(() => {
      this.repaintPending = false;
      this.repaint();
    });
  }

  schedule(delay: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.analyze(), delay);
  }

  /** Analyses the current text unless it is the text already analysed (or `force`, after a settings change). */
  async analyze(force = false): Promise<void> {
    if (this.composing || this.disposed) return;
    const text = this.editor.readText();
    if (!force && text === this.requestedText) return;
    this.requestedText = text;
    const sequence = ++this.sequence;
    let analysis: Analysis | null;
    try {
      analysis = await requestBackground({
        type: 'analyzeDocument',
        documentId: this.documentId,
        editor: this.editor.family,
        hostname: this.services.hostname,
        pageTitle: document.title,
        text,
      });
    } catch {
      // The extension was reloaded or the background is restarting; the next edit tries again.
      this.requestedText = undefined;
      return;
    }
    if (!analysis || sequence !== this.sequence || this.disposed) return;
    // The writer typed on while the background worked: these offsets are stale, analyse again.
    if (this.editor.readText() !== text) {
      // Nothing was shown for that text: should the editor come back to it (an undo), it is analysed again.
      this.requestedText = undefined;
      this.schedule(TYPING_PAUSE_MS);
      return;
    }
    this.analysedText = text;
    this.findings = analysis.findings;
    if (this.active && !this.findings.some((finding) => sameFinding(finding, this.active!))) this.active = undefined;
    // The staleness check above just read the text, so the editor's offset map is current.
    this.repaint(false);
  }

  private repaint(refreshOffsets = true): void {
    if (this.disposed) return;
    if (refreshOffsets) this.editor.readText();
    const shown = this.visibleFindings();
    this.painter.paint(shown, this.active);
    this.onFindingsChanged?.(shown);
  }

  visibleFindings(): Finding[] {
    if (this.ignored.size === 0) return this.findings;
    return this.findings.filter((finding) => !this.ignored.has(occurrenceKey(this.analysedText, finding)));
  }

  get text(): string {
    return this.analysedText;
  }

  /** The finding under a point of the top-level viewport, if the point is on an underline. */
  findingAt(x: number, y: number): Finding | undefined {
    const findings = this.visibleFindings();
    const offset = this.editor.offsetAtPoint(x, y);
    const span = offset === undefined ? this.editor.visibleSpan?.() : { start: offset, end: offset };
    const candidates = span
      ? findings.filter((finding) => finding.offset <= span.end && finding.offset + finding.length >= span.start)
      : findings;
    return candidates.find((finding) =>
      this.editor.rectsFor(finding.offset, finding.length).some((rect) => contains(rect, x, y, 2)),
    );
  }

  setActive(finding: Finding | undefined): void {
    if (this.disposed) return;
    this.active = finding;
    this.editor.readText();
    this.painter.paint(this.visibleFindings(), this.active);
  }

  /** Scrolls to a finding and selects it in the editor (from the side panel). */
  reveal(offset: number, length: number): boolean {
    const finding = this.findings.find((candidate) => candidate.offset === offset && candidate.length === length);
    this.editor.select(offset, length);
    this.setActive(finding);
    return true;
  }

  /**
   * Applies the finding's suggestion through the editor's input path. The
   * editor checks that the text is then exactly the old text with that span
   * replaced, and undoes what it did otherwise; `stale` when the text changed
   * since it was analysed (nothing was tried).
   */
  async apply(finding: Finding): Promise<ReplaceOutcome | 'stale'> {
    const change = suggestedChange(this.analysedText, finding);
    if (!change) return 'stale';
    if (this.editor.readText() !== this.analysedText) return 'stale';
    this.active = undefined;
    const outcome = await this.editor.replace(change.offset, change.length, change.text);
    await this.analyze();
    return outcome;
  }

  ignore(finding: Finding): void {
    this.ignored.add(occurrenceKey(this.analysedText, finding));
    if (this.active && sameFinding(this.active, finding)) this.active = undefined;
    this.repaint();
  }

  dispose(): void {
    this.disposed = true;
    clearTimeout(this.timer);
    for (const cleanup of this.cleanups.splice(0)) cleanup();
    this.painter.clear();
    this.editor.dispose?.();
    void requestBackground({ type: 'documentClosed', documentId: this.documentId }).catch(() => undefined);
  }
}

export function sameFinding(a: Finding, b: Finding): boolean {
  return a.rule === b.rule && a.offset === b.offset && a.length === b.length;
}
