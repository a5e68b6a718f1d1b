/**
 * Writes bookmarks (the PDF "outline") into a document. pdf-lib has no outline API, so the
 * dictionaries are built from its low-level objects, as ISO 32000-1 §12.3.3 lays them out: an
 * /Outlines root with /First, /Last and /Count, and one item per bookmark linked to its
 * siblings by /Prev and /Next, each with a /Dest to its page.
 *
 * Titles are written as UTF-16BE hex strings with a byte-order mark (PDFHexString.fromText), the
 * only text-string form that carries every script; a plain PDF string would be read as
 * PDFDocEncoding and turn Japanese or Cyrillic into mojibake. Destinations use /Fit: the page
 * opens whole, whatever its size.
 */
import { PDFHexString, PDFName, PDFNumber, type PDFDocument, type PDFRef } from 'pdf-lib';
import { AppError } from '../../../shared/errors.js';
import type { OutlineItem } from './packet-outline.js';

/** Adds `items` as a flat list of top-level bookmarks and opens the document with them shown. */
export function writeOutline(doc: PDFDocument, items: readonly OutlineItem[]): void {
  if (items.length === 0) {
    return;
  }
  const { context } = doc;
  const pages = doc.getPages();
  const rootRef = context.nextRef();
  const itemRefs: PDFRef[] = items.map(() => context.nextRef());

  items.forEach((item, index) => {
    const page = pages[item.pageIndex];
    const ref = itemRefs[index];
    if (page === undefined || ref === undefined) {
      throw new AppError('internal', `Bookmark "${item.title}" points past the last page`, { pageIndex: item.pageIndex });
    }
    const dict = context.obj({});
    dict.set(PDFName.of('Title'), PDFHexString.fromText(item.title));
    dict.set(PDFName.of('Parent'), rootRef);
    const previous = itemRefs[index - 1];
    const next = itemRefs[index + 1];
    if (previous !== undefined) {
      dict.set(PDFName.of('Prev'), previous);
    }
    if (next !== undefined) {
      dict.set(PDFName.of('Next'), next);
    }
    dict.set(PDFName.of('Dest'), context.obj([page.ref, PDFName.of('Fit')]));
    context.assign(ref, dict);
  });

  const [first] = itemRefs;
  const last = itemRefs.at(-1);
  if (first === undefined || last === undefined) {
    return;
  }
  const root = context.obj({});
  root.set(PDFName.of('Type'), PDFName.of('Outlines'));
  root.set(PDFName.of('First'), first);
  root.set(PDFName.of('Last'), last);
  // Positive: every item is visible (there are no closed levels to hide any).
  root.set(PDFName.of('Count'), PDFNumber.of(items.length));
  context.assign(rootRef, root);

  doc.catalog.set(PDFName.of('Outlines'), rootRef);
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}
