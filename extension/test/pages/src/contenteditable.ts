import { exposeTestPage } from './harness.js';

const editor = document.querySelector<HTMLElement>('#editor')!;
exposeTestPage({
  family: 'contenteditable',
  editable: () => editor,
  // biome-ignore lint/performance/useDomNodeTextContent: the text as the writer sees it, line breaks included, is the point here.
  content: () => ({ model: editor.innerText, html: editor.innerHTML }),
  load: (text) => {
    editor.replaceChildren(
      ...text.split('\n').map((line) => {
        const paragraph = document.createElement('p');
        paragraph.textContent = line;
        return paragraph;
      }),
    );
    editor.focus();
    const selection = getSelection()!;
    selection.selectAllChildren(editor);
    selection.collapseToEnd();
    editor.lastElementChild?.scrollIntoView();
  },
});
