import { exposeTestPage } from './harness.js';

/**
 * A page that starts without an editor: a button mounts one into an iframe
 * it writes itself, and every further click mounts a fresh editor into the
 * same frame (document.open, as CKEditor 4 and KindEditor do on setData or
 * a mode switch), which wipes every listener the frame's window had.
 */
const host = document.querySelector<HTMLElement>('#editor-host')!;
const frame = document.createElement('iframe');
frame.title = 'editor';
frame.style.cssText = 'display: block; width: 100%; height: 420px; border: 1px solid #d0d7de;';

const FRAME_DOCUMENT = `<!doctype html><html lang="zh-CN"><head><meta charset="UTF-8"><style>
  body { font: 16px/1.8 "Noto Sans CJK SC", sans-serif; margin: 10px 12px; min-height: 360px; outline: none; }
  p { margin: 0 0 8px; }
</style></head><body contenteditable="true"><p><br></p></body></html>`;

function mount(): void {
  if (!frame.isConnected) host.append(frame);
  const written = frame.contentDocument!;
  written.open();
  written.write(FRAME_DOCUMENT);
  written.close();
  written.body.focus();
}

document.querySelector('#mount')!.addEventListener('click', mount);

exposeTestPage({
  family: 'contenteditable',
  editable: () => frame.contentDocument!.body,
  // biome-ignore lint/performance/useDomNodeTextContent: the text as the writer sees it, line breaks included, is the point here.
  content: () => ({ model: frame.contentDocument!.body.innerText, html: frame.contentDocument!.body.innerHTML }),
});
