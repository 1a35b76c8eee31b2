import { performance } from 'node:perf_hooks';
import { type Command, InvalidArgumentError, Option } from 'commander';
import { analyze } from '../../core/analyze.js';
import { type BackendName, loadSegmenter } from '../../segmentation/node.js';
import { createSettingsResolver } from '../config.js';
import { fixInput } from '../fix.js';
import { FORMAT_NAMES, FORMATTERS } from '../formatters/index.js';
import { paragraphOf, readInputs, STDIN_PATH } from '../inputs.js';
import type { CliIo } from '../main.js';
import { startParallelLint } from '../parallel.js';
import { createProgress } from '../progress.js';
import { countBySeverity, type FileResult } from '../results.js';
import { ANSI_COLORS, NO_COLORS, shouldUseColor } from '../terminal.js';
import { EXIT_FINDINGS, EXIT_OK, UsageError } from '../usage-error.js';
import type { CommandContext } from './context.js';

/** `tiankong lint`: analyse files, directories or stdin and print the findings. */
export function registerLintCommand(program: Command, context: CommandContext): void {
  program
    .command('lint')
    .description('lint files, directories or standard input (-)')
    .argument('[paths...]', 'files, directories or quoted globs (.txt, .md, .docx); - reads standard input')
    .addOption(new Option('-f, --format <format>', 'output format').choices(FORMAT_NAMES).default('stylish'))
    .option('-c, --config <file>', 'configuration file (JSON)')
    .option('-r, --rule <id=severity>', 'set a rule to off, info, warning or error (repeatable)', collect, [])
    .addOption(new Option('-l, --language <language>', 'language of the messages').choices(['zh', 'en']))
    .addOption(new Option('--backend <backend>', 'segmenter backend').choices(['nodejieba', 'jieba-wasm']))
    .option('--no-color', 'never colour the output')
    .option('--exit-zero', 'exit 0 even when errors are found (usage and I/O errors still exit 2)')
    .option('--max-warnings <number>', 'exit 1 when there are more warnings than this', parseWarningLimit)
    .option('-q, --quiet', 'report errors only (warnings and info are neither shown nor counted)')
    .option('--encoding <encoding>', 'decode text files with this encoding instead of detecting it (e.g. gb18030)')
    .option('--fix', 'apply the safe fixes to the files (never to digits); with - print the fixed text')
    .option('--debug', 'print the segmenter backend and timings on stderr')
    .action(async (paths: string[], options: LintCommandOptions) => {
      const backend = options.backend ?? backendFromEnv(context.io.env);
      context.setExitCode(await runLint(paths, { ...options, backend }, context.io, context.toolVersion));
    });
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

function parseWarningLimit(value: string): number {
  if (!/^\d+$/u.test(value)) throw new InvalidArgumentError('expected a whole number, 0 or more.');
  return Number(value);
}

/** `TIANKONG_BACKEND=jieba-wasm` selects the WASM segmenter without a flag. */
export function backendFromEnv(env: Record<string, string | undefined>): BackendName {
  return env.TIANKONG_BACKEND === 'jieba-wasm' ? 'jieba-wasm' : 'nodejieba';
}

export interface LintCommandOptions {
  format: string;
  config?: string;
  rule: string[];
  language?: 'zh' | 'en';
  backend?: BackendName;
  color: boolean;
  exitZero?: boolean;
  debug?: boolean;
  maxWarnings?: number;
  quiet?: boolean;
  encoding?: string;
  fix?: boolean;
}

export async function runLint(paths: string[], options: LintCommandOptions, io: CliIo, toolVersion: string): Promise<number> {
  const formatter = FORMATTERS[options.format];
  if (!formatter) throw new UsageError(`Unknown format "${options.format}"`);
  const settingsFor = createSettingsResolver(options);
  const { inputs, skipped } = await readInputs(paths, io, { encoding: options.encoding });
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
    : startParallelLint(
        inputs,
        (path) => settingsFor(path === STDIN_PATH ? undefined : path).settings,
        options.backend ?? 'nodejieba',
        io.env,
      );
  const { segmenter, fallbackReason } = loadSegmenter(options.backend);
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
    const { settings, configPath } = settingsFor(input.path === STDIN_PATH ? undefined : input.path);
    const lintText = (text: string) => analyze(text, { ...settings, segmenter });
    const { text, result } = options.fix
      ? fixInput(input, lintText, (message) => progress.log(message))
      : { text: input.text, result: parallelResults?.[index] ?? lintText(input.text) };
    for (const failure of result.ruleFailures)
      progress.log(`tiankong: rule ${failure.rule} failed on ${input.path}: ${failure.message}\n`);
    if (options.debug)
      io.stderr.write(
        `  ${input.path}: ${input.encoding ?? input.format}, ${input.text.length} chars, ${result.findings.length} findings, ${(performance.now() - started).toFixed(1)} ms${configPath ? `, config ${configPath}` : ''}\n`,
      );
    const findings = result.findings
      .filter((finding) => !options.quiet || finding.severity === 'error')
      .map((finding) => (input.paragraphStarts ? { ...finding, paragraph: paragraphOf(input, finding) } : finding));
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

  const colors = shouldUseColor({ isTTY: io.stdoutIsTTY, env: io.env, colorFlag: options.color }) ? ANSI_COLORS : NO_COLORS;
  const report = formatter({ files, backend: segmenter.backend, toolVersion }, { colors });
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
