import { Editor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { exposeTestPage } from './harness.js';

const editor = new Editor({
  element: document.querySelector<HTMLElement>('#editor')!,
  extensions: [StarterKit],
  content: '<p></p>',
});
exposeTestPage({
  family: 'prosemirror',
  editable: () => editor.view.dom as HTMLElement,
  content: () => ({ model: JSON.stringify(editor.getJSON()), html: editor.view.dom.innerHTML }),
  load: (text) => {
    const paragraphs = text
      .split('\n')
      .map((line) => ({ type: 'paragraph', content: line ? [{ type: 'text', text: line }] : [] }));
    editor.commands.setContent({ type: 'doc', content: paragraphs });
    editor.commands.focus('end');
  },
});
