/**
 * A scanned PDF released in part, end to end over the in-memory transport: a two-page scan with
 * no text layer (the LinnSequencer brochure's page twice, docs/pdf/ocrmypdf/linn.pdf) is added
 * to a case, page 1 is read by OCR (one page, about 3 s), a word of its text is redacted and the
 * record coded release in part. The packet passes its checks; pdf.js finds the word nowhere in
 * it; page 1 is an image with the word's box burned in (uniform black pixels under it, poppler
 * renders them) and page 2, with nothing redacted, is the scan's own page.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../../shared/ipc/client.js';
import type { RecordDetail } from '../../shared/model/record.js';
import { corpusPath } from '../support/corpus.js';
import { boxPixels, hasPdftoppm, inkShare, renderPdfPages } from '../support/pdf-pixels.js';
import { readPdfPages } from '../support/pdf-text.js';
import { connectInMemory, useTestHost } from '../support/test-host.js';

const pixelsSkipped = !hasPdftoppm();
const needsPoppler = pixelsSkipped ? ' (pixels skipped: pdftoppm is not installed; apt-get install poppler-utils)' : '';
const DPI = 100;

async function twoPageScan(): Promise<Uint8Array> {
  const source = await PDFDocument.load(await readFile(corpusPath('docs', 'pdf', 'ocrmypdf', 'linn.pdf')));
  const scan = await PDFDocument.create();
  for (const page of await scan.copyPages(source, [0, 0])) {
    scan.addPage(page);
  }
  return scan.save();
}

describe('a scanned PDF released in part over the in-memory transport', () => {
  const suite = useTestHost(connectInMemory);
  let client: Client;
  let record: RecordDetail;
  let hiddenWord: string;
  let requestId: string;

  beforeAll(async () => {
    client = suite.client;
    const folder = join(suite.dataDir, 'scans');
    await mkdir(folder, { recursive: true });
    await writeFile(join(folder, 'brochure.pdf'), await twoPageScan());
    await client.call('case.create', { path: join(suite.dataDir, 'case'), name: 'Scans', requestTitle: 'Sequencer brochures' });
    requestId = (await client.call('requests.list', {}))[0]?.id ?? '';
    expect((await client.call('sources.add', { path: folder, custodian: 'Records office' })).status).toBe('completed');
    const hit = (await client.call('search.query', { query: 'filename:brochure.pdf' })).hits[0];
    const recordId = hit?.id ?? (await client.call('search.query', { query: '' })).hits[0]?.id ?? '';
    // Page 1 only: page 2 stays without text, so every word of page 1 is in the body once.
    await client.call('ocr.rerun', { recordId, page: 1 });
    record = await client.call('records.get', { recordId });
    expect(record.document?.ocr?.pages.map((page) => page.page)).toEqual([1]);
    hiddenWord = ['professional', 'musician', 'composition', 'amazingly'].find((word) => record.body.split(word).length === 2) ?? '';
    expect(hiddenWord).not.toBe('');
    const start = record.body.indexOf(hiddenWord);
    await client.call('redactions.add', { requestId, recordId, field: 'body', start, end: start + hiddenWord.length, exemptions: [{ catalogue: 'us-foia', code: 'b6' }] });
    await client.call('records.code', { requestId, recordIds: [recordId], decision: 'release-in-part', note: 'A private name' });
  }, 120_000);

  it('burns the word into page 1’s image, copies page 2, and passes the packet check' + needsPoppler, { timeout: 120_000 }, async () => {
    const packet = await client.call('packet.build', { requestId, batesPrefix: 'SCAN-', order: 'date', coverLetter: null });
    expect(packet.verification.pagesRead).toBe(packet.pageCount);
    const bytes = new Uint8Array(await readFile(packet.path));
    const pages = await readPdfPages(bytes);
    expect(pages.join('\n')).not.toContain(hiddenWord);
    expect(pages.join('\n').toLowerCase()).not.toContain(hiddenWord.toLowerCase());
    // The record's two pages follow the index: no text on them but their stamps and the box label.
    const entry = packet.entries.find((candidate) => candidate.recordId === record.id);
    const first = Number(entry?.batesFirst.replace('SCAN-', '')) - 1;
    expect(entry?.batesLast).toBe(`SCAN-${String(first + 2).padStart(6, '0')}`);
    const [rasterText, originalText] = [pages[first] ?? '', pages[first + 1] ?? ''];
    expect(rasterText).toContain(entry?.batesFirst);
    expect(rasterText).toContain('(b)(6)');
    expect(rasterText).not.toMatch(/LinnSequencer|Sequencer|MIDI/);
    expect(originalText).not.toMatch(/LinnSequencer|MIDI/);

    if (pixelsSkipped) {
      return;
    }
    const rendered = await renderPdfPages(bytes, { dpi: DPI, first: first + 1, last: first + 2 });
    const [raster, original] = rendered;
    if (raster === undefined || original === undefined) {
      throw new Error('pdftoppm rendered no pages');
    }
    // Both pages show the scan: the image is kept.
    expect(inkShare(raster)).toBeGreaterThan(0.01);
    expect(inkShare(original)).toBeGreaterThan(0.01);
    // The box: where page 1 is black and page 2, the same scan, is paper. Resampling leaves
    // stray differing pixels along strokes; the box is the rows and columns where they crowd.
    const darker = (x: number, y: number): boolean => {
      const at = (y * raster.width + x) * raster.channels;
      return (raster.data[at] ?? 255) < 64 && (original.data[at] ?? 0) > 191;
    };
    const rows: number[] = [];
    for (let y = 0; y < raster.height; y += 1) {
      let count = 0;
      for (let x = 0; x < raster.width; x += 1) {
        count += darker(x, y) ? 1 : 0;
      }
      if (count >= 30) {
        rows.push(y);
      }
    }
    const columns: number[] = [];
    for (let x = 0; x < raster.width; x += 1) {
      const count = rows.filter((y) => darker(x, y)).length;
      if (rows.length > 0 && count >= rows.length / 2) {
        columns.push(x);
      }
    }
    const box = { top: Math.min(...rows), bottom: Math.max(...rows), left: Math.min(...columns), right: Math.max(...columns) };
    expect(rows.length).toBeGreaterThan(5);
    expect(box.bottom - box.top).toBeLessThan(40);
    expect(box.right - box.left).toBeLessThan(200);
    const area = { x: (box.left * 72) / DPI, y: 792 - ((box.bottom + 1) * 72) / DPI, width: ((box.right - box.left + 1) * 72) / DPI, height: ((box.bottom - box.top + 1) * 72) / DPI };
    const under = boxPixels(raster, area, { dpi: DPI, pageHeight: 792, inset: 0 });
    expect(under.dark / under.total).toBeGreaterThan(0.75);
  });
});
