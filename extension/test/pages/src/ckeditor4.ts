import { loadClassicScript } from './classic-script.js';
import { exposeTestPage, type TestPage } from './harness.js';

/** What the test needs of a CKEditor 4 instance: its editable body and its own serialisation. */
interface CKEditor4Instance {
  editable(): { $: HTMLElement };
  getData(): string;
  on(event: 'instanceReady', listener: () => void): void;
}

declare global {
  interface Window {
    CKEDITOR_BASEPATH?: string;
    CKEDITOR?: { replace(id: string, config: Record<string, unknown>): CKEditor4Instance };
  }
}

const BASE_PATH = './assets/vendor/ckeditor4/';

/**
 * CKEditor 4.22.1 from npm (the last release without a licence key), in
 * classic mode as OA systems use it: ckeditor.js by a classic script, its
 * skin, language and plugin files from its base path, the editable body in
 * an iframe it writes itself. `versionCheck` is off, as on an intranet: on,
 * it asks ckeditor.com whether a newer release exists.
 */
window.CKEDITOR_BASEPATH = new URL(BASE_PATH, location.href).href;
exposeTestPage(
  loadClassicScript(`${BASE_PATH}ckeditor.js`).then(
    () =>
      new Promise<TestPage>((resolve) => {
        const editor = window.CKEDITOR!.replace('ckeditor4', { language: 'zh-cn', height: 320, versionCheck: false });
        editor.on('instanceReady', () =>
          resolve({
            family: 'contenteditable',
            editable: () => editor.editable().$,
            content: () => ({ model: editor.getData(), html: editor.editable().$.innerHTML }),
          }),
        );
      }),
  ),
);
