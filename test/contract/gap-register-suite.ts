/**
 * The gap register over every transport, on a real mailbox (Python's email test messages): gaps
 * written by hand with evidence quoted from records, checked against the records and requests,
 * changed, deleted, undone, audited, and kept when the case is reopened; the detectors'
 * settings likewise.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../../shared/ipc/client.js';
import type { AuditEntry } from '../../shared/model/audit.js';
import type { RecordDetail } from '../../shared/model/record.js';
import type { Host } from '../../main/host/create-host.js';
import { corpusPath, tempFolder } from '../support/corpus.js';
import { expectCode } from '../support/expect-code.js';
import { readPdfPages } from '../support/pdf-text.js';
import { makeTestHost } from '../support/test-host.js';
import type { Connected } from '../support/test-host.js';

export function defineGapRegisterSuite(transport: string, connect: (host: Host) => Promise<Connected>): void {
  describe(`gap register over ${transport}`, () => {
    let data: { path: string; cleanup(): Promise<void> };
    let host: Host;
    let connection: Connected;
    let client: Client;
    let casePath: string;
    let requestId: string;
    let evidence: RecordDetail;
    let quote: string;

    const auditActions = async (): Promise<string[]> =>
      (await readFile(join(casePath, 'audit.jsonl'), 'utf8'))
        .split('\n')
        .filter((line) => line !== '')
        .map((line) => (JSON.parse(line) as AuditEntry).action);

    beforeAll(async () => {
      data = await tempFolder();
      host = makeTestHost({ dataDir: data.path });
      connection = await connect(host);
      client = connection.client;
      casePath = join(data.path, 'gap-case');
      const summary = await client.call('case.create', { path: casePath, name: 'Gap case', requestTitle: 'Texts of the Director' });
      expect(summary.name).toBe('Gap case');
      requestId = (await client.call('requests.list', {}))[0]?.id ?? '';
      await client.call('sources.add', { path: corpusPath('email', 'python-email'), custodian: 'Barry Warsaw' });
      const hit = (await client.call('search.query', { query: 'dingus', pageSize: 5 })).hits[0];
      evidence = await client.call('records.get', { recordId: hit?.id ?? '' });
      quote = evidence.body.split('\n').find((line) => line.trim().length > 10)?.trim() ?? '';
      expect(quote).not.toBe('');
    });

    afterAll(async () => {
      await connection.close();
      await host.close();
      await data.cleanup();
    });

    it('writes a gap with evidence quoted from a record, and keeps it through a reopened case', async () => {
      const gap = await client.call('gaps.create', {
        fields: {
          title: 'Director’s WhatsApp messages, spring 2021',
          channel: 'whatsapp',
          cause: 'auto-delete',
          custodians: ['Barry Warsaw', 'Barry Warsaw'],
          periodStart: '2021-03-01',
          periodEnd: '2021-05-31',
          volume: { low: 40, high: 120, unit: 'messages' },
          evidence: [{ recordId: evidence.id, quote, why: 'refers to a conversation held on WhatsApp' }],
          requestIds: [requestId],
        },
      });
      expect(gap).toMatchObject({ status: 'suspected', custodians: ['Barry Warsaw'], proposalKey: null, createdBy: 'test-officer', requestIds: [requestId] });
      await client.call('case.close', {});
      await client.call('case.open', { path: casePath });
      expect(await client.call('gaps.list', {})).toEqual([gap]);
      expect(await auditActions()).toContain('gap.create');
    });

    it('refuses a misquote, an unknown record or request, and a backwards period, naming each, and writes nothing', async () => {
      const before = await client.call('gaps.list', {});
      await expectCode(
        client.call('gaps.create', {
          fields: {
            title: 'Bad gap',
            channel: 'sms',
            cause: 'other',
            periodStart: '2021-02-01',
            periodEnd: '2021-01-01',
            evidence: [
              { recordId: evidence.id, quote: 'words this record never held', why: '' },
              { recordId: 'r_0000000000000000', quote: '', why: '' },
            ],
            requestIds: ['q_0000000000000000'],
          },
        }),
        'invalid-args',
      ).then((error) => expect(error.message).toMatch(/period ends \(2021-01-01\) before it starts[\s\S]*No request q_0000000000000000[\s\S]*not in record[\s\S]*no record r_0000000000000000/));
      expect(await client.call('gaps.list', {})).toEqual(before);
    });

    it('moves a gap through its statuses with salvage actions, and undo puts each step back', async () => {
      const [gap] = await client.call('gaps.list', {});
      const gapId = gap?.id ?? '';
      const confirmed = await client.call('gaps.update', {
        gapId,
        changes: { status: 'confirmed', salvage: [{ date: '2021-06-02', action: 'Asked the carrier for message logs', result: 'Logs of dates and numbers only' }], office: 'Office of the Director' },
      });
      expect(confirmed).toMatchObject({ status: 'confirmed', office: 'Office of the Director' });
      expect(await client.call('review.undo', {})).toMatchObject({ undone: expect.stringContaining('change gap') });
      expect((await client.call('gaps.list', {}))[0]).toMatchObject({ status: 'suspected', salvage: [] });
      await client.call('gaps.delete', { gapId });
      expect(await client.call('gaps.list', {})).toEqual([]);
      await client.call('review.undo', {});
      expect((await client.call('gaps.list', {})).map((one) => one.id)).toEqual([gapId]);
      expect((await expectCode(client.call('gaps.update', { gapId: 'g_0000000000000000', changes: { status: 'closed' } }), 'not-found')).message).toMatch(/No gap g_0000000000000000/);
      expect(await auditActions()).toEqual(expect.arrayContaining(['gap.update', 'gap.undo', 'gap.delete']));
    });

    it('keeps the detectors’ settings, official domains normalised, and undoes a change', async () => {
      const initial = await client.call('gaps.settings', {});
      expect(initial).toMatchObject({ officialDomains: [], offRecordLexicon: null });
      expect(initial.builtInLexicon.map((entry) => entry.id)).toContain('text-me');
      const lexicon = [{ id: 'threema', pattern: 'ping me on threema', channel: 'other' as const, cause: 'not-retained' as const, label: 'Moves to Threema' }];
      expect(await client.call('gaps.updateSettings', { officialDomains: ['@Python.org', 'python.org'], offRecordLexicon: lexicon })).toMatchObject({
        officialDomains: ['python.org'],
        offRecordLexicon: lexicon,
      });
      await client.call('review.undo', {});
      expect(await client.call('gaps.settings', {})).toMatchObject({ officialDomains: [], offRecordLexicon: null });
    });

    it('runs the detectors; an accepted proposal becomes a gap, a rejected one stays rejected on the next run, and undo takes an answer back', async () => {
      // The officer's own lexicon entry finds the messages that mention the dingus.
      await client.call('gaps.updateSettings', { offRecordLexicon: [{ id: 'dingus', pattern: 'dingus', channel: 'other', cause: 'other', label: 'Mentions the dingus' }] });
      const first = await client.call('gaps.detect', {});
      expect(first.recordCount).toBeGreaterThan(0);
      expect(first.proposals.filter((proposal) => proposal.detector === 'off-record-move').map((proposal) => proposal.evidence.every((one) => /dingus/i.test(one.quote)))).toContain(true);
      const open = first.proposals.filter((proposal) => proposal.review === null);
      const [toAccept, toReject] = open as [(typeof open)[number], (typeof open)[number]];
      const gap = await client.call('gaps.accept', { key: toAccept.key, changes: { office: 'Mail desk' } });
      expect(gap).toMatchObject({ proposalKey: toAccept.key, title: toAccept.title, office: 'Mail desk', status: 'suspected', evidence: toAccept.evidence });
      const rejection = await client.call('gaps.reject', { key: toReject.key, reason: 'The original is a test fixture, never a record' });
      expect(rejection).toMatchObject({ decision: 'rejected', gapId: null, decidedBy: 'test-officer' });

      const again = await client.call('gaps.detect', {});
      expect(again.proposals.map((proposal) => proposal.key)).toEqual(first.proposals.map((proposal) => proposal.key));
      const reviewOf = (key: string) => again.proposals.find((proposal) => proposal.key === key)?.review;
      expect(reviewOf(toAccept.key)).toMatchObject({ decision: 'accepted', gapId: gap.id });
      expect(reviewOf(toReject.key)).toMatchObject({ decision: 'rejected', reason: 'The original is a test fixture, never a record' });
      expect((await expectCode(client.call('gaps.accept', { key: toAccept.key, changes: {} }), 'invalid-args')).message).toMatch(/accepted already/);
      // The answers alone, as the screen reads them after each one instead of running the detectors.
      expect(await client.call('gaps.reviews', {})).toEqual([reviewOf(toAccept.key), reviewOf(toReject.key)]);

      await client.call('review.undo', {});
      expect((await client.call('gaps.detect', {})).proposals.find((proposal) => proposal.key === toReject.key)?.review).toBeNull();
      expect(await client.call('gaps.reviews', {})).toEqual([reviewOf(toAccept.key)]);
      await client.call('review.undo', {});
      expect((await client.call('gaps.list', {})).some((one) => one.id === gap.id)).toBe(false);
      expect(await auditActions()).toEqual(expect.arrayContaining(['gap.detect', 'gap.accept', 'gap.reject']));
    });

    it('draws the timeline of daily volume per custodian and channel, and marks the days of evidence', async () => {
      const timeline = await client.call('gaps.timeline', {});
      const row = timeline.rows.find((one) => one.custodian === 'Barry Warsaw');
      expect(row?.channel).toBe('official-email');
      expect(row?.total).toBeGreaterThan(0);
      expect(row?.counts.reduce((sum, [, count]) => sum + count, 0)).toBe(row?.total);
      expect(timeline.firstDay !== null && timeline.lastDay !== null && timeline.firstDay <= timeline.lastDay).toBe(true);
      expect(timeline.evidenceDays[evidence.id]).toBe(evidence.date?.slice(0, 10));
    });

    it('writes the register as a 36 CFR 1230.14 report whose text names every gap, and audits it', async () => {
      const gaps = await client.call('gaps.list', {});
      const written = await client.call('gaps.exportReport', { agency: 'Records Office', preparedBy: 'A. Officer', correctiveActions: 'Retention settings enforced.' });
      const bytes = await readFile(written.path);
      expect(written.bytes).toBe(bytes.length);
      const text = (await readPdfPages(new Uint8Array(bytes))).join('\n');
      expect(text).toMatch(/1230\.14/);
      for (const gap of gaps) {
        expect(text).toContain(gap.title);
      }
      expect(text).toContain('Retention settings enforced.');
      expect(await auditActions()).toContain('report.unauthorized-disposition');
    });

    it('reports the detectors’ progress and stops when cancelled, keeping the previous run', async () => {
      const progress: string[] = [];
      const off = client.on('task.progress', (event) => progress.push(`${event.jobId}:${event.stage}`));
      const done = await client.call('gaps.detect', { jobId: 'detect-1' });
      expect(progress).toContain('detect-1:Done');
      expect(progress.some((line) => line.startsWith('detect-1:Running'))).toBe(true);
      const run = client.call('gaps.detect', { jobId: 'detect-2' });
      expect(await client.call('task.cancel', { jobId: 'detect-2' })).toEqual({ cancelled: true });
      await expectCode(run, 'cancelled');
      expect(await client.call('task.cancel', { jobId: 'detect-2' })).toEqual({ cancelled: false });
      const key = done.proposals[0]?.key ?? '';
      // The cancelled run did not replace the proposals an answer refers to.
      await client.call('gaps.reject', { key, reason: 'checked by hand' });
      await client.call('review.undo', {});
      off();
    });

    it('refuses an answer to a proposal the detectors have not made', async () => {
      expect((await expectCode(client.call('gaps.reject', { key: 'silent-period:0123456789abcdef01234567', reason: '' }), 'not-found')).message).toMatch(/run them again/);
    });
  });
}
