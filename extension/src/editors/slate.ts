import { ContentEditableEditor } from './contenteditable-editor.js';
import type { EditorAdapter } from './types.js';

/**
 * Slate (slate-react): the root carries `data-slate-editor`. Empty leaves
 * hold a zero-width character in `[data-slate-zero-width]`, and the
 * placeholder text lives in `[data-slate-placeholder]` — neither is the
 * writer's text.
 */
export const slateAdapter: EditorAdapter = {
  family: 'slate',
  findRoot(element) {
    const root = element.closest('[data-slate-editor="true"]');
    return root && (root as HTMLElement).isContentEditable ? (root as HTMLElement) : undefined;
  },
  attach(root) {
    return new ContentEditableEditor('slate', root, {
      skip: (element) =>
        element.hasAttribute('data-slate-zero-width') ||
        element.hasAttribute('data-slate-placeholder') ||
        (element as HTMLElement).contentEditable === 'false',
    });
  },
};
