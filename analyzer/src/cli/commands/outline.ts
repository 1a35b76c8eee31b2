import { type Command, Option } from 'commander';
import { renderOutline } from '../../outline/render.js';
import { Engine } from '../engine.js';
import json from '../formatters/json.js';
import type { FileResult } from '../results.js';
import { EXIT_OK, UsageError } from '../usage-error.js';
import {
  type AnalysisOptions,
  addAnalysisOptions,
  backendFromEnv,
  describeRuleFailure,
  outputColors,
} from './analysis-options.js';
import type { CommandContext } from './context.js';

interface OutlineCommandOptions extends AnalysisOptions {
  format: 'text' | 'json';
  color: boolean;
}

/**
 * `tiankong outline FILE`: the draft's structure as a writer navigates it and
 * a reviewer checks it — its documents, titles and numbered headings, each
 * with the number of findings in its section. Exit code 0 whatever it finds
 * (`tiankong lint` is the gate); 2 on usage and I/O errors.
 */
export function registerOutlineCommand(program: Command, { io, toolVersion, setExitCode }: CommandContext): void {
  const command = program
    .command('outline')
    .description('print the outline of a draft (titles, numbered headings) with the number of findings per section')
    .argument('[paths...]', 'files or directories; - reads standard input')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'));
  addAnalysisOptions(command, 'the messages in JSON output')
    .option('--no-color', 'never colour the output')
    .action(async (paths: string[], options: OutlineCommandOptions) => {
      const engine = new Engine({ ...options, backend: options.backend ?? backendFromEnv(io.env) }, io);
      const { inputs, skipped } = await engine.readInputs(paths);
      for (const file of skipped) io.stderr.write(`tiankong: skipped ${file.path}: ${file.reason}\n`);
      if (inputs.length === 0) throw new UsageError('Nothing to outline: every input was skipped.');
      const { segmenter } = engine.segmenter;

      const files: FileResult[] = inputs.map((input) => {
        const result = engine.analyze(input);
        for (const failure of result.ruleFailures) io.stderr.write(describeRuleFailure(input.path, failure));
        return { path: input.path, text: input.text, findings: result.findings, outline: result.outline };
      });

      const colors = outputColors(io, options.color);
      if (options.format === 'json') {
        io.stdout.write(json({ files, backend: segmenter.backend, toolVersion }, { colors }));
      } else {
        const blocks = files.map((file) =>
          [
            colors.underline(file.path),
            ...renderOutline(file.outline!, { findings: file.findings, dim: colors.dim, highlight: colors.yellow }),
          ].join('\n'),
        );
        io.stdout.write(`${blocks.join('\n\n')}\n`);
      }
      setExitCode(EXIT_OK);
    });
}
