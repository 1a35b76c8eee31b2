import { buildOutline, outlineToJson } from '../../outline/index.js';
import { collectStream, type FileResult, type StreamingFormatter } from '../results.js';

/** Where each file's object stands in the document: inside `files`, two levels down. */
const FILE_INDENT = '    ';

/**
 * Machine-readable output, version 1: `{"version":1,"files":[{"path","findings"}]}`.
 * Keys may be added (here `tool`, `backend`, per file `format`, `encoding` and
 * `outline`, per finding `paragraph` for Word files), never renamed or removed.
 * Printed a file at a time, exactly as `JSON.stringify(document, null, 2)`
 * prints the whole document.
 */
export const jsonStream: StreamingFormatter = (run) => {
  const head = JSON.stringify(
    { version: 1, tool: { name: 'tiankong', version: run.toolVersion }, backend: run.backend },
    null,
    2,
  );
  const opening = `${head.slice(0, -'\n}'.length)},\n  "files": [`;
  let files = 0;
  return {
    file(file) {
      // JSON strings never hold a raw line break, so indenting every line indents the object.
      const body = JSON.stringify(fileEntry(file), null, 2).replace(/\n/gu, `\n${FILE_INDENT}`);
      return `${files++ === 0 ? opening : ','}\n${FILE_INDENT}${body}`;
    },
    end: () => (files === 0 ? `${opening}]\n}\n` : '\n  ]\n}\n'),
  };
};

function fileEntry(file: FileResult) {
  return {
    path: file.path,
    format: file.format,
    encoding: file.encoding,
    findings: file.findings,
    outline: outlineToJson(file.outline ?? buildOutline(file.text)),
  };
}

export default collectStream(jsonStream);
