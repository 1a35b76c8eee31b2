import 'trix';
import 'trix/dist/trix.css';
import { exposeTestPage } from './harness.js';

/** Trix's element, with the editor object it carries once initialised. */
type TrixElement = HTMLElement & { editor: { getDocument(): { toString(): string } } };

const element = document.querySelector<TrixElement>('trix-editor')!;
// Trix defines its element when the module loads and initialises it a moment later.
exposeTestPage(
  new Promise((resolve) => {
    const ready = () =>
      resolve({
        family: 'trix',
        editable: () => element,
        content: () => ({ model: element.editor.getDocument().toString(), html: element.innerHTML }),
      });
    if (element.editor) ready();
    else element.addEventListener('trix-initialize', ready, { once: true });
  }),
);
