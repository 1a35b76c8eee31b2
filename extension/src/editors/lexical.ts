import { ContentEditableEditor } from './shared/contenteditable-editor.js';
import { editableAncestor, isNonEditableIsland } from './shared/editable-root.js';
import type { EditorAdapter } from './shared/types.js';

/**
 * Lexical (Meta): the root carries `data-lexical-editor`. Text sits in
 * `span[data-lexical-text]`; decorator nodes are non-editable islands.
 */
export const lexicalAdapter: EditorAdapter = {
  family: 'lexical',
  findRoot(element) {
    return editableAncestor(element, '[data-lexical-editor="true"]');
  },
  attach(root) {
    return new ContentEditableEditor('lexical', root, {
      skip: (element) => isNonEditableIsland(element) || element.hasAttribute('data-lexical-decorator'),
    });
  },
};
