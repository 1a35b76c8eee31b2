import type { Formatter } from '../results.js';

/**
 * Machine-readable output, version 1: `{"version":1,"files":[{"path","findings"}]}`.
 * Keys may be added (here `tool` and `backend`), never renamed or removed.
 */
const json: Formatter = (results) =>
  JSON.stringify(
    {
      version: 1,
      tool: { name: 'tiankong', version: results.toolVersion },
      backend: results.backend,
      files: results.files.map((file) => ({ path: file.path, findings: file.findings })),
    },
    null,
    2,
  ) + '\n';

export default json;
