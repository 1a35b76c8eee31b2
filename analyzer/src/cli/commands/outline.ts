import { type Command, Option } from 'commander';
import { analyze } from '../../core/analyze.js';
import { renderOutline } from '../../outline/render.js';
import { type BackendName, loadSegmenter } from '../../segmentation/node.js';
import { createSettingsResolver } from '../config.js';
import json from '../formatters/json.js';
import { readInputs, STDIN_PATH } from '../inputs.js';
import type { FileResult } from '../results.js';
import { ANSI_COLORS, NO_COLORS, shouldUseColor } from '../terminal.js';
import { EXIT_OK, UsageError } from '../usage-error.js';
import type { CommandContext } from './context.js';
import { backendFromEnv } from './lint.js';

interface OutlineCommandOptions {
  format: 'text' | 'json';
  config?: string;
  rule: string[];
  language?: 'zh' | 'en';
  encoding?: string;
  backend?: BackendName;
  color: boolean;
}

/**
 * `tiankong outline FILE`: the draft's structure as a writer navigates it and
 * a reviewer checks it — its documents, titles and numbered headings, each
 * with the number of findings in its section. Exit code 0 whatever it finds
 * (`tiankong lint` is the gate); 2 on usage and I/O errors.
 */
export function registerOutlineCommand(program: Command, { io, toolVersion, setExitCode }: CommandContext): void {
  program
    .command('outline')
    .description('print the outline of a draft (titles, numbered headings) with the number of findings per section')
    .argument('[paths...]', 'files or directories; - reads standard input')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .option('-c, --config <file>', 'configuration file (default: the nearest tiankong.config.json)')
    .option('-r, --rule <id=severity>', 'set a rule to off, info, warning or error (repeatable)', collect, [])
    .addOption(new Option('-l, --language <language>', 'language of the messages in JSON output').choices(['zh', 'en']))
    .option('--encoding <encoding>', 'decode text files with this encoding instead of detecting it (e.g. gb18030)')
    .addOption(new Option('--backend <backend>', 'segmenter backend').choices(['nodejieba', 'jieba-wasm']))
    .option('--no-color', 'never colour the output')
    .action(async (paths: string[], options: OutlineCommandOptions) => {
      const settingsFor = createSettingsResolver(options);
      const { inputs, skipped } = await readInputs(paths, io, { encoding: options.encoding });
      for (const file of skipped) io.stderr.write(`tiankong: skipped ${file.path}: ${file.reason}\n`);
      if (inputs.length === 0) throw new UsageError('Nothing to outline: every input was skipped.');
      const { segmenter } = loadSegmenter(options.backend ?? backendFromEnv(io.env));

      const files: FileResult[] = inputs.map((input) => {
        const { settings } = settingsFor(input.path === STDIN_PATH ? undefined : input.path);
        const result = analyze(input.text, { ...settings, segmenter });
        for (const failure of result.ruleFailures)
          io.stderr.write(`tiankong: rule ${failure.rule} failed on ${input.path}: ${failure.message}\n`);
        return { path: input.path, text: input.text, findings: result.findings, outline: result.outline };
      });

      const colors = shouldUseColor({ isTTY: io.stdoutIsTTY, env: io.env, colorFlag: options.color }) ? ANSI_COLORS : NO_COLORS;
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

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}
