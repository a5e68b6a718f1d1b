/**
 * The worker pool with stand-in workers (tiny scripts written here) that crash on one file, or
 * cannot start at all: the right file is blamed, every other file is still read, and a broken
 * worker script ends the ingest with an error instead of restarting forever.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPool } from '../../../../../main/core/ingest/worker/worker-pool.js';
import type { FileMessage, FileTask } from '../../../../../main/core/ingest/worker/worker-protocol.js';
import { tempFolder } from '../../../../support/corpus.js';
import { NEUTRAL_READ_OPTIONS } from '../../../../../shared/model/case.js';

/** Reads files "slowly", posts a batch and a done per file, and exits when told to read "crash". */
const CRASHING_WORKER = `
import { parentPort } from 'node:worker_threads';
let release = null;
const queue = [];
let running = false;
const post = (message) => new Promise((resolve) => { release = resolve; parentPort.postMessage(message); });
async function drain() {
  if (running) return;
  running = true;
  for (let task = queue.shift(); task; task = queue.shift()) {
    parentPort.postMessage({ type: 'file-start', fileId: task.fileId });
    await new Promise((resolve) => setTimeout(resolve, 5));
    if (task.relativePath === 'crash') process.exit(3);
    await post({ type: 'batch', fileId: task.fileId, items: [], bytes: 1 });
    await post({ type: 'file-done', fileId: task.fileId, items: [], bytes: 1, sha256: 'x', adapterId: 'fake' });
  }
  running = false;
}
parentPort.on('message', (message) => {
  if (message.type === 'ack') { const r = release; release = null; r?.(); }
  else if (message.type === 'file') { queue.push(message); void drain(); }
});
parentPort.postMessage({ type: 'ready' });
`;

const task = (fileId: number, relativePath: string): FileTask => ({ type: 'file', fileId, absolutePath: `/x/${relativePath}`, relativePath, size: 1, resume: '', modifiedMs: 0, options: NEUTRAL_READ_OPTIONS, custodian: 'Custodian' });

describe('runPool', () => {
  let dir: { path: string; cleanup(): Promise<void> };
  beforeAll(async () => {
    dir = await tempFolder();
    await writeFile(join(dir.path, 'crashing-worker.mjs'), CRASHING_WORKER);
    await writeFile(join(dir.path, 'broken-worker.mjs'), "throw new Error('bundle is broken');\n");
  });
  afterAll(async () => dir.cleanup());

  it('blames the file a worker died on, and still reads every other file', async () => {
    for (const workerCount of [1, 2]) {
      const messages: FileMessage[] = [];
      const tasks = ['a', 'b', 'crash', 'c', 'd', 'e'].map((name, index) => task(index, name));
      await runPool(tasks, {
        workerPath: join(dir.path, 'crashing-worker.mjs'),
        workerCount,
        signal: new AbortController().signal,
        onMessage: async (message) => {
          messages.push(message);
          // A slow writer: the worker is reading its next file when this message is handled.
          await new Promise((resolve) => setTimeout(resolve, 10));
        },
      });
      const finals = messages.filter((message) => message.type !== 'batch');
      expect(finals.filter((message) => message.type === 'file-failed').map((message) => message.fileId)).toEqual([2]);
      expect(finals.filter((message) => message.type === 'file-done').map((message) => message.fileId).sort()).toEqual([0, 1, 3, 4, 5]);
      expect(finals).toHaveLength(6);
    }
  });

  it('gives up with an error when the worker script cannot start', async () => {
    await expect(
      runPool([task(0, 'a')], { workerPath: join(dir.path, 'broken-worker.mjs'), workerCount: 1, signal: new AbortController().signal, onMessage: async () => undefined }),
    ).rejects.toThrow(/could not start/);
  });

  it('stops at once when cancelled', async () => {
    const controller = new AbortController();
    const seen: FileMessage[] = [];
    const tasks = Array.from({ length: 200 }, (_, index) => task(index, `f${index}`));
    await runPool(tasks, {
      workerPath: join(dir.path, 'crashing-worker.mjs'),
      workerCount: 1,
      signal: controller.signal,
      onMessage: async (message) => {
        seen.push(message);
        if (seen.length === 5) {
          controller.abort();
        }
      },
    });
    expect(seen.length).toBeLessThan(10);
  });
});
