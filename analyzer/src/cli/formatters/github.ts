import type { Severity } from '../../core/finding.js';
import { createPositionFinder } from '../positions.js';
import { collectStream, type StreamingFormatter } from '../results.js';

/** GitHub's three annotation levels; info findings become notices. */
const COMMANDS: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/**
 * GitHub Actions workflow commands (`::error file=…,line=…,col=…::message`):
 * printed in a workflow step, each finding becomes an annotation on the
 * pull request's diff, with no upload step and no token.
 */
export const githubStream: StreamingFormatter = () => ({
  file(file) {
    const lines: string[] = [];
    const positionAt = createPositionFinder(file.text);
    for (const finding of file.findings) {
      const end = positionAt(finding.offset + finding.length);
      const properties = [
        `file=${escapeProperty(file.path)}`,
        `line=${finding.line}`,
        `col=${finding.column}`,
        `endLine=${end.line}`,
        `endColumn=${end.column}`,
        `title=${escapeProperty(`tiankong(${finding.rule})`)}`,
      ];
      const where = finding.paragraph !== undefined ? ` [¶${finding.paragraph}]` : '';
      lines.push(`::${COMMANDS[finding.severity]} ${properties.join(',')}::${escapeData(`${finding.message}${where}`)}\n`);
    }
    return lines.join('');
  },
  end: () => '',
});

/** The escaping GitHub's runner expects in a command's message. */
function escapeData(text: string): string {
  return text.replace(/%/gu, '%25').replace(/\r/gu, '%0D').replace(/\n/gu, '%0A');
}

/** Property values also lose their meaning-bearing `:` and `,`. */
function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/gu, '%3A').replace(/,/gu, '%2C');
}

export default collectStream(githubStream);
