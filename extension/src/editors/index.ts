import type { EditorFamily } from '../messaging/protocol.js';
import { ckeditor5Adapter } from './ckeditor5.js';
import { contentEditableAdapter } from './contenteditable.js';
import { lexicalAdapter } from './lexical.js';
import { proseMirrorAdapter } from './prosemirror.js';
import { quillAdapter } from './quill.js';
import type { EditorAdapter } from './shared/types.js';
import { slateAdapter } from './slate.js';
import { textareaAdapter } from './textarea.js';
import { tinymceAdapter } from './tinymce.js';
import { trixAdapter } from './trix.js';

/** Every editor family, most specific first: the generic contenteditable adapter claims whatever the others leave. */
export const EDITOR_ADAPTERS: readonly EditorAdapter[] = [
  tinymceAdapter,
  proseMirrorAdapter,
  quillAdapter,
  ckeditor5Adapter,
  lexicalAdapter,
  slateAdapter,
  trixAdapter,
  contentEditableAdapter,
  textareaAdapter,
];

/** The adapter and editable root for a focused element, if it is somewhere a writer types. */
export function findEditor(element: Element): { adapter: EditorAdapter; root: HTMLElement } | undefined {
  for (const adapter of EDITOR_ADAPTERS) {
    const root = adapter.findRoot(element);
    if (root) return { adapter, root };
  }
  return undefined;
}

export function adapterFor(family: EditorFamily): EditorAdapter {
  return EDITOR_ADAPTERS.find((adapter) => adapter.family === family)!;
}
