import { ClassicEditor, Essentials, Heading, List, Paragraph, Undo } from 'ckeditor5';
import 'ckeditor5/ckeditor5.css';
import { exposeTestPage } from './harness.js';

exposeTestPage(
  ClassicEditor.create(document.querySelector<HTMLElement>('#editor')!, {
    licenseKey: 'GPL',
    plugins: [Essentials, Paragraph, Heading, List, Undo],
    toolbar: ['heading', '|', 'bulletedList', 'numberedList', '|', 'undo', 'redo'],
  }).then((editor) => ({
    family: 'ckeditor5',
    editable: () => editor.ui.getEditableElement()!,
    content: () => ({ model: editor.getData(), html: editor.ui.getEditableElement()!.innerHTML }),
  })),
);
