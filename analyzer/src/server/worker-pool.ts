/**
 * The server's analysis threads. Analysis is synchronous and CPU-bound, so
 * it runs off the thread that serves HTTP: the server stays responsive (the
 * health check, the 503s) however long a draft takes. The pool bounds the
 * work in three ways:
 * - at most `threads` analyses at once, one per thread;
 * - at most `maxQueue` requests waiting for a thread, after which `analyze`
 *   refuses at once (the server answers 503, as LanguageTool does);
 * - at most `timeLimitMs` per analysis: a thread that runs over is stopped
 *   (a synchronous analysis cannot be interrupted any other way) and a fresh
 *   one takes its place.
 */
import { Worker } from 'node:worker_threads';
import type { AnalyzerSettings } from '../core/settings.js';
import type { BackendName } from '../segmentation/node.js';
import type { AnalysisJob, AnalysisOutcome, WorkerReply } from './worker-protocol.js';

export interface PoolOptions {
  threads: number;
  maxQueue: number;
  timeLimitMs: number;
  backend: BackendName;
}

export class QueueFullError extends Error {
  override readonly name = 'QueueFullError';
}
export class TimeLimitError extends Error {
  override readonly name = 'TimeLimitError';
}
export class AnalysisFailedError extends Error {
  override readonly name = 'AnalysisFailedError';
}

interface Pending {
  job: AnalysisJob;
  resolve(outcome: AnalysisOutcome): void;
  reject(error: Error): void;
}

interface PoolThread {
  worker: Worker;
  ready: boolean;
  current?: Pending;
  timer?: NodeJS.Timeout;
}

/** A thread that dies this many times in a row before it is ready means the build is broken: stop starting new ones. */
const MAX_START_FAILURES = 3;

export class AnalysisPool {
  readonly #options: PoolOptions;
  readonly #threads = new Set<PoolThread>();
  readonly #queue: Pending[] = [];
  #nextId = 1;
  #closed = false;
  #startFailures = 0;
  #readyWaiters: Array<() => void> = [];

  constructor(options: PoolOptions) {
    this.#options = options;
    for (let index = 0; index < options.threads; index++) this.#start();
  }

  /** Resolves once every thread has loaded its segmenter (most of a second each), so the first request is not the slow one. */
  whenReady(): Promise<void> {
    if (this.#allReady()) return Promise.resolve();
    return new Promise((resolve) => this.#readyWaiters.push(resolve));
  }

  get stats(): { threads: number; busy: number; queued: number } {
    const busy = [...this.#threads].filter((thread) => thread.current).length;
    return { threads: this.#threads.size, busy, queued: this.#queue.length };
  }

  analyze(text: string, settings: AnalyzerSettings): Promise<AnalysisOutcome> {
    if (this.#closed) return Promise.reject(new AnalysisFailedError('the server is shutting down'));
    if (this.#threads.size === 0) return Promise.reject(new AnalysisFailedError('no analysis thread could be started'));
    if (this.#queue.length >= this.#options.maxQueue && !this.#idleThread()) {
      return Promise.reject(new QueueFullError(`${this.#queue.length} requests are waiting`));
    }
    return new Promise((resolve, reject) => {
      this.#queue.push({ job: { id: this.#nextId++, text, settings }, resolve, reject });
      this.#dispatch();
    });
  }

  /** Stops every thread; requests still waiting fail. The server calls it after its last request is answered. */
  async close(): Promise<void> {
    this.#closed = true;
    for (const pending of this.#queue.splice(0)) pending.reject(new AnalysisFailedError('the server is shutting down'));
    const threads = [...this.#threads];
    this.#threads.clear();
    await Promise.all(
      threads.map((thread) => {
        clearTimeout(thread.timer);
        thread.current?.reject(new AnalysisFailedError('the server is shutting down'));
        return thread.worker.terminate();
      }),
    );
  }

  #idleThread(): PoolThread | undefined {
    for (const thread of this.#threads) if (thread.ready && !thread.current) return thread;
    return undefined;
  }

  #allReady(): boolean {
    return [...this.#threads].every((thread) => thread.ready);
  }

  #dispatch(): void {
    for (let thread = this.#idleThread(); thread && this.#queue.length > 0; thread = this.#idleThread()) {
      const pending = this.#queue.shift()!;
      thread.current = pending;
      thread.timer = setTimeout(() => this.#overrun(thread), this.#options.timeLimitMs);
      thread.worker.postMessage(pending.job);
    }
  }

  #start(): void {
    const worker = createAnalysisWorker(this.#options.backend);
    const thread: PoolThread = { worker, ready: false };
    this.#threads.add(thread);
    worker.on('message', (reply: WorkerReply) => this.#onReply(thread, reply));
    // An error is followed by an exit; the exit handles both.
    worker.on('error', () => {});
    worker.on('exit', () => this.#onExit(thread));
  }

  #onReply(thread: PoolThread, reply: WorkerReply): void {
    if (reply.kind === 'ready') {
      thread.ready = true;
      this.#startFailures = 0;
      if (this.#allReady()) for (const resolve of this.#readyWaiters.splice(0)) resolve();
    } else {
      const pending = thread.current;
      clearTimeout(thread.timer);
      thread.current = undefined;
      if (pending && pending.job.id === reply.id) {
        if (reply.kind === 'result') pending.resolve({ findings: reply.findings, ruleFailures: reply.ruleFailures });
        else pending.reject(new AnalysisFailedError(reply.message));
      }
    }
    this.#dispatch();
  }

  /** The analysis ran over its time: the only way to stop synchronous work is to stop its thread. */
  #overrun(thread: PoolThread): void {
    const pending = thread.current;
    thread.current = undefined;
    pending?.reject(new TimeLimitError(`analysis took longer than ${this.#options.timeLimitMs} ms`));
    this.#threads.delete(thread);
    void thread.worker.terminate();
    if (!this.#closed) this.#start();
  }

  #onExit(thread: PoolThread): void {
    if (!this.#threads.delete(thread)) return; // stopped on purpose (time limit, close)
    clearTimeout(thread.timer);
    thread.current?.reject(new AnalysisFailedError('the analysis thread stopped'));
    if (!thread.ready) this.#startFailures++;
    if (!this.#closed && this.#startFailures < MAX_START_FAILURES) this.#start();
    if (this.#threads.size === 0) {
      for (const pending of this.#queue.splice(0)) pending.reject(new AnalysisFailedError('no analysis thread could be started'));
      for (const resolve of this.#readyWaiters.splice(0)) resolve();
    }
    this.#dispatch();
  }
}

/**
 * From the compiled package, the worker runs analysis-worker.js; from the
 * TypeScript sources (tests, `tsx`) it registers tsx first, because in
 * Node 20 the main thread's loader hooks do not reach worker threads (the
 * same bootstrap as cli/parallel.ts).
 */
function createAnalysisWorker(backend: BackendName): Worker {
  const options = { workerData: { backend } };
  if (import.meta.url.endsWith('.ts')) {
    const entry = new URL('./analysis-worker.ts', import.meta.url).href;
    const tsx = import.meta.resolve('tsx/esm/api');
    const bootstrap = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(entry)}); });`;
    return new Worker(bootstrap, { ...options, eval: true });
  }
  return new Worker(new URL('./analysis-worker.js', import.meta.url), options);
}
