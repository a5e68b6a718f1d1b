/**
 * The workbench against the real backend (host + core) over the in-memory transport: the whole
 * officer's path — create a case, add a folder, search, open, code, build a packet — driven only
 * through the renderer's actions, as the screens drive them.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Host } from '../../../../main/host/create-host.js';
import { HIT_START } from '../../../../shared/model/search.js';
import { shownReport } from '../../../../renderer/state/ingest-report-model.js';
import { codingFor } from '../../../../renderer/state/review-model.js';
import { selectedRequest } from '../../../../renderer/state/requests-model.js';
import { createWorkbench } from '../../../../renderer/state/workbench.js';
import type { Workbench } from '../../../../renderer/state/workbench.js';
import { corpusPath, tempFolder } from '../../../support/corpus.js';
import { connectInMemory, makeTestHost } from '../../../support/test-host.js';

const FISCHER = corpusPath('email', 'enron', 'maildir', 'fischer-m');

describe('workbench over a real backend', () => {
  let data: { path: string; cleanup(): Promise<void> };
  let host: Host;
  let workbench: Workbench;

  beforeAll(async () => {
    data = await tempFolder('foia-renderer-');
    host = makeTestHost({ dataDir: data.path, dialogAnswers: [FISCHER] });
    workbench = createWorkbench(connectInMemory(host).client);
    await workbench.session.actions.init();
  });
  afterAll(async () => {
    workbench.dispose();
    await host.close();
    await data.cleanup();
  });

  it('starts with no case, knows what the host offers, and picks folders through it', async () => {
    expect(workbench.session.store.get()).toMatchObject({ ready: true, currentCase: null, info: { mode: 'test', dialogs: true } });
    expect(await workbench.session.actions.pickFolder('Choose a folder')).toBe(FISCHER);
  });

  it('creating a case opens it on Sources with its first request selected', async () => {
    expect(await workbench.session.actions.createCase({ path: join(data.path, 'case'), name: 'Renderer case' })).toBe(true);
    expect(workbench.session.store.get()).toMatchObject({ currentCase: { name: 'Renderer case', recordCount: 0 }, view: 'sources' });
    expect(workbench.requests.store.get().requests).toHaveLength(1);
    expect(workbench.requests.store.get().selectedId).toEqual(expect.stringMatching(/^q_/));
    expect(workbench.search.store.get().result?.total).toBe(0);
  });

  it('a second create in a case folder shows the backend’s reason', async () => {
    expect(await workbench.session.actions.createCase({ path: join(data.path, 'case'), name: 'Again' })).toBe(false);
    expect(workbench.session.store.get().error).toMatchObject({ action: 'create', message: expect.stringMatching(/case/) });
  });

  it('adding a folder streams progress for our job and refreshes counts and results', async () => {
    const phases = new Set<string>();
    const stop = workbench.sources.store.subscribe(() => {
      const phase = workbench.sources.store.get().job?.progress?.phase;
      if (phase) {
        phases.add(phase);
      }
    });
    const outcome = await workbench.sources.actions.add({ path: FISCHER, custodian: 'Mark Fischer', channel: 'official-email' });
    stop();
    expect(outcome).toMatchObject({ kind: 'completed', report: { recordsAdded: 2 } });
    expect(phases.size).toBeGreaterThan(0);
    expect(workbench.sources.store.get().sources).toEqual([expect.objectContaining({ custodian: 'Mark Fischer', recordCount: 2 })]);
    expect(workbench.session.store.get().currentCase?.recordCount).toBe(2);
    expect(workbench.search.store.get().result?.total).toBe(2);
    // The run's report opens by itself, for that source.
    const report = shownReport(workbench.ingestReport.store.get(), workbench.sources.store.get().sources);
    expect(report).toMatchObject({ source: { custodian: 'Mark Fischer' }, run: { status: 'completed', recordsAdded: 2 }, alreadyPresent: false });
  });

  it('adding the same folder again says nothing changed', async () => {
    const outcome = await workbench.sources.actions.add({ path: FISCHER, custodian: 'Mark Fischer', channel: 'official-email' });
    expect(outcome?.kind).toBe('already-present');
    expect(shownReport(workbench.ingestReport.store.get(), workbench.sources.store.get().sources)?.alreadyPresent).toBe(true);
  });

  it('a folder that does not exist is reported by the form', async () => {
    const outcome = await workbench.sources.actions.add({ path: join(data.path, 'missing'), custodian: 'X', channel: 'official-email' });
    expect(outcome).toBeNull();
    expect(workbench.sources.store.get().addError).toEqual(expect.any(String));
    expect(workbench.sources.store.get().job).toBeNull();
  });

  it('search highlights hits; opening and coding a record updates request counts', async () => {
    const first = workbench.search.store.get().result?.hits[0];
    expect(first).toBeDefined();
    const word = (first?.title ?? '').split(/\W+/).find((part) => part.length > 3) ?? 'the';
    await workbench.search.actions.search(word);
    const hits = workbench.search.store.get().result?.hits ?? [];
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.some((hit) => hit.snippet.includes(HIT_START))).toBe(true);

    const target = workbench.search.actions.select(0);
    expect(target).not.toBeNull();
    await workbench.review.actions.open(target?.id ?? '');
    expect(workbench.review.store.get().record?.id).toBe(target?.id);

    expect(await workbench.review.actions.tag('release-in-full', 'about the request')).toBe(true);
    const requestId = workbench.requests.store.get().selectedId;
    expect(codingFor(workbench.review.store.get(), requestId)).toMatchObject({ decision: 'release-in-full', note: 'about the request', updatedBy: 'test-officer' });
    expect(workbench.review.store.get().decisions[target?.id ?? '']).toBe('release-in-full');
    expect(selectedRequest(workbench.requests.store.get())?.responsiveCount).toBe(1);
  });

  it('builds a packet for the selected request', async () => {
    await workbench.packet.actions.load(workbench.requests.store.get().selectedId);
    workbench.packet.actions.choose({ batesPrefix: 'RND-' });
    const result = await workbench.packet.actions.build(workbench.requests.store.get().selectedId);
    expect(workbench.packet.store.get().error).toBeNull();
    expect(result).toMatchObject({ recordCount: 1, batesFirst: 'RND-000001' });
    expect(result?.entries).toHaveLength(1);
    expect(result?.sha256).toMatch(/^[0-9a-f]{64}$/);
    // The preview shows the first page, the cover letter, drawn from the written file.
    expect(workbench.packet.store.get().preview).toMatchObject({ page: 1, loading: false, error: null });
    expect(workbench.packet.store.get().preview?.dataUrl).toMatch(/^data:image\/png;base64,/);
    expect(workbench.packet.store.get().packets.map((packet) => packet.id)).toEqual([result?.id]);
  });

  it('a new request becomes the selection and starts with no decisions', async () => {
    const created = await workbench.requests.actions.create({ title: 'Second request' });
    expect(created).not.toBeNull();
    expect(workbench.review.store.get().decisions).toEqual({});
    expect(codingFor(workbench.review.store.get(), created?.id ?? null)).toBeNull();
  });

  it('closing the case clears every area', async () => {
    await workbench.session.actions.closeCase();
    expect(workbench.session.store.get().currentCase).toBeNull();
    expect(workbench.sources.store.get().sources).toEqual([]);
    expect(workbench.ingestReport.store.get().sourceId).toBeNull();
    expect(workbench.search.store.get().result).toBeNull();
    expect(workbench.review.store.get().record).toBeNull();
    expect(workbench.packet.store.get().result).toBeNull();
    expect(workbench.requests.store.get().requests).toEqual([]);
  });

  it('reopening the case lands on Review with the first record open', async () => {
    expect(await workbench.session.actions.openCase(join(data.path, 'case'))).toBe(true);
    expect(workbench.session.store.get().view).toBe('review');
    expect(workbench.review.store.get().record).not.toBeNull();
  });
});
