/// <reference types="vite/client" />
import * as monaco from 'monaco-editor/esm/vs/editor/editor.api.js';
import EditorWorker from 'monaco-editor/esm/vs/editor/editor.worker.js?worker';
import { exposeTestPage } from './harness.js';

/**
 * Monaco, a code editor: it takes input through a hidden 1 px textarea and
 * draws the text itself in view lines. Its text cannot be mapped to the
 * screen through that textarea, so the extension must draw nothing here.
 */
(self as unknown as { MonacoEnvironment: unknown }).MonacoEnvironment = { getWorker: () => new EditorWorker() };

const host = document.querySelector<HTMLElement>('#editor')!;
const editor = monaco.editor.create(host, {
  value: '',
  language: 'plaintext',
  wordWrap: 'on',
  minimap: { enabled: false },
  autoClosingBrackets: 'never',
  autoClosingQuotes: 'never',
  autoIndent: 'none',
  fontFamily: '"Noto Sans CJK SC", sans-serif',
});

exposeTestPage({
  family: 'monaco',
  editable: () => host.querySelector<HTMLElement>('.view-lines') ?? host,
  content: () => ({ model: editor.getValue(), html: host.querySelector('.view-lines')?.innerHTML ?? '' }),
});
