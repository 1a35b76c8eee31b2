import { createRequire } from 'node:module';
import { Command, CommanderError, Option } from 'commander';
import { RULES } from '../rules/index.js';
import { type BackendName, loadSegmenter } from '../segmentation/node.js';
import { FORMAT_NAMES } from './formatters/index.js';
import { type LintCommandOptions, runLint } from './lint-command.js';
import { EXIT_OK, EXIT_USAGE, UsageError } from './usage-error.js';

export interface CliIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  readStdin(): Promise<string>;
  stdinIsTTY: boolean;
  stdoutIsTTY: boolean;
  env: Record<string, string | undefined>;
}

const packageJson = createRequire(import.meta.url)('../../package.json') as { version: string };
export const TOOL_VERSION = packageJson.version;

/** Runs the CLI and returns the exit code: 0 clean, 1 error-severity findings, 2 usage or I/O error. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let exitCode = EXIT_OK;
  const program = new Command('tiankong')
    .description('填空 Tiankong — finds the gaps in Chinese drafts (blank numbers, placeholder dates, template residue).')
    .exitOverride()
    .configureOutput({ writeOut: (text) => io.stdout.write(text), writeErr: (text) => io.stderr.write(text) })
    .option('-v, --version', 'print the version and the segmenter backend')
    .action((options: { version?: boolean }) => {
      if (options.version) {
        const { segmenter, fallbackReason } = loadSegmenter(backendFromEnv(io.env));
        io.stdout.write(
          `tiankong ${TOOL_VERSION} (segmenter: ${segmenter.backend}${fallbackReason ? `; ${fallbackReason}` : ''})\n`,
        );
        return;
      }
      program.outputHelp();
    });

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
      exitCode = await runLint(paths, { ...options, backend: options.backend ?? backendFromEnv(io.env) }, io, TOOL_VERSION);
    });

  program
    .command('rules')
    .description('list the rules with their default severity')
    .action(() => {
      for (const rule of RULES) {
        io.stdout.write(`${rule.meta.id.padEnd(20)} ${rule.meta.defaultSeverity.padEnd(8)} ${rule.meta.description.zh}\n`);
      }
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version arrive here too, with exit code 0.
      return error.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    }
    if (error instanceof UsageError) {
      io.stderr.write(`tiankong: ${error.message}\n`);
      return EXIT_USAGE;
    }
    io.stderr.write(`tiankong: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return EXIT_USAGE;
  }
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

function backendFromEnv(env: Record<string, string | undefined>): BackendName {
  return env.TIANKONG_BACKEND === 'jieba-wasm' ? 'jieba-wasm' : 'nodejieba';
}
