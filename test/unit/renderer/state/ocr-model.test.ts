import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../shared/errors.js';
import type { OcrCaseStatus, OcrRunResult, OcrSourceStatus } from '../../../../shared/model/ocr.js';
import { createOcrModel, runLine, sourcesWaiting, sourceWaitingLine, waitingLine } from '../../../../renderer/state/ocr-model.js';
import { createFakeClient, deferred } from './fake-client.js';

const scans: OcrSourceStatus = { sourceId: 's_00000001', custodian: 'Records office', path: '/scans', lang: 'eng', pagesWaiting: 2, recordsWaiting: 1 };
const fax: OcrSourceStatus = { sourceId: 's_00000002', custodian: 'Pat Doe', path: '/fax', lang: 'fra', pagesWaiting: 1, recordsWaiting: 1 };
const mail: OcrSourceStatus = { sourceId: 's_00000003', custodian: 'Pat Doe', path: '/mail', lang: 'eng', pagesWaiting: 0, recordsWaiting: 0 };
const waiting: OcrCaseStatus = { pagesWaiting: 3, recordsWaiting: 2, pagesDone: 0, errors: [], lowConfidence: [], sources: [scans, fax, mail] };
const finished: OcrRunResult = {
  pagesWaiting: 0, recordsWaiting: 0, pagesDone: 2, pagesRead: 2, pagesSkipped: 0, unreadable: [], sources: [],
  errors: [{ recordId: 'r_00000001', page: 3, message: 'page 3: damaged' }],
  lowConfidence: [{ recordId: 'r_00000002', page: 1, meanConfidence: 41 }],
};

describe('the OCR model', () => {
  it('loads the status, runs each source in its language with progress of its own job only, and refreshes results after', async () => {
    const run = deferred<OcrRunResult>();
    let refreshed = 0;
    const client = createFakeClient({ 'ocr.status': () => waiting, 'ocr.run': () => run.promise });
    const ocr = createOcrModel({ client, makeJobId: () => 'job-1', onRecordsChanged: async () => void (refreshed += 1) });
    await ocr.actions.load();
    expect(waitingLine(ocr.store.get().status ?? waiting)).toBe('3 pages in 2 records have no text layer.');
    const running = ocr.actions.run();
    expect(ocr.store.get().running).toBe(true);
    client.emit('task.progress', { jobId: 'job-1', kind: 'ocr', stage: 'Reading pages', done: 1, total: 3 });
    client.emit('task.progress', { jobId: 'other', kind: 'packet', stage: 'Drawing pages', done: 9, total: 10 });
    expect(ocr.store.get().progress).toMatchObject({ done: 1, total: 3 });
    run.resolve(finished);
    await running;
    // No language: the backend reads each record in its source's.
    expect(client.calls.find((call) => call.name === 'ocr.run')?.args).toEqual({ jobId: 'job-1' });
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
    // No language: the page is read in its source's.
    await ocr.actions.rerunPage('r_00000001', 2, null);
    expect(client.calls.filter((call) => call.name === 'ocr.rerun').at(-1)?.args).toEqual({ recordId: 'r_00000001', page: 2, jobId: 'job-3' });
    expect(ocr.store.get().pageRerun?.message).toBe('Page 2 was read again with OCR (in its source’s language).');
    fail = true;
    await ocr.actions.rerunPage('r_00000001', 2, 'auto');
    expect(ocr.store.get().pageRerun).toMatchObject({ running: false, message: null, error: expect.stringContaining('page 2: damaged') });
    expect(refreshed).toBe(2);
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

  it('reads one run in a language picked for it, then goes back to the sources’ languages; the run after an ingest never uses it', async () => {
    const client = createFakeClient({ 'ocr.status': () => waiting, 'ocr.run': () => finished });
    const ocr = createOcrModel({ client, makeJobId: () => 'job-4' });
    await ocr.actions.load();
    ocr.actions.setRunLang('auto');
    await ocr.actions.ingestEnded();
    expect(client.calls.filter((call) => call.name === 'ocr.run').map((call) => call.args)).toEqual([{ jobId: 'job-4' }]);
    expect(ocr.store.get().runLang).toBe('auto');
    await ocr.actions.run();
    expect(client.calls.filter((call) => call.name === 'ocr.run').at(-1)?.args).toEqual({ jobId: 'job-4', lang: 'auto' });
    expect(ocr.store.get().runLang).toBeNull();
  });

  it('keeps a source’s language through the backend, showing it at once and the old one again if the backend refuses', async () => {
    const saved = deferred<OcrCaseStatus>();
    const client = createFakeClient({ 'ocr.status': () => waiting, 'ocr.setSourceLanguage': () => saved.promise });
    const ocr = createOcrModel({ client });
    await ocr.actions.load();
    const saving = ocr.actions.setSourceLanguage('s_00000001', 'deu');
    expect(ocr.store.get()).toMatchObject({ savingSource: 's_00000001', status: { sources: [{ sourceId: 's_00000001', lang: 'deu' }, { lang: 'fra' }, { lang: 'eng' }] } });
    // One change at a time.
    await ocr.actions.setSourceLanguage('s_00000002', 'eng');
    saved.resolve({ ...waiting, sources: [{ ...scans, lang: 'deu' }, fax, mail] });
    await saving;
    expect(client.calls.filter((call) => call.name === 'ocr.setSourceLanguage').map((call) => call.args)).toEqual([{ sourceId: 's_00000001', lang: 'deu' }]);
    expect(ocr.store.get()).toMatchObject({ savingSource: null, error: null, status: { sources: [{ lang: 'deu' }, { lang: 'fra' }, { lang: 'eng' }] } });

    client.handlers['ocr.setSourceLanguage'] = () => {
      throw new AppError('not-found', 'No source s_00000002 in this case');
    };
    await ocr.actions.setSourceLanguage('s_00000002', 'ara');
    expect(ocr.store.get()).toMatchObject({ savingSource: null, error: expect.stringContaining('No source s_00000002'), status: { sources: [{ lang: 'deu' }, { lang: 'fra' }, { lang: 'eng' }] } });
  });

  it('lists the sources with pages waiting, each with its count', () => {
    expect(sourcesWaiting(waiting).map((source) => source.sourceId)).toEqual(['s_00000001', 's_00000002']);
    expect(sourceWaitingLine(scans)).toBe('2 pages in 1 record');
    expect(sourceWaitingLine(fax)).toBe('1 page in 1 record');
  });

  it('says when nothing waits', () => {
    expect(waitingLine({ ...waiting, pagesWaiting: 0, recordsWaiting: 0 })).toBe('No scanned pages are waiting for OCR.');
    expect(waitingLine({ ...waiting, pagesWaiting: 1, recordsWaiting: 1 })).toBe('1 page in 1 record has no text layer.');
    expect(runLine({ ...finished, errors: [], lowConfidence: [], pagesRead: 1 })).toBe('Read 1 page.');
  });
});
