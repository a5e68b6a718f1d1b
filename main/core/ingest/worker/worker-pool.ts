/**
 * The main thread's side of the parsing workers: starts them, keeps each one a file ahead, and
 * passes every message to one handler, in arrival order. Flow control: a worker waits for an
 * `ack` after each message, and gets it as the handler takes the message, so it parses its next
 * batch while the main thread writes this one, and never runs more than one batch ahead.
 *
 * A worker that dies (out of memory on a hostile file, a parser bug) costs one file, not the
 * ingest: that file is reported as failed and a fresh worker takes the next one.
 */
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import type { FileMessage, FileTask, FromWorker } from './worker-protocol.js';

/** One core stays with the main thread, which writes the index. */
export function defaultWorkerCount(): number {
  return Math.max(1, Math.min(availableParallelism() - 1, 4));
}

/** Heap limit of one worker: a message that needs more is reported, not allowed to take the machine. */
const WORKER_HEAP_MB = 1024;

export type PoolOptions = {
  workerPath: string;
  workerCount: number;
  signal: AbortSignal;
  /** Takes one message about a file's items; resolves when the next message may be handled. */
  onMessage(message: FileMessage): Promise<void>;
  /** Heap limit of each worker in MB; WORKER_HEAP_MB unless a test proves a reader needs far less. */
  heapLimitMb?: number;
};

/** Files queued in each worker: one being read, one waiting, so a worker never idles between files. */
const TASKS_AHEAD = 2;
/** A worker that dies this many times before it is even ready means the worker script is broken. */
const MAX_START_FAILURES = 3;

type Slot = {
  worker: Worker;
  /** Files sent to this worker and not yet finished, in the order it reads them. */
  tasks: FileTask[];
  /** The file it announced it is reading, or null between files. */
  reading: number | null;
  ready: boolean;
  retired: boolean;
};

/** Reads every task through the pool. Resolves when all are done or the signal aborts. */
export async function runPool(tasks: readonly FileTask[], options: PoolOptions): Promise<void> {
  if (tasks.length === 0 || options.signal.aborted) {
    return;
  }
  const pending = [...tasks];
  let outstanding = tasks.length;
  let startFailures = 0;
  const slots = new Set<Slot>();
  // Messages are handled strictly one after another: the index has one writer.
  let chain = Promise.resolve();

  await new Promise<void>((resolve, reject) => {
    let settled = false;
    const finish = (error?: unknown) => {
      if (settled) {
        return;
      }
      settled = true;
      options.signal.removeEventListener('abort', onAbort);
      for (const slot of slots) {
        slot.retired = true;
        void slot.worker.terminate();
      }
      if (error === undefined) {
        resolve();
      } else {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    };
    const onAbort = () => finish();
    options.signal.addEventListener('abort', onAbort);

    const dispatch = (slot: Slot) => {
      while (!slot.retired && slot.tasks.length < TASKS_AHEAD) {
        const task = pending.shift();
        if (task === undefined) {
          return;
        }
        slot.tasks.push(task);
        slot.worker.postMessage(task);
      }
    };
    /** Handles one message in order; `final` messages end their file's task. */
    const handle = (slot: Slot, message: FromWorker) => {
      chain = chain.then(async () => {
        if (settled) {
          return;
        }
        if (message.type === 'ready') {
          dispatch(slot);
          return;
        }
        if (message.type === 'file-start') {
          return;
        }
        // Acknowledged as its handling starts: the worker parses its next batch while this one
        // is written, and that next batch waits here, so no more than two per worker are held.
        if (!slot.retired) {
          slot.worker.postMessage({ type: 'ack' });
        }
        try {
          await options.onMessage(message);
        } catch (error) {
          finish(error);
          return;
        }
        if (message.type !== 'batch') {
          outstanding -= 1;
          if (outstanding === 0) {
            finish();
          } else {
            dispatch(slot);
          }
        }
      });
    };
    const receive = (slot: Slot, message: FromWorker) => {
      // Bookkeeping happens on arrival, not in the handling chain: the worker may already be
      // reading its next file (and may die on it) while this message waits to be handled.
      if (message.type === 'ready') {
        slot.ready = true;
        startFailures = 0;
      } else if (message.type === 'file-start') {
        slot.reading = message.fileId;
      } else if (message.type === 'file-done' || message.type === 'file-failed') {
        slot.tasks = slot.tasks.filter((task) => task.fileId !== message.fileId);
        slot.reading = null;
      }
      handle(slot, message);
    };
    const replace = (slot: Slot, reason: string) => {
      if (settled || slot.retired) {
        return;
      }
      slot.retired = true;
      slots.delete(slot);
      if (!slot.ready) {
        startFailures += 1;
        if (startFailures >= MAX_START_FAILURES) {
          finish(new Error(`The ingest worker could not start (${options.workerPath}): ${reason}`));
          return;
        }
      }
      // The file it was reading killed it; the files queued behind it were never started.
      const culprit = slot.tasks.find((task) => task.fileId === slot.reading);
      pending.unshift(...slot.tasks.filter((task) => task !== culprit));
      slot.tasks = [];
      if (culprit !== undefined) {
        handle(slot, { type: 'file-failed', fileId: culprit.fileId, items: [], bytes: 0, message: `The reader stopped on this file and was restarted: ${reason}`, adapterId: null });
      }
      start();
    };
    const start = () => {
      const worker = new Worker(options.workerPath, { resourceLimits: { maxOldGenerationSizeMb: options.heapLimitMb ?? WORKER_HEAP_MB } });
      const slot: Slot = { worker, tasks: [], reading: null, ready: false, retired: false };
      slots.add(slot);
      worker.on('message', (message: FromWorker) => receive(slot, message));
      worker.on('error', (error) => replace(slot, error.message));
      worker.on('exit', (code) => replace(slot, `exit code ${code}`));
    };
    const count = Math.max(1, Math.min(options.workerCount, tasks.length));
    for (let index = 0; index < count; index += 1) {
      start();
    }
  });
  await chain;
}
