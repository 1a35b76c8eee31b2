/** `tiankong lint` on several threads prints exactly what the serial run prints. */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../src/cli/main.js';
import { FIXTURES_DIRECTORY } from './helpers/fixtures.js';

const FIXTURE_FOLDERS = ['seeds', 'examples', 'clean'].map((folder) => join(FIXTURES_DIRECTORY, folder));

/** The CLI as a user runs it, in its own process (worker threads need a real entry point). */
function runProcess(
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, '../src/cli/run.ts'), ...args], {
    env: { ...process.env, NO_COLOR: '1', ...env },
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

describe('tiankong lint on several threads', () => {
  it('prints byte for byte what one thread prints, in every format', { timeout: 180_000 }, async () => {
    for (const format of ['json', 'stylish']) {
      const args = ['lint', '-f', format, ...FIXTURE_FOLDERS];
      const [serial, parallel] = await Promise.all([
        runProcess(args, { TIANKONG_THREADS: '1' }),
        runProcess([...args, '--debug'], { TIANKONG_THREADS: '2' }),
      ]);
      expect(parallel.stderr).toContain('files on 2 threads');
      expect(serial.stdout.length).toBeGreaterThan(1000);
      expect(parallel.stdout).toBe(serial.stdout);
      expect(parallel.code).toBe(serial.code);
    }
  });

  it('prints the same when run in-process on three threads', { timeout: 120_000 }, async () => {
    const run = async (threads: string) => {
      let stdout = '';
      const exitCode = await runCli(['lint', '-f', 'json', ...FIXTURE_FOLDERS], {
        stdout: { write: (text: string) => (stdout += text) },
        stderr: { write: () => true },
        readStdin: async () => '',
        stdinIsTTY: false,
        stdoutIsTTY: false,
        env: { TIANKONG_THREADS: threads },
      });
      return { exitCode, stdout };
    };
    const parallel = await run('3');
    const serial = await run('1');
    expect(parallel).toEqual(serial);
  });

  it('hands files to the worker threads once they are ready, and gets back what the main thread would compute', {
    timeout: 180_000,
  }, async () => {
    const script = join(import.meta.dirname, 'helpers/parallel-probe.ts');
    const child = spawn(process.execPath, ['--import', 'tsx', script], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => (stdout += chunk));
    child.stderr.on('data', (chunk: string) => (stderr += chunk));
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as { jobs: number; analysedByWorkers: number; identical: boolean };
    expect(report.identical).toBe(true);
    expect(report.analysedByWorkers).toBeGreaterThan(0);
    expect(report.analysedByWorkers).toBeLessThan(report.jobs);
  });
});
