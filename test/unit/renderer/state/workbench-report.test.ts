/** The workbench's wiring around an ingest, with a fake backend: every ingest ends on its report. */
import { describe, expect, it } from 'vitest';
import { shownReport } from '../../../../renderer/state/ingest-report-model.js';
import { createWorkbench } from '../../../../renderer/state/workbench.js';
import { createFakeClient } from './fake-client.js';
import { caseSummary, ingestError, report, run, searchResult, source } from './fixtures.js';

function setup() {
  const stored = source('s_00000001', { path: '/mail/pat.pst', status: 'cancelled', runs: [run('job_1', { status: 'cancelled' })] });
  const client = createFakeClient({
    'sources.add': (args) => report({ jobId: args.jobId ?? 'job_2', source: stored, status: 'completed', run: run(args.jobId ?? 'job_2') }),
    'sources.list': () => [stored],
    'ingest.errors': () => [ingestError()],
    'case.current': () => caseSummary(),
    'case.close': () => ({ closed: true }),
    'search.query': () => searchResult([]),
  });
  const workbench = createWorkbench(client, { makeJobId: () => 'job_2' });
  return { client, workbench, stored };
}

describe('workbench: ingest and report', () => {
  it('opens the report of the run that just ended, with its source’s problems', async () => {
    const { workbench } = setup();
    await workbench.sources.actions.add({ path: '/mail/pat.pst', custodian: 'Pat Doe', channel: 'official-email' });
    const state = workbench.ingestReport.store.get();
    expect(state).toMatchObject({ sourceId: 's_00000001', jobId: 'job_2', errors: [ingestError()] });
    expect(shownReport(state, workbench.sources.store.get().sources)?.run?.jobId).toBe('job_2');
  });

  it('resuming a cancelled source adds its path again and reports the new run', async () => {
    const { client, workbench, stored } = setup();
    await workbench.sources.actions.resume(stored);
    expect(client.calls.find((call) => call.name === 'sources.add')?.args).toMatchObject({ path: '/mail/pat.pst', custodian: 'Pat Doe', channel: 'official-email' });
    expect(workbench.ingestReport.store.get().jobId).toBe('job_2');
  });

  it('closing the case closes the report', async () => {
    const { workbench } = setup();
    await workbench.sources.actions.add({ path: '/mail/pat.pst', custodian: 'Pat Doe', channel: 'official-email' });
    await workbench.session.actions.closeCase();
    expect(workbench.ingestReport.store.get()).toMatchObject({ sourceId: null, fresh: null, errors: [] });
  });
});
