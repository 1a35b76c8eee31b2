import type { Finding, Severity } from '../analysis/finding.js';
import type { AttachedEditor } from '../editors/shared/types.js';
import { owningDocument } from './frames.js';
import { getOverlay, showInTopLayer } from './overlay.js';

/** Draws the underlines of one editor. Neither painter ever touches the editor's DOM. */
export interface Painter {
  paint(findings: readonly Finding[], active: Finding | undefined): void;
  /** Re-places the underlines after a scroll or resize (a no-op where the browser does it). */
  refresh(): void;
  clear(): void;
}

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];
const HIGHLIGHT_NAMES = {
  error: 'tiankong-error',
  warning: 'tiankong-warning',
  info: 'tiankong-info',
  active: 'tiankong-active',
};

const HIGHLIGHT_CSS = `
::highlight(tiankong-error) { text-decoration: underline wavy #d32f2f; text-decoration-thickness: 1.5px; text-underline-offset: 3px; background-color: rgba(211, 47, 47, 0.10); }
::highlight(tiankong-warning) { text-decoration: underline wavy #ef6c00; text-decoration-thickness: 1.5px; text-underline-offset: 3px; background-color: rgba(239, 108, 0, 0.10); }
::highlight(tiankong-info) { text-decoration: underline dotted #1e88e5; text-underline-offset: 3px; }
::highlight(tiankong-active) { background-color: rgba(255, 214, 0, 0.45); }
`;

interface HighlightWindow extends Window {
  Highlight: new (...ranges: Range[]) => { add(range: Range): void; priority: number };
  CSSStyleSheet: typeof CSSStyleSheet;
  ShadowRoot: typeof ShadowRoot;
}

function highlightWindow(document: Document): HighlightWindow | undefined {
  const view = document.defaultView as (HighlightWindow & { CSS?: { highlights?: Map<string, unknown> } }) | null;
  if (!view || typeof view.Highlight !== 'function' || !view.CSS?.highlights) return undefined;
  return view;
}

const styledScopes = new WeakSet<Document | ShadowRoot>();

/**
 * Adds our `::highlight` rules as an adopted stylesheet: styles the page's
 * text without adding a node to the page. A document's styles do not reach
 * into a shadow root, so an editor in one gets the rules in its root too.
 */
function adoptHighlightStyles(scope: Document | ShadowRoot, view: HighlightWindow): boolean {
  if (styledScopes.has(scope)) return true;
  try {
    const sheet = new view.CSSStyleSheet();
    sheet.replaceSync(HIGHLIGHT_CSS);
    scope.adoptedStyleSheets = [...scope.adoptedStyleSheets, sheet];
    styledScopes.add(scope);
    return true;
  } catch {
    return false;
  }
}

/**
 * The CSS Custom Highlight API: the browser paints ranges of the page's own
 * text and keeps them in place on scroll, resize and edits. Every registered
 * range costs the browser work on each keystroke, so in a long draft only the
 * findings around the visible part are registered, and the set follows
 * scrolling.
 */
export class HighlightPainter implements Painter {
  private findings: readonly Finding[] = [];
  private active: Finding | undefined;
  /** The offsets whose findings are registered now. */
  private painted = { start: 0, end: Number.POSITIVE_INFINITY };
  private frame = 0;

  private constructor(
    private readonly editor: AttachedEditor,
    private readonly view: HighlightWindow,
  ) {}

  static create(editor: AttachedEditor): HighlightPainter | undefined {
    if (!editor.hasDomRanges) return undefined;
    const view = highlightWindow(editor.document);
    if (!view || !adoptHighlightStyles(editor.document, view)) return undefined;
    const scope = editor.root.getRootNode();
    if (scope instanceof view.ShadowRoot && !adoptHighlightStyles(scope, view)) return undefined;
    return new HighlightPainter(editor, view);
  }

  private get registry(): Map<string, unknown> {
    return (this.view as unknown as { CSS: { highlights: Map<string, unknown> } }).CSS.highlights;
  }

  paint(findings: readonly Finding[], active: Finding | undefined): void {
    this.findings = findings;
    this.active = active;
    this.draw();
  }

  private draw(): void {
    this.painted = this.paintSpan();
    const bySeverity = new Map<Severity, Range[]>(SEVERITIES.map((severity) => [severity, []]));
    for (const finding of this.findings) {
      if (finding.offset + finding.length < this.painted.start || finding.offset > this.painted.end) continue;
      const range = this.editor.rangeFor(finding.offset, finding.length);
      if (range) bySeverity.get(finding.severity)!.push(range);
    }
    for (const severity of SEVERITIES) {
      const ranges = bySeverity.get(severity)!;
      if (ranges.length === 0) this.registry.delete(HIGHLIGHT_NAMES[severity]);
      else this.registry.set(HIGHLIGHT_NAMES[severity], new this.view.Highlight(...ranges));
    }
    const activeRange = this.active && this.editor.rangeFor(this.active.offset, this.active.length);
    if (activeRange) {
      const highlight = new this.view.Highlight(activeRange);
      highlight.priority = 1;
      this.registry.set(HIGHLIGHT_NAMES.active, highlight);
    } else {
      this.registry.delete(HIGHLIGHT_NAMES.active);
    }
  }

  /** The visible text and as much again on each side, so that scrolling a little needs no repaint. */
  private paintSpan(): { start: number; end: number } {
    const visible = this.editor.visibleSpan?.();
    if (!visible || this.findings.length < SMALL_DRAFT_FINDINGS) return { start: 0, end: Number.POSITIVE_INFINITY };
    const margin = Math.max(VISIBLE_MARGIN, visible.end - visible.start);
    return { start: visible.start - margin, end: visible.end + margin };
  }

  refresh(): void {
    if (this.frame || this.findings.length < SMALL_DRAFT_FINDINGS) return;
    this.frame = this.view.requestAnimationFrame(() => {
      this.frame = 0;
      const visible = this.editor.visibleSpan?.();
      if (visible && (visible.start < this.painted.start || visible.end > this.painted.end)) this.draw();
    });
  }

  clear(): void {
    this.findings = [];
    for (const name of Object.values(HIGHLIGHT_NAMES)) this.registry.delete(name);
  }
}

/** Below this many findings every one is registered: the browser handles that many ranges without a cost a writer could feel. */
const SMALL_DRAFT_FINDINGS = 300;
/** Characters registered beyond each edge of the visible text. */
const VISIBLE_MARGIN = 2_000;

/**
 * Positioned boxes in the extension's shadow root, for text the highlight API
 * cannot reach (a textarea's value) or browsers without it. They are
 * recomputed on scroll, resize and every edit.
 */
export class OverlayPainter implements Painter {
  private readonly layer: HTMLElement;
  private findings: readonly Finding[] = [];
  private active: Finding | undefined;
  private frame = 0;

  constructor(private readonly editor: AttachedEditor) {
    this.layer = getOverlay(owningDocument(editor.document)).underlines;
  }

  paint(findings: readonly Finding[], active: Finding | undefined): void {
    this.findings = findings;
    this.active = active;
    this.draw();
  }

  refresh(): void {
    const view = this.layer.ownerDocument.defaultView;
    if (!view || this.frame) return;
    this.frame = view.requestAnimationFrame(() => {
      this.frame = 0;
      this.draw();
    });
  }

  private draw(): void {
    const document = this.layer.ownerDocument;
    const boxes: HTMLElement[] = [];
    const span = this.editor.visibleSpan?.();
    for (const finding of this.findings) {
      if (span && (finding.offset + finding.length < span.start || finding.offset > span.end)) continue;
      const isActive = this.active !== undefined && this.active.offset === finding.offset && this.active.rule === finding.rule;
      for (const rect of this.editor.rectsFor(finding.offset, finding.length)) {
        const box = document.createElement('div');
        box.className = `underline ${finding.severity}${isActive ? ' active' : ''}`;
        box.dataset.rule = finding.rule;
        box.dataset.offset = String(finding.offset);
        box.style.left = `${rect.left}px`;
        box.style.top = `${rect.top}px`;
        box.style.width = `${rect.width}px`;
        box.style.height = `${rect.height}px`;
        boxes.push(box);
      }
    }
    this.layer.replaceChildren(...boxes);
    if (boxes.length > 0) showInTopLayer(this.layer);
  }

  clear(): void {
    this.findings = [];
    this.layer.replaceChildren();
  }
}

export function createPainter(editor: AttachedEditor, preferOverlay = false): Painter {
  return (!preferOverlay && HighlightPainter.create(editor)) || new OverlayPainter(editor);
}
