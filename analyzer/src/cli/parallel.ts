/**
 * `tiankong lint` over many files uses every core: worker threads, each with
 * its own segmenter, analyse files while the main thread analyses others.
 * Files are taken in input order and each result is handed on as soon as it
 * and every file before it are done, so the output is exactly the serial
 * run's and only a few files are held at any time, however many are linted;
 * anything that goes wrong with a worker only sends its files back to the
 * main thread.
 *
 * This module is also the workers' entry point: a thread started on it with
 * the worker flag analyses the texts it is sent.
 */
import { availableParallelism } from 'node:os';
import { performance } from 'node:perf_hooks';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { analyze } from '../built-in-rules.js';
import type { AnalysisResult } from '../core/analyze.js';
import type { AnalyzerSettings } from '../core/settings.js';
import { type BackendName, loadSegmenter } from '../segmentation/node.js';

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

type WorkerReply = { index: number; result: LintResult; milliseconds: number } | { index: number; error: string };

const WORKER_FLAG = 'tiankong-lint-worker';
/** A worker's first message: its segmenter is loaded. */
const READY = 'ready';

/**
 * Below this much input, starting threads (each loads jieba's dictionary, most
 * of a second) costs more than it saves: 300,000 characters of Chinese in UTF-8.
 */
const MIN_PARALLEL_BYTES = 900_000;
/** Files handed to a worker at once, so it never waits for the busy main thread to send the next. */
const JOBS_IN_FLIGHT = 2;
/**
 * Files read but not yet handed on, per thread: what is in flight, plus one
 * done early and waiting for an earlier file. This, times the largest file,
 * bounds what a run holds.
 */
const FILES_HELD_PER_THREAD = JOBS_IN_FLIGHT + 1;

/**
 * How many threads to lint on: `TIANKONG_THREADS` when set (1 = serial, and a
 * number forces threads even for little text), otherwise every core when
 * there is enough input to be worth it.
 */
export function lintThreads(files: ReadonlyArray<{ bytes: number }>, env: Record<string, string | undefined>): number {
  const requested = Number.parseInt(env.TIANKONG_THREADS ?? '', 10);
  if (Number.isInteger(requested) && requested >= 1) return Math.min(requested, files.length);
  const bytes = files.reduce((sum, file) => sum + file.bytes, 0);
  if (files.length < 2 || bytes < MIN_PARALLEL_BYTES) return 1;
  return Math.min(availableParallelism(), files.length);
}

/**
 * The worker threads of a run (`threads - 1`; the main thread is the other),
 * started at once so that they load their dictionaries while the main thread
 * loads its own.
 */
export function startWorkers(threads: number, backend: BackendName): LintWorkers {
  return { threads, workers: Array.from({ length: threads - 1 }, () => startWorker(backend)) };
}

export interface LintWorkers {
  threads: number;
  readonly workers: readonly LintWorker[];
}

/** What `analyzeInOrder` does with each item of a run. */
export interface OrderedAnalysis<Item> {
  /** The next item in input order (read only now), or undefined when there are no more. */
  next(): Promise<Item | undefined>;
  /** What a worker thread is sent to analyse the item. */
  jobOf(item: Item): LintJob;
  /** The item analysed on this thread. */
  analyzeHere(item: Item): LintResult;
  /** Each item's result, in input order, as soon as it and every item before it are done. */
  done(item: Item, result: LintResult, milliseconds: number): void;
}

/**
 * Analyses the items on this thread and on the workers, never more than a
 * few per thread ahead of the oldest one not yet handed on, and returns how
 * many the workers did. A worker only gets items once it is ready, so this
 * thread never waits for one that is still starting; the workers are stopped
 * at the end.
 */
export async function analyzeInOrder<Item>(
  { workers }: LintWorkers,
  analysis: OrderedAnalysis<Item>,
): Promise<{ analysedByWorkers: number }> {
  const capacity = (workers.length + 1) * FILES_HELD_PER_THREAD;
  const held = new Map<number, { item: Item; outcome?: { result: LintResult; milliseconds: number } }>();
  let read = 0;
  let handedOn = 0;
  let exhausted = false;
  let analysedByWorkers = 0;
  const inFlight = new Map<LintWorker, Set<number>>(workers.map((worker) => [worker, new Set()]));
  /** Items a failed worker had: this thread does them. */
  const orphans: number[] = [];
  let wake: () => void = () => {};

  const readNext = async (): Promise<number | undefined> => {
    if (exhausted || read - handedOn >= capacity) return undefined;
    const item = await analysis.next();
    if (item === undefined) {
      exhausted = true;
      return undefined;
    }
    held.set(read, { item });
    return read++;
  };
  const finish = (index: number, result: LintResult, milliseconds: number) => {
    held.get(index)!.outcome = { result, milliseconds };
  };
  const handOn = () => {
    for (let entry = held.get(handedOn); entry?.outcome; entry = held.get(handedOn)) {
      held.delete(handedOn++);
      analysis.done(entry.item, entry.outcome.result, entry.outcome.milliseconds);
    }
  };
  const analyzeHere = (index: number) => {
    const started = performance.now();
    finish(index, analysis.analyzeHere(held.get(index)!.item), performance.now() - started);
  };
  const feed = async (worker: LintWorker) => {
    const pending = inFlight.get(worker)!;
    while (worker.alive && worker.ready && pending.size < JOBS_IN_FLIGHT) {
      const index = await readNext();
      if (index === undefined) return;
      pending.add(index);
      worker.post({ index, job: analysis.jobOf(held.get(index)!.item) });
    }
  };
  for (const worker of workers) {
    worker.onReady = () => wake();
    worker.onReply = (reply) => {
      inFlight.get(worker)!.delete(reply.index);
      if ('result' in reply) {
        finish(reply.index, reply.result, reply.milliseconds);
        analysedByWorkers++;
      } else orphans.push(reply.index);
      wake();
    };
    worker.onFailure = () => {
      orphans.push(...inFlight.get(worker)!);
      inFlight.get(worker)!.clear();
      wake();
    };
  }

  const busy = () => [...inFlight.values()].some((pending) => pending.size > 0);
  try {
    for (;;) {
      handOn();
      for (const worker of workers) await feed(worker);
      const index = orphans.shift() ?? (await readNext());
      if (index !== undefined) {
        analyzeHere(index);
        // Let the workers' messages in, so they get their next files.
        await new Promise((resolve) => setImmediate(resolve));
        continue;
      }
      if (orphans.length > 0) continue;
      if (!busy()) {
        if (exhausted) break;
        continue; // the oldest items are done: hand them on, then read more
      }
      await new Promise<void>((resolve) => {
        wake = resolve;
      });
    }
  } finally {
    for (const worker of workers) worker.stop();
  }
  // Whatever is left (a worker that failed as the run ended) is done here.
  for (const [index, entry] of held) if (!entry.outcome) analyzeHere(index);
  handOn();
  return { analysedByWorkers };
}

/**
 * The jobs analysed on `threads` threads (this one included), the results in
 * the order of `jobs`: `analyzeInOrder` over a list already in memory.
 */
export function startParallelAnalysis(jobs: readonly LintJob[], threads: number, backend: BackendName): ParallelAnalysis {
  const started = startWorkers(threads, backend);
  return {
    threads,
    finish: async (analyzeHere) => {
      const results: LintResult[] = [];
      let next = 0;
      const { analysedByWorkers } = await analyzeInOrder(started, {
        next: async () => (next < jobs.length ? jobs[next++] : undefined),
        jobOf: (job) => job,
        analyzeHere,
        done: (_job, result) => void results.push(result),
      });
      return { results, analysedByWorkers };
    },
  };
}

export interface ParallelAnalysis {
  threads: number;
  /** The results in the order of the jobs, and how many of them the worker threads analysed. */
  finish(analyzeHere: (job: LintJob) => LintResult): Promise<{ results: LintResult[]; analysedByWorkers: number }>;
}

export interface LintWorker {
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
      const started = performance.now();
      const { findings, ruleFailures } = analyze(job.text, { ...job.settings, segmenter });
      reply = { index, result: { findings, ruleFailures }, milliseconds: performance.now() - started };
    } catch (error) {
      reply = { index, error: error instanceof Error ? error.message : String(error) };
    }
    parentPort!.postMessage(reply);
  });
}

if (!isMainThread && (workerData as { role?: string } | null)?.role === WORKER_FLAG) {
  serveAsWorker((workerData as { backend: BackendName }).backend);
}
