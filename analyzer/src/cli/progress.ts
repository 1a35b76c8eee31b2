import type { CliIo } from './io.js';
import { displayWidth } from './terminal.js';

export interface Progress {
  /** Called before each file is analysed. */
  start(path: string): void;
  /** Writes a message on stderr without garbling the bar. */
  log(message: string): void;
  /** Erases the bar until the next file starts; call before printing a file's results. */
  hide(): void;
  /** Erases the bar for good; call before printing the results. */
  done(): void;
}

const BAR_WIDTH = 24;
const NO_PROGRESS: Progress = { start() {}, log() {}, hide() {}, done() {} };

/**
 * A one-line progress bar on stderr for runs over several files, redrawn in
 * place with a carriage return. Only on an interactive terminal: never when
 * stderr is a pipe or a file, never in CI (the `CI` variable GitHub Actions,
 * GitLab and most runners set), never on a dumb terminal — log files should
 * not fill up with bar frames.
 */
export function createProgress(io: CliIo, total: number, options: { enabled: boolean }): Progress {
  const env = io.env;
  const ci = env.CI !== undefined && env.CI !== '' && env.CI !== 'false' && env.CI !== '0';
  if (!options.enabled || total < 2 || !io.stderrIsTTY || ci || env.TERM === 'dumb') {
    return { ...NO_PROGRESS, log: (message) => void io.stderr.write(message) };
  }
  let done = 0;
  let shown = '';
  const columns = Number(env.COLUMNS) > 0 ? Number(env.COLUMNS) : 80;
  const erase = () => {
    if (shown) io.stderr.write(`\r${' '.repeat(displayWidth(shown))}\r`);
    shown = '';
  };
  const draw = (path: string) => {
    const filled = Math.round((done / total) * BAR_WIDTH);
    const head = `${'█'.repeat(filled)}${'░'.repeat(BAR_WIDTH - filled)} ${done}/${total} `;
    const line = head + truncateStart(path, Math.max(8, columns - displayWidth(head) - 1));
    erase();
    io.stderr.write(line);
    shown = line;
  };
  let current = '';
  return {
    start(path) {
      if (current) done++;
      current = path;
      draw(path);
    },
    log(message) {
      erase();
      io.stderr.write(message);
      if (current) draw(current);
    },
    hide: erase,
    done() {
      erase();
      current = '';
    },
  };
}

/** Keeps the end of a long path, where the file name is. */
function truncateStart(path: string, width: number): string {
  if (displayWidth(path) <= width) return path;
  const characters = [...path];
  while (characters.length > 1 && displayWidth(characters.join('')) > width - 1) characters.shift();
  return `…${characters.join('')}`;
}
