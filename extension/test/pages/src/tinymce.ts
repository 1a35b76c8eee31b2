import tinymce from 'tinymce';
import 'tinymce/icons/default/icons.min.js';
import 'tinymce/themes/silver/theme.min.js';
import 'tinymce/models/dom/model.min.js';
import 'tinymce/skins/ui/oxide/skin.js';
import 'tinymce/skins/ui/oxide/content.js';
import 'tinymce/skins/content/default/content.js';
import { exposeTestPage } from './harness.js';

exposeTestPage(
  tinymce
    .init({
      selector: 'textarea#editor',
      license_key: 'gpl',
      skin_url: 'default',
      content_css: 'default',
      menubar: false,
      toolbar: 'undo redo',
      height: 320,
      promotion: false,
      branding: false,
    })
    .then(([editor]) => ({
      family: 'tinymce',
      editable: () => editor!.getBody(),
      content: () => ({ model: editor!.getContent(), html: editor!.getBody().innerHTML }),
    })),
);
