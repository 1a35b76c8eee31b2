import { exposeTestPage } from './harness.js';

const editor = document.querySelector<HTMLElement>('#editor')!;
exposeTestPage({
  family: 'contenteditable',
  editable: () => editor,
  // biome-ignore lint/performance/useDomNodeTextContent: the text as the writer sees it, line breaks included, is the point here.
  content: () => ({ model: editor.innerText, html: editor.innerHTML }),
});
