import { ContentEditableEditor } from './shared/contenteditable-editor.js';
import { editableRoot, isNonEditableIsland } from './shared/editable-root.js';
import type { EditorAdapter } from './shared/types.js';

/** Any other `contenteditable` region: paragraphs and line breaks as the browser makes them. */
export const contentEditableAdapter: EditorAdapter = {
  family: 'contenteditable',
  findRoot(element) {
    return editableRoot(element);
  },
  attach(root) {
    return new ContentEditableEditor('contenteditable', root, {
      // Islands the page marked non-editable (mentions, widgets) are not the writer's running text.
      skip: isNonEditableIsland,
    });
  },
};
