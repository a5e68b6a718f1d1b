/**
 * Small PDFs made by hand with pdf-lib, for testing the packet check (verify-packet.ts) on files
 * whose every string is known: page text, document properties, an XMP packet, an annotation, a
 * bookmark, and an object no page reaches. Each is a place where a redacted name could survive.
 */
import { PDFDocument, PDFHexString, PDFName, PDFString, StandardFonts, rgb } from 'pdf-lib';

export type HandBuiltPage = {
  /** Lines drawn top to bottom, one text-show operation each. */
  lines: readonly string[];
  /** The footer stamp; omitted: none. */
  bates?: string;
  /** A sticky note (Text annotation) with these contents. */
  note?: string;
  /** Black boxes drawn over the text, in PDF points from the bottom-left (see pdf-pixels.ts). */
  boxes?: ReadonlyArray<{ x: number; y: number; width: number; height: number; label?: string }>;
};

export type HandBuiltPdf = {
  pages: readonly HandBuiltPage[];
  title?: string;
  keywords?: string;
  /** An XMP packet stored as the catalog's /Metadata stream. */
  xmp?: string;
  /** Top-level bookmark titles, each opening the first page. */
  outline?: readonly string[];
  /** A string in a dictionary that nothing in the document refers to. */
  orphan?: string;
};

export const PAGE_WIDTH = 612;
export const PAGE_HEIGHT = 792;
const LEFT = 72;
const TOP = 720;
const LINE = 16;
export const FONT_SIZE = 11;

/** The baseline of line `index` (0-based) on a hand-built page. */
export function lineBaseline(index: number): number {
  return TOP - index * LINE;
}

export async function handBuiltPdf(spec: HandBuiltPdf): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const font = await doc.embedFont(StandardFonts.Helvetica);
  if (spec.title !== undefined) {
    doc.setTitle(spec.title);
  }
  if (spec.keywords !== undefined) {
    doc.setKeywords([spec.keywords]);
  }
  for (const pageSpec of spec.pages) {
    const page = doc.addPage([PAGE_WIDTH, PAGE_HEIGHT]);
    pageSpec.lines.forEach((line, index) => {
      page.drawText(line, { x: LEFT, y: lineBaseline(index), size: FONT_SIZE, font, color: rgb(0, 0, 0) });
    });
    for (const box of pageSpec.boxes ?? []) {
      page.drawRectangle({ x: box.x, y: box.y, width: box.width, height: box.height, color: rgb(0, 0, 0) });
      if (box.label !== undefined) {
        page.drawText(box.label, { x: box.x + 2, y: box.y + 3, size: 7, font, color: rgb(1, 1, 1) });
      }
    }
    if (pageSpec.bates !== undefined) {
      page.drawText(pageSpec.bates, { x: PAGE_WIDTH - 150, y: 36, size: 9, font, color: rgb(0, 0, 0) });
    }
    if (pageSpec.note !== undefined) {
      const note = doc.context.obj({
        Type: 'Annot',
        Subtype: 'Text',
        Rect: [LEFT, 100, LEFT + 20, 120],
        Contents: PDFHexString.fromText(pageSpec.note),
      });
      page.node.set(PDFName.of('Annots'), doc.context.obj([doc.context.register(note)]));
    }
  }
  if (spec.xmp !== undefined) {
    const stream = doc.context.stream(spec.xmp, { Type: 'Metadata', Subtype: 'XML' });
    doc.catalog.set(PDFName.of('Metadata'), doc.context.register(stream));
  }
  if (spec.outline !== undefined && spec.outline.length > 0) {
    addOutline(doc, spec.outline);
  }
  if (spec.orphan !== undefined) {
    doc.context.register(doc.context.obj({ Note: PDFString.of(spec.orphan) }));
  }
  return doc.save({ useObjectStreams: true });
}

function addOutline(doc: PDFDocument, titles: readonly string[]): void {
  const { context } = doc;
  const rootRef = context.nextRef();
  const refs = titles.map(() => context.nextRef());
  const firstPage = doc.getPage(0).ref;
  titles.forEach((title, index) => {
    const item = context.obj({ Title: PDFHexString.fromText(title), Parent: rootRef, Dest: [firstPage, 'Fit'] });
    const previous = refs[index - 1];
    const next = refs[index + 1];
    if (previous !== undefined) {
      item.set(PDFName.of('Prev'), previous);
    }
    if (next !== undefined) {
      item.set(PDFName.of('Next'), next);
    }
    const ref = refs[index];
    if (ref !== undefined) {
      context.assign(ref, item);
    }
  });
  const [first] = refs;
  const last = refs.at(-1);
  if (first !== undefined && last !== undefined) {
    context.assign(rootRef, context.obj({ Type: 'Outlines', First: first, Last: last, Count: titles.length }));
    doc.catalog.set(PDFName.of('Outlines'), rootRef);
  }
}
