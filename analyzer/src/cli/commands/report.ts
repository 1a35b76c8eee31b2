import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { analyze } from '../../core/analyze.js';
import { loadSegmenter } from '../../segmentation/node.js';
import { describeFileError } from '../inputs/paths.js';
import { loadInput, withParagraphNumbers } from '../inputs.js';
import { reportSections } from '../report/outline.js';
import { isChecklistFinding, renderReport } from '../report/render.js';
import { UsageError } from '../usage-error.js';
import {
  type AnalysisOptions,
  addAnalysisOptions,
  backendFromEnv,
  createInputSettingsResolver,
  describeRuleFailure,
} from './analysis-options.js';
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
    const settingsFor = createInputSettingsResolver(options);
    const input = await loadInput(file, io, { encoding: options.encoding });
    if ('reason' in input) throw new UsageError(`Cannot report on ${input.path}: ${input.reason}`);
    const { settings } = settingsFor(input.path);
    const { segmenter } = loadSegmenter(options.backend ?? backendFromEnv(io.env));
    const result = analyze(input.text, { ...settings, segmenter });
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
