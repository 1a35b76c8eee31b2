import type { CliIo } from '../io.js';

/** What every subcommand gets: the process's streams and a way to set the exit code. */
export interface CommandContext {
  io: CliIo;
  toolVersion: string;
  setExitCode(code: number): void;
}
