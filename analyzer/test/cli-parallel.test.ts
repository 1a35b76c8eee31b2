/** `tiankong lint` on several threads prints exactly what the serial run prints. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI_ENTRY_POINT, cli, runScript } from './helpers/cli.js';
import { FIXTURES_DIRECTORY } from './helpers/fixtures.js';

const FIXTURE_FOLDERS = ['seeds', 'examples', 'clean'].map((folder) => join(FIXTURES_DIRECTORY, folder));

describe('tiankong lint on several threads', () => {
  it('prints byte for byte what one thread prints, in every format', { timeout: 180_000 }, async () => {
    for (const format of ['json', 'stylish']) {
      const args = ['lint', '-f', format, ...FIXTURE_FOLDERS];
      const [serial, parallel] = await Promise.all([
        // The CLI as a user runs it, in its own process (worker threads need a real entry point).
        runScript(CLI_ENTRY_POINT, args, { NO_COLOR: '1', TIANKONG_THREADS: '1' }),
        runScript(CLI_ENTRY_POINT, [...args, '--debug'], { NO_COLOR: '1', TIANKONG_THREADS: '2' }),
      ]);
      expect(parallel.stderr).toContain('files on 2 threads');
      expect(serial.stdout.length).toBeGreaterThan(1000);
      expect(parallel.stdout).toBe(serial.stdout);
      expect(parallel.code).toBe(serial.code);
    }
  });

  it('prints the same when run in-process on three threads', { timeout: 120_000 }, async () => {
    const run = async (threads: string) => {
      const { exitCode, stdout } = await cli(['lint', '-f', 'json', ...FIXTURE_FOLDERS], { env: { TIANKONG_THREADS: threads } });
      return { exitCode, stdout };
    };
    const parallel = await run('3');
    const serial = await run('1');
    expect(parallel).toEqual(serial);
  });

  it('hands files to the worker threads once they are ready, and gets back what the main thread would compute', {
    timeout: 180_000,
  }, async () => {
    const { code, stdout, stderr } = await runScript(join(import.meta.dirname, 'helpers/parallel-probe.ts'));
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as { jobs: number; analysedByWorkers: number; identical: boolean };
    expect(report.identical).toBe(true);
    expect(report.analysedByWorkers).toBeGreaterThan(0);
    expect(report.analysedByWorkers).toBeLessThan(report.jobs);
  });
});
