import { ContentEditableEditor } from './shared/contenteditable-editor.js';
import { editableAncestor } from './shared/editable-root.js';
import type { EditorAdapter } from './shared/types.js';

/**
 * CKEditor 5: the editable root has `.ck-editor__editable`. It keeps empty
 * blocks open with `br[data-cke-filler]`, puts a run of zero-width "inline
 * filler" characters at the caret (dropped as invisible), and surrounds
 * widgets with UI of its own (`.ck-reset_all`, the type-around buttons).
 */
export const ckeditor5Adapter: EditorAdapter = {
  family: 'ckeditor5',
  findRoot(element) {
    return editableAncestor(element, '.ck-editor__editable');
  },
  attach(root) {
    return new ContentEditableEditor('ckeditor5', root, {
      skip: (element) =>
        element.hasAttribute('data-cke-filler') ||
        element.classList.contains('ck-reset_all') ||
        element.classList.contains('ck-widget__type-around') ||
        element.classList.contains('ck-fake-selection-container'),
    });
  },
};
