import { writeFileSync } from 'node:fs';
import { type Command, Option } from 'commander';
import { analyze } from '../../core/analyze.js';
import { type BackendName, loadSegmenter } from '../../segmentation/node.js';
import { createSettingsResolver } from '../config.js';
import { describeFileError } from '../inputs/paths.js';
import { loadInput, paragraphOf, STDIN_PATH } from '../inputs.js';
import { reportSections } from '../report/outline.js';
import { isChecklistFinding, renderReport } from '../report/render.js';
import { UsageError } from '../usage-error.js';
import type { CommandContext } from './context.js';
import { backendFromEnv } from './lint.js';

interface ReportCommandOptions {
  output?: string;
  config?: string;
  rule: string[];
  language?: 'zh' | 'en';
  encoding?: string;
  backend?: BackendName;
}

/**
 * `tiankong report FILE -o report.html`: the reviewer's one page. Exit code
 * 0 once the report is written, whatever it found (it is a deliverable, not
 * a gate; `tiankong lint` is the gate); 2 on usage and I/O errors.
 */
export function registerReportCommand(program: Command, { io, toolVersion }: CommandContext): void {
  program
    .command('report')
    .description('write a self-contained HTML report for a reviewer (.txt, .md or .docx; - reads standard input)')
    .argument('<file>', 'the draft')
    .option('-o, --output <file>', 'where to write the HTML (default: standard output)')
    .option('-c, --config <file>', 'configuration file (default: the nearest tiankong.config.json)')
    .option('-r, --rule <id=severity>', 'set a rule to off, info, warning or error (repeatable)', collect, [])
    .addOption(new Option('-l, --language <language>', 'language of the report and messages').choices(['zh', 'en']))
    .option('--encoding <encoding>', 'decode the file with this encoding instead of detecting it')
    .addOption(new Option('--backend <backend>', 'segmenter backend').choices(['nodejieba', 'jieba-wasm']))
    .action(async (file: string, options: ReportCommandOptions) => {
      const settingsFor = createSettingsResolver(options);
      const input = await loadInput(file, io, { encoding: options.encoding });
      if ('reason' in input) throw new UsageError(`Cannot report on ${input.path}: ${input.reason}`);
      const { settings } = settingsFor(input.path === STDIN_PATH ? undefined : input.path);
      const { segmenter } = loadSegmenter(options.backend ?? backendFromEnv(io.env));
      const result = analyze(input.text, { ...settings, segmenter });
      for (const failure of result.ruleFailures)
        io.stderr.write(`tiankong: rule ${failure.rule} failed on ${input.path}: ${failure.message}\n`);
      const findings = result.findings.map((finding) =>
        input.paragraphStarts ? { ...finding, paragraph: paragraphOf(input, finding) } : finding,
      );
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

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}
