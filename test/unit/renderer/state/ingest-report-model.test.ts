import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../shared/errors.js';
import type { IngestError } from '../../../../shared/model/case.js';
import { createIngestReportModel, shownReport } from '../../../../renderer/state/ingest-report-model.js';
import { createFakeClient, deferred } from './fake-client.js';
import { ingestError, report, run, source } from './fixtures.js';

const SOURCE = 's_00000001';
const OTHER = 's_00000002';

function setup() {
  const client = createFakeClient({
    'ingest.errors': ({ sourceId }) => [ingestError({ sourceId: sourceId ?? SOURCE }), ingestError({ sourceId: sourceId ?? SOURCE, severity: 'warning' })],
  });
  return { client, model: createIngestReportModel({ client }) };
}

describe('ingest report model', () => {
  it('opens a source’s report at its latest run and loads that source’s problems', async () => {
    const { client, model } = setup();
    const list = [source(SOURCE, { runs: [run('job_1'), run('job_2')] })];
    await model.actions.open(SOURCE);
    expect(client.calls).toEqual([{ name: 'ingest.errors', args: { sourceId: SOURCE } }]);
    expect(model.store.get()).toMatchObject({ sourceId: SOURCE, jobId: null, loading: false, error: null });
    expect(model.store.get().errors).toHaveLength(2);
    expect(shownReport(model.store.get(), list)).toMatchObject({ run: { jobId: 'job_2' }, alreadyPresent: false });

    model.actions.selectRun('job_1');
    expect(shownReport(model.store.get(), list)?.run?.jobId).toBe('job_1');
  });

  it('shows the run an ingest just made, saying nothing changed when that is what it found', async () => {
    const { model } = setup();
    const unchanged = run('job_9', { recordsAdded: 0 });
    const fresh = report({ alreadyPresent: true, source: source(SOURCE, { runs: [run('job_1')] }), run: unchanged });
    await model.actions.showFresh(fresh);
    // The stored list does not hold the no-op run: the fresh report's run is added to it.
    const shown = shownReport(model.store.get(), [source(SOURCE, { runs: [run('job_1')] })]);
    expect(shown?.runs.map((candidate) => candidate.jobId)).toEqual(['job_1', 'job_9']);
    expect(shown).toMatchObject({ run: { jobId: 'job_9' }, alreadyPresent: true });
    // An earlier run of the same source is an ordinary run.
    model.actions.selectRun('job_1');
    expect(shownReport(model.store.get(), [])?.alreadyPresent).toBe(false);
  });

  it('uses the fresh report’s source until the list is reloaded, and nothing for an unknown source', async () => {
    const { model } = setup();
    await model.actions.showFresh(report({ source: source(SOURCE, { custodian: 'Pat Doe', runs: [] }), run: run('job_3') }));
    expect(shownReport(model.store.get(), [])).toMatchObject({ source: { custodian: 'Pat Doe' }, run: { jobId: 'job_3' } });
    await model.actions.open(OTHER);
    expect(shownReport(model.store.get(), [])).toBeNull();
  });

  it('a source without runs has a report with no run', async () => {
    const { model } = setup();
    await model.actions.open(SOURCE);
    expect(shownReport(model.store.get(), [source(SOURCE, { status: 'interrupted', runs: [] })])).toMatchObject({ run: null, runs: [] });
  });

  it('keeps the severity filter within a source and resets it for another', async () => {
    const { model } = setup();
    await model.actions.open(SOURCE);
    model.actions.setSeverity('warning');
    await model.actions.open(SOURCE, 'job_1');
    expect(model.store.get()).toMatchObject({ severity: 'warning', jobId: 'job_1' });
    await model.actions.open(OTHER);
    expect(model.store.get().severity).toBe('all');
  });

  it('a newer open wins over a slower older one', async () => {
    const { client, model } = setup();
    const slow = deferred<IngestError[]>();
    client.handlers['ingest.errors'] = ({ sourceId }) => (sourceId === SOURCE ? slow.promise : [ingestError({ sourceId: OTHER })]);
    const first = model.actions.open(SOURCE);
    await model.actions.open(OTHER);
    slow.resolve([ingestError(), ingestError()]);
    await first;
    expect(model.store.get().errors.map((error) => error.sourceId)).toEqual([OTHER]);
  });

  it('shows a failed load’s message, and close forgets the source', async () => {
    const { client, model } = setup();
    client.handlers['ingest.errors'] = () => {
      throw new AppError('no-case-open', 'No case is open');
    };
    await model.actions.open(SOURCE);
    expect(model.store.get()).toMatchObject({ error: 'No case is open', errors: [], loading: false });
    model.actions.close();
    expect(model.store.get()).toMatchObject({ sourceId: null, error: null });
    expect(shownReport(model.store.get(), [source(SOURCE)])).toBeNull();
  });
});
