import { ContentEditableEditor } from './shared/contenteditable-editor.js';
import { editableAncestor, isNonEditableIsland } from './shared/editable-root.js';
import type { EditorAdapter } from './shared/types.js';

/**
 * Trix (Basecamp): the editable root is the `<trix-editor>` element, one
 * `<div>` per paragraph. Attachments are non-editable `<figure>`s. Trix
 * renders input from its own document model, whether or not it cancels the
 * `beforeinput` event, so a fix goes in by that one event and is checked.
 */
export const trixAdapter: EditorAdapter = {
  family: 'trix',
  findRoot(element) {
    return editableAncestor(element, 'trix-editor');
  },
  attach(root) {
    return new ContentEditableEditor('trix', root, { skip: isNonEditableIsland });
  },
};
