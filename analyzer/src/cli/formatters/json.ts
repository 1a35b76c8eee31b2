import { buildOutline, outlineToJson } from '../../outline/index.js';
import type { Formatter } from '../results.js';

/**
 * Machine-readable output, version 1: `{"version":1,"files":[{"path","findings"}]}`.
 * Keys may be added (here `tool`, `backend`, per file `format`, `encoding` and
 * `outline`, per finding `paragraph` for Word files), never renamed or removed.
 */
const json: Formatter = (results) =>
  JSON.stringify(
    {
      version: 1,
      tool: { name: 'tiankong', version: results.toolVersion },
      backend: results.backend,
      files: results.files.map((file) => ({
        path: file.path,
        format: file.format,
        encoding: file.encoding,
        findings: file.findings,
        outline: outlineToJson(file.outline ?? buildOutline(file.text)),
      })),
    },
    null,
    2,
  ) + '\n';

export default json;
