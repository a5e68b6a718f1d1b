import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../shared/errors.js';
import type { OcrRunResult, OcrStatus } from '../../../../shared/model/ocr.js';
import { createOcrModel, runLine, waitingLine } from '../../../../renderer/state/ocr-model.js';
import { createFakeClient, deferred } from './fake-client.js';

const waiting: OcrStatus = { pagesWaiting: 3, recordsWaiting: 2, pagesDone: 0, errors: [], lowConfidence: [] };
const finished: OcrRunResult = {
  pagesWaiting: 0, recordsWaiting: 0, pagesDone: 2, pagesRead: 2, pagesSkipped: 0, unreadable: [],
  errors: [{ recordId: 'r_00000001', page: 3, message: 'page 3: damaged' }],
  lowConfidence: [{ recordId: 'r_00000002', page: 1, meanConfidence: 41 }],
};

describe('the OCR model', () => {
  it('loads the status, runs in the chosen language with progress of its own job only, and refreshes results after', async () => {
    const run = deferred<OcrRunResult>();
    let refreshed = 0;
    const client = createFakeClient({ 'ocr.status': () => waiting, 'ocr.run': () => run.promise });
    const ocr = createOcrModel({ client, makeJobId: () => 'job-1', onRecordsChanged: async () => void (refreshed += 1) });
    await ocr.actions.load();
    expect(waitingLine(ocr.store.get().status ?? waiting)).toBe('3 pages in 2 records have no text layer.');
    ocr.actions.setLang('fra');
    const running = ocr.actions.run();
    expect(ocr.store.get().running).toBe(true);
    client.emit('task.progress', { jobId: 'job-1', kind: 'ocr', stage: 'Reading pages', done: 1, total: 3 });
    client.emit('task.progress', { jobId: 'other', kind: 'packet', stage: 'Drawing pages', done: 9, total: 10 });
    expect(ocr.store.get().progress).toMatchObject({ done: 1, total: 3 });
    run.resolve(finished);
    await running;
    expect(client.calls.find((call) => call.name === 'ocr.run')?.args).toEqual({ jobId: 'job-1', lang: 'fra' });
    expect(ocr.store.get()).toMatchObject({ running: false, progress: null, status: finished, message: 'Read 2 pages; 1 page could not be read; 1 page read with low confidence.' });
    expect(refreshed).toBe(1);
  });

  it('cancels its own job, and after a stop shows the pages kept rather than an error', async () => {
    const run = deferred<OcrRunResult>();
    const client = createFakeClient({ 'ocr.status': () => ({ ...waiting, pagesWaiting: 1, pagesDone: 2 }), 'ocr.run': () => run.promise, 'task.cancel': () => ({ cancelled: true }) });
    const ocr = createOcrModel({ client, makeJobId: () => 'job-2' });
    const running = ocr.actions.run();
    await ocr.actions.cancel();
    expect(client.calls.find((call) => call.name === 'task.cancel')?.args).toEqual({ jobId: 'job-2' });
    run.reject(new AppError('cancelled', 'OCR was cancelled'));
    await running;
    expect(ocr.store.get()).toMatchObject({ running: false, error: null, status: { pagesWaiting: 1, pagesDone: 2 } });
    expect(ocr.store.get().message).toMatch(/pages read so far are kept/);
    ocr.actions.reset();
    expect(ocr.store.get().status).toBeNull();
  });

  it('reads one page again in the chosen language, then reads the record again; a failure stays on that page', async () => {
    let refreshed = 0;
    let fail = false;
    const client = createFakeClient({
      'ocr.rerun': () => {
        if (fail) {
          throw new AppError('source-unreadable', 'scan.pdf, page 2: damaged');
        }
        return { ...finished, pagesRead: 1 };
      },
    });
    const ocr = createOcrModel({ client, makeJobId: () => 'job-3', onRecordsChanged: async () => void (refreshed += 1) });
    const rerun = ocr.actions.rerunPage('r_00000001', 2, 'deu');
    expect(ocr.store.get().pageRerun).toMatchObject({ recordId: 'r_00000001', page: 2, running: true });
    await rerun;
    expect(client.calls.find((call) => call.name === 'ocr.rerun')?.args).toEqual({ recordId: 'r_00000001', page: 2, lang: 'deu', jobId: 'job-3' });
    expect(ocr.store.get().pageRerun).toEqual({ recordId: 'r_00000001', page: 2, lang: 'deu', running: false, error: null, message: 'Page 2 was read again with OCR (German).' });
    expect(refreshed).toBe(1);
    fail = true;
    await ocr.actions.rerunPage('r_00000001', 2, 'eng');
    expect(ocr.store.get().pageRerun).toMatchObject({ running: false, message: null, error: expect.stringContaining('page 2: damaged') });
    expect(refreshed).toBe(1);
  });

  it('reads the scans an ingest left as soon as it ends, unless the officer turned that off', async () => {
    const client = createFakeClient({ 'ocr.status': () => waiting, 'ocr.run': () => finished });
    const ocr = createOcrModel({ client, makeJobId: () => 'job-3' });
    await ocr.actions.ingestEnded();
    expect(client.callNames()).toEqual(['ocr.status', 'ocr.run']);
    ocr.actions.setAfterIngest(false);
    await ocr.actions.ingestEnded();
    expect(client.callNames()).toEqual(['ocr.status', 'ocr.run', 'ocr.status']);
    ocr.actions.setAfterIngest(true);
    client.handlers['ocr.status'] = () => ({ ...waiting, pagesWaiting: 0, recordsWaiting: 0 });
    await ocr.actions.ingestEnded();
    expect(client.callNames().filter((name) => name === 'ocr.run')).toHaveLength(1);
  });

  it('says when nothing waits', () => {
    expect(waitingLine({ ...waiting, pagesWaiting: 0, recordsWaiting: 0 })).toBe('No scanned pages are waiting for OCR.');
    expect(waitingLine({ ...waiting, pagesWaiting: 1, recordsWaiting: 1 })).toBe('1 page in 1 record has no text layer.');
    expect(runLine({ ...finished, errors: [], lowConfidence: [], pagesRead: 1 })).toBe('Read 1 page.');
  });
});
