import { exposeTestPage } from './harness.js';

/**
 * What wangEditor 4 does with a `beforeinput` it did not see coming: it takes
 * the event, puts the text at the caret it saved when the writer last typed
 * (the end of the document), and leaves the selected word in place. Its own
 * history takes the change back on undo, as wangEditor's does.
 */
const editor = document.querySelector<HTMLElement>('#editor')!;
const history: string[] = [];

editor.addEventListener('beforeinput', (event) => {
  if (!event.isTrusted && (event.inputType === 'insertText' || event.inputType.startsWith('delete'))) {
    event.preventDefault();
    history.push(editor.innerHTML);
    const last = editor.lastElementChild ?? editor;
    last.append(event.data ?? '');
  } else if (event.inputType === 'historyUndo' && history.length > 0) {
    event.preventDefault();
    editor.innerHTML = history.pop()!;
  }
});

exposeTestPage({
  family: 'contenteditable',
  editable: () => editor,
  // biome-ignore lint/performance/useDomNodeTextContent: the text as the writer sees it, line breaks included, is the point here.
  content: () => ({ model: editor.innerText, html: editor.innerHTML }),
});
