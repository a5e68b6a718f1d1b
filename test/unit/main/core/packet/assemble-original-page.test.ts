import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { PDFDocument, PDFName, PDFNumber, PDFString, StandardFonts, degrees, type PDFArray } from 'pdf-lib';
import { assemblePacket } from '../../../../../main/core/packet/assemble-packet.js';
import { originalPdfPageCount } from '../../../../../main/core/packet/assemble-original-page.js';
import { loadPacketFonts, type PacketFontFiles } from '../../../../../main/core/packet/packet-fonts.js';
import { sha256Hex } from '../../../../../main/core/util/hash.js';
import { handPlan, makeInput, makeItem, makeRecord } from './assemble-fixtures.js';
import { allObjectText, readBack } from './assemble-read-back.js';
import { FONT_DIR } from './packet-fixtures.js';
import { corpusPath } from '../../../../support/corpus.js';
import { expectCode } from '../../../../support/expect-code.js';

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

/**
 * A filled-in form made with pdf-lib: a text field "Jordan Example" on the row of the page's own
 * text "FIELD ROW", a ticked check box, and a hidden field "HIDDEN NOTE". The page's content
 * ends with a scale it never undoes, which must not move the fields. With `withoutAppearance`,
 * the text field keeps its value but loses the appearance that shows it.
 */
async function filledForm(options: { withoutAppearance?: boolean; screenOnly?: boolean; sharedDrawing?: boolean } = {}): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const page = doc.addPage([612, 792]);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  page.drawText('Application form', { x: 72, y: 740, size: 14, font });
  page.drawText('FIELD ROW', { x: 420, y: 606, size: 12, font });
  page.node.addContentStream(doc.context.register(doc.context.stream('2 0 0 2 0 0 cm')));
  const form = doc.getForm();
  const applicant = form.createTextField('applicant');
  applicant.setText('Jordan Example');
  applicant.addToPage(page, { x: 72, y: 600, width: 300, height: 24, font });
  const agree = form.createCheckBox('agree');
  agree.addToPage(page, { x: 72, y: 560, width: 14, height: 14 });
  agree.check();
  const internal = form.createTextField('internal');
  internal.setText('HIDDEN NOTE');
  internal.addToPage(page, { x: 72, y: 500, width: 300, height: 24, font, hidden: true });
  if (options.screenOnly === true) {
    applicant.acroField.getWidgets()[0]?.dict.set(PDFName.of('F'), PDFNumber.of(0));
  }
  if (options.sharedDrawing === true) {
    // A second page drawn by the first page's content array, with resources both inherit.
    const second = doc.addPage([612, 792]);
    const shared = doc.context.register(doc.context.obj([...(page.node.Contents() as PDFArray).asArray()]));
    page.node.set(PDFName.of('Contents'), shared);
    second.node.set(PDFName.of('Contents'), shared);
    const resources = page.node.get(PDFName.of('Resources'));
    if (resources !== undefined) {
      doc.catalog.Pages().set(PDFName.of('Resources'), resources);
    }
    page.node.delete(PDFName.of('Resources'));
    second.node.delete(PDFName.of('Resources'));
  }
  if (options.withoutAppearance === true) {
    form.updateFieldAppearances(font);
    applicant.acroField.getWidgets()[0]?.dict.delete(PDFName.of('AP'));
    return doc.save({ updateFieldAppearances: false });
  }
  return doc.save();
}

async function packetOf(source: Uint8Array, pages: number[]): Promise<Uint8Array> {
  const fonts = await loadPacketFonts(FONT_DIR);
  const item = makeItem(makeRecord({ id: 'f', kind: 'document', fileSha256: sha256Hex(source) }), { originalPdfPages: pages.length });
  const plan = handPlan([{ kind: 'original', recordId: 'f', title: 'Form', sourcePages: pages }]);
  const built = await assemblePacket(plan, makeInput([item]), fonts, { originalPdf: async () => source });
  return built.files[0]?.bytes ?? new Uint8Array();
}

describe('filled-in forms released in full', () => {
  it('shows each printed field’s value where the form puts it, and nothing of a hidden field', async () => {
    const source = await filledForm();
    expect(await originalPdfPageCount('f', source, sha256Hex(source))).toBe(1);
    const packet = await packetOf(source, [1]);
    const items = await textPositions(packet, 1);
    const value = items.find((item) => item.str.includes('Jordan Example'));
    const row = items.find((item) => item.str === 'FIELD ROW');
    expect(value).toBeDefined();
    expect(row).toBeDefined();
    // The same row within a point or two, left of the label: the unbalanced scale did not move it.
    expect(Math.abs((value?.y ?? 0) - (row?.y ?? 1000))).toBeLessThan(4);
    expect(value?.x).toBeLessThan(row?.x ?? 0);
    expect(await allObjectText(packet)).not.toContain('HIDDEN NOTE');
    expect((await readBack(packet)).annotationsPerPage).toEqual([0]);
  });

  it('draws a page’s fields on that page only, when pages share their content and resources', async () => {
    const source = await filledForm({ sharedDrawing: true });
    const pages = (await readBack(await packetOf(source, [1, 2]))).pages;
    expect(pages[0]).toContain('Jordan Example');
    expect(pages[1]).toContain('Application form');
    expect(pages[1]).not.toContain('Jordan Example');
  });

  it('shows the filled-in values of a real IRS form', async () => {
    const source = new Uint8Array(await readFile(corpusPath('docs', 'pdf', 'pdfjs', 'prefilled_f1040.pdf')));
    expect(await originalPdfPageCount('f', source, sha256Hex(source))).toBe(2);
    expect((await readBack(await packetOf(source, [1, 2]))).pages[1]).toContain('foobar');
  });

  it('refuses a value with no appearance, a form viewers redraw, and a dynamic XFA form, so that they are drawn from their text', async () => {
    const bare = await filledForm({ withoutAppearance: true });
    const refused = await expectCode(originalPdfPageCount('f', bare, sha256Hex(bare)), 'unsupported');
    expect(refused.message).toContain('form field "applicant" on page 1 has a value but no appearance');
    const screenOnly = await filledForm({ screenOnly: true });
    expect((await expectCode(originalPdfPageCount('s', screenOnly, sha256Hex(screenOnly)), 'unsupported')).message).toContain(
      'form field "applicant" on page 1 shows its value on screen but is not set to print',
    );
    // LibreOffice sets NeedAppearances and writes empty appearances: "Alice" is only in the value.
    const libreOffice = new Uint8Array(await readFile(corpusPath('docs', 'pdf', 'pypdf-samples', 'libreoffice-form.pdf')));
    expect((await expectCode(originalPdfPageCount('l', libreOffice, sha256Hex(libreOffice)), 'unsupported')).message).toContain(
      'form field "First Name" on page 1 is shown by viewers from its value (the form sets NeedAppearances)',
    );
    const xfa = new Uint8Array(await readFile(corpusPath('docs', 'pdf', 'pdfjs', 'xfa_filled_imm1344e.pdf')));
    expect((await expectCode(originalPdfPageCount('x', xfa, sha256Hex(xfa)), 'unsupported')).message).toContain('dynamic XFA form');
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
