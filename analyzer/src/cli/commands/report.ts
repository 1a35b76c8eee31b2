import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { Engine } from '../engine.js';
import { describeFileError } from '../inputs/paths.js';
import { withParagraphNumbers } from '../inputs/read.js';
import { reportSections } from '../report/outline.js';
import { isChecklistFinding, renderReport } from '../report/render.js';
import { UsageError } from '../usage-error.js';
import { type AnalysisOptions, addAnalysisOptions, backendFromEnv, describeRuleFailure } from './analysis-options.js';
import type { CommandContext } from './context.js';

interface ReportCommandOptions extends AnalysisOptions {
  output?: string;
}

/**
 * `tiankong report FILE -o report.html`: the reviewer's one page. Exit code
 * 0 once the report is written, whatever it found (it is a deliverable, not
 * a gate; `tiankong lint` is the gate); 2 on usage and I/O errors.
 */
export function registerReportCommand(program: Command, { io, toolVersion }: CommandContext): void {
  const command = program
    .command('report')
    .description('write a self-contained HTML report for a reviewer (.txt, .md or .docx; - reads standard input)')
    .argument('<file>', 'the draft')
    .option('-o, --output <file>', 'where to write the HTML (default: standard output)');
  addAnalysisOptions(command, 'the report and its messages').action(async (file: string, options: ReportCommandOptions) => {
    const engine = new Engine({ ...options, backend: options.backend ?? backendFromEnv(io.env) }, io);
    const input = await engine.loadInput(file);
    if ('reason' in input) throw new UsageError(`Cannot report on ${input.path}: ${input.reason}`);
    const { settings } = engine.settingsFor(input.path);
    const { segmenter } = engine.segmenter;
    const result = engine.analyze(input);
    for (const failure of result.ruleFailures) io.stderr.write(describeRuleFailure(input.path, failure));
    const findings = withParagraphNumbers(input, result.findings);
    const html = renderReport({
      path: input.path,
      text: input.text,
      findings,
      format: input.format,
      encoding: input.encoding,
      paragraphStarts: input.paragraphStarts,
      sections: reportSections(result.outline),
      language: settings.language ?? 'zh',
      toolVersion,
      backend: segmenter.backend,
    });
    if (!options.output) {
      io.stdout.write(html);
      return;
    }
    try {
      writeFileSync(options.output, html);
    } catch (error) {
      throw new UsageError(`Cannot write ${options.output}: ${describeFileError(error)}`);
    }
    const mustFix = findings.filter((finding) => finding.severity === 'error').length;
    const toCheck = findings.filter(isChecklistFinding).length;
    io.stderr.write(`tiankong: wrote ${options.output} (${mustFix} must fix, ${toCheck} on the checklist)\n`);
  });
}
