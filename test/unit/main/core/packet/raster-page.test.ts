/**
 * A scanned PDF released in part, built into a packet: the corpus scan (docs/pdf/ocrmypdf/
 * linn.pdf, its page twice) with Tesseract's real words for its first lines on both pages
 * (test/support/ocr-fixture.ts). Page 1 carries the redactions and becomes an image with the
 * words burned into its pixels and no text layer; page 2 has none and is copied as it is.
 * The pixel checks need pdftoppm (poppler-utils); without it they are skipped and say so.
 */
import { readFile } from 'node:fs/promises';
import { PDFDocument } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { openPdfForRendering } from '../../../../../main/core/documents/pdf/render-pdf-page.js';
import { rasterPagePng, scaledBoxes } from '../../../../../main/core/packet/assemble-raster-page.js';
import { boxLabelText } from '../../../../../main/core/packet/draw-planned-page.js';
import { loadPacketFonts, type PacketFontFiles } from '../../../../../main/core/packet/packet-fonts.js';
import type { PacketInput } from '../../../../../main/core/packet/packet-input.js';
import { LETTER_GEOMETRY } from '../../../../../main/core/packet/page-geometry.js';
import { lineBoxes, scannedRelease } from '../../../../../main/core/packet/scanned-release.js';
import { createTextShaper } from '../../../../../main/core/packet/text-shaper.js';
import { expectationsFromInput } from '../../../../../main/core/packet/verify-expectations-from-input.js';
import { verifyPacket } from '../../../../../main/core/packet/verify-packet.js';
import { sha256Hex } from '../../../../../main/core/util/hash.js';
import { buildTestPacket, type TestPacket } from '../../../../support/build-test-packet.js';
import { corpusPath } from '../../../../support/corpus.js';
import { linnPage1, ocrPageWords, scannedBody } from '../../../../support/ocr-fixture.js';
import { boxPixels, decodePng, hasPdftoppm, inkShare, renderPdfPages, type PdfBox } from '../../../../support/pdf-pixels.js';
import { FONT_DIR, makeInput, makeRecord, partItem, redactQuote } from './packet-fixtures.js';

const DPI = 100;
const pixelsSkipped = !hasPdftoppm();
const needsPoppler = pixelsSkipped ? ' (skipped: pdftoppm is not installed; apt-get install poppler-utils)' : '';

const fixture = linnPage1();
const ocrPages = [ocrPageWords(fixture, 1), ocrPageWords(fixture, 2)];

async function twoPageScan(): Promise<Uint8Array> {
  const source = await PDFDocument.load(await readFile(corpusPath('docs', 'pdf', 'ocrmypdf', 'linn.pdf')));
  const scan = await PDFDocument.create();
  for (const page of await scan.copyPages(source, [0, 0])) {
    scan.addPage(page);
  }
  return scan.save();
}

describe('a scanned PDF released in part', () => {
  let scan: Uint8Array;
  let input: PacketInput;
  let fonts: PacketFontFiles;
  let packet: TestPacket;

  beforeAll(async () => {
    scan = await twoPageScan();
    const { body, document } = scannedBody(fixture, 2);
    const record = makeRecord({ id: 'r_scan', kind: 'document', title: 'brochure.pdf', body, document: { ...document, pageCount: 2 }, fileSha256: sha256Hex(scan), mimeType: 'application/pdf' });
    const redactions = [redactQuote(record, 'body', 'professional'), redactQuote(record, 'body', 'musician. It is\n\nextremely')];
    const item = partItem(record, redactions);
    item.scanned = scannedRelease(record, redactions, ocrPages, 2);
    input = makeInput([item]);
    fonts = await loadPacketFonts(FONT_DIR);
    packet = await buildTestPacket(input, fonts, { originalPdf: async () => scan });
  }, 60_000);

  it('burns in a word box per line of each redaction, with its label, on page 1 only', () => {
    const scanned = input.items[0]?.scanned;
    expect(scanned?.pageCount).toBe(2);
    expect(scanned?.pages.map((page) => page.page)).toEqual([1]);
    // “professional”; “musician. It is” merged into one box; “extremely” on the next line.
    expect(scanned?.pages[0]?.boxes.map((box) => box.label)).toEqual(['(b)(6)', '(b)(6)', '(b)(6)']);
    expect(scanned?.pages[0]?.widthPt).toBeCloseTo(612, 0);
  });

  it('lays out page 1 as a raster page and page 2 as the original', () => {
    const pages = packet.plan.pages.filter((page) => page.recordId === 'r_scan');
    expect(pages.map((page) => [page.kind, page.sourcePage])).toEqual([
      ['raster', 1],
      ['original', 2],
    ]);
    expect(pages[0]?.boxes).toHaveLength(3);
  });

  it('passes the packet check; the raster page has no text but its stamps', async () => {
    const result = await verifyPacket(packet.bytes, { ...expectationsFromInput(input, packet.plan), bates: input.options.bates });
    expect(result.problems).toEqual([]);
    const index = packet.plan.pages.findIndex((page) => page.kind === 'raster');
    const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const pdf = await getDocument({ data: packet.bytes.slice(), isEvalSupported: false, verbosity: 0 }).promise;
    const content = await (await pdf.getPage(index + 1)).getTextContent();
    const text = content.items.map((item) => ('str' in item ? item.str : '')).join(' ');
    await pdf.destroy();
    const plan = packet.plan.pages[index];
    const stamps = (plan?.texts ?? []).map((placed) => placed.text);
    expect(stamps).toContain(plan?.bates);
    // Only the stamps and the box labels: not one word of the scan.
    expect(text.replace(/\s+/g, '')).toBe([...stamps, ...(plan?.boxes ?? []).map((box) => box.label)].join('').replace(/\s+/g, ''));
    expect(text).not.toMatch(/professional|LinnSequencer/);
  });

  it('paints every box black in the image itself', async () => {
    const plan = packet.plan.pages.find((page) => page.kind === 'raster');
    if (plan?.raster === undefined || plan.sourcePage === undefined) {
      throw new Error('no raster page');
    }
    const pdf = await openPdfForRendering(scan);
    try {
      const png = decodePng(await rasterPagePng(pdf, plan.sourcePage, plan.raster));
      const boxes = scaledBoxes(plan.raster.boxes, plan.raster, { widthPx: png.width, heightPx: png.height });
      expect(png.channels).toBe(3);
      for (const box of boxes) {
        let lit = 0;
        for (let y = box.y0; y < box.y1; y += 1) {
          for (let x = box.x0; x < box.x1; x += 1) {
            const at = (y * png.width + x) * png.channels;
            lit += (png.data[at] ?? 0) + (png.data[at + 1] ?? 0) + (png.data[at + 2] ?? 0);
          }
        }
        expect(lit, `box ${JSON.stringify(box)}`).toBe(0);
      }
    } finally {
      await pdf.close();
    }
  }, 30_000);

  it.skipIf(pixelsSkipped)('shows solid boxes on the packet page and keeps page 2’s image' + needsPoppler, async () => {
    const shaper = createTextShaper(fonts);
    const rendered = await renderPdfPages(packet.bytes, { dpi: DPI });
    const index = packet.plan.pages.findIndex((page) => page.kind === 'raster');
    const page = rendered[index];
    const plan = packet.plan.pages[index];
    if (page === undefined || plan === undefined) {
      throw new Error('no rendering of the raster page');
    }
    for (const box of plan.boxes ?? []) {
      const exclude: PdfBox[] = [];
      if (box.label !== '') {
        const label = boxLabelText(box, shaper);
        exclude.push({ x: label.x - 1, y: label.y - 2, width: shaper.measure(box.label, box.labelSize, 'bold') + 2, height: box.labelSize + 3 });
      }
      const under = boxPixels(page, box, { dpi: DPI, pageHeight: LETTER_GEOMETRY.height, exclude });
      expect(under.total).toBeGreaterThan(0);
      expect(under.dark).toBe(under.total);
    }
    // The scan is still there around the boxes, and page 2 shows it whole.
    expect(inkShare(page)).toBeGreaterThan(0.01);
    const original = rendered[index + 1];
    expect(original === undefined ? 0 : inkShare(original)).toBeGreaterThan(0.01);
  }, 60_000);
});

describe('lineBoxes', () => {
  it('merges words of one line and starts a new box on the next line or across a gutter', () => {
    const word = (x0: number, y0: number, x1: number, y1: number) => ({ page: 1, bbox: { x0, y0, x1, y1 }, pointBox: { x0, y0, x1, y1 } });
    const boxes = lineBoxes([word(10, 10, 50, 30), word(60, 12, 90, 30), word(10, 40, 50, 60), word(400, 40, 450, 60)], 'X');
    expect(boxes.map((box) => box.pixel)).toEqual([
      { x0: 10, y0: 10, x1: 90, y1: 30 },
      { x0: 10, y0: 40, x1: 50, y1: 60 },
      { x0: 400, y0: 40, x1: 450, y1: 60 },
    ]);
  });
});

describe('scannedRelease', () => {
  const { body, document } = scannedBody(fixture, 2);
  const record = makeRecord({ id: 'r_scan', kind: 'document', body, document });

  it('gives null when a redaction lies outside the OCR pages', () => {
    const typed = makeRecord({ id: 'r_scan', kind: 'document', body: `${body}\n\fTyped page: 555-0134`, document: { ...document, pageStarts: [...document.pageStarts, body.length + 2] } });
    expect(scannedRelease(typed, [redactQuote(typed, 'body', '555-0134')], ocrPages, 3)).toBeNull();
  });

  it('gives null without body redactions, without OCR facts, or when the page scale is unknown', () => {
    expect(scannedRelease(record, [redactQuote(record, 'subject', 'Untitled')], ocrPages, 2)).toBeNull();
    const { ocr: _ocr, ...withoutOcr } = document;
    expect(scannedRelease({ ...record, document: withoutOcr }, [redactQuote(record, 'body', 'professional')], ocrPages, 2)).toBeNull();
    expect(scannedRelease(record, [redactQuote(record, 'body', 'professional')], ocrPages.map((page) => ({ ...page, dpi: null })), 2)).toBeNull();
  });
});
