import { type Command, InvalidArgumentError, Option } from 'commander';
import type { AnalyzerSettings } from '../../core/settings.js';
import { Engine } from '../engine.js';
import { fixInput } from '../fix.js';
import { FORMAT_NAMES, FORMATTERS, STREAMING_FORMATTERS } from '../formatters/index.js';
import { type Input, STDIN_PATH, withParagraphNumbers } from '../inputs/read.js';
import type { CliIo } from '../io.js';
import { analyzeInOrder, type LintResult, lintThreads, startWorkers } from '../parallel.js';
import { createProgress } from '../progress.js';
import { addToCounts, type FileResult, type SeverityCounts } from '../results.js';
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
  const listed = await engine.listInputs(paths);
  // --fix on standard input prints the fixed text on stdout, so the report moves to stderr: it cannot share stdout with files.
  const fixingStdin = options.fix === true && listed.some((input) => input.path === STDIN_PATH);
  if (fixingStdin && listed.length > 1) throw new UsageError('--fix with standard input (-) takes no other inputs.');

  // Other threads start first, so that they load their dictionaries while this one does.
  const threads = options.fix ? 1 : lintThreads(listed, io.env);
  const lintWorkers = startWorkers(threads, engine.backend);
  const { segmenter, fallbackReason } = engine.segmenter;
  if (options.debug) {
    io.stderr.write(`tiankong ${toolVersion}: segmenter ${segmenter.backend}${fallbackReason ? ` (${fallbackReason})` : ''}\n`);
    if (threads > 1) io.stderr.write(`tiankong: ${listed.length} files on ${threads} threads\n`);
  } else if (fallbackReason && options.backend === 'nodejieba') {
    io.stderr.write(`tiankong: ${fallbackReason}; using jieba-wasm\n`);
  }

  // Each file is printed as soon as it and the files before it are done, and then forgotten but for its counts;
  // SARIF, which lists every file before any result, and the fixed standard input keep the run to the end.
  const run = { backend: segmenter.backend, toolVersion };
  const formatterOptions = { colors: outputColors(io, options.color) };
  const streaming = fixingStdin ? undefined : STREAMING_FORMATTERS[options.format];
  const stream = streaming?.(run, formatterOptions);
  const kept: FileResult[] = [];
  const counts: SeverityCounts = { error: 0, warning: 0, info: 0 };
  let linted = 0;

  const progress = createProgress(io, listed.length, { enabled: !options.debug });
  const pending = listed.values();
  const next = async (): Promise<LintItem | undefined> => {
    for (let file = pending.next(); !file.done; file = pending.next()) {
      const input = await file.value.read();
      // Skipped files warn but do not change the exit code; a run with nothing left to lint is a usage error.
      if ('reason' in input) {
        progress.log(`tiankong: skipped ${input.path}: ${input.reason}\n`);
        continue;
      }
      progress.start(input.path);
      if (input.text.trim() === '') progress.log(`tiankong: ${input.path} is empty\n`);
      const resolved = engine.settingsFor(input.path);
      return { input, settings: resolved.settings, configPath: resolved.configPath, text: input.text };
    }
    return undefined;
  };
  const analyzeHere = (item: LintItem) => {
    const lintText = (text: string) => engine.analyze(item.input, text);
    if (!options.fix) return lintText(item.input.text);
    const fixed = fixInput(item.input, lintText, (message) => progress.log(message));
    item.text = fixed.text;
    return fixed.result;
  };
  const done = (item: LintItem, result: LintResult, milliseconds: number) => {
    const { input } = item;
    for (const failure of result.ruleFailures) progress.log(describeRuleFailure(input.path, failure));
    if (options.debug)
      io.stderr.write(
        `  ${input.path}: ${input.encoding ?? input.format}, ${input.text.length} chars, ${result.findings.length} findings, ${milliseconds.toFixed(1)} ms${item.configPath ? `, config ${item.configPath}` : ''}\n`,
      );
    const shown = options.quiet ? result.findings.filter((finding) => finding.severity === 'error') : result.findings;
    const file: FileResult = {
      path: input.path,
      text: item.text,
      findings: withParagraphNumbers(input, shown),
      format: input.format,
      encoding: input.encoding,
      language: item.settings.language ?? 'zh',
    };
    linted++;
    addToCounts(counts, file);
    if (!stream) {
      kept.push(file);
      return;
    }
    const output = stream.file(file);
    if (output) {
      progress.hide();
      io.stdout.write(output);
    }
  };

  // Many files: every core at once (cli/parallel.ts); the results and their order are the serial run's.
  const { analysedByWorkers } = await analyzeInOrder(lintWorkers, {
    next,
    jobOf: (item) => ({ text: item.input.text, settings: item.settings }),
    analyzeHere,
    done,
  });
  progress.done();
  if (threads > 1 && options.debug) io.stderr.write(`tiankong: ${analysedByWorkers} files analysed by worker threads\n`);
  if (linted === 0) throw new UsageError('Nothing to lint: every input was skipped.');

  if (stream) {
    io.stdout.write(stream.end());
  } else {
    const report = formatter({ files: kept, ...run }, formatterOptions);
    if (fixingStdin) {
      io.stdout.write(kept[0]!.text);
      io.stderr.write(report);
    } else {
      io.stdout.write(report);
    }
  }
  const tooManyWarnings = options.maxWarnings !== undefined && counts.warning > options.maxWarnings;
  if (tooManyWarnings)
    io.stderr.write(`tiankong: too many warnings (${counts.warning}; --max-warnings ${options.maxWarnings})\n`);
  return (counts.error > 0 || tooManyWarnings) && !options.exitZero ? EXIT_FINDINGS : EXIT_OK;
}

/** One input on its way through a run: read, with its settings; `text` is what is printed (the fixed text with --fix). */
interface LintItem {
  input: Input;
  settings: AnalyzerSettings;
  configPath?: string;
  text: string;
}
