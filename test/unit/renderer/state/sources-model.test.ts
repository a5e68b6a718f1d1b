import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../shared/errors.js';
import type { IngestProgress } from '../../../../shared/ipc/contract.js';
import type { IngestReport } from '../../../../shared/model/case.js';
import { createSourcesModel } from '../../../../renderer/state/sources-model.js';
import { createFakeClient, deferred } from './fake-client.js';
import { report, source } from './fixtures.js';

function progress(jobId: string, overrides: Partial<IngestProgress> = {}): IngestProgress {
  return { jobId, sourcePath: '/mail', phase: 'indexing', filesDone: 1, filesTotal: 4, recordsIndexed: 3, errors: 0, currentFile: 'a.eml', ...overrides };
}

function setup() {
  const running = deferred<IngestReport>();
  const client = createFakeClient({
    'sources.add': () => running.promise,
    'sources.list': () => [source('s_00000001')],
    'ingest.errors': () => [{ sourceId: 's_00000001', severity: 'error', path: 'bad.eml', locator: '', message: 'Not a message' }],
    'ingest.cancel': () => ({ cancelled: true }),
  });
  let recordsChanged = 0;
  const model = createSourcesModel({
    client,
    makeJobId: () => 'job_abc',
    onRecordsChanged: async () => {
      recordsChanged += 1;
    },
  });
  return { client, model, running, recordsChanged: () => recordsChanged };
}

describe('sources model', () => {
  it('refresh loads sources and ingest errors', async () => {
    const { model } = setup();
    await model.actions.refresh();
    expect(model.store.get().sources).toHaveLength(1);
    expect(model.store.get().ingestErrors[0]).toMatchObject({ path: 'bad.eml', message: 'Not a message' });
  });

  it('add sends a client-made job id, follows only that job’s progress, and reports the outcome', async () => {
    const { client, model, running, recordsChanged } = setup();
    const adding = model.actions.add({ path: ' /mail ', custodian: ' Pat Doe ', channel: 'personal-email' });
    expect(client.calls[0]).toEqual({ name: 'sources.add', args: { path: '/mail', custodian: 'Pat Doe', channel: 'personal-email', jobId: 'job_abc' } });
    expect(model.store.get().job).toMatchObject({ jobId: 'job_abc', progress: null });

    client.emit('ingest.progress', progress('job_other', { filesDone: 99 }));
    expect(model.store.get().job?.progress).toBeNull();
    client.emit('ingest.progress', progress('job_abc'));
    expect(model.store.get().job?.progress).toMatchObject({ phase: 'indexing', filesDone: 1, filesTotal: 4 });

    running.resolve(report({ jobId: 'job_abc' }));
    const outcome = await adding;
    expect(outcome).toMatchObject({ kind: 'completed' });
    expect(model.store.get()).toMatchObject({ job: null, lastOutcome: { kind: 'completed' }, addError: null });
    expect(model.store.get().sources).toHaveLength(1);
    expect(recordsChanged()).toBe(1);
  });

  it('cancel works before the first progress event and ends as a cancelled outcome', async () => {
    const { client, model, running } = setup();
    const adding = model.actions.add({ path: '/mail', custodian: 'Pat', channel: 'official-email' });
    await model.actions.cancel();
    expect(client.calls.find((call) => call.name === 'ingest.cancel')?.args).toEqual({ jobId: 'job_abc' });
    expect(model.store.get().job?.cancelling).toBe(true);
    running.resolve(report({ status: 'cancelled' }));
    expect(await adding).toEqual({ kind: 'cancelled', path: '/mail' });
    expect(model.store.get().job).toBeNull();
  });

  it('treats a "cancelled" AppError like a cancelled report', async () => {
    const { model, running } = setup();
    const adding = model.actions.add({ path: '/mail', custodian: 'Pat', channel: 'official-email' });
    running.reject(new AppError('cancelled', 'Cancelled'));
    expect(await adding).toEqual({ kind: 'cancelled', path: '/mail' });
    expect(model.store.get().addError).toBeNull();
  });

  it('says when the folder was already in the case', async () => {
    const { model, running, recordsChanged } = setup();
    const adding = model.actions.add({ path: '/mail', custodian: 'Pat', channel: 'official-email' });
    running.resolve(report({ alreadyPresent: true, recordsAdded: 0 }));
    expect(await adding).toMatchObject({ kind: 'already-present' });
    expect(recordsChanged()).toBe(0);
  });

  it('shows a failed ingest’s message and frees the form', async () => {
    const { model, running } = setup();
    const adding = model.actions.add({ path: '/nope', custodian: 'Pat', channel: 'official-email' });
    running.reject(new AppError('source-unreadable', 'Cannot read /nope: no such folder'));
    expect(await adding).toBeNull();
    expect(model.store.get()).toMatchObject({ job: null, lastOutcome: null, addError: 'Cannot read /nope: no such folder' });
  });

  it('validates before calling and refuses a second ingest while one runs', async () => {
    const { client, model } = setup();
    expect(await model.actions.add({ path: '', custodian: 'Pat', channel: 'official-email' })).toBeNull();
    expect(model.store.get().addError).toMatch(/folder/);
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
