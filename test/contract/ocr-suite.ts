/**
 * OCR after ingest over every transport. A folder holds a two-page scan with no text layer
 * (the LinnSequencer brochure's page twice, docs/pdf/ocrmypdf/linn.pdf, put together here with
 * pdf-lib): ocr.status shows its pages waiting and its source's language; the source is set to
 * French, so a run cancelled after its first page keeps that page read in French (its words are
 * searchable at once), and a second run, told to detect the script, reads only the other one in
 * English. Two pages of OCR in all, about 3 s each.
 */
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../../shared/ipc/client.js';
import type { Host } from '../../main/host/create-host.js';
import { corpusPath } from '../support/corpus.js';
import { bombPng, manyPageTiff, pdfThatCannotBeDrawn } from '../unit/main/core/ocr/ocr-fixtures.js';
import { expectCode } from '../support/expect-code.js';
import { useTestHost } from '../support/test-host.js';
import type { Connected } from '../support/test-host.js';

async function twoPageScan(pages = [0, 0]): Promise<Uint8Array> {
  const source = await PDFDocument.load(await readFile(corpusPath('docs', 'pdf', 'ocrmypdf', 'linn.pdf')));
  const scan = await PDFDocument.create();
  for (const page of await scan.copyPages(source, pages)) {
    scan.addPage(page);
  }
  return scan.save();
}

type AuditLine = { action: string; target: string; before: unknown; after: unknown };

/** The entries of `action` in the case's audit log, oldest first. */
async function auditEntries(casePath: string, action: string): Promise<AuditLine[]> {
  return (await readFile(join(casePath, 'audit.jsonl'), 'utf8'))
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as AuditLine)
    .filter((entry) => entry.action === action);
}

/** The `after` of each ocr.run entry in the case's audit log, oldest first. */
async function ocrAuditEntries(casePath: string): Promise<unknown[]> {
  return (await auditEntries(casePath, 'ocr.run')).map((entry) => entry.after);
}

export function defineOcrSuite(transport: string, connect: (host: Host) => Promise<Connected>): void {
  describe(`OCR after ingest over ${transport}`, () => {
    const suite = useTestHost(connect);
    let client: Client;

    beforeAll(async () => {
      client = suite.client;
      const folder = join(suite.dataDir, 'scans');
      await mkdir(folder, { recursive: true });
      await writeFile(join(folder, 'brochure.pdf'), await twoPageScan());
      await writeFile(join(folder, 'notes.txt'), 'Notes on the brochure.\n');
      await mkdir(join(suite.dataDir, 'letters'), { recursive: true });
      await writeFile(join(suite.dataDir, 'letters', 'carta.txt'), 'Una carta sin páginas escaneadas.\n');
    });

    it('needs an open case', async () => {
      await expectCode(client.call('ocr.status', {}), 'no-case-open');
    });

    it('lists the scan as waiting, keeps what a cancelled run read, and resumes with the rest', { timeout: 90_000 }, async () => {
      const casePath = join(suite.dataDir, 'case');
      await client.call('case.create', { path: casePath, name: 'Scans' });
      const added = await client.call('sources.add', { path: join(suite.dataDir, 'scans'), custodian: 'Records office' });
      expect(added.status).toBe('completed');
      // A source starts in English unless sources.add names a language.
      expect(added.source.ocrLang).toBe('eng');
      const letters = await client.call('sources.add', { path: join(suite.dataDir, 'letters'), custodian: 'Clerk', ocrLang: 'spa' });
      expect(letters.source.ocrLang).toBe('spa');
      const scans = { sourceId: added.source.id, custodian: 'Records office', path: added.source.path };
      const noScans = { sourceId: letters.source.id, custodian: 'Clerk', path: letters.source.path, lang: 'spa', pagesWaiting: 0, recordsWaiting: 0 };
      expect(await client.call('ocr.status', {})).toEqual({
        pagesWaiting: 2,
        recordsWaiting: 1,
        pagesDone: 0,
        errors: [],
        lowConfidence: [],
        sources: [{ ...scans, lang: 'eng', pagesWaiting: 2, recordsWaiting: 1 }, noScans],
      });
      expect((await client.call('search.query', { query: 'polyphonic' })).total).toBe(0);

      // The scans are in French: the source keeps that (audited), and status shows it.
      const status = await client.call('ocr.setSourceLanguage', { sourceId: added.source.id, lang: 'fra' });
      expect(status.sources).toEqual([{ ...scans, lang: 'fra', pagesWaiting: 2, recordsWaiting: 1 }, noScans]);
      expect(await client.call('ocr.status', {})).toEqual(status);
      expect((await client.call('sources.list', {})).map((source) => source.ocrLang)).toEqual(['fra', 'spa']);
      expect((await auditEntries(casePath, 'source.ocr-language')).map(({ target, before, after }) => ({ target, before, after }))).toEqual([
        { target: added.source.id, before: { ocrLang: 'eng' }, after: { ocrLang: 'fra' } },
      ]);
      // Setting it again changes nothing and notes nothing.
      await client.call('ocr.setSourceLanguage', { sourceId: added.source.id, lang: 'fra' });
      expect(await auditEntries(casePath, 'source.ocr-language')).toHaveLength(1);
      await expectCode(client.call('ocr.setSourceLanguage', { sourceId: 's_0123456789abcdef', lang: 'fra' }), 'not-found');
      await expectCode(client.call('ocr.setSourceLanguage', { sourceId: added.source.id, lang: 'rus' as 'fra' }), 'invalid-args');

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
      // The cancelled run changed a record's text: its audit entry says what it did.
      // No language given: the run read the record in its source's, and says so.
      expect((await ocrAuditEntries(casePath)).at(-1)).toEqual({ lang: null, languages: { fra: 1 }, records: 1, pagesRead: 1, errors: 0, unreadable: 0, cancelled: true, failure: null });
      expect(await client.call('ocr.status', {})).toMatchObject({ pagesWaiting: 1, recordsWaiting: 1, pagesDone: 1, errors: [], sources: [{ lang: 'fra', pagesWaiting: 1 }, { pagesWaiting: 0 }] });
      const { hits } = await client.call('search.query', { query: 'polyphonic' });
      expect(hits.map((hit) => hit.title)).toEqual(['brochure.pdf']);
      const record = await client.call('records.get', { recordId: hits[0]?.id ?? '' });
      expect(record.document?.ocr?.pages).toEqual([{ page: 1, meanConfidence: expect.any(Number), lang: 'fra', replacedText: false }]);
      expect(record.document?.pagesNeedingOcr).toEqual([2]);

      // This run only, script detection over the source's French: OSD finds Latin script, read in English.
      const second = await client.call('ocr.run', { lang: 'auto' });
      expect(second).toMatchObject({ pagesRead: 1, pagesWaiting: 0, recordsWaiting: 0, pagesDone: 2, errors: [], lowConfidence: [] });
      expect(second.sources.map((source) => [source.lang, source.pagesWaiting])).toEqual([
        ['fra', 0],
        ['spa', 0],
      ]);
      expect((await ocrAuditEntries(casePath)).at(-1)).toMatchObject({ lang: 'auto', languages: { auto: 1 }, records: 1, pagesRead: 1 });
      const after = await client.call('records.get', { recordId: record.id });
      expect(after.document?.ocr?.pages.map((page) => [page.page, page.lang])).toEqual([
        [1, 'fra'],
        [2, 'eng'],
      ]);
      expect(after.body.match(/LinnSequencer/g)?.length).toBeGreaterThanOrEqual(2);
      expect(after.contentSha256).toBe(record.contentSha256);
      expect((await ocrAuditEntries(casePath)).at(-1)).toMatchObject({ pagesRead: 1, errors: 0, cancelled: false });
      expect((await client.call('audit.verify', {})).ok).toBe(true);
      // Nothing left: a third run reads nothing.
      expect(await client.call('ocr.run', {})).toMatchObject({ pagesRead: 0, pagesDone: 2 });
      // Adding the path again with another language changes it (audited) and reads nothing again.
      const again = await client.call('sources.add', { path: join(suite.dataDir, 'scans'), custodian: 'Records office', ocrLang: 'deu' });
      expect([again.alreadyPresent, again.source.ocrLang]).toEqual([true, 'deu']);
      expect((await auditEntries(casePath, 'source.ocr-language')).at(-1)).toMatchObject({ before: { ocrLang: 'fra' }, after: { ocrLang: 'deu' } });
      expect(await client.call('ocr.status', {})).toMatchObject({ pagesDone: 2, pagesWaiting: 0 });
    });

    it('notes a page read again, cancelled (in its source’s language, keeping the page’s text) or read', { timeout: 60_000 }, async () => {
      const casePath = join(suite.dataDir, 'case');
      const [hit] = (await client.call('search.query', { query: 'polyphonic' })).hits;
      const before = await client.call('records.get', { recordId: hit?.id ?? '' });
      const off = client.on('task.progress', (event) => {
        if (event.jobId === 'rerun-1') {
          void client.call('task.cancel', { jobId: 'rerun-1' });
        }
      });
      await expectCode(client.call('ocr.rerun', { recordId: before.id, page: 2, jobId: 'rerun-1' }), 'cancelled');
      off();
      expect((await auditEntries(casePath, 'ocr.rerun')).at(-1)).toMatchObject({ target: before.id, after: { page: 2, lang: 'deu', cancelled: true, failure: null } });
      expect((await client.call('records.get', { recordId: before.id })).body).toBe(before.body);
      // Read to the end in a language asked for: the entry says what the page became.
      expect(await client.call('ocr.rerun', { recordId: before.id, page: 2, lang: 'eng' })).toMatchObject({ pagesRead: 1, pagesDone: 2, errors: [] });
      expect((await auditEntries(casePath, 'ocr.rerun')).at(-1)?.after).toEqual({
        page: 2,
        lang: 'eng',
        readIn: 'eng',
        meanConfidence: expect.any(Number),
        replacedText: expect.any(Boolean),
        cancelled: false,
        failure: null,
      });
      expect((await client.call('audit.verify', {})).ok).toBe(true);
    });
  });

  describe(`OCR of bad input over ${transport}`, () => {
    const suite = useTestHost(connect);
    let client: Client;

    beforeAll(async () => {
      client = suite.client;
      const folder = join(suite.dataDir, 'mixed');
      await mkdir(folder, { recursive: true });
      await writeFile(join(folder, 'good-scan.pdf'), await twoPageScan([0]));
      // A PNG signature and header, then noise.
      await writeFile(join(folder, 'corrupt.png'), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 7, 7, 7, 7, 1, 2, 3]));
      await writeFile(join(folder, 'bomb.png'), bombPng());
      await writeFile(join(folder, 'fax.tif'), manyPageTiff(1000));
      await writeFile(join(folder, 'undrawable.pdf'), await pdfThatCannotBeDrawn());
      await writeFile(join(folder, 'notes.txt'), 'Notes on the scans, indexed before OCR.\n');
    });

    it('reads the good page and turns each bad file into errors naming the file and page, in bounded time', { timeout: 180_000 }, async () => {
      await client.call('case.create', { path: join(suite.dataDir, 'case'), name: 'Bad scans' });
      expect((await client.call('sources.add', { path: join(suite.dataDir, 'mixed'), custodian: 'Records office' })).status).toBe('completed');
      // Every image file is a record waiting for OCR; the PDFs wait with their scanned pages.
      expect(await client.call('ocr.status', {})).toMatchObject({ recordsWaiting: 5, pagesDone: 0, errors: [] });
      const notes = (await client.call('search.query', { query: 'indexed before OCR' })).hits;
      expect(notes.map((hit) => hit.title)).toEqual(['notes.txt']);
      const notesBefore = await client.call('records.get', { recordId: notes[0]?.id ?? '' });

      const started = performance.now();
      const run = await client.call('ocr.run', {});
      // 500 tiny TIFF pages (the page limit), one brochure page, three files refused early.
      expect(performance.now() - started).toBeLessThan(90_000);
      expect(run).toMatchObject({ pagesWaiting: 0, recordsWaiting: 0, unreadable: [] });
      // The scan's hit is marked as text from OCR; the notes are not.
      expect((await client.call('search.query', { query: 'polyphonic' })).hits.map((hit) => [hit.title, hit.ocr])).toEqual([['good-scan.pdf', true]]);
      expect((await client.call('search.query', { query: 'indexed before OCR' })).hits.map((hit) => [hit.title, hit.ocr])).toEqual([['notes.txt', false]]);

      const messages = run.errors.map((error) => `${error.page}: ${error.message}`);
      expect(messages).toContainEqual(expect.stringMatching(/^1: corrupt\.png: The image cannot be decoded/));
      expect(messages).toContainEqual(expect.stringMatching(/^1: bomb\.png, page 1: Page 1 declares 20000 × 20000 pixels/));
      expect(messages).toContainEqual(expect.stringMatching(/^1: undrawable\.pdf, page 1: The PDF's page 1 of 1 cannot be drawn/));
      // The TIFF's pages past the limit are one error, kept on each page it covers.
      const fax = run.errors.filter((error) => error.message.startsWith('fax.tif'));
      expect(fax).toHaveLength(500);
      expect(fax[0]).toMatchObject({ page: 501, message: expect.stringMatching(/^fax\.tif, page 501: pages 501–1000 were not read: OCR reads at most 500 pages/) });
      expect(run.errors).toHaveLength(503);

      // Nothing that was indexed before changed.
      expect(await client.call('records.get', { recordId: notesBefore.id })).toEqual(notesBefore);
      // A second run tries none of them again.
      expect(await client.call('ocr.run', {})).toMatchObject({ pagesRead: 0, errors: run.errors });

      // Reading a damaged page again fails, and is noted as the officer's request that failed.
      const [corrupt] = (await client.call('search.query', { query: 'filename:corrupt.png' })).hits;
      await expectCode(client.call('ocr.rerun', { recordId: corrupt?.id ?? '', page: 1 }), 'source-unreadable');
      expect((await auditEntries(join(suite.dataDir, 'case'), 'ocr.rerun')).at(-1)).toMatchObject({
        target: corrupt?.id,
        after: { page: 1, lang: 'eng', cancelled: false, failure: expect.stringMatching(/^corrupt\.png: The image cannot be decoded/) },
      });
    });
  });

  describe(`OCR of image attachments over ${transport}`, () => {
    const suite = useTestHost(connect);
    let client: Client;

    beforeAll(async () => {
      client = suite.client;
      const folder = join(suite.dataDir, 'mail');
      await mkdir(folder, { recursive: true });
      // A GIF attachment (dingusfish.gif); two JPEG attachments whose data the corpus cut short;
      // a PST with an attached and an inline PNG; a WhatsApp export with a photo.
      await copyFile(corpusPath('email', 'python-email', 'msg_07.txt'), join(folder, 'msg_07.eml'));
      await copyFile(corpusPath('email', 'python-email', 'msg_22.txt'), join(folder, 'msg_22.eml'));
      await copyFile(corpusPath('email', 'pst', 'ruby-msg', 'attachAndInline.pst'), join(folder, 'attachAndInline.pst'));
      await copyFile(corpusPath('chat', 'whatsapp', 'whatsapp-chat-parser-website', 'whatsapp-chat-parser-example.zip'), join(folder, 'chat.zip'));
    });

    it('counts image attachments and chat media as waiting, reads them back, and lists PST attachments as errors', { timeout: 120_000 }, async () => {
      await client.call('case.create', { path: join(suite.dataDir, 'case'), name: 'Attachments' });
      expect((await client.call('sources.add', { path: join(suite.dataDir, 'mail'), custodian: 'Records office' })).status).toBe('completed');
      expect(await client.call('ocr.status', {})).toMatchObject({ pagesWaiting: 6, recordsWaiting: 6, pagesDone: 0 });

      const run = await client.call('ocr.run', {});
      expect(run).toMatchObject({ pagesRead: 2, pagesDone: 2, pagesWaiting: 0, recordsWaiting: 0, unreadable: [] });
      const messages = run.errors.map((error) => error.message).sort();
      expect(messages).toEqual([
        expect.stringMatching(/^attachAndInline\.pst › attach\.png cannot be read: The original bytes are not available from .*not read back/),
        expect.stringMatching(/^attachAndInline\.pst › image001\.png cannot be read: The original bytes are not available from .*not read back/),
        expect.stringMatching(/^msg_22\.eml › wibble\.JPG: The image cannot be decoded/),
        expect.stringMatching(/^msg_22\.eml › wibble2\.JPG: The image cannot be decoded/),
      ]);
      // The GIF from the .eml and the photo from the zipped chat were read back and OCR'd.
      const { hits } = await client.call('search.query', { query: 'filename:dingusfish.gif OR filename:00000001-PHOTO-2019-06-20-16-00-15.jpg' });
      const records = await Promise.all(hits.map((hit) => client.call('records.get', { recordId: hit.id })));
      const images = records.filter((record) => /\.(gif|jpg)$/.test(record.filename));
      expect(images.map((record) => [record.filename, record.document?.ocr?.pages.map((page) => page.page)]).sort()).toEqual([
        ['00000001-PHOTO-2019-06-20-16-00-15.jpg', [1]],
        ['dingusfish.gif', [1]],
      ]);
    });
  });
}
