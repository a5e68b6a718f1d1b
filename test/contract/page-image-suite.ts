/**
 * Page images of PDF and image records over every transport: a PDF found as a file of a folder
 * and a PDF attached to a message in an mbox are drawn page by page from their sources' bytes; a
 * record that is no PDF or image, a page the PDF does not have, and a source changed since
 * ingest are refused with their codes. The mbox is constructed here around a corpus PDF (the
 * corpus has no mail that carries one). A scan saved as a PNG (the corpus brochure scan's page,
 * drawn here) is drawn too, and once OCR has read it, the words a search hits are marked on it.
 */
import { appendFile, copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../../shared/ipc/client.js';
import type { RecordKind } from '../../shared/model/record.js';
import type { Host } from '../../main/host/create-host.js';
import sharp from 'sharp';
import { renderPdfPage } from '../../main/core/documents/pdf/render-pdf-page.js';
import { corpusPath, tempFolder } from '../support/corpus.js';
import { expectCode } from '../support/expect-code.js';
import { makeTestHost } from '../support/test-host.js';
import type { Connected } from '../support/test-host.js';

const MANUAL = corpusPath('docs', 'pdf', 'libtasn1.pdf');
const FILING = corpusPath('docs', 'pdf', 'xray', 'rectangles_yes_2.pdf');
const CONTROL = corpusPath('docs', 'pdf', 'xray', 'rectangles_no.pdf');
const BROCHURE_SCAN = corpusPath('docs', 'pdf', 'ocrmypdf', 'linn.pdf');
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

async function mboxWithPdf(): Promise<string> {
  return [
    'From dana@example.gov Tue Apr  2 10:00:00 2024',
    'From: Dana Clerk <dana@example.gov>',
    'To: Records Office <records@example.gov>',
    'Subject: Filing attached',
    'Date: Tue, 2 Apr 2024 10:00:00 +0000',
    'MIME-Version: 1.0',
    'Content-Type: multipart/mixed; boundary="b1"',
    '',
    '--b1',
    'Content-Type: text/plain',
    '',
    'The filing is attached.',
    '--b1',
    'Content-Type: application/pdf; name="filing.pdf"',
    'Content-Disposition: attachment; filename="filing.pdf"',
    'Content-Transfer-Encoding: base64',
    '',
    (await readFile(FILING)).toString('base64').replace(/.{76}/g, '$&\n'),
    '--b1--',
    '',
  ].join('\n');
}

function pngOf(dataUrl: string): Buffer {
  const prefix = 'data:image/png;base64,';
  expect(dataUrl.startsWith(prefix)).toBe(true);
  return Buffer.from(dataUrl.slice(prefix.length), 'base64');
}

export function definePageImageSuite(transport: string, connect: (host: Host) => Promise<Connected>): void {
  describe(`Page images over ${transport}`, () => {
    let data: { path: string; cleanup(): Promise<void> };
    let host: Host;
    let connection: Connected;
    let client: Client;
    let sourceFolder: string;

    /** The id of the PDF record of `kind` whose file name is `filename`. */
    const pdfRecord = async (kind: RecordKind, filename: string): Promise<string> => {
      const { hits } = await client.call('search.query', { query: '', kinds: [kind], pageSize: 200 });
      for (const hit of hits) {
        const record = await client.call('records.get', { recordId: hit.id });
        if (record.filename === filename && record.document?.format === 'pdf') {
          return record.id;
        }
      }
      throw new Error(`no ${kind} ${filename} was indexed`);
    };

    beforeAll(async () => {
      data = await tempFolder();
      host = makeTestHost({ dataDir: data.path });
      connection = await connect(host);
      client = connection.client;
      sourceFolder = join(data.path, 'source');
      await mkdir(join(sourceFolder, 'mail'), { recursive: true });
      await copyFile(MANUAL, join(sourceFolder, 'libtasn1.pdf'));
      await copyFile(CONTROL, join(sourceFolder, 'control.pdf'));
      await writeFile(join(sourceFolder, 'notes.txt'), 'Notes on the filing, not a PDF.\n');
      await writeFile(join(sourceFolder, 'mail', 'Inbox.mbox'), await mboxWithPdf());
      // A scanner's PNG of the brochure: its page drawn at 200 dpi.
      const scan = await renderPdfPage(new Uint8Array(await readFile(BROCHURE_SCAN)), 1, { dpi: 200 });
      await writeFile(join(sourceFolder, 'brochure.png'), scan.png);
    });
    afterAll(async () => {
      await connection.close();
      await host.close();
      await data.cleanup();
    });

    it('needs an open case', async () => {
      await expectCode(client.call('records.pageImage', { recordId: 'r_0000000000000000', page: 1, width: 600 }), 'no-case-open');
    });

    it('draws the pages of a PDF file as PNG data URLs at the width asked, clamped', async () => {
      await client.call('case.create', { path: join(data.path, 'case'), name: 'Page images' });
      const report = await client.call('sources.add', { path: sourceFolder, custodian: 'Dana Clerk' });
      expect(report.status).toBe('completed');
      const recordId = await pdfRecord('document', 'libtasn1.pdf');

      const first = await client.call('records.pageImage', { recordId, page: 1, width: 612 });
      expect(first).toMatchObject({ widthPx: 612, heightPx: 792, page: 1, pageCount: 36 });
      expect(pngOf(first.dataUrl).subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
      const second = await client.call('records.pageImage', { recordId, page: 2, width: 612 });
      expect(second).toMatchObject({ page: 2, pageCount: 36 });
      expect(second.dataUrl).not.toBe(first.dataUrl);
      expect(await client.call('records.pageImage', { recordId, page: 36, width: 50 })).toMatchObject({ widthPx: 200, page: 36 });

      const beyond = await expectCode(client.call('records.pageImage', { recordId, page: 37, width: 600 }), 'invalid-args');
      expect(beyond.message).toBe('There is no page 37: the PDF has 36 pages');
      await expectCode(client.call('records.pageImage', { recordId, page: 0, width: 600 }), 'invalid-args');
    });

    it('draws a PDF attached to a message in an mbox', async () => {
      const recordId = await pdfRecord('attachment', 'filing.pdf');
      const page = await client.call('records.pageImage', { recordId, page: 1, width: 800 });
      expect(page).toMatchObject({ widthPx: 800, page: 1, pageCount: 1 });
      expect(pngOf(page.dataUrl).subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    });

    it('draws a scanned image, and marks on it the words OCR read that the search hits', async () => {
      const { hits } = await client.call('search.query', { query: 'filename:brochure', kinds: ['document'] });
      const recordId = hits.find((hit) => hit.title === 'brochure.png')?.id ?? '';
      const before = await client.call('records.pageImage', { recordId, page: 1, width: 850, query: 'LinnSequencer' });
      expect(before).toMatchObject({ widthPx: 850, page: 1, pageCount: 1, highlights: [], hitPages: [] });
      await expectCode(client.call('records.pageImage', { recordId, page: 2, width: 850 }), 'invalid-args');

      const run = await client.call('ocr.run', { recordIds: [recordId], lang: 'eng' });
      expect(run.pagesRead).toBe(1);
      const page = await client.call('records.pageImage', { recordId, page: 1, width: 850, query: 'LinnSequencer' });
      expect(page.hitPages).toEqual([1]);
      expect(page.highlights.length).toBeGreaterThanOrEqual(2);

      // Each box lies on ink: a far larger share of its pixels is dark than of the page's.
      const { data, info } = await sharp(pngOf(page.dataUrl)).greyscale().raw().toBuffer({ resolveWithObject: true });
      const ink = (left: number, top: number, width: number, height: number): number => {
        let dark = 0;
        let count = 0;
        for (let y = Math.floor(top * info.height); y < Math.ceil((top + height) * info.height); y += 1) {
          for (let x = Math.floor(left * info.width); x < Math.ceil((left + width) * info.width); x += 1) {
            dark += (data[y * info.width + x] ?? 255) < 128 ? 1 : 0;
            count += 1;
          }
        }
        return dark / Math.max(1, count);
      };
      const pageInk = ink(0, 0, 1, 1);
      for (const box of page.highlights) {
        expect(box.width * box.height).toBeGreaterThan(0);
        expect(ink(box.left, box.top, box.width, box.height)).toBeGreaterThan(pageInk * 2);
      }

      // Only what can hit the body is marked: not a negated word, nor a word of another field.
      const excluded = await client.call('records.pageImage', { recordId, page: 1, width: 850, query: 'kind:document -LinnSequencer' });
      expect(excluded).toMatchObject({ highlights: [], hitPages: [] });
      const otherField = await client.call('records.pageImage', { recordId, page: 1, width: 850, query: 'subject:LinnSequencer' });
      expect(otherField.highlights).toEqual([]);
      // A prefix hits words it starts; a phrase marks its words together.
      const prefix = await client.call('records.pageImage', { recordId, page: 1, width: 850, query: 'sequen*' });
      expect(prefix.highlights.length).toBeGreaterThanOrEqual(1);
      const phrase = await client.call('records.pageImage', { recordId, page: 1, width: 850, query: '"track midi"' });
      expect(phrase.highlights.length).toBeGreaterThanOrEqual(2);
    });

    it('refuses a record that is no PDF, an unknown record, and a source changed since ingest', async () => {
      const { hits } = await client.call('search.query', { query: 'filing', kinds: ['document'] });
      const notes = hits.find((hit) => hit.title === 'notes.txt');
      await expectCode(client.call('records.pageImage', { recordId: notes?.id ?? '', page: 1, width: 600 }), 'unsupported');
      await expectCode(client.call('records.pageImage', { recordId: 'r_0000000000000000', page: 1, width: 600 }), 'not-found');

      const control = await pdfRecord('document', 'control.pdf');
      await appendFile(join(sourceFolder, 'control.pdf'), '\n% changed after ingest\n');
      const changed = await expectCode(client.call('records.pageImage', { recordId: control, page: 1, width: 600 }), 'source-unreadable');
      expect(changed.message).toContain(`The source changed since it was indexed: ${join(sourceFolder, 'control.pdf')}`);
    });
  });
}
