import { defineContentScript } from 'wxt/utils/define-content-script';
import { ContentController } from '../src/content/controller.js';

/**
 * Runs in every page (and every frame with a page of its own): attaches to
 * the editor the writer focuses. It only reads the page; the analysis runs
 * in the background.
 */
export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  runAt: 'document_idle',
  main(context) {
    void new ContentController(context).start();
  },
});
