/**
 * Which content script owns an editor in a frame. Every same-origin frame,
 * however it was made (its own URL, about:blank, srcdoc, document.write) and
 * however deep, belongs to the content script of its topmost same-origin
 * ancestor: that one reaches in, draws the card in its own document (above
 * the frame, never clipped by it) and measures everything in its own
 * viewport. A frame's own content script stands down when its parent is
 * same-origin, so no editor ever gets two controllers.
 */

/** Whether this window's parent can reach into it (a same-origin parent): then the parent's content script owns its editors. */
export function isReachedFromParent(view: Window): boolean {
  try {
    return view.frameElement !== null;
  } catch {
    return false;
  }
}

/** The document of a same-origin frame, or undefined for a cross-origin one (which runs a content script of its own). */
export function frameDocument(frame: HTMLIFrameElement | HTMLFrameElement): Document | undefined {
  try {
    return frame.contentDocument ?? undefined;
  } catch {
    return undefined;
  }
}

/**
 * The document whose content script owns `document`: the topmost same-origin
 * ancestor's. (`window.top` may be another origin, whose document must not be touched.)
 */
export function owningDocument(document: Document): Document {
  let owner = document;
  for (;;) {
    let frame: Element | null = null;
    try {
      frame = owner.defaultView?.frameElement ?? null;
    } catch {
      frame = null;
    }
    if (!frame) return owner;
    owner = frame.ownerDocument;
  }
}
