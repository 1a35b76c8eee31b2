import { exposeTestPage } from './harness.js';

/**
 * A web component holding its editable region in an open shadow root, as
 * design-system editors do: the document's active element is the host, and
 * the page's styles do not reach inside.
 */
class DraftEditor extends HTMLElement {
  readonly editable: HTMLElement;

  constructor() {
    super();
    const shadow = this.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = `
      :host { display: block; }
      .editable { min-height: 200px; border: 1px solid #d0d7de; border-radius: 6px; padding: 10px 12px; outline: none; }
      p { margin: 0 0 8px; }
    `;
    this.editable = document.createElement('div');
    this.editable.className = 'editable';
    this.editable.contentEditable = 'true';
    this.editable.innerHTML = '<p><br></p>';
    shadow.append(style, this.editable);
  }
}
customElements.define('draft-editor', DraftEditor);

const editor = document.querySelector<DraftEditor>('draft-editor')!.editable;
exposeTestPage({
  family: 'contenteditable',
  editable: () => editor,
  // biome-ignore lint/performance/useDomNodeTextContent: the text as the writer sees it, line breaks included, is the point here.
  content: () => ({ model: editor.innerText, html: editor.innerHTML }),
});
