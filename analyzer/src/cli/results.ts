import type { Finding, Language } from '../core/finding.js';
import type { Outline } from '../outline/types.js';

/** A finding as the CLI reports it: for Word files, also the 1-based paragraph it lies in. */
export type ReportedFinding = Finding & { paragraph?: number };

/** What the CLI hands to a formatter: one entry per input, in the order given. */
export interface FileResult {
  /** As given on the command line, or `<stdin>`. */
  path: string;
  /** The decoded text the offsets refer to. */
  text: string;
  findings: ReportedFinding[];
  /** `docx` for Word files (offsets point into the extracted text); `text` otherwise. */
  format?: 'text' | 'docx';
  /** How a text file was decoded (`utf-8`, `gb18030`, `utf-16le`…). */
  encoding?: string;
  /** The language of the messages (settings may differ per file). */
  language?: Language;
  /** The analysis's outline of `text`; formatters that show it build it from `text` when it is absent. */
  outline?: Outline;
}

export interface LintResults {
  files: FileResult[];
  /** Which jieba build segmented the text. */
  backend: string;
  toolVersion: string;
}

export interface FormatterOptions {
  colors: import('./terminal.js').Colors;
}

/** A formatter turns results into the text printed on stdout. One module each, like ESLint's. */
export type Formatter = (results: LintResults, options: FormatterOptions) => string;

export function countBySeverity(files: readonly FileResult[]): Record<Finding['severity'], number> {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const file of files) for (const finding of file.findings) counts[finding.severity]++;
  return counts;
}
