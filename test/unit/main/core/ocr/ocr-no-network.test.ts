/**
 * OCR works with the network cut off, in the backend thread and inside Tesseract's worker
 * threads: every way Node can open a connection throws, and a worker is started (so the
 * WebAssembly core and the language data are loaded) under the same guard.
 *
 * The worker threads are guarded by wrapping worker_threads.Worker before tesseract.js is
 * loaded: tesseract.js takes the class when its module loads, so the engine is imported only
 * after the wrap, and the test checks that the wrapped class was really used.
 */
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OcrEngine } from '../../../../../main/core/ocr/ocr-engine.js';
import { textPage } from './ocr-fixtures.js';

const require = createRequire(import.meta.url);

/**
 * Makes every way of opening a connection throw, in the thread that calls it. It refers to
 * nothing outside itself, so its source also runs as the preamble of each worker thread.
 */
function installNetworkGuard(load: (name: string) => unknown): void {
  const refuse = (what: string) => (): never => {
    throw new Error(`network access attempted: ${what}`);
  };
  globalThis.fetch = refuse('fetch');
  for (const name of ['http', 'https']) {
    const module = load(name) as Record<string, unknown>;
    module.request = refuse(`${name}.request`);
    module.get = refuse(`${name}.get`);
  }
  const net = load('net') as { connect: unknown; createConnection: unknown; Socket: { prototype: { connect: unknown } } };
  net.connect = refuse('net.connect');
  net.createConnection = refuse('net.createConnection');
  net.Socket.prototype.connect = refuse('net.Socket.connect');
  (load('tls') as { connect: unknown }).connect = refuse('tls.connect');
  const dns = load('dns') as { lookup: unknown; promises: { lookup: unknown } };
  dns.lookup = refuse('dns.lookup');
  dns.promises.lookup = refuse('dns.promises.lookup');
}

type WorkerClass = new (script: string | URL, options?: Record<string, unknown>) => object;

const workerThreads = require('node:worker_threads') as { Worker: WorkerClass };
const originals = {
  Worker: workerThreads.Worker,
  fetch: globalThis.fetch,
};
let guardedWorkers = 0;
let engine: OcrEngine | undefined;

beforeAll(async () => {
  const Original = originals.Worker;
  class GuardedWorker extends Original {
    constructor(script: string | URL, options: Record<string, unknown> = {}) {
      const path = script instanceof URL ? script.pathname : script;
      super(`(${installNetworkGuard.toString()})(require);\nrequire(${JSON.stringify(path)});`, { ...options, eval: true });
      guardedWorkers += 1;
    }
  }
  workerThreads.Worker = GuardedWorker;
  installNetworkGuard(require);
  const { OcrEngine: Engine } = await import('../../../../../main/core/ocr/ocr-engine.js');
  engine = new Engine({ workers: 1 });
});

afterAll(async () => {
  await engine?.dispose();
  workerThreads.Worker = originals.Worker;
  globalThis.fetch = originals.fetch;
});

describe('OCR offline', () => {
  it('refuses the network here, and still reads text in a freshly started worker', async () => {
    expect(() => fetch('https://cdn.jsdelivr.net/npm/@tesseract.js-data/eng/4.0.0_best_int/eng.traineddata.gz')).toThrow(/network access attempted/);
    expect(() => require('node:https').request('https://example.org')).toThrow(/network access attempted/);
    const page = await textPage(['No network was used here']);
    const result = await engine?.recognize(page.png, { lang: 'eng' });
    expect(result?.text).toContain('No network was used here');
    expect(guardedWorkers).toBeGreaterThan(0);
  });
});
