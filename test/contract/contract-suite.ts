/**
 * One API suite, run over every transport: what the UI can rely on, whichever wire carries it.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../../shared/ipc/client.js';
import type { IngestProgress } from '../../shared/ipc/contract.js';
import { HIT_START } from '../../shared/model/search.js';
import type { Host } from '../../main/host/create-host.js';
import { corpusPath } from '../support/corpus.js';
import { expectCode } from '../support/expect-code.js';
import { useTestHost } from '../support/test-host.js';
import type { Connected } from '../support/test-host.js';
import { readPdfPages } from '../support/pdf-text.js';

const FISCHER = corpusPath('email', 'enron', 'maildir', 'fischer-m');
// 4,139 files: a cancel sent after the first 20 always arrives before the last one is read.
const SKILLING = corpusPath('email', 'enron', 'maildir', 'skilling-j');
/** Distinct messages in skilling-j by our content key (every file is a message; 1,536 are copies). */
const SKILLING_RECORDS = 2603;

export function defineContractSuite(transport: string, connect: (host: Host) => Promise<Connected>): void {
  describe(`contract over ${transport}`, () => {
    const suite = useTestHost(connect, { dialogAnswers: [FISCHER] });
    let client: Client;

    beforeAll(async () => {
      client = suite.client;
    });

    it('reports what the host can do', async () => {
      expect(await client.call('app.info', {})).toEqual({ version: '0.0.0-test', mode: 'test', dialogs: true, sampleCaseAvailable: true });
      expect(await client.call('dialog.pickFolder', {})).toEqual({ path: FISCHER });
    });

    it('refuses unknown calls and invalid arguments with invalid-args', async () => {
      const raw = client.call as unknown as (name: string, args: unknown) => Promise<unknown>;
      await expectCode(raw('records.delete', {}), 'invalid-args');
      const error = await expectCode(raw('search.query', { query: 42 }), 'invalid-args');
      expect(error.message).toMatch(/query/);
      await expectCode(raw('case.create', { path: '', name: 'x' }), 'invalid-args');
    });

    it('needs an open case before case work', async () => {
      expect(await client.call('case.current', {})).toBeNull();
      await expectCode(client.call('search.query', { query: 'x' }), 'no-case-open');
    });

    it('runs the whole path: case, ingest with progress, search, code, packet, audit', async () => {
      const casePath = join(suite.dataDir, 'case-a');
      const created = await client.call('case.create', { path: casePath, name: 'Case A', requestTitle: 'Emails about NREL' });
      expect(created.requests).toHaveLength(1);
      const requestId = created.requests[0]?.id ?? '';

      const progress: IngestProgress[] = [];
      const off = client.on('ingest.progress', (event) => progress.push(event));
      const report = await client.call('sources.add', { path: FISCHER, custodian: 'Mark Fischer', jobId: 'job_contract' });
      off();
      expect(report).toMatchObject({ status: 'completed', alreadyPresent: false, recordsAdded: 2, errors: [] });
      expect(progress.every((event) => event.jobId === 'job_contract')).toBe(true);
      expect(progress[progress.length - 1]?.phase).toBe('done');

      const again = await client.call('sources.add', { path: FISCHER, custodian: 'Mark Fischer' });
      expect(again).toMatchObject({ alreadyPresent: true, recordsAdded: 0 });
      expect(await client.call('sources.list', {})).toHaveLength(1);

      const found = await client.call('search.query', { query: 'disclaimer' });
      expect(found.total).toBe(1);
      const hit = found.hits[0];
      expect(hit?.title).toBe('Distribution Disclaimer');
      expect(hit?.snippet).toContain(HIT_START);
      expect((await client.call('search.query', { query: 'disclaimer', kinds: ['document'] })).total).toBe(0);
      await expectCode(client.call('search.query', { query: 'OR' }), 'invalid-args');

      const record = await client.call('records.get', { recordId: hit?.id ?? '' });
      expect(record).toMatchObject({ from: 'Mark Fisher <mark.fisher@enron.com>', dateRaw: 'Tue, 1 May 2001 02:55:00 -0700 (PDT)', date: '2001-05-01T02:55:00-07:00' });
      expect(record.locations).toEqual([
        {
          sourceId: report.source.id,
          custodian: 'Mark Fischer',
          path: 'all_documents/1.',
          locator: '',
          folder: 'all_documents',
          labels: [],
          itemSha256: expect.stringMatching(/^[0-9a-f]{64}$/),
          messageId: '<13697523.1075840441043.JavaMail.evans@thyme>',
        },
      ]);

      await client.call('records.code', { requestId, recordIds: [record.id], decision: 'release-in-full', note: 'on point' });
      const listed = await client.call('requests.list', {});
      expect(listed[0]).toMatchObject({ responsiveCount: 1, notResponsiveCount: 0 });
      await expectCode(client.call('records.code', { requestId, recordIds: ['r_0000000000000000'], decision: 'release-in-full' }), 'not-found');

      const packet = await client.call('packet.build', { requestId, batesPrefix: 'NREL-' });
      expect(packet).toMatchObject({ recordCount: 1, batesFirst: 'NREL-000001' });
      const pages = await readPdfPages(new Uint8Array(await readFile(packet.path)));
      expect(pages).toHaveLength(packet.pageCount);
      expect(pages.join('\n')).toContain('Distribution Disclaimer');
      pages.forEach((text, index) => expect(text).toContain(`NREL-${String(index + 1).padStart(6, '0')}`));

      const audit = await client.call('audit.verify', {});
      expect(audit).toMatchObject({ ok: true, firstBadLine: null });
      // case.create, request.create, source.add, source.ingest, record.code, packet.build
      expect(audit.lineCount).toBe(6);
    });

    it('keeps decisions across reopening the case, and names a tampered audit line', async () => {
      const casePath = join(suite.dataDir, 'case-a');
      await client.call('case.close', {});
      const reopened = await client.call('case.open', { path: casePath });
      expect(reopened).toMatchObject({ recordCount: 2, sourceCount: 1 });
      expect(reopened.requests[0]?.responsiveCount).toBe(1);

      const auditPath = join(casePath, 'audit.jsonl');
      const lines = (await readFile(auditPath, 'utf8')).split('\n');
      lines[4] = (lines[4] ?? '').replace('on point', 'off point');
      await writeFile(auditPath, lines.join('\n'));
      expect(await client.call('audit.verify', {})).toMatchObject({ ok: false, firstBadLine: 5 });
    });

    it('refuses to create a case over an existing one, and to open a folder with no case', async () => {
      await expectCode(client.call('case.create', { path: join(suite.dataDir, 'case-a'), name: 'again' }), 'case-exists');
      await expectCode(client.call('case.open', { path: suite.dataDir }), 'not-found');
    });

    it('cancels a running ingest on request, keeps what it indexed, and completes it when the path is added again', async () => {
      const before = await client.call('case.current', {});
      const jobId = `job_cancel_${transport.replace(/\W/g, '')}`;
      const off = client.on('ingest.progress', (event) => {
        if (event.phase === 'indexing' && event.filesDone > 20) {
          void client.call('ingest.cancel', { jobId });
        }
      });
      const report = await client.call('sources.add', { path: SKILLING, custodian: 'Jeff Skilling', jobId });
      off();
      expect(report.status).toBe('cancelled');
      expect(report.source.status).toBe('cancelled');
      const after = await client.call('case.current', {});
      expect(after?.recordCount).toBeGreaterThanOrEqual(before?.recordCount ?? 0);
      expect(await client.call('sources.list', {})).toHaveLength(2);
      const resumed = await client.call('sources.add', { path: SKILLING, custodian: 'Jeff Skilling' });
      expect(resumed).toMatchObject({ status: 'completed', source: { status: 'indexed', recordCount: SKILLING_RECORDS } });
      expect(resumed.run.counts.filesUnchanged).toBeGreaterThan(0);
      expect(resumed.run.counts.filesUnchanged + resumed.run.counts.filesIndexed).toBe(4139);
      expect((await client.call('case.current', {}))?.recordCount).toBe((before?.recordCount ?? 0) + SKILLING_RECORDS);
    });

    it('opens the sample case with its records and a request', async () => {
      const sample = await client.call('case.openSample', {});
      expect(sample.recordCount).toBeGreaterThan(0);
      expect(sample.requests).toHaveLength(1);
    });
  });
}
