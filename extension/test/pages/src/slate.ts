import { createElement, useMemo } from 'react';
import { createRoot } from 'react-dom/client';
import { createEditor, type Descendant, type Editor } from 'slate';
import { withHistory } from 'slate-history';
import { Editable, Slate, withReact } from 'slate-react';
import { exposeTestPage } from './harness.js';

const initialValue: Descendant[] = [{ type: 'paragraph', children: [{ text: '' }] } as Descendant];
let slateEditor: Editor | undefined;

function App() {
  const editor = useMemo(() => withHistory(withReact(createEditor())), []);
  slateEditor = editor;
  const editable = createElement(Editable, { id: 'slate-editable', className: 'editable', placeholder: '在此输入正文…' });
  // biome-ignore lint/correctness/noChildrenProp: this page is plain TypeScript (no JSX) and Slate's props type requires `children`.
  return createElement(Slate, { editor, initialValue, children: editable });
}

const host = document.querySelector<HTMLElement>('#editor')!;
createRoot(host).render(createElement(App));
exposeTestPage(
  new Promise((resolve) => {
    const check = () => {
      const editable = host.querySelector<HTMLElement>('[data-slate-editor]');
      if (!editable || !slateEditor) return void requestAnimationFrame(check);
      resolve({
        family: 'slate',
        editable: () => editable,
        content: () => ({ model: JSON.stringify(slateEditor!.children), html: editable.innerHTML }),
      });
    };
    check();
  }),
);
