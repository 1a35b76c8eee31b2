import { loadClassicScript } from './classic-script.js';
import { exposeTestPage, type TestPage } from './harness.js';

/** What the test needs of KindEditor 4: its editing frame's document and its own serialisation. */
interface KindEditorInstance {
  edit: { doc: Document };
  html(): string;
}

declare global {
  interface Window {
    KindEditor?: {
      create(selector: string, options: Record<string, unknown>): KindEditorInstance;
    };
  }
}

function testPageOf(editor: KindEditorInstance): TestPage {
  return {
    family: 'contenteditable',
    editable: () => editor.edit.doc.body,
    content: () => ({ model: editor.html(), html: editor.edit.doc.body.innerHTML }),
  };
}

/**
 * KindEditor 4.1 from npm, as OA systems include it: kindeditor-all-min.js by
 * a classic script, its theme and language file from its base path. It
 * writes its editing document into an iframe of its own (`document.write`,
 * design mode), which then carries this page's URL.
 */
const BASE_PATH = './assets/vendor/kindeditor/';

exposeTestPage(
  loadClassicScript(`${BASE_PATH}kindeditor-all-min.js`).then(
    () =>
      new Promise((resolve) => {
        window.KindEditor!.create('textarea#editor', {
          // Named, since KindEditor would take it from the first script whose name starts `kindeditor`: this page's own bundle.
          basePath: BASE_PATH,
          langType: 'zh-CN',
          width: '100%',
          height: '320px',
          items: ['undo', 'redo', '|', 'bold', 'italic'],
          afterCreate(this: KindEditorInstance) {
            resolve(testPageOf(this));
          },
        });
      }),
  ),
);
