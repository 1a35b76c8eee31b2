import { exposeTestPage } from './harness.js';

const textarea = document.querySelector<HTMLTextAreaElement>('#editor')!;
exposeTestPage({
  family: 'textarea',
  editable: () => textarea,
  content: () => ({ model: textarea.value, html: textarea.outerHTML }),
});
