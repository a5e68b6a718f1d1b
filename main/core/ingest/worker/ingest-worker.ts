/**
 * The entry of an ingest worker thread: receives files to read, posts their items back in
 * batches, waiting for an `ack` after each so that the main thread sets the pace.
 *
 * Untrusted content is only ever parsed here, never executed, and this thread has no network
 * code at all. It is bundled into one file (scripts/build-worker.mjs) so that it loads the same
 * way from a folder, from the test suite and from inside the packaged app.
 */
import { parentPort } from 'node:worker_threads';
import { extractFile } from './extract-file.js';
import type { FileTask, FromWorker, ToWorker } from './worker-protocol.js';

const port = parentPort;
if (port === null) {
  throw new Error('ingest-worker must run as a worker thread');
}

// Cancelling an ingest terminates this thread (the pool does it), so nothing here ever aborts:
// the signal only satisfies the adapters' contract.
const neverAborted = new AbortController().signal;
let release: (() => void) | null = null;
const queue: FileTask[] = [];
let running = false;

function post(message: FromWorker): Promise<void> {
  return new Promise((resolve) => {
    release = resolve;
    port?.postMessage(message);
  });
}

async function drain(): Promise<void> {
  if (running) {
    return;
  }
  running = true;
  try {
    for (let task = queue.shift(); task !== undefined; task = queue.shift()) {
      await extractFile(task, neverAborted, post, async (message) => {
        port?.postMessage(message);
      });
    }
  } finally {
    running = false;
  }
}

port.on('message', (message: ToWorker) => {
  if (message.type === 'ack') {
    const resolve = release;
    release = null;
    resolve?.();
  } else {
    queue.push(message);
    void drain();
  }
});

port.postMessage({ type: 'ready' } satisfies FromWorker);
