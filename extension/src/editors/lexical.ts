import { ContentEditableEditor } from './contenteditable-editor.js';
import type { EditorAdapter } from './types.js';

/**
 * Lexical (Meta): the root carries `data-lexical-editor`. Text sits in
 * `span[data-lexical-text]`; decorator nodes are non-editable islands.
 */
export const lexicalAdapter: EditorAdapter = {
  family: 'lexical',
  findRoot(element) {
    const root = element.closest('[data-lexical-editor="true"]');
    return root && (root as HTMLElement).isContentEditable ? (root as HTMLElement) : undefined;
  },
  attach(root) {
    return new ContentEditableEditor('lexical', root, {
      skip: (element) => (element as HTMLElement).contentEditable === 'false' || element.hasAttribute('data-lexical-decorator'),
    });
  },
};
