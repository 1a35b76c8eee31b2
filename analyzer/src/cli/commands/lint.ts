import { performance } from 'node:perf_hooks';
import { type Command, Option } from 'commander';
import { analyze } from '../../core/analyze.js';
import type { AnalyzerSettings, RuleSetting } from '../../core/settings.js';
import { type BackendName, loadSegmenter } from '../../segmentation/node.js';
import { loadConfigFile, parseRuleFlag } from '../config.js';
import { FORMAT_NAMES, FORMATTERS } from '../formatters/index.js';
import { expandPaths, type Input, readInputFile, STDIN_PATH } from '../inputs.js';
import type { CliIo } from '../main.js';
import type { FileResult } from '../results.js';
import { ANSI_COLORS, NO_COLORS, shouldUseColor } from '../terminal.js';
import { EXIT_FINDINGS, EXIT_OK, UsageError } from '../usage-error.js';
import type { CommandContext } from './context.js';

/** `tiankong lint`: analyse files, directories or stdin and print the findings. */
export function registerLintCommand(program: Command, context: CommandContext): void {
  program
    .command('lint')
    .description('lint files, directories or standard input (-)')
    .argument('[paths...]', 'files or directories; - reads standard input')
    .addOption(new Option('-f, --format <format>', 'output format').choices(FORMAT_NAMES).default('stylish'))
    .option('-c, --config <file>', 'configuration file (JSON)')
    .option('-r, --rule <id=severity>', 'set a rule to off, info, warning or error (repeatable)', collect, [])
    .addOption(new Option('-l, --language <language>', 'language of the messages').choices(['zh', 'en']))
    .addOption(new Option('--backend <backend>', 'segmenter backend').choices(['nodejieba', 'jieba-wasm']))
    .option('--no-color', 'never colour the output')
    .option('--exit-zero', 'exit 0 even when errors are found (usage and I/O errors still exit 2)')
    .option('--debug', 'print the segmenter backend and timings on stderr')
    .action(async (paths: string[], options: LintCommandOptions) => {
      const backend = options.backend ?? backendFromEnv(context.io.env);
      context.setExitCode(await runLint(paths, { ...options, backend }, context.io, context.toolVersion));
    });
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
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
}

export async function runLint(paths: string[], options: LintCommandOptions, io: CliIo, toolVersion: string): Promise<number> {
  const formatter = FORMATTERS[options.format];
  if (!formatter) throw new UsageError(`Unknown format "${options.format}"`);
  const settings = resolveSettings(options);
  const inputs = await readInputs(paths, io);

  const { segmenter, fallbackReason } = loadSegmenter(options.backend);
  if (options.debug) {
    io.stderr.write(`tiankong ${toolVersion}: segmenter ${segmenter.backend}${fallbackReason ? ` (${fallbackReason})` : ''}\n`);
  } else if (fallbackReason && options.backend === 'nodejieba') {
    io.stderr.write(`tiankong: ${fallbackReason}; using jieba-wasm\n`);
  }

  const files: FileResult[] = [];
  for (const input of inputs) {
    const started = performance.now();
    const result = analyze(input.text, { ...settings, segmenter });
    for (const failure of result.ruleFailures)
      io.stderr.write(`tiankong: rule ${failure.rule} failed on ${input.path}: ${failure.message}\n`);
    if (options.debug)
      io.stderr.write(
        `  ${input.path}: ${input.text.length} chars, ${result.findings.length} findings, ${(performance.now() - started).toFixed(1)} ms\n`,
      );
    files.push({ path: input.path, text: input.text, findings: result.findings });
  }

  const colors = shouldUseColor({ isTTY: io.stdoutIsTTY, env: io.env, colorFlag: options.color }) ? ANSI_COLORS : NO_COLORS;
  io.stdout.write(formatter({ files, backend: segmenter.backend, toolVersion }, { colors }));
  const hasErrors = files.some((file) => file.findings.some((finding) => finding.severity === 'error'));
  return hasErrors && !options.exitZero ? EXIT_FINDINGS : EXIT_OK;
}

function resolveSettings(options: LintCommandOptions): AnalyzerSettings {
  const config = options.config ? loadConfigFile(options.config) : {};
  const rules: Record<string, RuleSetting> = { ...config.rules };
  for (const flag of options.rule) {
    const [id, severity] = parseRuleFlag(flag);
    rules[id] = severity as RuleSetting;
  }
  return { language: options.language ?? config.language, rules, ignore: config.ignore };
}

async function readInputs(paths: string[], io: CliIo): Promise<Input[]> {
  if (paths.length === 0) {
    if (io.stdinIsTTY) throw new UsageError('No input: give files or directories, or - to read standard input.');
    paths = ['-'];
  }
  const inputs: Input[] = [];
  for (const path of paths) {
    if (path === '-') {
      const text = await io.readStdin();
      inputs.push({ path: STDIN_PATH, text: text.startsWith('\uFEFF') ? text.slice(1) : text });
    } else {
      for (const file of expandPaths([path])) inputs.push(readInputFile(file));
    }
  }
  return inputs;
}
