import Quill from 'quill';
import 'quill/dist/quill.snow.css';
import { exposeTestPage } from './harness.js';

const quill = new Quill('#editor', { theme: 'snow' });
exposeTestPage({
  family: 'quill',
  editable: () => quill.root,
  content: () => ({ model: JSON.stringify(quill.getContents()), html: quill.root.innerHTML }),
});
