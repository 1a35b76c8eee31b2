import { runCli } from '../../src/cli/main.js';

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
}

/** Runs the CLI in-process, as `tiankong <args>` would, and captures its output. */
export async function cli(args: string[], options: CliRunOptions = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const stdin = options.stdin ?? '';
  const exitCode = await runCli(args, {
    stdout: { write: (text: string) => (stdout += text) },
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
