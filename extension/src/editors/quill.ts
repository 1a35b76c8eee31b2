import { ContentEditableEditor } from './shared/contenteditable-editor.js';
import { editableAncestor } from './shared/editable-root.js';
import type { EditorAdapter } from './shared/types.js';

/**
 * Quill: the editable root is `.ql-editor`, one `<p>` (or heading, list item)
 * per line. Its list markers (`.ql-ui`) and the cursor placeholder
 * (`.ql-cursor`, holding a zero-width character) are machinery.
 */
export const quillAdapter: EditorAdapter = {
  family: 'quill',
  findRoot(element) {
    return editableAncestor(element, '.ql-editor');
  },
  attach(root) {
    return new ContentEditableEditor('quill', root, {
      skip: (element) => element.classList.contains('ql-ui') || element.classList.contains('ql-cursor'),
    });
  },
};
