import WangEditor from 'wangeditor';
import { exposeTestPage } from './harness.js';

/**
 * wangEditor 4 from npm with its defaults (a toolbar and a text container
 * stacked at z-index 10000 and up), as many Chinese CMS and OA systems embed
 * it. Its `.w-e-text` is a contenteditable; wangEditor keeps its own history
 * of the HTML, and puts pasted text at the caret it saved when the writer
 * last typed.
 */
const editor = new WangEditor('#wangeditor');
editor.config.height = 320;
editor.config.menus = ['bold', 'italic', 'undo', 'redo'];
editor.create();
const editable = document.querySelector<HTMLElement>('#wangeditor .w-e-text')!;

exposeTestPage({
  family: 'contenteditable',
  editable: () => editable,
  content: () => ({ model: editor.txt.html() ?? '', html: editable.innerHTML }),
});
