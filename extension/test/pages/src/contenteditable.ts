import { exposeTestPage } from './harness.js';

const editor = document.querySelector<HTMLElement>('#editor')!;
exposeTestPage({
  family: 'contenteditable',
  editable: () => editor,
  content: () => ({ model: editor.innerText, html: editor.innerHTML }),
});
