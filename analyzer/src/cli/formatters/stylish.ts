import type { Finding } from '../../core/finding.js';
import { LINE_BREAK } from '../positions.js';
import { addToCounts, collectStream, type FileResult, type SeverityCounts, type StreamingFormatter } from '../results.js';
import { type Colors, displayWidth } from '../terminal.js';

/** How much of a long line (a paragraph) to show around a finding, in UTF-16 code units. */
const CONTEXT = 24;

/**
 * ESLint-style output for people: per file, `line:column  severity  message  rule`,
 * then the source line with the span marked under it; the totals at the end.
 */
export const stylishStream: StreamingFormatter = (_run, { colors }) => {
  const counts: SeverityCounts = { error: 0, warning: 0, info: 0 };
  let printedFile = false;
  return {
    file(file) {
      addToCounts(counts, file);
      if (file.findings.length === 0) return '';
      // A blank line between files, none before the first.
      const out: string[] = [printedFile ? '\n' : '', colors.underline(file.path) + sourceNote(file, colors)];
      printedFile = true;
      const lines = file.text.split(LINE_BREAK);
      for (const finding of file.findings) {
        out.push(
          `  ${colors.dim(`${finding.line}:${finding.column}`.padEnd(8))} ${severityLabel(finding, colors)}  ${finding.message}  ${colors.dim(finding.rule)}`,
        );
        out.push(...codeFrame(lines[finding.line - 1] ?? '', finding, colors));
      }
      return out.join('\n');
    },
    end() {
      const total = counts.error + counts.warning + counts.info;
      if (total === 0) return '';
      const summary = `✖ ${total} 处问题 problems (${counts.error} error, ${counts.warning} warning, ${counts.info} info)`;
      return `\n\n${counts.error ? colors.red(colors.bold(summary)) : colors.yellow(colors.bold(summary))}\n`;
    },
  };
};

/** How the file was read, when it was not plain UTF-8: `  [gb18030]`, `  [docx]`. */
function sourceNote(file: FileResult, colors: Colors): string {
  const source = file.format === 'docx' ? 'docx' : file.encoding;
  return source && source !== 'utf-8' ? `  ${colors.dim(`[${source}]`)}` : '';
}

function severityLabel(finding: Finding, colors: Colors): string {
  const label = finding.severity.padEnd(7);
  return finding.severity === 'error'
    ? colors.red(label)
    : finding.severity === 'warning'
      ? colors.yellow(label)
      : colors.blue(label);
}

/** The source line around the finding, and a row of ^ under the finding's text. */
function codeFrame(line: string, finding: Finding, colors: Colors): string[] {
  const start = finding.column - 1;
  const end = Math.min(line.length, start + finding.length);
  const from = Math.max(0, start - CONTEXT);
  const to = Math.min(line.length, Math.max(end, start + 1) + CONTEXT);
  const prefix = (from > 0 ? '…' : '') + sanitize(line.slice(from, start));
  const marked = sanitize(line.slice(start, end));
  const suffix = sanitize(line.slice(end, to)) + (to < line.length ? '…' : '');
  const caret = '^'.repeat(Math.max(1, displayWidth(marked)));
  return [`    ${prefix}${colors.bold(marked)}${suffix}`, `    ${' '.repeat(displayWidth(prefix))}${colors.red(caret)}`];
}

/** Tabs and control characters would break the alignment of the caret row. */
function sanitize(text: string): string {
  return text.replace(/\t/gu, ' ').replace(/[\u0000-\u0008\u000B-\u001F\u007F]/gu, '·');
}

export default collectStream(stylishStream);
