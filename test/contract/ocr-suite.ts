/**
 * OCR after ingest over every transport. A folder holds a two-page scan with no text layer
 * (the LinnSequencer brochure's page twice, docs/pdf/ocrmypdf/linn.pdf, put together here with
 * pdf-lib): ocr.status shows its pages waiting; a run cancelled after its first page keeps that
 * page (its words are searchable at once) and a second run reads only the other one. Two pages
 * of OCR in all, about 3 s each.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../../shared/ipc/client.js';
import type { Host } from '../../main/host/create-host.js';
import { corpusPath, tempFolder } from '../support/corpus.js';
import { expectCode } from '../support/expect-code.js';
import { makeTestHost } from '../support/test-host.js';
import type { Connected } from '../support/test-host.js';

async function twoPageScan(): Promise<Uint8Array> {
  const source = await PDFDocument.load(await readFile(corpusPath('docs', 'pdf', 'ocrmypdf', 'linn.pdf')));
  const scan = await PDFDocument.create();
  for (const page of await scan.copyPages(source, [0, 0])) {
    scan.addPage(page);
  }
  return scan.save();
}

export function defineOcrSuite(transport: string, connect: (host: Host) => Promise<Connected>): void {
  describe(`OCR after ingest over ${transport}`, () => {
    let data: { path: string; cleanup(): Promise<void> };
    let host: Host;
    let connection: Connected;
    let client: Client;

    beforeAll(async () => {
      data = await tempFolder();
      host = makeTestHost({ dataDir: data.path });
      connection = await connect(host);
      client = connection.client;
      const folder = join(data.path, 'scans');
      await mkdir(folder, { recursive: true });
      await writeFile(join(folder, 'brochure.pdf'), await twoPageScan());
      await writeFile(join(folder, 'notes.txt'), 'Notes on the brochure.\n');
    });
    afterAll(async () => {
      await connection.close();
      await host.close();
      await data.cleanup();
    });

    it('needs an open case', async () => {
      await expectCode(client.call('ocr.status', {}), 'no-case-open');
    });

    it('lists the scan as waiting, keeps what a cancelled run read, and resumes with the rest', { timeout: 90_000 }, async () => {
      await client.call('case.create', { path: join(data.path, 'case'), name: 'Scans' });
      expect((await client.call('sources.add', { path: join(data.path, 'scans'), custodian: 'Records office' })).status).toBe('completed');
      expect(await client.call('ocr.status', {})).toEqual({ pagesWaiting: 2, recordsWaiting: 1, pagesDone: 0, errors: [], lowConfidence: [] });
      expect((await client.call('search.query', { query: 'polyphonic' })).total).toBe(0);

      // Cancel as soon as the first page is kept.
      const stages: string[] = [];
      const off = client.on('task.progress', (event) => {
        if (event.jobId !== 'ocr-1') {
          return;
        }
        stages.push(`${event.stage} ${event.done}/${event.total}`);
        if (event.stage === 'Reading pages' && event.done === 1) {
          void client.call('task.cancel', { jobId: 'ocr-1' });
        }
      });
      await expectCode(client.call('ocr.run', { jobId: 'ocr-1' }), 'cancelled');
      off();
      expect(stages).toContain('Reading pages 1/2');
      expect(await client.call('ocr.status', {})).toMatchObject({ pagesWaiting: 1, recordsWaiting: 1, pagesDone: 1, errors: [] });
      const { hits } = await client.call('search.query', { query: 'polyphonic' });
      expect(hits.map((hit) => hit.title)).toEqual(['brochure.pdf']);
      const record = await client.call('records.get', { recordId: hits[0]?.id ?? '' });
      expect(record.document?.ocr?.pages).toEqual([{ page: 1, meanConfidence: expect.any(Number), lang: 'eng', replacedText: false }]);
      expect(record.document?.pagesNeedingOcr).toEqual([2]);

      const second = await client.call('ocr.run', {});
      expect(second).toMatchObject({ pagesRead: 1, pagesWaiting: 0, recordsWaiting: 0, pagesDone: 2, errors: [], lowConfidence: [] });
      const after = await client.call('records.get', { recordId: record.id });
      expect(after.document?.ocr?.pages.map((page) => page.page)).toEqual([1, 2]);
      expect(after.body.match(/LinnSequencer/g)?.length).toBeGreaterThanOrEqual(2);
      expect(after.contentSha256).toBe(record.contentSha256);
      // Nothing left: a third run reads nothing.
      expect(await client.call('ocr.run', {})).toMatchObject({ pagesRead: 0, pagesDone: 2 });
    });
  });
}
