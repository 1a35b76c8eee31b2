import { performance } from 'node:perf_hooks';
import { type Command, InvalidArgumentError, Option } from 'commander';
import { Engine } from '../engine.js';
import { fixInput } from '../fix.js';
import { FORMAT_NAMES, FORMATTERS } from '../formatters/index.js';
import { STDIN_PATH, withParagraphNumbers } from '../inputs/read.js';
import type { CliIo } from '../io.js';
import { startParallelLint } from '../parallel.js';
import { createProgress } from '../progress.js';
import { countBySeverity, type FileResult } from '../results.js';
import { EXIT_FINDINGS, EXIT_OK, UsageError } from '../usage-error.js';
import {
  type AnalysisOptions,
  addAnalysisOptions,
  backendFromEnv,
  describeRuleFailure,
  outputColors,
} from './analysis-options.js';
import type { CommandContext } from './context.js';

/** `tiankong lint`: analyse files, directories or stdin and print the findings. */
export function registerLintCommand(program: Command, context: CommandContext): void {
  const command = program
    .command('lint')
    .description('lint files, directories or standard input (-)')
    .argument('[paths...]', 'files, directories or quoted globs (.txt, .md, .docx); - reads standard input')
    .addOption(new Option('-f, --format <format>', 'output format').choices(FORMAT_NAMES).default('stylish'));
  addAnalysisOptions(command, 'the messages')
    .option('--no-color', 'never colour the output')
    .option('--exit-zero', 'exit 0 even when errors are found (usage and I/O errors still exit 2)')
    .option('--max-warnings <number>', 'exit 1 when there are more warnings than this', parseWarningLimit)
    .option('-q, --quiet', 'report errors only (warnings and info are neither shown nor counted)')
    .option('--fix', 'apply the safe fixes to the files (never to digits); with - print the fixed text')
    .option('--debug', "print the segmenter backend, and each file's encoding, config file and timings, on stderr")
    .action(async (paths: string[], options: LintCommandOptions) => {
      const backend = options.backend ?? backendFromEnv(context.io.env);
      context.setExitCode(await runLint(paths, { ...options, backend }, context.io, context.toolVersion));
    });
}

function parseWarningLimit(value: string): number {
  if (!/^\d+$/u.test(value)) throw new InvalidArgumentError('expected a whole number, 0 or more.');
  return Number(value);
}

export interface LintCommandOptions extends AnalysisOptions {
  format: string;
  color: boolean;
  exitZero?: boolean;
  debug?: boolean;
  maxWarnings?: number;
  quiet?: boolean;
  fix?: boolean;
}

export async function runLint(paths: string[], options: LintCommandOptions, io: CliIo, toolVersion: string): Promise<number> {
  const formatter = FORMATTERS[options.format];
  if (!formatter) throw new UsageError(`Unknown format "${options.format}"`);
  const engine = new Engine({ ...options, backend: options.backend ?? 'nodejieba' }, io);
  const { inputs, skipped } = await engine.readInputs(paths);
  // Skipped files warn but do not change the exit code; a run with nothing left to lint is a usage error.
  for (const file of skipped) io.stderr.write(`tiankong: skipped ${file.path}: ${file.reason}\n`);
  if (inputs.length === 0) throw new UsageError('Nothing to lint: every input was skipped.');
  // --fix on standard input prints the fixed text on stdout, so the report moves to stderr: it cannot share stdout with files.
  const fixingStdin = options.fix === true && inputs.some((input) => input.path === STDIN_PATH);
  if (fixingStdin && inputs.length > 1) throw new UsageError('--fix with standard input (-) takes no other inputs.');
  for (const input of inputs) if (input.text.trim() === '') io.stderr.write(`tiankong: ${input.path} is empty\n`);

  // Other threads start first, so that they load their dictionaries while this one does.
  const parallelLint = options.fix
    ? undefined
    : startParallelLint(inputs, (path) => engine.settingsFor(path).settings, engine.backend, io.env);
  const { segmenter, fallbackReason } = engine.segmenter;
  if (options.debug) {
    io.stderr.write(`tiankong ${toolVersion}: segmenter ${segmenter.backend}${fallbackReason ? ` (${fallbackReason})` : ''}\n`);
    if (parallelLint) io.stderr.write(`tiankong: ${inputs.length} files on ${parallelLint.threads} threads\n`);
  } else if (fallbackReason && options.backend === 'nodejieba') {
    io.stderr.write(`tiankong: ${fallbackReason}; using jieba-wasm\n`);
  }

  // Many files: every core at once (cli/parallel.ts); the results and their order are the serial run's.
  const parallel = await parallelLint?.finish(segmenter);
  if (parallel && options.debug) io.stderr.write(`tiankong: ${parallel.analysedByWorkers} files analysed by worker threads\n`);
  const parallelResults = parallel?.results;

  const files: FileResult[] = [];
  const progress = createProgress(io, inputs.length, { enabled: !options.debug });
  for (const [index, input] of inputs.entries()) {
    progress.start(input.path);
    const started = performance.now();
    const { settings, configPath } = engine.settingsFor(input.path);
    const lintText = (text: string) => engine.analyze(input, text);
    const { text, result } = options.fix
      ? fixInput(input, lintText, (message) => progress.log(message))
      : { text: input.text, result: parallelResults?.[index] ?? lintText(input.text) };
    for (const failure of result.ruleFailures) progress.log(describeRuleFailure(input.path, failure));
    if (options.debug)
      io.stderr.write(
        `  ${input.path}: ${input.encoding ?? input.format}, ${input.text.length} chars, ${result.findings.length} findings, ${(performance.now() - started).toFixed(1)} ms${configPath ? `, config ${configPath}` : ''}\n`,
      );
    const shown = options.quiet ? result.findings.filter((finding) => finding.severity === 'error') : result.findings;
    const findings = withParagraphNumbers(input, shown);
    files.push({
      path: input.path,
      text,
      findings,
      format: input.format,
      encoding: input.encoding,
      language: settings.language ?? 'zh',
    });
  }
  progress.done();

  const report = formatter({ files, backend: segmenter.backend, toolVersion }, { colors: outputColors(io, options.color) });
  if (fixingStdin) {
    io.stdout.write(files[0]!.text);
    io.stderr.write(report);
  } else {
    io.stdout.write(report);
  }
  const counts = countBySeverity(files);
  const tooManyWarnings = options.maxWarnings !== undefined && counts.warning > options.maxWarnings;
  if (tooManyWarnings)
    io.stderr.write(`tiankong: too many warnings (${counts.warning}; --max-warnings ${options.maxWarnings})\n`);
  return (counts.error > 0 || tooManyWarnings) && !options.exitZero ? EXIT_FINDINGS : EXIT_OK;
}
