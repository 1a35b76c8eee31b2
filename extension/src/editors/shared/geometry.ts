import type { ViewportRect } from './types.js';

/**
 * Where a document's viewport sits inside the viewport of the content script
 * that owns it: (0, 0) for its own page, the iframe's content box (inside
 * border and padding) for a frame, summed over nested frames. The walk ends
 * at a cross-origin parent, whose `frameElement` reads as null.
 */
export function frameOrigin(document: Document): { x: number; y: number } {
  let x = 0;
  let y = 0;
  let view = document.defaultView;
  while (view?.frameElement) {
    const frame = view.frameElement as HTMLElement;
    const box = frame.getBoundingClientRect();
    const style = frame.ownerDocument.defaultView?.getComputedStyle(frame);
    x += box.left + frame.clientLeft + Number.parseFloat(style?.paddingLeft ?? '0');
    y += box.top + frame.clientTop + Number.parseFloat(style?.paddingTop ?? '0');
    view = frame.ownerDocument.defaultView;
  }
  return { x, y };
}

/** The part of a document's viewport that is visible through all the frames around it, in the owner's viewport. */
export function visibleViewport(document: Document): ViewportRect | undefined {
  let visible: ViewportRect | undefined;
  for (let view = document.defaultView; view; view = view.frameElement?.ownerDocument.defaultView ?? null) {
    const origin = frameOrigin(view.document);
    const own = { left: origin.x, top: origin.y, width: view.innerWidth, height: view.innerHeight };
    visible = visible ? intersect(visible, own) : own;
    if (!visible || !view.frameElement) return visible;
  }
  return visible;
}

export function toViewportRects(rects: Iterable<DOMRect | DOMRectReadOnly>, origin: { x: number; y: number }): ViewportRect[] {
  const result: ViewportRect[] = [];
  for (const rect of rects) {
    if (rect.width === 0 && rect.height === 0) continue;
    result.push({ left: rect.left + origin.x, top: rect.top + origin.y, width: rect.width, height: rect.height });
  }
  return result;
}

export function intersect(a: ViewportRect, b: ViewportRect): ViewportRect | undefined {
  const left = Math.max(a.left, b.left);
  const top = Math.max(a.top, b.top);
  const right = Math.min(a.left + a.width, b.left + b.width);
  const bottom = Math.min(a.top + a.height, b.top + b.height);
  if (right <= left || bottom <= top) return undefined;
  return { left, top, width: right - left, height: bottom - top };
}

export function contains(rect: ViewportRect, x: number, y: number, slack = 0): boolean {
  return (
    x >= rect.left - slack && x <= rect.left + rect.width + slack && y >= rect.top - slack && y <= rect.top + rect.height + slack
  );
}

/** Resolves after the next frame has been laid out: editors sync their model to DOM selection changes on their own schedule. */
export function nextFrame(view: Window | null): Promise<void> {
  return new Promise((resolve) => {
    if (!view) return resolve();
    view.requestAnimationFrame(() => view.setTimeout(resolve, 0));
  });
}
