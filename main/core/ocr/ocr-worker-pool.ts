/**
 * A few Tesseract worker threads, reused across pages and files. Starting one costs about half
 * a second (the WebAssembly core and a language's data), so a worker stays loaded while work
 * comes, and is ended after `idleMilliseconds` without any, or when the pool is disposed.
 *
 * A page cannot be interrupted inside Tesseract, so a job that runs past its time limit, or
 * whose caller aborts, ends its worker thread (terminate) and the pool starts a fresh one for
 * the next job. A worker whose job failed is replaced too.
 *
 * Why not tesseract.js's own scheduler: it cannot end one stuck job, and it keeps every worker
 * on one language, where a case mixes languages per source.
 */
import { AppError } from '../../../shared/errors.js';
import { languageData, type LanguageData, type OcrLanguage } from './ocr-languages.js';
import { startTesseractWorker, type TesseractWorker } from './tesseract-worker.js';

export type WorkerPoolOptions = {
  /** Worker threads at most. */
  size: number;
  /** A worker with nothing to do for this long is ended. */
  idleMilliseconds: number;
  /** How a worker is started (tests may count or fail starts). */
  startWorker?: (data: LanguageData) => Promise<TesseractWorker>;
  /** Where a language's data is (tests may point at a missing one). */
  findLanguage?: (code: OcrLanguage | 'osd') => LanguageData;
  /** Time a worker may take to start (load the core and the language); default 60 s. */
  startMilliseconds?: number;
};

export type JobOptions = {
  signal?: AbortSignal;
  /** Time the job may take once it has a worker; past it the worker is ended. */
  timeoutMilliseconds: number;
  /** The error a timeout becomes (naming the file and page). */
  onTimeout: () => AppError;
};

type Waiter = { resolve: () => void; reject: (error: unknown) => void; signal: AbortSignal | undefined; onAbort: () => void };

function cancelled(): AppError {
  return new AppError('cancelled', 'OCR was cancelled');
}

export class OcrWorkerPool {
  private readonly idle: Array<{ worker: TesseractWorker; timer: NodeJS.Timeout }> = [];
  private readonly busy = new Set<TesseractWorker>();
  private readonly waiters: Waiter[] = [];
  private permits: number;
  private disposed = false;
  private readonly disposal = new AbortController();
  private readonly startWorker: (data: LanguageData) => Promise<TesseractWorker>;
  private readonly findLanguage: (code: OcrLanguage | 'osd') => LanguageData;

  constructor(private readonly options: WorkerPoolOptions) {
    if (!Number.isSafeInteger(options.size) || options.size < 1) {
      throw new AppError('invalid-args', `An OCR pool needs at least one worker, not ${options.size}`);
    }
    this.permits = options.size;
    this.startWorker = options.startWorker ?? startTesseractWorker;
    this.findLanguage = options.findLanguage ?? languageData;
  }

  /** Worker threads alive now (idle or busy). */
  get workerCount(): number {
    return this.idle.length + this.busy.size;
  }

  /**
   * Runs `job` on a worker loaded with `code`. The job's worker is ended if the job fails, runs
   * past its time limit or is aborted; the pool stays usable.
   */
  async run<T>(code: OcrLanguage | 'osd', job: (worker: TesseractWorker) => Promise<T>, options: JobOptions): Promise<T> {
    // Before waiting for a worker: a language that is not installed fails at once.
    const data = this.findLanguage(code);
    const signal = options.signal === undefined ? this.disposal.signal : AbortSignal.any([options.signal, this.disposal.signal]);
    await this.acquirePermit(signal);
    let worker: TesseractWorker | undefined;
    let healthy = false;
    try {
      worker = await this.startInTime(data, signal);
      this.busy.add(worker);
      const result = await withLimits(job(worker), signal, options);
      healthy = !worker.dead;
      return result;
    } finally {
      if (worker !== undefined) {
        this.busy.delete(worker);
        if (healthy && !this.disposed) {
          this.park(worker);
        } else {
          void worker.terminate().catch(() => undefined);
        }
      }
      this.releasePermit();
    }
  }

  /** Ends every worker; jobs still running fail as cancelled. */
  async dispose(): Promise<void> {
    if (this.disposed) {
      return;
    }
    this.disposed = true;
    this.disposal.abort();
    for (const waiter of this.waiters.splice(0)) {
      waiter.signal?.removeEventListener('abort', waiter.onAbort);
      waiter.reject(cancelled());
    }
    const workers = [...this.idle.splice(0).map((entry) => {
      clearTimeout(entry.timer);
      return entry.worker;
    }), ...this.busy];
    this.busy.clear();
    await Promise.all(workers.map((worker) => worker.terminate().catch(() => undefined)));
  }

  private acquirePermit(signal: AbortSignal): Promise<void> {
    if (signal.aborted) {
      return Promise.reject(cancelled());
    }
    if (this.permits > 0) {
      this.permits -= 1;
      return Promise.resolve();
    }
    return new Promise<void>((resolve, reject) => {
      const waiter: Waiter = {
        resolve,
        reject,
        signal,
        onAbort: () => {
          const index = this.waiters.indexOf(waiter);
          if (index >= 0) {
            this.waiters.splice(index, 1);
            reject(cancelled());
          }
        },
      };
      signal.addEventListener('abort', waiter.onAbort, { once: true });
      this.waiters.push(waiter);
    });
  }

  private releasePermit(): void {
    const next = this.waiters.shift();
    if (next === undefined) {
      this.permits += 1;
      return;
    }
    // The permit passes straight to the next waiter.
    next.signal?.removeEventListener('abort', next.onAbort);
    next.resolve();
  }

  /**
   * takeWorker within the start time limit and the caller's signal: a thread that dies while
   * loading leaves tesseract.js waiting for ever, so the wait is bounded here, and a worker
   * that starts after it was given up on is ended.
   */
  private async startInTime(data: LanguageData, signal: AbortSignal): Promise<TesseractWorker> {
    const starting = this.takeWorker(data);
    const limit = this.options.startMilliseconds ?? 60_000;
    try {
      return await withLimits(starting, signal, {
        timeoutMilliseconds: limit,
        onTimeout: () => new AppError('internal', `The OCR worker for "${data.code}" did not start within ${limit} ms`),
      });
    } catch (error) {
      void starting.then((late) => late.terminate()).catch(() => undefined);
      throw error;
    }
  }

  /** An idle worker with the language, or a new one (ending an idle worker of another language to make room). */
  private async takeWorker(data: LanguageData): Promise<TesseractWorker> {
    const index = this.idle.findIndex((entry) => entry.worker.data.code === data.code && !entry.worker.dead);
    if (index >= 0) {
      const [entry] = this.idle.splice(index, 1);
      if (entry !== undefined) {
        clearTimeout(entry.timer);
        return entry.worker;
      }
    }
    while (this.idle.length > 0 && this.idle.length + this.busy.size >= this.options.size) {
      const evicted = this.idle.shift();
      if (evicted !== undefined) {
        clearTimeout(evicted.timer);
        await evicted.worker.terminate().catch(() => undefined);
      }
    }
    return this.startWorker(data);
  }

  private park(worker: TesseractWorker): void {
    const timer = setTimeout(() => {
      const index = this.idle.findIndex((entry) => entry.worker === worker);
      if (index >= 0) {
        this.idle.splice(index, 1);
        void worker.terminate().catch(() => undefined);
      }
    }, this.options.idleMilliseconds);
    // An idle worker must not keep the process alive.
    timer.unref();
    this.idle.push({ worker, timer });
  }
}

/** Settles with `promise`, or rejects when `signal` aborts or the time limit passes. */
async function withLimits<T>(promise: Promise<T>, signal: AbortSignal, options: JobOptions): Promise<T> {
  // The job may settle after it was given up on; that must not become an unhandled rejection.
  promise.catch(() => undefined);
  let timer: NodeJS.Timeout | undefined;
  let onAbort: (() => void) | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(options.onTimeout()), Math.max(1, options.timeoutMilliseconds));
    onAbort = () => reject(cancelled());
    if (signal.aborted) {
      onAbort();
    }
    signal.addEventListener('abort', onAbort, { once: true });
  });
  try {
    return await Promise.race([promise, limit]);
  } finally {
    clearTimeout(timer);
    if (onAbort !== undefined) {
      signal.removeEventListener('abort', onAbort);
    }
  }
}
