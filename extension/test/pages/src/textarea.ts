import { exposeTestPage } from './harness.js';

const textarea = document.querySelector<HTMLTextAreaElement>('#editor')!;
exposeTestPage({
  family: 'textarea',
  editable: () => textarea,
  content: () => ({ model: textarea.value, html: textarea.outerHTML }),
  load: (text) => {
    textarea.value = text;
    textarea.focus();
    textarea.setSelectionRange(text.length, text.length);
    textarea.scrollTop = textarea.scrollHeight;
  },
});
