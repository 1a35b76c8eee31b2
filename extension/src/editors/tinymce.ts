import { ContentEditableEditor } from './shared/contenteditable-editor.js';
import { editableAncestor } from './shared/editable-root.js';
import type { EditorAdapter } from './shared/types.js';

/**
 * TinyMCE (classic mode): the editable body lives in an iframe
 * (`iframe.tox-edit-area__iframe`) whose `<body>` is `.mce-content-body`.
 * The content script reaches it from the page through the same-origin
 * iframe. TinyMCE marks its own nodes `data-mce-bogus` (fillers, caret
 * containers) and keeps the caret in zero-width characters.
 */
export const tinymceAdapter: EditorAdapter = {
  family: 'tinymce',
  findRoot(element) {
    const root = editableAncestor(element, '.mce-content-body');
    // Inline-mode TinyMCE is an ordinary contenteditable in the page; classic mode is the one in an iframe.
    return root?.ownerDocument.defaultView?.frameElement ? root : undefined;
  },
  attach(root) {
    return new ContentEditableEditor('tinymce', root, {
      skip: (element) => element.hasAttribute('data-mce-bogus') || element.hasAttribute('data-mce-caret'),
    });
  },
};
