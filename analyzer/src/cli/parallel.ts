/**
 * `tiankong lint` over many files uses every core: worker threads, each with
 * its own segmenter, analyse files while the main thread analyses others.
 * Results are put back in input order, so the output is exactly the serial
 * run's; anything that goes wrong with a worker only sends its files back to
 * the main thread.
 *
 * This module is also the workers' entry point: a thread started on it with
 * the worker flag analyses the texts it is sent.
 */
import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { analyze } from '../built-in-rules.js';
import type { AnalysisResult } from '../core/analyze.js';
import type { AnalyzerSettings } from '../core/settings.js';
import { type BackendName, loadSegmenter } from '../segmentation/node.js';
import type { Segmenter } from '../segmentation/segmenter.js';

export interface LintJob {
  text: string;
  settings: AnalyzerSettings;
}

/** What the lint command reads from a result; the outline stays behind (formatters rebuild it from the text). */
export type LintResult = Pick<AnalysisResult, 'findings' | 'ruleFailures'>;

interface WorkerRequest {
  index: number;
  job: LintJob;
}

type WorkerReply = { index: number; result: LintResult } | { index: number; error: string };

const WORKER_FLAG = 'tiankong-lint-worker';
/** A worker's first message: its segmenter is loaded. */
const READY = 'ready';

/**
 * Below this much text, starting threads (each loads jieba's dictionary, most
 * of a second) costs more than it saves.
 */
const MIN_PARALLEL_CHARACTERS = 300_000;
/** Files handed to a worker at once, so it never waits for the busy main thread to send the next. */
const JOBS_IN_FLIGHT = 2;

/**
 * How many threads to lint on: `TIANKONG_THREADS` when set (1 = serial, and a
 * number forces threads even for little text), otherwise every core when
 * there is enough text to be worth it.
 */
export function lintThreads(jobs: readonly LintJob[], env: Record<string, string | undefined>): number {
  const requested = Number.parseInt(env.TIANKONG_THREADS ?? '', 10);
  if (Number.isInteger(requested) && requested >= 1) return Math.min(requested, jobs.length);
  const characters = jobs.reduce((sum, job) => sum + job.text.length, 0);
  if (jobs.length < 2 || characters < MIN_PARALLEL_CHARACTERS) return 1;
  return Math.min(availableParallelism(), jobs.length);
}

/**
 * Starts the worker threads for these jobs at once, so they load their
 * dictionaries while the main thread loads its own; `finish` then analyses
 * the jobs on every thread (the main thread is one of them) and returns the
 * results in the order of `jobs`. A worker only gets files once it is ready,
 * so the main thread never waits for one that is still starting.
 */
export function startParallelAnalysis(jobs: readonly LintJob[], threads: number, backend: BackendName): ParallelAnalysis {
  const workers = Array.from({ length: threads - 1 }, () => startWorker(backend));
  return { threads, finish: (analyzeHere) => analyzeWith(workers, jobs, analyzeHere) };
}

export interface ParallelAnalysis {
  threads: number;
  /** The results in the order of the jobs, and how many of them the worker threads analysed. */
  finish(analyzeHere: (job: LintJob) => LintResult): Promise<{ results: LintResult[]; analysedByWorkers: number }>;
}

async function analyzeWith(
  workers: readonly LintWorker[],
  jobs: readonly LintJob[],
  analyzeHere: (job: LintJob) => LintResult,
): Promise<{ results: LintResult[]; analysedByWorkers: number }> {
  const results: Array<LintResult | undefined> = new Array(jobs.length);
  let analysedByWorkers = 0;
  // Largest first, so no thread is left with a big file at the end.
  const queue = jobs.map((_, index) => index).sort((a, b) => jobs[b]!.text.length - jobs[a]!.text.length);
  const inFlight = new Map<LintWorker, Set<number>>(workers.map((worker) => [worker, new Set()]));
  /** Files a failed worker had: the main thread does them. */
  const orphans: number[] = [];
  let settle: () => void = () => {};

  const feed = (worker: LintWorker): void => {
    const pending = inFlight.get(worker)!;
    while (worker.alive && worker.ready && pending.size < JOBS_IN_FLIGHT && queue.length > 0) {
      const index = queue.shift()!;
      pending.add(index);
      worker.post({ index, job: jobs[index]! });
    }
  };
  for (const worker of workers) {
    worker.onReady = () => feed(worker);
    worker.onReply = (reply) => {
      inFlight.get(worker)!.delete(reply.index);
      if ('result' in reply) {
        results[reply.index] = reply.result;
        analysedByWorkers++;
      } else orphans.push(reply.index);
      feed(worker);
      settle();
    };
    worker.onFailure = () => {
      orphans.push(...inFlight.get(worker)!);
      inFlight.get(worker)!.clear();
      settle();
    };
    feed(worker);
  }

  const busy = () => [...inFlight.values()].some((pending) => pending.size > 0);
  try {
    for (;;) {
      const index = orphans.shift() ?? queue.shift();
      if (index !== undefined) {
        results[index] = analyzeHere(jobs[index]!);
        // Let the workers' messages in, so they get their next files.
        await new Promise((resolve) => setImmediate(resolve));
        continue;
      }
      if (!busy()) break;
      await new Promise<void>((resolve) => {
        settle = resolve;
      });
    }
  } finally {
    for (const worker of workers) worker.stop();
  }
  const all = results.map((result, index) => result ?? analyzeHere(jobs[index]!));
  return { results: all, analysedByWorkers };
}

interface LintWorker {
  alive: boolean;
  /** Its segmenter is loaded: it can take files. */
  ready: boolean;
  post(request: WorkerRequest): void;
  stop(): void;
  onReady: () => void;
  onReply: (reply: WorkerReply) => void;
  onFailure: () => void;
}

function startWorker(backend: BackendName): LintWorker {
  const lintWorker: LintWorker = {
    alive: true,
    ready: false,
    post: () => {},
    stop: () => {},
    onReady: () => {},
    onReply: () => {},
    onFailure: () => {},
  };
  let thread: Worker;
  try {
    const options = { workerData: { role: WORKER_FLAG, backend } };
    thread = import.meta.url.endsWith('.ts')
      ? new Worker(tsxBootstrap(import.meta.url), { ...options, eval: true })
      : new Worker(new URL(import.meta.url), options);
  } catch {
    lintWorker.alive = false;
    return lintWorker;
  }
  const fail = () => {
    if (!lintWorker.alive) return;
    lintWorker.alive = false;
    lintWorker.onFailure();
  };
  thread.on('message', (message: WorkerReply | typeof READY) => {
    if (message === READY) {
      lintWorker.ready = true;
      lintWorker.onReady();
    } else {
      lintWorker.onReply(message);
    }
  });
  thread.on('error', fail);
  thread.on('exit', fail);
  lintWorker.post = (request) => thread.postMessage(request);
  lintWorker.stop = () => {
    lintWorker.alive = false;
    void thread.terminate();
  };
  return lintWorker;
}

/**
 * From the TypeScript sources (tests, `tsx`), a worker registers tsx itself:
 * in Node 20 the main thread's loader hooks do not reach worker threads. The
 * compiled CLI starts its workers on the .js file directly.
 */
function tsxBootstrap(entry: string): string {
  const tsx = import.meta.resolve('tsx/esm/api');
  return `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(entry)}); });`;
}

function serveAsWorker(backend: BackendName): void {
  const { segmenter } = loadSegmenter(backend);
  parentPort!.postMessage(READY);
  parentPort!.on('message', ({ index, job }: WorkerRequest) => {
    let reply: WorkerReply;
    try {
      const { findings, ruleFailures } = analyze(job.text, { ...job.settings, segmenter });
      reply = { index, result: { findings, ruleFailures } };
    } catch (error) {
      reply = { index, error: error instanceof Error ? error.message : String(error) };
    }
    parentPort!.postMessage(reply);
  });
}

if (!isMainThread && (workerData as { role?: string } | null)?.role === WORKER_FLAG) {
  serveAsWorker((workerData as { backend: BackendName }).backend);
}

/**
 * The lint command's entry, called as soon as the inputs are read: when
 * several threads are worth it (enough text, several files and cores, or
 * TIANKONG_THREADS), starts them and returns the handle whose `finish`
 * gives every input's result; otherwise undefined, and the command lints
 * as usual on its own thread.
 */
export function startParallelLint(
  inputs: ReadonlyArray<{ path: string; text: string }>,
  settingsFor: (path: string) => AnalyzerSettings,
  backend: BackendName,
  env: Record<string, string | undefined>,
): { threads: number; finish(segmenter: Segmenter): Promise<{ results: LintResult[]; analysedByWorkers: number }> } | undefined {
  const jobs = inputs.map((input) => ({ text: input.text, settings: settingsFor(input.path) }));
  const threads = lintThreads(jobs, env);
  if (threads < 2) return undefined;
  const analysis = startParallelAnalysis(jobs, threads, backend);
  return {
    threads,
    finish: (segmenter) => analysis.finish((job) => analyze(job.text, { ...job.settings, segmenter })),
  };
}
