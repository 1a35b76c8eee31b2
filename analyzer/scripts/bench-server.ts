/**
 * The load test of `tiankong serve` on loopback, run by `npm run bench`
 * (and alone: `npx tsx analyzer/scripts/bench-server.ts [--write]`):
 * - 200 requests of a 10 000-character draft at once;
 * - 5 000 requests of such a draft one after the other;
 * with p50/p95 latency, throughput, errors, and the server's resident memory
 * after warm-up, after the concurrent burst and after the 5 000 in a row.
 * The server is a real `tiankong serve` process with its defaults (one
 * analysis thread per core), stopped with SIGTERM at the end.
 *
 * Every loop has a fixed count, and the whole run a deadline: it sends
 * traffic only to 127.0.0.1 and stops by itself. Like the other benchmarks
 * it prints numbers and never fails a build; `--write` puts the table into
 * analyzer/BENCHMARKS.md.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { draftOfSize } from '../test/helpers/big-draft.js';

const { values: flags } = parseArgs({ options: { write: { type: 'boolean' } } });
const ANALYZER = join(import.meta.dirname, '..');
const CONCURRENT = 200;
const SEQUENTIAL = 5_000;
const WARM_UP = 50;
const DRAFT_CHARACTERS = 10_000;
/** The whole run stops here, whatever is left. */
const DEADLINE = performance.now() + 20 * 60_000;

const output: string[] = [];
function print(line = ''): void {
  output.push(line);
  console.log(line);
}

/** Ten different drafts of 10 000 characters, so no request is a copy of the previous one. */
const drafts = Array.from({ length: 10 }, (_, seed) => draftOfSize(DRAFT_CHARACTERS * 4, seed + 1).slice(0, DRAFT_CHARACTERS));
const bodies = drafts.map((text) => new URLSearchParams({ text, language: 'zh-CN' }).toString());

async function startServe(): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(ANALYZER, 'src/cli/run.ts'), 'serve', '--port', '0', '--quiet'],
    {
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  let stderr = '';
  const url = await new Promise<string>((resolve, reject) => {
    child.stderr!.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      const found = /listening on (http:\/\/\S+)/u.exec(stderr);
      if (found) resolve(found[1]!);
    });
    child.on('exit', (code) => reject(new Error(`tiankong serve exited (${code}): ${stderr}`)));
  });
  return { child, url };
}

/** Resident memory of the server process (all its threads), in MB, from /proc. */
function residentMegabytes(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kilobytes = Number(/VmRSS:\s+(\d+)/u.exec(status)?.[1] ?? Number.NaN);
  return kilobytes / 1024;
}

interface Outcome {
  latencies: number[];
  errors: number;
  seconds: number;
}

async function send(url: string, index: number): Promise<{ ok: boolean; milliseconds: number }> {
  const started = performance.now();
  try {
    const response = await fetch(`${url}/v2/check`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: bodies[index % bodies.length],
    });
    const body = (await response.json()) as { matches?: unknown[] };
    return { ok: response.status === 200 && Array.isArray(body.matches), milliseconds: performance.now() - started };
  } catch {
    return { ok: false, milliseconds: performance.now() - started };
  }
}

async function concurrent(url: string, count: number): Promise<Outcome> {
  const started = performance.now();
  const results = await Promise.all(Array.from({ length: count }, (_, index) => send(url, index)));
  return summarise(results, started);
}

async function sequential(url: string, count: number): Promise<Outcome> {
  const started = performance.now();
  const results: Array<{ ok: boolean; milliseconds: number }> = [];
  for (let index = 0; index < count && performance.now() < DEADLINE; index++) results.push(await send(url, index));
  return summarise(results, started);
}

function summarise(results: ReadonlyArray<{ ok: boolean; milliseconds: number }>, started: number): Outcome {
  return {
    latencies: results.map((result) => result.milliseconds).sort((a, b) => a - b),
    errors: results.filter((result) => !result.ok).length,
    seconds: (performance.now() - started) / 1000,
  };
}

function percentile(sorted: readonly number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)] ?? Number.NaN;
}

function row(name: string, outcome: Outcome, memoryBefore: number, memoryAfter: number): string {
  const count = outcome.latencies.length;
  const throughput = count / outcome.seconds;
  return `| ${name} | ${count.toLocaleString('en')} | ${outcome.errors} | ${percentile(outcome.latencies, 0.5).toFixed(0)} | ${percentile(outcome.latencies, 0.95).toFixed(0)} | ${throughput.toFixed(1)} | ${((throughput * DRAFT_CHARACTERS) / 1000).toFixed(0)} | ${memoryBefore.toFixed(0)} → ${memoryAfter.toFixed(0)} |`;
}

const { child, url } = await startServe();
const pid = child.pid!;
const started = residentMegabytes(pid);
await sequential(url, WARM_UP);
const warm = residentMegabytes(pid);
const burst = await concurrent(url, CONCURRENT);
const afterBurst = residentMegabytes(pid);
const inARow = await sequential(url, SEQUENTIAL);
const afterRow = residentMegabytes(pid);
const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
child.kill('SIGTERM');
const exitCode = await exited;

print('### `tiankong serve` on loopback (one replica)');
print();
print(
  `One \`tiankong serve\` process with its defaults (${availableParallelism()} analysis threads on this machine, queue of 256), on 127.0.0.1; each request is \`POST /v2/check\` of a different 10 000-character draft built from fixture sentences. Resident memory of the server process: ${started.toFixed(0)} MB started, ${warm.toFixed(0)} MB after ${WARM_UP} requests of warm-up.`,
);
print();
print('| load | requests | errors | p50 (ms) | p95 (ms) | requests/s | thousand characters/s | server memory (MB) |');
print('|---|---:|---:|---:|---:|---:|---:|---:|');
print(row(`${CONCURRENT} at once`, burst, warm, afterBurst));
print(row(`${SEQUENTIAL.toLocaleString('en')} in a row`, inARow, afterBurst, afterRow));
print();
print(`SIGTERM at the end: the server exited with code ${exitCode}.`);

if (flags.write) {
  const path = join(ANALYZER, 'BENCHMARKS.md');
  const markdown = readFileSync(path, 'utf8');
  const start = '<!-- bench-server:start -->';
  const end = '<!-- bench-server:end -->';
  const block = `${start}\n${output.join('\n')}\n${end}`;
  const updated = markdown.includes(start)
    ? `${markdown.slice(0, markdown.indexOf(start))}${block}${markdown.slice(markdown.indexOf(end) + end.length)}`
    : markdown.replace('\n## Reading the numbers', `\n${block}\n\n## Reading the numbers`);
  writeFileSync(path, updated);
  console.log(`\nWrote the server table into ${path}.`);
}
