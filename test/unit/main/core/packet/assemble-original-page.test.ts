import { beforeAll, describe, expect, it } from 'vitest';
import { PDFDocument, PDFName, PDFString, StandardFonts, degrees } from 'pdf-lib';
import { assemblePacket } from '../../../../../main/core/packet/assemble-packet.js';
import { originalPdfPageCount } from '../../../../../main/core/packet/assemble-original-page.js';
import { loadPacketFonts, type PacketFontFiles } from '../../../../../main/core/packet/packet-fonts.js';
import { sha256Hex } from '../../../../../main/core/util/hash.js';
import { handPlan, makeInput, makeItem, makeRecord } from './assemble-fixtures.js';
import { allObjectText, readBack } from './assemble-read-back.js';
import { FONT_DIR } from './packet-fixtures.js';

/**
 * A hostile source made with pdf-lib: a script run on open, a page action, an attached file, a
 * link annotation, XMP and an author; page 1 turned by /Rotate 90 with "TOP EDGE" along its
 * top; page 2 with a crop box that hides its lower-left part; page 3 with no content at all.
 */
async function hostileSource(): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.setAuthor('Pat Insider');
  doc.setKeywords(['internal-only']);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const turned = doc.addPage([612, 792]);
  turned.drawText('TOP EDGE', { x: 250, y: 760, size: 12, font });
  turned.drawText('BOTTOM EDGE', { x: 250, y: 20, size: 12, font });
  turned.setRotation(degrees(90));
  const cropped = doc.addPage([612, 792]);
  cropped.drawText('HIDDEN BY CROP', { x: 20, y: 20, size: 12, font });
  cropped.drawText('VISIBLE IN CROP', { x: 300, y: 500, size: 12, font });
  cropped.setCropBox(200, 200, 412, 592);
  doc.addPage([612, 792]).node.delete(PDFName.of('Contents'));

  const { context } = doc;
  const script = context.obj({ S: 'JavaScript', JS: PDFString.of('app.alert("owned")') });
  doc.catalog.set(PDFName.of('OpenAction'), context.register(script));
  turned.node.set(PDFName.of('AA'), context.obj({ O: context.register(context.obj({ S: 'JavaScript', JS: PDFString.of('app.launchURL("x")') })) }));
  const link = context.obj({ Type: 'Annot', Subtype: 'Link', Rect: [0, 0, 100, 100], A: { S: 'Launch', F: PDFString.of('calc.exe') } });
  turned.node.set(PDFName.of('Annots'), context.obj([context.register(link)]));
  await doc.attach(new TextEncoder().encode('secret attachment body'), 'notes.txt', { mimeType: 'text/plain' });
  const xmp = context.stream('<x:xmpmeta><rdf:Description pdf:Producer="C:\\Users\\pat\\draft.docx"/></x:xmpmeta>', { Type: 'Metadata', Subtype: 'XML' });
  doc.catalog.set(PDFName.of('Metadata'), context.register(xmp));
  return doc.save();
}

describe('original pages', () => {
  let fonts: PacketFontFiles;
  let bytes: Uint8Array;
  let packet: Uint8Array;

  beforeAll(async () => {
    fonts = await loadPacketFonts(FONT_DIR);
    const source = await hostileSource();
    const item = makeItem(makeRecord({ id: 'r', kind: 'document', fileSha256: sha256Hex(source) }), { originalPdfPages: 3 });
    const plan = handPlan([{ kind: 'original', recordId: 'r', title: 'Draft', sourcePages: [1, 2, 3] }]);
    const built = await assemblePacket(plan, makeInput([item]), fonts, { originalPdf: async () => source });
    packet = built.files[0]?.bytes ?? new Uint8Array();
    bytes = source;
  });

  it('counts a source PDF’s pages for the caller', async () => {
    expect(await originalPdfPageCount('r', bytes, sha256Hex(bytes))).toBe(3);
  });

  it('brings nothing active, attached or descriptive from the source', async () => {
    const everything = await allObjectText(packet);
    for (const absent of ['app.alert', 'app.launchURL', 'calc.exe', 'secret attachment body', 'notes.txt', 'Pat Insider', 'internal-only', 'draft.docx', 'xmpmeta', '/OpenAction', '/EmbeddedFiles', '/Launch']) {
      expect(everything).not.toContain(absent);
    }
    const back = await readBack(packet);
    expect(back.annotationsPerPage).toEqual([0, 0, 0]);
    expect(back.hasXmp).toBe(false);
  });

  it('shows a /Rotate 90 page as viewers do: its top edge along the right', async () => {
    const items = await textPositions(packet, 1);
    const top = items.find((item) => item.str === 'TOP EDGE');
    const bottom = items.find((item) => item.str === 'BOTTOM EDGE');
    expect(top?.x).toBeGreaterThan(306);
    expect(bottom?.x).toBeLessThan(306);
  });

  it('shows only the crop box, and a page with no content as a blank stamped page', async () => {
    const back = await readBack(packet);
    expect(back.pages[1]).toContain('VISIBLE IN CROP');
    // The hidden text is still inside the form (clipped, not removed), so it is checked by position.
    const hidden = (await textPositions(packet, 2)).find((item) => item.str === 'HIDDEN BY CROP');
    const visible = (await textPositions(packet, 2)).find((item) => item.str === 'VISIBLE IN CROP');
    expect(visible?.y).toBeGreaterThan(48);
    expect(hidden === undefined || hidden.y < 48 || hidden.x < 36).toBe(true);
    expect(back.pages[2]).toContain('ABC000003');
  });
});

async function textPositions(pdfBytes: Uint8Array, pageNumber: number): Promise<Array<{ str: string; x: number; y: number }>> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = getDocument({ data: pdfBytes.slice(), useSystemFonts: false, disableFontFace: true, isEvalSupported: false, verbosity: 0 });
  const pdf = await task.promise;
  try {
    const content = await (await pdf.getPage(pageNumber)).getTextContent();
    return content.items.flatMap((item) => ('str' in item ? [{ str: item.str, x: Number(item.transform[4]), y: Number(item.transform[5]) }] : []));
  } finally {
    await task.destroy();
  }
}
