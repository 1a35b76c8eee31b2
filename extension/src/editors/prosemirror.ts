import { ContentEditableEditor } from './shared/contenteditable-editor.js';
import { editableAncestor, isNonEditableIsland } from './shared/editable-root.js';
import type { EditorAdapter } from './shared/types.js';

/**
 * ProseMirror and everything built on it (TipTap, Remirror, Atlassian's
 * editors): the root carries the class `ProseMirror`. ProseMirror keeps empty
 * and trailing lines open with `br.ProseMirror-trailingBreak` and
 * `img.ProseMirror-separator`, and renders node views as non-editable islands.
 */
export const proseMirrorAdapter: EditorAdapter = {
  family: 'prosemirror',
  findRoot(element) {
    return editableAncestor(element, '.ProseMirror');
  },
  attach(root) {
    return new ContentEditableEditor('prosemirror', root, {
      skip: (element) =>
        element.classList.contains('ProseMirror-trailingBreak') ||
        element.classList.contains('ProseMirror-separator') ||
        element.classList.contains('ProseMirror-widget') ||
        isNonEditableIsland(element),
    });
  },
};
