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
import type { FileTask, FromWorker } from './worker-protocol.js';

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
  /** Takes one message; resolves when the pool may let that worker go on. */
  onMessage(message: FromWorker): Promise<void>;
};

/** Files queued in each worker: one being read, one waiting, so a worker never idles between files. */
const TASKS_AHEAD = 2;

type Slot = { worker: Worker; tasks: FileTask[]; retired: boolean };

/** Reads every task through the pool. Resolves when all are done or the signal aborts. */
export async function runPool(tasks: readonly FileTask[], options: PoolOptions): Promise<void> {
  if (tasks.length === 0 || options.signal.aborted) {
    return;
  }
  const pending = [...tasks];
  let outstanding = tasks.length;
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

    const completeTask = (slot: Slot, fileId: number) => {
      slot.tasks = slot.tasks.filter((task) => task.fileId !== fileId);
      outstanding -= 1;
      if (outstanding === 0) {
        finish();
      } else if (!slot.retired) {
        dispatch(slot);
      }
    };
    const dispatch = (slot: Slot) => {
      while (slot.tasks.length < TASKS_AHEAD) {
        const task = pending.shift();
        if (task === undefined) {
          return;
        }
        slot.tasks.push(task);
        slot.worker.postMessage(task);
      }
    };
    const handle = (slot: Slot, message: FromWorker) => {
      chain = chain.then(async () => {
        if (settled) {
          return;
        }
        if (message.type === 'ready') {
          dispatch(slot);
          return;
        }
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
          completeTask(slot, message.fileId);
        }
      });
    };
    const replace = (slot: Slot, reason: string) => {
      if (settled || slot.retired) {
        return;
      }
      slot.retired = true;
      slots.delete(slot);
      // The file being read is the one that killed the worker; those queued behind it go back.
      const [task, ...queued] = slot.tasks;
      pending.unshift(...queued);
      slot.tasks = task === undefined ? [] : [task];
      if (task !== undefined) {
        const failed: FromWorker = { type: 'file-failed', fileId: task.fileId, items: [], bytes: 0, message: reason, adapterId: null };
        handle(slot, failed);
      }
      start();
    };
    const start = () => {
      const worker = new Worker(options.workerPath, { resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
      const slot: Slot = { worker, tasks: [], retired: false };
      slots.add(slot);
      worker.on('message', (message: FromWorker) => handle(slot, message));
      worker.on('error', (error) => replace(slot, `The reader failed on this file and was restarted: ${error.message}`));
      worker.on('exit', (code) => replace(slot, `The reader stopped on this file (exit code ${code}) and was restarted`));
    };
    const count = Math.max(1, Math.min(options.workerCount, tasks.length));
    for (let index = 0; index < count; index += 1) {
      start();
    }
  });
  await chain;
}
