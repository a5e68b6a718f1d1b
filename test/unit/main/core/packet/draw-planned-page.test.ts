import { beforeAll, describe, expect, it } from 'vitest';
import { PDFArray, PDFDocument, PDFName, PDFRawStream, decodePDFRawStream } from 'pdf-lib';
import { boxLabelText, drawPlannedPage, pageDrawOps } from '../../../../../main/core/packet/draw-planned-page.js';
import { layoutPacket } from '../../../../../main/core/packet/layout-packet.js';
import { embedPacketFonts, loadPacketFonts, type FaceName, type PacketFontFiles } from '../../../../../main/core/packet/packet-fonts.js';
import type { PacketPlan } from '../../../../../main/core/packet/packet-plan.js';
import { LETTER_GEOMETRY } from '../../../../../main/core/packet/page-geometry.js';
import { createTextShaper, type TextShaper } from '../../../../../main/core/packet/text-shaper.js';
import { readPdfPages } from '../../../../support/pdf-text.js';
import { B3_TAX, FONT_DIR, makeInput, makeRecord, partItem, redactQuote } from './packet-fixtures.js';

/** Draws every page of `plan` the way the assembler does, without originals. */
async function draw(plan: PacketPlan, fonts: PacketFontFiles, shaper: TextShaper): Promise<Uint8Array> {
  const ops = plan.pages.map((page) => pageDrawOps(page, shaper));
  const doc = await PDFDocument.create({ updateMetadata: false });
  const embedded = await embedPacketFonts(doc, fonts, new Set<FaceName>(ops.flat().map((op) => op.face)));
  plan.pages.forEach((page, index) => {
    drawPlannedPage(doc.addPage([LETTER_GEOMETRY.width, LETTER_GEOMETRY.height]), page, ops[index] ?? [], embedded);
  });
  return doc.save();
}

async function contentOf(bytes: Uint8Array, pageIndex: number): Promise<string> {
  const doc = await PDFDocument.load(bytes);
  const contents = doc.getPage(pageIndex).node.lookup(PDFName.of('Contents'));
  const streams = contents instanceof PDFArray ? contents.asArray().map((ref) => doc.context.lookup(ref)) : [contents];
  return streams
    .filter((stream): stream is PDFRawStream => stream instanceof PDFRawStream)
    .map((stream) => new TextDecoder('latin1').decode(decodePDFRawStream(stream).decode()))
    .join('\n');
}

describe('drawing redaction boxes', () => {
  let fonts: PacketFontFiles;
  let shaper: TextShaper;
  beforeAll(async () => {
    fonts = await loadPacketFonts(FONT_DIR);
    shaper = createTextShaper(fonts);
  });

  it('draws black boxes with white labels, and the PDF’s text has the labels but never the redacted words', async () => {
    const record = makeRecord({ id: 'r1', title: 'Visit by Jane Roe', body: 'Jane Roe (SSN 123-45-6789) visited 東京 on Monday.' });
    const plan = layoutPacket(
      makeInput([partItem(record, [redactQuote(record, 'subject', 'Jane Roe'), redactQuote(record, 'body', 'Jane Roe'), redactQuote(record, 'body', '123-45-6789', [B3_TAX])])]),
      shaper,
    );
    const bytes = await draw(plan, fonts, shaper);
    const pages = await readPdfPages(bytes);
    const all = pages.join('\n');
    expect(all).not.toContain('Jane');
    expect(all).not.toContain('6789');
    expect(all).toContain('(b)(6)');
    expect(all).toContain('(b)(3): 26 U.S.C. 6103');
    expect(all).toContain('visited 東京 on Monday.');
    const recordPage = plan.pages.findIndex((page) => page.kind === 'record');
    const content = await contentOf(bytes, recordPage);
    // Filled rectangles in black, then white text for the labels.
    expect(content).toMatch(/0 0 0 rg[\s\S]*?\bh\s+f\b/);
    expect(content).toContain('1 1 1 rg');
  });

  it('centres a label in its box', () => {
    const box = { x: 100, y: 200, width: 80, height: 11.2, label: '(b)(6)', labelSize: 8 };
    const label = boxLabelText(box, shaper);
    const width = shaper.measure('(b)(6)', 8, 'bold');
    expect(label.x).toBeCloseTo(100 + (80 - width) / 2);
    expect(label.y).toBeGreaterThan(box.y);
    expect(label.y + 8 * 0.73).toBeLessThan(box.y + box.height);
    const ops = pageDrawOps({ texts: [], rules: [], boxes: [box] }, shaper);
    expect(ops.every((op) => op.onBox === true && op.face === 'bold-plain')).toBe(true);
  });
});
