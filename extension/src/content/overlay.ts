/**
 * The extension's one element in a page: a zero-size host at the end of
 * `<html>` (outside `<body>` and far from any editor) with an open shadow root
 * that holds the underline boxes of the overlay painter, the textarea
 * mirrors and the card. The shadow root keeps the page's CSS out and ours in.
 */
export interface Overlay {
  host: HTMLElement;
  shadow: ShadowRoot;
  underlines: HTMLElement;
  mirrors: HTMLElement;
  cardRoot: HTMLElement;
}

const overlays = new WeakMap<Document, Overlay>();

const OVERLAY_CSS = `
:host { all: initial; }
/* Above editors stacked with a z-index (wangEditor 4, UEditor, Toast UI); the underlines and the card also go to the top layer (popover). */
.layer { position: fixed; left: 0; top: 0; width: 0; height: 0; pointer-events: none; z-index: 2147483647; }
.layer[popover] { display: block; inset: 0 auto auto 0; margin: 0; padding: 0; border: 0; background: transparent; overflow: visible; color: inherit; }
/* Absolute in the fixed layer, so still in viewport coordinates: the boxes are laid out inside one positioned layer instead of each being fixed. */
.underline { position: absolute; pointer-events: none; border-bottom: 2px solid; box-sizing: border-box; }
.underline.error { border-color: #d32f2f; background: rgba(211, 47, 47, 0.10); }
.underline.warning { border-color: #ef6c00; background: rgba(239, 108, 0, 0.10); }
.underline.info { border-color: #1e88e5; border-bottom-style: dotted; }
.underline.active { background: rgba(255, 214, 0, 0.45); }
.card {
  position: fixed; inset: auto; margin: 0; overflow: visible; z-index: 2147483647; pointer-events: auto; box-sizing: border-box; width: 320px; max-width: calc(100vw - 16px);
  background: #fff; color: #1f2328; border: 1px solid #d0d7de; border-radius: 8px;
  box-shadow: 0 8px 24px rgba(31, 35, 40, 0.18); padding: 12px 14px;
  font: 14px/1.6 "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", system-ui, sans-serif;
}
.card header { display: flex; align-items: center; gap: 8px; margin-bottom: 6px; font-size: 12px; color: #57606a; }
.badge { border-radius: 10px; padding: 0 8px; color: #fff; font-weight: 600; }
.badge.error { background: #d32f2f; } .badge.warning { background: #ef6c00; } .badge.info { background: #1e88e5; }
.rule { font-family: ui-monospace, monospace; }
.close { margin-left: auto; border: 0; background: none; cursor: pointer; font-size: 16px; color: #57606a; }
.message { margin: 0 0 6px; }
.context { margin: 0 0 8px; padding: 4px 8px; background: #f6f8fa; border-radius: 4px; color: #57606a; word-break: break-all; }
.context mark { background: rgba(211, 47, 47, 0.15); color: #1f2328; border-bottom: 2px solid #d32f2f; }
.suggestion { margin: 0 0 8px; }
.suggestion code { background: #e6f4ea; padding: 0 4px; border-radius: 3px; }
.notice { margin: 0 0 8px; padding: 4px 8px; background: #fff8c5; border-radius: 4px; }
.actions { display: flex; flex-wrap: wrap; gap: 6px; }
.actions button {
  font: inherit; font-size: 13px; padding: 2px 10px; border-radius: 6px; border: 1px solid #d0d7de; background: #f6f8fa; cursor: pointer;
}
.actions button.primary { background: #1f883d; border-color: #1f883d; color: #fff; }
`;

/**
 * Puts a popover of the overlay into the top layer, once (shown again it
 * would move above the card). Where popover is missing, the z-index holds.
 */
export function showInTopLayer(element: HTMLElement | null): void {
  if (!element || typeof element.showPopover !== 'function') return;
  try {
    if (!element.matches(':popover-open')) element.showPopover();
  } catch {
    // Not connected yet, or popover not supported for this element: the z-index fallback holds.
  }
}

export function getOverlay(document: Document): Overlay {
  let overlay = overlays.get(document);
  if (overlay?.host.isConnected) return overlay;
  const host = document.createElement('tiankong-overlay');
  host.setAttribute('aria-live', 'polite');
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = OVERLAY_CSS;
  const underlines = document.createElement('div');
  underlines.className = 'layer';
  // The top layer is above every z-index of the page; the card, shown later, goes above the underlines.
  underlines.setAttribute('popover', 'manual');
  const mirrors = document.createElement('div');
  mirrors.className = 'layer';
  const cardRoot = document.createElement('div');
  cardRoot.className = 'layer cards';
  shadow.append(style, underlines, mirrors, cardRoot);
  document.documentElement.append(host);
  overlay = { host, shadow, underlines, mirrors, cardRoot };
  overlays.set(document, overlay);
  return overlay;
}
