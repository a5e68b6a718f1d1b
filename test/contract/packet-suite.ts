/**
 * Response packets over every transport, on a real mailbox (Python's email test messages): a
 * record released in part with a redaction in its body and its subject, one released in full,
 * one withheld in full, a gap the request cites; read back with pdf.js the packet holds the
 * released text, not one redacted character, a slip sheet, the withholding index and the gap
 * appendix; its manifest and load files are written beside it; a redaction whose text changed
 * and a cancelled build stop the packet before anything is written.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../../shared/ipc/client.js';
import type { RecordDetail } from '../../shared/model/record.js';
import type { Host } from '../../main/host/create-host.js';
import { corpusPath } from '../support/corpus.js';
import { expectCode } from '../support/expect-code.js';
import { readPdfPages } from '../support/pdf-text.js';
import { useTestHost } from '../support/test-host.js';
import type { Connected } from '../support/test-host.js';

export function definePacketSuite(transport: string, connect: (host: Host) => Promise<Connected>): void {
  describe(`response packets over ${transport}`, () => {
    const suite = useTestHost(connect);
    let client: Client;
    let casePath: string;
    let requestId: string;
    let partial: RecordDetail;
    let hiddenWord: string;
    let hiddenSubjectWord: string;
    let full: RecordDetail;
    let withheld: RecordDetail;

    const recordOf = async (query: string): Promise<RecordDetail> => {
      const hit = (await client.call('search.query', { query, pageSize: 5 })).hits[0];
      return client.call('records.get', { recordId: hit?.id ?? '' });
    };

    beforeAll(async () => {
      client = suite.client;
      casePath = join(suite.dataDir, 'packet-case');
      await client.call('case.create', { path: casePath, name: 'Packet case', requestTitle: 'Dingus letters' });
      requestId = (await client.call('requests.list', {}))[0]?.id ?? '';
      await client.call('requests.update', { requestId, changes: { trackingNumber: 'FOIA-2026-0042', requester: 'A. Journalist' } });
      await client.call('sources.add', { path: corpusPath('email', 'python-email'), custodian: 'Barry Warsaw' });
      partial = await recordOf('subject:dingus');
      full = await recordOf('subject:lyrics');
      withheld = await recordOf('subject:forwarded');
      expect(new Set([partial.id, full.id, withheld.id]).size).toBe(3);

      // Redact a word of the body that appears only once, and the first word of the subject.
      const words = partial.body.match(/[A-Za-z]{5,}/g) ?? [];
      hiddenWord = words.find((word) => partial.body.split(word).length === 2 && !partial.title.includes(word)) ?? '';
      expect(hiddenWord).not.toBe('');
      const start = partial.body.indexOf(hiddenWord);
      await client.call('redactions.add', { requestId, recordId: partial.id, field: 'body', start, end: start + hiddenWord.length, exemptions: [{ catalogue: 'us-foia', code: 'b6' }] });
      hiddenSubjectWord = /[A-Za-z]{4,}/.exec(partial.title)?.[0] ?? '';
      const subjectStart = partial.title.indexOf(hiddenSubjectWord);
      await client.call('redactions.add', {
        requestId,
        recordId: partial.id,
        field: 'subject',
        start: subjectStart,
        end: subjectStart + hiddenSubjectWord.length,
        exemptions: [{ catalogue: 'us-foia', code: 'b3', statute: '26 U.S.C. 6103' }],
      });
      await client.call('records.code', { requestId, recordIds: [partial.id], decision: 'release-in-part', note: 'Names of private individuals' });
      await client.call('records.code', { requestId, recordIds: [full.id], decision: 'release-in-full' });
      await client.call('records.code', { requestId, recordIds: [withheld.id], decision: 'withhold-in-full', exemptions: [{ catalogue: 'us-foia', code: 'b5' }], note: 'Deliberative draft' });
      await client.call('gaps.create', { fields: { title: 'Text messages of the mail desk, 2001', channel: 'sms', cause: 'not-retained', requestIds: [requestId] } });
    });

    it('burns in redactions, slips the withheld record, indexes the withholdings and appends the gap, and checks all of it', async () => {
      const coverLetter = 'Dear {{requester}},\nWe answer request {{trackingNumber}} with {{recordCount}} records ({{batesRange}}).\n{{exemptions}}';
      const packet = await client.call('packet.build', { requestId, batesPrefix: 'DOC-', batesStart: 7, coverLetter, order: 'date' });
      expect(packet).toMatchObject({ recordCount: 3, batesFirst: 'DOC-000007', variant: 'single', drawnFromText: [] });
      expect(packet.verification.pagesRead).toBe(packet.pageCount);
      const pages = await readPdfPages(new Uint8Array(await readFile(packet.path)));
      expect(pages).toHaveLength(packet.pageCount);
      const text = pages.join('\n');
      expect(text).toContain('Dear A. Journalist');
      expect(text).toContain('FOIA-2026-0042');
      expect(text).not.toContain(hiddenWord);
      expect(text).not.toContain(hiddenSubjectWord);
      expect(text).toContain('(b)(6)');
      expect(text).toContain('(b)(3)');
      expect(text).toMatch(/Withheld in full/);
      expect(text).toContain('Deliberative draft');
      expect(text).toContain('Text messages of the mail desk, 2001');
      pages.forEach((page, index) => expect(page).toContain(`DOC-${String(index + 7).padStart(6, '0')}`));
      const manifest = JSON.parse(await readFile(packet.manifestPath, 'utf8')) as { records: Array<{ recordId: string; decision: string }>; files: Array<{ sha256: string }> };
      expect(manifest.records.map((record) => record.decision).sort()).toEqual(['release-in-full', 'release-in-part', 'withhold-in-full']);
      expect(manifest.files[0]?.sha256).toBe(packet.sha256);
      expect(await client.call('packet.list', { requestId })).toEqual([expect.objectContaining({ id: packet.id, sha256: packet.sha256 })]);
      const preview = await client.call('packet.pageImage', { packetId: packet.id, page: 1, width: 400 });
      expect(preview).toMatchObject({ page: 1, pageCount: packet.pageCount, widthPx: 400 });
    });

    it('writes one PDF per record with Concordance and Opticon load files for investigators', async () => {
      const packet = await client.call('packet.build', { requestId, batesPrefix: 'INV-', variant: 'per-record' });
      const names = await readdir(packet.folder);
      expect(names.filter((name) => name.endsWith('.dat'))).toHaveLength(1);
      expect(names.filter((name) => name.endsWith('.opt'))).toHaveLength(1);
      expect(names).toContain('manifest.json');
      const pdfs = packet.files.filter((file) => file.pageCount !== null);
      expect(pdfs.reduce((sum, file) => sum + (file.pageCount ?? 0), 0)).toBe(packet.pageCount);
      const dat = await readFile(join(packet.folder, names.find((name) => name.endsWith('.dat')) ?? ''), 'utf8');
      expect(dat).toContain('þBEGBATESþ');
      expect(dat).not.toContain(hiddenWord);
      expect(dat).not.toContain(hiddenSubjectWord);
    });

    it('refuses a packet while a record released in part has nothing redacted, and writes nothing', async () => {
      await client.call('records.code', { requestId, recordIds: [full.id], decision: 'release-in-part' });
      const before = (await client.call('packet.list', { requestId })).length;
      const error = await expectCode(client.call('packet.build', { requestId, batesPrefix: 'BAD-' }), 'invalid-args');
      expect(error.message).toMatch(/released in part but nothing in it is redacted/);
      expect(await client.call('packet.list', { requestId })).toHaveLength(before);
      await client.call('records.code', { requestId, recordIds: [full.id], decision: 'release-in-full' });
    });

    it('stops when cancelled, and writes nothing', async () => {
      const before = (await client.call('packet.list', { requestId })).length;
      const run = client.call('packet.build', { requestId, batesPrefix: 'CAN-', jobId: 'packet-cancel-1' });
      await new Promise((resolve) => setTimeout(resolve, 5));
      await client.call('task.cancel', { jobId: 'packet-cancel-1' });
      const outcome = await run.then(
        () => 'built',
        (error: { code?: string }) => error.code ?? 'error',
      );
      // A build can finish before the cancel lands; either way nothing half-made is left.
      expect(['built', 'cancelled']).toContain(outcome);
      expect((await client.call('packet.list', { requestId })).length).toBe(before + (outcome === 'built' ? 1 : 0));
    });
  });
}
