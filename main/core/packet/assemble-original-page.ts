/**
 * Pages of a record's own PDF, carried into the packet as they are (a record released in full
 * whose PDF could be read back), with the packet's stamps drawn over them.
 *
 * Each page is embedded as a form XObject (pdf-lib `embedPages`) and drawn into a frame on a
 * Letter page (assemble-original-frame.ts). A form XObject holds only the page's drawing: its
 * content and the resources the content names. Everything else a page can carry stays behind:
 * annotations (comments, form fields, file attachments, links), page actions (/AA), thumbnails,
 * article beads, structure references. Before embedding, the source page is cut down to the
 * keys drawing needs, because pdf-lib copies the whole page dictionary (annotations included)
 * into the packet as loose objects; assemble-scrub.ts then drops whatever is left unreferenced.
 * Nothing from the source's catalog or information dictionary is ever read: no document
 * JavaScript, open action, embedded files, outline or metadata can come along.
 *
 * Filled-in form fields are the exception: their appearances are painted into the page before
 * it is cut down (flatten-form-fields.ts), so a released form shows its values. A form whose
 * values cannot be shown that way is refused by `originalPdfPageCount`, and the caller draws
 * the record from its text instead.
 */
import { PDFDocument, PDFName, degrees, type PDFEmbeddedPage, type PDFPage } from 'pdf-lib';
import { AppError } from '../../../shared/errors.js';
import { sha256Hex } from '../util/hash.js';
import { flattenFormFields, formReleaseProblem } from './flatten-form-fields.js';
import { normaliseRotation, originalFrame, placeOriginal, type PageRotation } from './assemble-original-frame.js';
import type { PageGeometry } from './page-geometry.js';

/** The page keys a copied page keeps: what draws it, and /Parent to resolve inherited boxes and resources. */
const KEPT_PAGE_KEYS = new Set(['Type', 'Parent', 'MediaBox', 'CropBox', 'Rotate', 'Resources', 'Contents']);

export type OriginalPage = { embedded: PDFEmbeddedPage; rotation: PageRotation };

/**
 * Parses a record's PDF for copying. Refuses bytes that are not the record's (`source-unreadable`:
 * the caller's reader checks the hash too, but the packet's manifest vouches for it), encrypted
 * PDFs (`unsupported`: pdf-lib cannot decrypt, and copying encrypted streams would give garbage)
 * and PDFs that cannot be parsed (`source-unreadable`).
 */
export async function loadOriginalPdf(recordId: string, bytes: Uint8Array, fileSha256: string): Promise<PDFDocument> {
  if (fileSha256 !== '' && sha256Hex(bytes) !== fileSha256) {
    throw new AppError('source-unreadable', `The PDF read back for record ${recordId} is not the file that was indexed`, { recordId });
  }
  let doc: PDFDocument;
  try {
    // Loaded even when encrypted, then refused: pdf-lib's EncryptedPDFError does not survive
    // `instanceof` (its build targets ES5), so `isEncrypted` is the reliable test.
    doc = await PDFDocument.load(bytes, { updateMetadata: false, ignoreEncryption: true });
  } catch (error) {
    throw new AppError('source-unreadable', `The PDF of record ${recordId} cannot be read: ${error instanceof Error ? error.message : String(error)}`, {
      recordId,
    });
  }
  if (doc.isEncrypted) {
    throw new AppError('unsupported', `The PDF of record ${recordId} is encrypted; its pages cannot be copied into a packet`, { recordId });
  }
  return doc;
}

/**
 * How many pages a record's PDF gives a packet, for the caller deciding between copying its
 * pages and drawing it from its text (`PacketItem.originalPdfPages`). Throws as `loadOriginalPdf`,
 * and `unsupported` for a form whose filled-in values its pages cannot show (formReleaseProblem).
 */
export async function originalPdfPageCount(recordId: string, bytes: Uint8Array, fileSha256: string): Promise<number> {
  const doc = await loadOriginalPdf(recordId, bytes, fileSha256);
  const problem = formReleaseProblem(doc);
  if (problem !== null) {
    throw new AppError('unsupported', `The pages of record ${recordId} cannot be copied into a packet: ${problem}`, { recordId });
  }
  return doc.getPageCount();
}

/**
 * Readies a source page for copying (in the parsed source, never the file): its form fields
 * painted into its content, then every key drawing does not need removed.
 */
function preparePage(source: PDFDocument, page: PDFPage): void {
  const { node } = page;
  // A blank page may have no content at all; pdf-lib refuses to embed a page without any.
  if (node.Contents() === undefined) {
    node.set(PDFName.of('Contents'), source.context.register(source.context.stream('')));
  }
  flattenFormFields(source, page);
  for (const key of node.keys()) {
    if (!KEPT_PAGE_KEYS.has(key.decodeText())) {
      node.delete(key);
    }
  }
}

/**
 * Embeds pages `pageNumbers` (1-based) of `source` into `doc`, in one call so resources shared
 * between pages (fonts, logos) are copied once. Throws `source-unreadable` for a page the PDF
 * does not have.
 */
export async function embedOriginalPages(
  doc: PDFDocument,
  source: PDFDocument,
  recordId: string,
  pageNumbers: readonly number[],
): Promise<Map<number, OriginalPage>> {
  const wanted = [...new Set(pageNumbers)];
  const pages = wanted.map((number) => {
    if (!Number.isInteger(number) || number < 1 || number > source.getPageCount()) {
      throw new AppError('source-unreadable', `The PDF of record ${recordId} has no page ${number} (it has ${source.getPageCount()})`, {
        recordId,
        page: number,
      });
    }
    const page = source.getPage(number - 1);
    preparePage(source, page);
    return page;
  });
  // The visible area is the crop box; pdf-lib's default (the media box from 0,0) would show
  // what the crop hides and shift pages whose media box does not start at the origin.
  // A crop box reaching past the media box is cut to it, as viewers do.
  const boxes = pages.map((page) => {
    const crop = page.getCropBox();
    const media = page.getMediaBox();
    const left = Math.max(crop.x, media.x);
    const bottom = Math.max(crop.y, media.y);
    const right = Math.max(left + 1, Math.min(crop.x + crop.width, media.x + media.width));
    const top = Math.max(bottom + 1, Math.min(crop.y + crop.height, media.y + media.height));
    return { left, bottom, right, top };
  });
  const embedded = await doc.embedPages(pages, boxes);
  const result = new Map<number, OriginalPage>();
  wanted.forEach((number, index) => {
    const page = pages[index];
    const form = embedded[index];
    if (page !== undefined && form !== undefined) {
      result.set(number, { embedded: form, rotation: normaliseRotation(page.getRotation().angle) });
    }
  });
  return result;
}

/** Draws an embedded original into its frame on `page` (a fresh page of `geometry`'s size). */
export function drawOriginalPage(page: PDFPage, original: OriginalPage, geometry: PageGeometry): void {
  const { width, height } = original.embedded;
  const placement = placeOriginal(width, height, original.rotation, originalFrame(geometry));
  page.drawPage(original.embedded, {
    x: placement.x,
    y: placement.y,
    xScale: placement.scale,
    yScale: placement.scale,
    rotate: degrees(placement.rotate),
  });
}
