import { createRequire } from 'node:module';
import { Command, CommanderError } from 'commander';
import { loadSegmenter } from '../segmentation/node.js';
import { backendFromEnv } from './commands/analysis-options.js';
import type { CommandContext } from './commands/context.js';
import { registerInitCommand } from './commands/init.js';
import { registerLintCommand } from './commands/lint.js';
import { registerOutlineCommand } from './commands/outline.js';
import { registerReportCommand } from './commands/report.js';
import { registerRulesCommand } from './commands/rules.js';
import { registerServeCommand } from './commands/serve.js';
import type { CliIo } from './io.js';
import { EXIT_OK, EXIT_USAGE, UsageError } from './usage-error.js';

export type { CliIo } from './io.js';

const packageJson = createRequire(import.meta.url)('../../package.json') as { version: string };
export const TOOL_VERSION = packageJson.version;

/** Runs the CLI and returns the exit code: 0 clean, 1 error-severity findings, 2 usage or I/O error. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let exitCode = EXIT_OK;
  const context: CommandContext = {
    io,
    toolVersion: TOOL_VERSION,
    setExitCode: (code) => {
      exitCode = code;
    },
  };
  const program = new Command('tiankong')
    .description('填空 Tiankong — finds the gaps in Chinese drafts (blank numbers, placeholder dates, template residue).')
    .exitOverride()
    .configureOutput({ writeOut: (text) => io.stdout.write(text), writeErr: (text) => io.stderr.write(text) })
    .option('-v, --version', 'print the version and the segmenter backend')
    .action((options: { version?: boolean }) => {
      if (!options.version) return program.outputHelp();
      const { segmenter, fallbackReason } = loadSegmenter(backendFromEnv(io.env));
      io.stdout.write(
        `tiankong ${TOOL_VERSION} (segmenter: ${segmenter.backend}${fallbackReason ? `; ${fallbackReason}` : ''})\n`,
      );
    });

  // One module per subcommand (cli/commands/<name>.ts); each registers itself here.
  // In the order --help lists them: the gate first, then the views of one draft, then set-up.
  registerLintCommand(program, context);
  registerOutlineCommand(program, context);
  registerReportCommand(program, context);
  registerServeCommand(program, context);
  registerInitCommand(program, context);
  registerRulesCommand(program, context);
  program.addHelpText(
    'after',
    `
Exit codes: 0 no error-severity findings; 1 errors found, or more warnings
than --max-warnings; 2 usage or I/O error.
Run \`tiankong <command> --help\` for a command's options.`,
  );

  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help arrives here too, with exit code 0.
      return error.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    }
    if (error instanceof UsageError) {
      io.stderr.write(`tiankong: ${error.message}\n`);
      return EXIT_USAGE;
    }
    // A bug, not the user's doing: one line by default; the stack only when asked for with --debug.
    const debug = argv.includes('--debug');
    const detail = error instanceof Error ? (debug ? (error.stack ?? error.message) : error.message) : String(error);
    io.stderr.write(`tiankong: internal error: ${detail}${debug ? '' : ' (run with --debug for the stack trace)'}\n`);
    return EXIT_USAGE;
  }
}
