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

/** What a run says about itself before any file is done. */
export type RunInfo = Pick<LintResults, 'backend' | 'toolVersion'>;

/**
 * A formatter that prints each file as soon as it is done, so that a lint run
 * keeps nothing of a printed file but its counts: memory follows the largest
 * file, not the whole input. `file` returns each file's part of the output,
 * `end` what closes it; together they are exactly the whole formatter's text.
 */
export type StreamingFormatter = (run: RunInfo, options: FormatterOptions) => FormatterStream;

export interface FormatterStream {
  file(file: FileResult): string;
  end(): string;
}

/** The whole-results formatter of a streaming one: one implementation, so both print the same bytes. */
export function collectStream(streaming: StreamingFormatter): Formatter {
  return (results, options) => {
    const stream = streaming(results, options);
    return results.files.map((file) => stream.file(file)).join('') + stream.end();
  };
}

export type SeverityCounts = Record<Finding['severity'], number>;

export function countBySeverity(files: readonly FileResult[]): SeverityCounts {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const file of files) addToCounts(counts, file);
  return counts;
}

export function addToCounts(counts: SeverityCounts, file: Pick<FileResult, 'findings'>): void {
  for (const finding of file.findings) counts[finding.severity]++;
}
