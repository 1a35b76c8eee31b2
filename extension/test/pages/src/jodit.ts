import 'jodit/es2021/jodit.min.css';
import { Jodit } from 'jodit';
import { exposeTestPage } from './harness.js';

/**
 * Jodit 4 from npm with `iframe: true`: its editable body lives in an
 * iframe it writes itself (`document.write`), as CMS set-ups choose it to
 * keep the site's styles off the document.
 */
const editor = Jodit.make('#jodit', {
  iframe: true,
  height: 320,
  language: 'zh_cn',
  buttons: ['undo', 'redo', '|', 'bold', 'italic'],
  toolbarAdaptive: false,
  // Jodit makes one undo step of the edits within `history.timeout` (1000 ms by default), as long as the
  // suite's pause before Apply (UNDO_GROUPING_MS): in Firefox the writer's last keystrokes and the fix then
  // became one step in two runs of three, and Ctrl+Z took back both. At 500 ms it still happened once on a
  // machine loaded by other work (Firefox's timers ran late); a quarter of a second leaves a wide margin.
  history: { timeout: 250 },
});

exposeTestPage(
  editor.waitForReady().then(() => ({
    family: 'contenteditable',
    editable: () => editor.editor,
    content: () => ({ model: editor.value, html: editor.editor.innerHTML }),
  })),
);
