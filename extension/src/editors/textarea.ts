import { TextareaEditor } from './shared/textarea-editor.js';
import type { EditorAdapter } from './shared/types.js';

/** `<textarea>`: underlines drawn from a style-matched mirror, since a textarea's text has no DOM nodes. */
export const textareaAdapter: EditorAdapter = {
  family: 'textarea',
  findRoot(element) {
    return element instanceof element.ownerDocument.defaultView!.HTMLTextAreaElement && !element.readOnly && !element.disabled
      ? element
      : undefined;
  },
  attach(root) {
    return new TextareaEditor(root as HTMLTextAreaElement);
  },
};
