import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { runCli } from '../../src/cli/main.js';
import type { ReportedFinding } from '../../src/cli/results.js';

export interface CliRun {
  exitCode: number;
  stdout: string;
  stderr: string;
}

export interface CliRunOptions {
  /** Standard input as text, or as raw bytes (to test encoding detection). */
  stdin?: string | Uint8Array;
  env?: Record<string, string>;
  stderrIsTTY?: boolean;
  stdoutIsTTY?: boolean;
  /** Makes writing to stdout fail with this error, as when the terminal goes away. */
  stdoutError?: Error;
}

/** Runs the CLI in-process, as `tiankong <args>` would, and captures its output. */
export async function cli(args: string[], options: CliRunOptions = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const stdin = options.stdin ?? '';
  const exitCode = await runCli(args, {
    stdout: {
      write: (text: string) => {
        if (options.stdoutError) throw options.stdoutError;
        stdout += text;
      },
    },
    stderr: { write: (text: string) => (stderr += text) },
    readStdin: async () => (typeof stdin === 'string' ? stdin : Buffer.from(stdin).toString('utf8')),
    readStdinBytes: async () => (typeof stdin === 'string' ? Buffer.from(stdin, 'utf8') : stdin),
    stdinIsTTY: false,
    stdoutIsTTY: options.stdoutIsTTY ?? false,
    stderrIsTTY: options.stderrIsTTY ?? false,
    env: options.env ?? {},
  });
  return { exitCode, stdout, stderr };
}

/** One file of `tiankong lint --format json`'s output. */
export interface JsonFile {
  path: string;
  format: string;
  encoding?: string;
  findings: ReportedFinding[];
}

/** `tiankong lint <args> --format json`: the run, and the files of its output (none when it printed nothing). */
export async function lintJson(args: string[], options: CliRunOptions = {}): Promise<CliRun & { files: JsonFile[] }> {
  const run = await cli(['lint', ...args, '--format', 'json'], options);
  return { ...run, files: run.stdout ? JSON.parse(run.stdout).files : [] };
}

/** The CLI's process entry point, for runs that need a real process (worker threads, closed pipes). */
export const CLI_ENTRY_POINT = join(import.meta.dirname, '../../src/cli/run.ts');

/**
 * Runs a TypeScript script (by default the CLI, as a user runs it) in its own
 * Node process through tsx, and collects its output.
 */
export function runScript(
  script: string,
  args: readonly string[] = [],
  env: Record<string, string> = {},
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  // Decoded as a stream: a chunk may end inside a multi-byte character.
  child.stdout.setEncoding('utf8');
  child.stderr.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => (stdout += chunk));
  child.stderr.on('data', (chunk: string) => (stderr += chunk));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}
