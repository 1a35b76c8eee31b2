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
});

exposeTestPage(
  editor.waitForReady().then(() => ({
    family: 'contenteditable',
    editable: () => editor.editor,
    content: () => ({ model: editor.value, html: editor.editor.innerHTML }),
    // Jodit pushes an undo step from a debounced change handler (`defaultTimeout`, 100 ms; the
    // `history.timeout` option is never read), and the step runs from `history.startValue` to the
    // content then. Until that handler has run, the next edit joins the typing's step: on a loaded
    // machine Firefox ran it later than the suite's pause before Apply, and Ctrl+Z took back the
    // fix and the writer's last keystrokes together; and a Ctrl+Z before the fix's own handler has
    // run undoes the typing's last step, fix and all. Settled once the start value is the content.
    historySettled: () => {
      const history = editor.history as unknown as { startValue: { html: string }; snapshot: { make(): { html: string } } };
      return history.startValue.html === history.snapshot.make().html;
    },
  })),
);
