import '@wangeditor/editor/dist/css/style.css';
import { createEditor, createToolbar } from '@wangeditor/editor';
import { exposeTestPage } from './harness.js';

/**
 * wangEditor 5 from npm with its default toolbar, as Chinese CMS and OA
 * systems embed it: a Slate model under a view of wangEditor's own (not
 * slate-react), its editable marked `data-slate-editor`.
 */
const editor = createEditor({ selector: '#wangeditor', html: '<p><br></p>', mode: 'default' });
createToolbar({ editor, selector: '#wangeditor-toolbar', mode: 'simple' });
const editable = document.querySelector<HTMLElement>('#wangeditor [data-slate-editor]')!;

exposeTestPage({
  family: 'slate',
  editable: () => editable,
  content: () => ({ model: JSON.stringify(editor.children), html: editable.innerHTML }),
});
