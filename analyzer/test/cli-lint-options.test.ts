import { describe, expect, it } from 'vitest';
import { cli } from './helpers/cli.js';
import { temporaryDirectory, writeFileIn } from './helpers/temporary-files.js';

/** Two warnings (vague counts in a tally of work done) and no error. */
const WARNINGS_ONLY = '全年共举办学习专栏多期，发放宣传资料多份。';
const ERROR_AND_WARNING = '使规章制度达项，全年共举办学习专栏多期。';

describe('--max-warnings', () => {
  it('fails the run when there are more warnings than allowed', async () => {
    const tooMany = await cli(['lint', '-', '--max-warnings', '1'], { stdin: WARNINGS_ONLY });
    expect(tooMany.exitCode).toBe(1);
    expect(tooMany.stderr).toBe('tiankong: too many warnings (2; --max-warnings 1)\n');
    const enough = await cli(['lint', '-', '--max-warnings', '2'], { stdin: WARNINGS_ONLY });
    expect(enough).toMatchObject({ exitCode: 0, stderr: '' });
    const unlimited = await cli(['lint', '-'], { stdin: WARNINGS_ONLY });
    expect(unlimited.exitCode).toBe(0);
  });

  it('--exit-zero still wins', async () => {
    const run = await cli(['lint', '-', '--max-warnings', '0', '--exit-zero'], { stdin: WARNINGS_ONLY });
    expect(run.exitCode).toBe(0);
  });
});

describe('--quiet', () => {
  it('shows and counts errors only', async () => {
    const loud = await cli(['lint', '-', '-f', 'json'], { stdin: ERROR_AND_WARNING });
    expect(JSON.parse(loud.stdout).files[0].findings.map((finding: { severity: string }) => finding.severity)).toEqual([
      'error',
      'warning',
    ]);
    const quiet = await cli(['lint', '-', '-f', 'json', '--quiet'], { stdin: ERROR_AND_WARNING });
    expect(JSON.parse(quiet.stdout).files[0].findings.map((finding: { severity: string }) => finding.severity)).toEqual([
      'error',
    ]);
    const stylish = await cli(['lint', '-', '-q', '--max-warnings', '0'], { stdin: WARNINGS_ONLY });
    expect(stylish).toEqual({ exitCode: 0, stdout: '', stderr: '' });
  });
});

describe('colour', () => {
  it('colours only when asked for or on a terminal, never with --no-color or NO_COLOR', async () => {
    const forced = await cli(['lint', '-'], { stdin: ERROR_AND_WARNING, env: { FORCE_COLOR: '1' } });
    expect(forced.stdout).toContain('\u001B[31m');
    const terminal = await cli(['lint', '-'], { stdin: ERROR_AND_WARNING, stdoutIsTTY: true });
    expect(terminal.stdout).toContain('\u001B[');
    const flag = await cli(['lint', '-', '--no-color'], {
      stdin: ERROR_AND_WARNING,
      stdoutIsTTY: true,
      env: { FORCE_COLOR: '1' },
    });
    expect(flag.stdout).not.toContain('\u001B[');
    const environment = await cli(['lint', '-'], { stdin: ERROR_AND_WARNING, stdoutIsTTY: true, env: { NO_COLOR: '1' } });
    expect(environment.stdout).not.toContain('\u001B[');
  });
});

describe('progress bar', () => {
  const directory = temporaryDirectory('progress');
  const files = ['一.txt', '二.txt', '三.txt'].map((name) => writeFileIn(directory, name, ERROR_AND_WARNING));

  it('is drawn on an interactive stderr and erased before the results are printed', async () => {
    const run = await cli(['lint', ...files], { stderrIsTTY: true });
    expect(run.stderr).toContain(`\r`);
    expect(run.stderr).toContain(`0/3 ${files[0]}`);
    expect(run.stderr).toContain(`2/3 ${files[2]}`);
    // The last thing on stderr is the erasure: the terminal is left clean.
    expect(run.stderr).toMatch(/\r {10,}\r$/u);
    expect(run.stdout).not.toContain('\r');
  });

  it('is never drawn in CI, into a pipe or a log file, or for a single file', async () => {
    for (const run of [
      await cli(['lint', ...files], { stderrIsTTY: true, env: { CI: 'true' } }),
      await cli(['lint', ...files], { stderrIsTTY: false }),
      await cli(['lint', ...files], { stderrIsTTY: true, env: { TERM: 'dumb' } }),
      await cli(['lint', files[0]!], { stderrIsTTY: true }),
    ]) {
      expect(run.stderr).toBe('');
    }
  });
});
