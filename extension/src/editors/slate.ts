import { ContentEditableEditor } from './shared/contenteditable-editor.js';
import { editableAncestor, isNonEditableIsland } from './shared/editable-root.js';
import type { EditorAdapter } from './shared/types.js';

/**
 * Slate: the root carries `data-slate-editor` (`"true"` from slate-react,
 * empty from views of their own over a Slate model, wangEditor 5's). Empty leaves
 * hold a zero-width character in `[data-slate-zero-width]`, and the
 * placeholder text lives in `[data-slate-placeholder]` — neither is the
 * writer's text.
 */
export const slateAdapter: EditorAdapter = {
  family: 'slate',
  findRoot(element) {
    return editableAncestor(element, '[data-slate-editor]');
  },
  attach(root) {
    return new ContentEditableEditor('slate', root, {
      skip: (element) =>
        element.hasAttribute('data-slate-zero-width') ||
        element.hasAttribute('data-slate-placeholder') ||
        isNonEditableIsland(element),
    });
  },
};
