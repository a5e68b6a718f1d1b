import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../shared/errors.js';
import type { IngestReport } from '../../../../shared/model/case.js';
import { createSourcesModel } from '../../../../renderer/state/sources-model.js';
import type { IngestEnded } from '../../../../renderer/state/sources-model.js';
import { createFakeClient, deferred } from './fake-client.js';
import { progress, report, run, source } from './fixtures.js';

function setup() {
  const running = deferred<IngestReport>();
  const client = createFakeClient({
    'sources.add': () => running.promise,
    'sources.list': () => [source('s_00000001', { path: '/mail' })],
    'ingest.cancel': () => ({ cancelled: true }),
  });
  let recordsChanged = 0;
  const ended: IngestEnded[] = [];
  const model = createSourcesModel({
    client,
    makeJobId: () => 'job_abc',
    onRecordsChanged: async () => {
      recordsChanged += 1;
    },
    onIngestEnded: (end) => {
      ended.push(end);
    },
  });
  return { client, model, running, ended, recordsChanged: () => recordsChanged };
}

describe('sources model', () => {
  it('refresh loads the sources', async () => {
    const { client, model } = setup();
    await model.actions.refresh();
    expect(model.store.get().sources).toHaveLength(1);
    expect(client.callNames()).toEqual(['sources.list']);
  });

  it('add sends a client-made job id, follows only that job’s progress, and reports the outcome', async () => {
    const { client, model, running, recordsChanged, ended } = setup();
    const adding = model.actions.add({ path: ' /mail ', custodian: ' Pat Doe ', channel: 'personal-email' });
    expect(client.calls[0]).toEqual({ name: 'sources.add', args: { path: '/mail', custodian: 'Pat Doe', channel: 'personal-email', jobId: 'job_abc' } });
    expect(model.store.get().job).toMatchObject({ jobId: 'job_abc', progress: null });

    client.emit('ingest.progress', progress('job_other', { filesDone: 99 }));
    expect(model.store.get().job?.progress).toBeNull();
    client.emit('ingest.progress', progress('job_abc'));
    expect(model.store.get().job?.progress).toMatchObject({ phase: 'indexing', filesDone: 1, filesTotal: 4 });

    const done = report({ jobId: 'job_abc' });
    running.resolve(done);
    const outcome = await adding;
    expect(outcome).toMatchObject({ kind: 'completed' });
    expect(model.store.get()).toMatchObject({ job: null, lastOutcome: { kind: 'completed' }, addError: null });
    expect(model.store.get().sources).toHaveLength(1);
    expect(recordsChanged()).toBe(1);
    expect(ended).toEqual([{ report: done, sourceId: 's_00000001' }]);
  });

  it('sends the OCR language the form chose, English by default, so the run after the ingest reads the scans in it', async () => {
    for (const ocrLang of ['eng', 'fra'] as const) {
      const { client, model, running } = setup();
      const adding = model.actions.add({ path: '/scans', custodian: 'Records office', channel: 'documents', ocrLang });
      expect(client.calls[0]).toEqual({ name: 'sources.add', args: { path: '/scans', custodian: 'Records office', channel: 'documents', jobId: 'job_abc', ocrLang } });
      running.resolve(report());
      await adding;
    }
  });

  it('cancel works before the first progress event and ends as a cancelled outcome that keeps its records', async () => {
    const { client, model, running, recordsChanged, ended } = setup();
    const adding = model.actions.add({ path: '/mail', custodian: 'Pat', channel: 'official-email' });
    await model.actions.cancel();
    expect(client.calls.find((call) => call.name === 'ingest.cancel')?.args).toEqual({ jobId: 'job_abc' });
    expect(model.store.get().job?.cancelling).toBe(true);
    const cancelled = report({ status: 'cancelled', run: run('job_abc', { status: 'cancelled' }) });
    running.resolve(cancelled);
    expect(await adding).toEqual({ kind: 'cancelled', path: '/mail', report: cancelled });
    expect(model.store.get().job).toBeNull();
    // What was indexed before the cancel is kept, so counts and results are refreshed.
    expect(recordsChanged()).toBe(1);
    expect(ended).toEqual([{ report: cancelled, sourceId: 's_00000001' }]);
  });

  it('treats a "cancelled" AppError like a cancelled report and finds the source by its path', async () => {
    const { model, running, ended } = setup();
    const adding = model.actions.add({ path: '/mail', custodian: 'Pat', channel: 'official-email' });
    running.reject(new AppError('cancelled', 'Cancelled'));
    expect(await adding).toEqual({ kind: 'cancelled', path: '/mail', report: null });
    expect(model.store.get().addError).toBeNull();
    expect(ended).toEqual([{ report: null, sourceId: 's_00000001' }]);
  });

  it('says when nothing changed since the last ingest, without refreshing counts', async () => {
    const { model, running, recordsChanged } = setup();
    const adding = model.actions.add({ path: '/mail', custodian: 'Pat', channel: 'official-email' });
    running.resolve(report({ alreadyPresent: true, recordsAdded: 0 }));
    expect(await adding).toMatchObject({ kind: 'already-present' });
    expect(recordsChanged()).toBe(0);
  });

  it('shows a failed ingest’s message and frees the form', async () => {
    const { model, running, recordsChanged, ended } = setup();
    const adding = model.actions.add({ path: '/nope', custodian: 'Pat', channel: 'official-email' });
    running.reject(new AppError('source-unreadable', 'Cannot read /nope: no such folder'));
    expect(await adding).toBeNull();
    expect(model.store.get()).toMatchObject({ job: null, lastOutcome: null, addError: 'Cannot read /nope: no such folder' });
    // No source at that path: nothing to refresh and no report to open.
    expect(recordsChanged()).toBe(0);
    expect(ended).toEqual([{ report: null, sourceId: null }]);
  });

  it('resume adds the source’s path again with its custodian and channel, leaving its OCR language as stored', async () => {
    const { client, model, running } = setup();
    const resuming = model.actions.resume(source('s_00000001', { path: '/mail/pat.pst', custodian: 'Pat Doe', channel: 'personal-email', status: 'interrupted', ocrLang: 'fra' }));
    expect(client.calls[0]).toEqual({ name: 'sources.add', args: { path: '/mail/pat.pst', custodian: 'Pat Doe', channel: 'personal-email', jobId: 'job_abc' } });
    running.resolve(report());
    expect(await resuming).toMatchObject({ kind: 'completed' });
  });

  it('validates before calling and refuses a second ingest while one runs', async () => {
    const { client, model } = setup();
    expect(await model.actions.add({ path: '', custodian: 'Pat', channel: 'official-email' })).toBeNull();
    expect(model.store.get().addError).toMatch(/folder or mailbox file/);
    expect(await model.actions.add({ path: '/mail', custodian: '  ', channel: 'official-email' })).toBeNull();
    expect(model.store.get().addError).toMatch(/custodian/);
    expect(client.calls).toEqual([]);

    void model.actions.add({ path: '/mail', custodian: 'Pat', channel: 'official-email' });
    expect(await model.actions.add({ path: '/mail2', custodian: 'Pat', channel: 'official-email' })).toBeNull();
    expect(model.store.get().addError).toMatch(/already running/);
    expect(client.callNames()).toEqual(['sources.add']);
  });

  it('lets the officer cancel again when the backend did not know the job yet', async () => {
    const { client, model } = setup();
    client.handlers['ingest.cancel'] = () => ({ cancelled: false });
    void model.actions.add({ path: '/mail', custodian: 'Pat', channel: 'official-email' });
    await model.actions.cancel();
    expect(model.store.get().job?.cancelling).toBe(false);
  });

  it('dispose stops following progress events', () => {
    const { client, model } = setup();
    void model.actions.add({ path: '/mail', custodian: 'Pat', channel: 'official-email' });
    model.actions.dispose();
    client.emit('ingest.progress', progress('job_abc'));
    expect(model.store.get().job?.progress).toBeNull();
  });
});
