/**
 * `tiankong lint` prints each file as soon as it is done and holds only a few
 * files at a time, so its memory follows the largest file, not the input.
 * (How much memory a run takes is measured by `npm run bench`, never here.)
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STREAMING_FORMATTERS } from '../src/cli/formatters/index.js';
import { analyzeInOrder, type LintJob, type LintResult, startWorkers } from '../src/cli/parallel.js';
import type { FileResult } from '../src/cli/results.js';
import { NO_COLORS } from '../src/cli/terminal.js';
import { analyze, loadJiebaWasm } from '../src/index.js';
import { buildOutline, outlineToJson } from '../src/outline/index.js';
import { cli } from './helpers/cli.js';

const segmenter = loadJiebaWasm();
const TEXTS = ['使规章制度达项。', '共有个单位参加。', '全年举办培训多期。', '于年月被授予称号。', '这是一段正常的文字。'];
const lint = (job: LintJob): LintResult => {
  const { findings, ruleFailures } = analyze(job.text, { ...job.settings, segmenter });
  return { findings, ruleFailures };
};

/** Runs `analyzeInOrder` over `count` jobs and records, at every read, how many were read and not yet handed on. */
async function traceRun(count: number, threads: number, { slowMainThread = false } = {}) {
  const pause = new Int32Array(new SharedArrayBuffer(4));
  let read = 0;
  let handedOn = 0;
  let mostHeld = 0;
  const order: number[] = [];
  const { analysedByWorkers } = await analyzeInOrder(startWorkers(threads, 'jieba-wasm'), {
    next: async () => {
      if (read === count) return undefined;
      mostHeld = Math.max(mostHeld, ++read - handedOn);
      return { index: read - 1, job: { text: TEXTS[(read - 1) % TEXTS.length]!, settings: {} } };
    },
    jobOf: (item) => item.job,
    analyzeHere: (item) => {
      // A slow main thread: the worker finishes later files while an earlier one is still here.
      if (slowMainThread) Atomics.wait(pause, 0, 0, 30);
      return lint(item.job);
    },
    done: (item, result) => {
      handedOn++;
      order.push(item.index);
      expect(result).toEqual(lint(item.job));
    },
  });
  return { order, mostHeld, analysedByWorkers };
}

describe('lint a file at a time', () => {
  it('on one thread, reads a file only once the one before it is handed on', async () => {
    const { order, mostHeld } = await traceRun(30, 1);
    expect(order).toEqual([...Array(30).keys()]);
    expect(mostHeld).toBe(1);
  });

  it('on two threads, hands every result on in input order and holds a few files, however many there are', {
    timeout: 120_000,
  }, async () => {
    const { order, mostHeld, analysedByWorkers } = await traceRun(200, 2, { slowMainThread: true });
    expect(analysedByWorkers).toBeGreaterThan(100);
    expect(order).toEqual([...Array(200).keys()]);
    expect(mostHeld).toBeLessThanOrEqual(6);
  });

  it('prints each file as it is done, and the streamed output is the whole formatter’s, byte for byte', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'tiankong-stream-'));
    for (const [index, text] of TEXTS.entries()) writeFileSync(join(folder, `${index}.txt`), `${text}\n`);
    for (const format of ['json', 'stylish', 'github', 'languagetool']) {
      const writes: string[] = [];
      const run = await cli(['lint', '-f', format, '--exit-zero', folder], { env: { NO_COLOR: '1' } });
      // The same run, recording each write.
      const { runCli } = await import('../src/cli/main.js');
      await runCli(['lint', '-f', format, '--exit-zero', folder], {
        stdout: { write: (text: string) => writes.push(text) },
        stderr: { write: () => true },
        readStdin: async () => '',
        stdinIsTTY: false,
        stdoutIsTTY: false,
        env: { NO_COLOR: '1' },
      });
      expect(writes.join('')).toBe(run.stdout);
      // Four of the five files have findings: printed one by one, not as one report at the end.
      expect(writes.filter((text) => text !== '').length).toBeGreaterThanOrEqual(4);
    }
  });

  it('the JSON printed a file at a time is the document JSON.stringify prints whole', () => {
    const files: FileResult[] = TEXTS.map((text, index) => ({
      path: `${index}.txt`,
      text,
      findings: analyze(text, { segmenter }).findings,
      format: 'text',
      encoding: index === 2 ? 'gb18030' : undefined,
    }));
    const run = { backend: 'jieba-wasm', toolVersion: '0.0.0' };
    for (const some of [[], files.slice(4), files]) {
      const stream = STREAMING_FORMATTERS.json!(run, { colors: NO_COLORS });
      const streamed = some.map((file) => stream.file(file)).join('') + stream.end();
      const whole = {
        version: 1,
        tool: { name: 'tiankong', version: run.toolVersion },
        backend: run.backend,
        files: some.map((file) => ({
          path: file.path,
          format: file.format,
          encoding: file.encoding,
          findings: file.findings,
          outline: outlineToJson(buildOutline(file.text)),
        })),
      };
      expect(streamed).toBe(`${JSON.stringify(whole, null, 2)}\n`);
    }
  });
});
