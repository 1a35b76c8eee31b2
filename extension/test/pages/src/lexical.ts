import { createEmptyHistoryState, registerHistory } from '@lexical/history';
import { registerRichText } from '@lexical/rich-text';
import { createEditor } from 'lexical';
import { exposeTestPage } from './harness.js';

const root = document.querySelector<HTMLElement>('#editor')!;
const editor = createEditor({ namespace: 'tiankong-test', onError: (error) => console.error(error) });
editor.setRootElement(root);
registerRichText(editor);
registerHistory(editor, createEmptyHistoryState(), 300);
exposeTestPage({
  family: 'lexical',
  editable: () => root,
  content: () => ({ model: JSON.stringify(editor.getEditorState().toJSON()), html: root.innerHTML }),
});
