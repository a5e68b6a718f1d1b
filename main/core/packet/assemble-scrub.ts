/**
 * The last pass over a packet before it is saved: nothing active, nothing hidden, nothing
 * inherited from a record's source file that the pages do not need.
 *
 * Pages copied from records' PDFs bring their resources (fonts, images, form XObjects) along,
 * and those can carry more than they draw: XMP /Metadata streams (with the author's name and
 * local paths), /PieceInfo (an editing application's private copy of the content, sometimes the
 * unflattened original), /OPI and /Ref links to files outside the PDF, and actions. Every such
 * key is removed wherever it appears. Then every object nothing reaches from the document's
 * catalog or information dictionary is dropped: pdf-lib keeps orphans (copied annotations,
 * the source's content streams once re-encoded into a form XObject), and an orphan is still in
 * the file for anyone who opens it with a text editor.
 */
import { PDFArray, PDFDict, PDFName, PDFRef, PDFStream, type PDFDocument, type PDFObject } from 'pdf-lib';

/**
 * Keys no object of a packet keeps. The packet's own objects (catalog, pages, fonts, bookmarks,
 * information dictionary) need none of them; bookmarks use /Dest, not /A.
 */
export const SCRUBBED_KEYS: readonly string[] = [
  // Metadata and application data of the source.
  'Metadata', 'PieceInfo', 'LastModified', 'StructParent', 'StructParents',
  // Links to content outside the file.
  'OPI', 'Ref', 'Alternates',
  // Actions and active content. Packet pages have no annotations (pdf-lib gives each page an
  // empty /Annots, which goes too, so no page can show one).
  'Annots', 'A', 'AA', 'JS', 'JavaScript', 'OpenAction', 'URI',
  // Document-level trees that can hold scripts, attached files and forms.
  'Names', 'EmbeddedFiles', 'AcroForm',
];

const SCRUBBED_NAMES = SCRUBBED_KEYS.map((key) => PDFName.of(key));

function scrubDirect(object: PDFObject): void {
  if (object instanceof PDFDict) {
    for (const name of SCRUBBED_NAMES) {
      object.delete(name);
    }
    for (const [, value] of object.entries()) {
      scrubDirect(value);
    }
  } else if (object instanceof PDFArray) {
    for (const value of object.asArray()) {
      scrubDirect(value);
    }
  } else if (object instanceof PDFStream) {
    scrubDirect(object.dict);
  }
  // References are scrubbed as the indirect objects they point to.
}

/** Removes `SCRUBBED_KEYS` from every dictionary and stream dictionary of the document. */
export function scrubDocument(doc: PDFDocument): void {
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    scrubDirect(object);
  }
}

function referencesIn(object: PDFObject, found: PDFRef[]): void {
  if (object instanceof PDFRef) {
    found.push(object);
  } else if (object instanceof PDFDict) {
    for (const [, value] of object.entries()) {
      referencesIn(value, found);
    }
  } else if (object instanceof PDFArray) {
    for (const value of object.asArray()) {
      referencesIn(value, found);
    }
  } else if (object instanceof PDFStream) {
    referencesIn(object.dict, found);
  }
}

/**
 * Deletes every indirect object not reachable from the trailer's /Root and /Info. Call after
 * `doc.flush()`, so that fonts and embedded pages, which pdf-lib writes only then, are counted.
 * Returns how many objects were dropped.
 */
export function dropUnreachableObjects(doc: PDFDocument): number {
  const { context } = doc;
  const pending: PDFRef[] = [];
  for (const root of [context.trailerInfo.Root, context.trailerInfo.Info]) {
    if (root instanceof PDFRef) {
      pending.push(root);
    }
  }
  const reached = new Set<PDFRef>();
  for (let ref = pending.pop(); ref !== undefined; ref = pending.pop()) {
    if (reached.has(ref)) {
      continue;
    }
    reached.add(ref);
    const object = context.lookup(ref);
    if (object !== undefined) {
      referencesIn(object, pending);
    }
  }
  let dropped = 0;
  for (const [ref] of context.enumerateIndirectObjects()) {
    // PDFRef.of interns references, so identity is equality.
    if (!reached.has(ref)) {
      context.delete(ref);
      dropped += 1;
    }
  }
  return dropped;
}
