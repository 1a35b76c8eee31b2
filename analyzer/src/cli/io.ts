/** The process's streams and environment as the CLI sees them: the real ones in run.ts, recorded ones in tests. */
export interface CliIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  readStdin(): Promise<string>;
  /** Standard input as bytes, so its encoding can be detected like a file's; without it, readStdin's text is used. */
  readStdinBytes?(): Promise<Uint8Array>;
  stdinIsTTY: boolean;
  stdoutIsTTY: boolean;
  /** Whether stderr is a terminal: the progress bar is drawn only there. */
  stderrIsTTY?: boolean;
  env: Record<string, string | undefined>;
}
