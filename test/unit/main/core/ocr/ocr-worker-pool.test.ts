/** The pool's bookkeeping, on fake workers that finish when the test says so. */
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../../shared/errors.js';
import type { LanguageData, OcrLanguage } from '../../../../../main/core/ocr/ocr-languages.js';
import { OcrWorkerPool } from '../../../../../main/core/ocr/ocr-worker-pool.js';
import type { TesseractWorker } from '../../../../../main/core/ocr/tesseract-worker.js';
import { expectCode } from '../../../../support/expect-code.js';

type Fake = TesseractWorker & { id: number; terminated: boolean };

function fakes() {
  const started: Fake[] = [];
  const startWorker = async (data: LanguageData): Promise<TesseractWorker> => {
    const worker: Fake = {
      id: started.length + 1,
      data,
      terminated: false,
      get dead() {
        return this.terminated;
      },
      recognize: async () => ({ text: '', tsv: '' }),
      detect: async () => ({ script: null, scriptConfidence: 0, orientationDegrees: null, orientationConfidence: 0 }),
      async terminate() {
        this.terminated = true;
      },
    };
    started.push(worker);
    return worker;
  };
  const findLanguage = (code: OcrLanguage | 'osd'): LanguageData => ({ code, folder: `/data/${code}`, legacy: code === 'osd' });
  return { started, startWorker, findLanguage };
}

const JOB = { timeoutMilliseconds: 5_000, onTimeout: () => new AppError('source-unreadable', 'too slow') };

function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve: (value: T) => void = () => undefined;
  const promise = new Promise<T>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

describe('OcrWorkerPool', () => {
  it('reuses a worker for the same language and never runs more than its size', async () => {
    const { started, startWorker, findLanguage } = fakes();
    const pool = new OcrWorkerPool({ size: 2, idleMilliseconds: 60_000, startWorker, findLanguage });
    let running = 0;
    let most = 0;
    const job = async (worker: TesseractWorker): Promise<number> => {
      running += 1;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, 5));
      running -= 1;
      return (worker as Fake).id;
    };
    const ids = await Promise.all(Array.from({ length: 6 }, () => pool.run('eng', job, JOB)));
    expect(most).toBe(2);
    expect(started).toHaveLength(2);
    expect(new Set(ids)).toEqual(new Set([1, 2]));
    expect(pool.workerCount).toBe(2);
    await pool.dispose();
    expect(started.every((worker) => worker.terminated)).toBe(true);
  });

  it('ends an idle worker of another language to make room', async () => {
    const { started, startWorker, findLanguage } = fakes();
    const pool = new OcrWorkerPool({ size: 1, idleMilliseconds: 60_000, startWorker, findLanguage });
    await pool.run('eng', async () => undefined, JOB);
    await pool.run('fra', async () => undefined, JOB);
    expect(started.map((worker) => [worker.data.code, worker.terminated])).toEqual([['eng', true], ['fra', false]]);
    await pool.dispose();
  });

  it('replaces a worker whose job failed, timed out or was aborted', async () => {
    const { started, startWorker, findLanguage } = fakes();
    const pool = new OcrWorkerPool({ size: 1, idleMilliseconds: 60_000, startWorker, findLanguage });
    await expect(pool.run('eng', async () => Promise.reject(new Error('wasm abort')), JOB)).rejects.toThrow('wasm abort');
    const hang = deferred<void>();
    await expectCode(pool.run('eng', () => hang.promise, { ...JOB, timeoutMilliseconds: 10 }), 'source-unreadable');
    const controller = new AbortController();
    const aborted = pool.run('eng', () => hang.promise, { ...JOB, signal: controller.signal });
    setTimeout(() => controller.abort(), 5);
    await expectCode(aborted, 'cancelled');
    await pool.run('eng', async () => undefined, JOB);
    expect(started.map((worker) => worker.terminated)).toEqual([true, true, true, false]);
    await pool.dispose();
  });

  it('ends workers left idle', async () => {
    const { started, startWorker, findLanguage } = fakes();
    const pool = new OcrWorkerPool({ size: 1, idleMilliseconds: 10, startWorker, findLanguage });
    await pool.run('eng', async () => undefined, JOB);
    expect(pool.workerCount).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(pool.workerCount).toBe(0);
    expect(started[0]?.terminated).toBe(true);
  });

  it('fails a waiting job that is aborted, and every job once disposed', async () => {
    const { startWorker, findLanguage } = fakes();
    const pool = new OcrWorkerPool({ size: 1, idleMilliseconds: 60_000, startWorker, findLanguage });
    const hang = deferred<void>();
    const first = pool.run('eng', () => hang.promise, JOB);
    const controller = new AbortController();
    const waiting = pool.run('eng', async () => undefined, { ...JOB, signal: controller.signal });
    controller.abort();
    await expectCode(waiting, 'cancelled');
    const queued = pool.run('eng', async () => undefined, JOB);
    await pool.dispose();
    await expectCode(first, 'cancelled');
    await expectCode(queued, 'cancelled');
    await expectCode(pool.run('eng', async () => undefined, JOB), 'cancelled');
  });

  it('gives up on a worker that does not start in time, and ends it if it starts later', async () => {
    const late = deferred<TesseractWorker>();
    const { started, startWorker, findLanguage } = fakes();
    const pool = new OcrWorkerPool({ size: 1, idleMilliseconds: 60_000, startMilliseconds: 10, startWorker: () => late.promise, findLanguage });
    await expect(pool.run('eng', async () => undefined, JOB)).rejects.toThrow(/did not start within 10 ms/);
    late.resolve(await startWorker(findLanguage('eng')));
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(started[0]?.terminated).toBe(true);
    await pool.dispose();
  });

  it('refuses a language that is not installed before waiting for a worker', async () => {
    const pool = new OcrWorkerPool({ size: 1, idleMilliseconds: 10 });
    await expect(pool.run('rus' as OcrLanguage, async () => undefined, JOB)).rejects.toThrow(/"rus" is not installed/);
    expect(() => new OcrWorkerPool({ size: 0, idleMilliseconds: 10 })).toThrow(/at least one worker/);
  });
});
