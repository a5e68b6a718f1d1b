/**
 * Draws planned pages into one PDF file: metadata, fonts, every page (originals copied under
 * their stamps), bookmarks, then the scrub, then the bytes.
 *
 * Reproducible: the same pages, fonts and source bytes give byte-identical output. pdf-lib writes
 * no trailer /ID; its only "random" values (suffixes of font and XObject names) come from a
 * generator seeded afresh for each document; dates come from the input; fonts are embedded in a
 * fixed order; sources are embedded in page order; and the scrub deletes by a fixed rule.
 */
import { PDFDocument } from 'pdf-lib';
import { AppError } from '../../../shared/errors.js';
import { writePacketMetadata, type PacketMetadata } from './assemble-metadata.js';
import { embedOriginalPages, drawOriginalPage, loadOriginalPdf, type OriginalPage } from './assemble-original-page.js';
import { writeOutline } from './assemble-outline.js';
import { dropUnreachableObjects, scrubDocument } from './assemble-scrub.js';
import { drawPlannedPage, pageDrawOps } from './draw-planned-page.js';
import { embedPacketFonts, type FaceName, type PacketFontFiles } from './packet-fonts.js';
import type { RenderablePdf } from '../documents/pdf/render-pdf-page.js';
import { sha256Hex } from '../util/hash.js';
import type { PacketItem } from './packet-input.js';
import type { OutlineItem } from './packet-outline.js';
import type { PagePlan } from './packet-plan.js';
import type { PageGeometry } from './page-geometry.js';
import type { TextShaper } from './text-shaper.js';

export type AssemblePdfContext = {
  fonts: PacketFontFiles;
  shaper: TextShaper;
  geometry: PageGeometry;
  metadata: PacketMetadata;
  /** Bookmarks, page indexes relative to this file's pages; [] for none. */
  outline: readonly OutlineItem[];
  /** The packet's items by record id: originals are checked against their record's hash. */
  items: ReadonlyMap<string, PacketItem>;
  originalPdf(recordId: string): Promise<Uint8Array>;
  /** Called once each page is drawn. */
  pageDone(): void;
  signal?: AbortSignal | undefined;
};

/** Throws `cancelled` once the build was aborted. */
export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted === true) {
    throw new AppError('cancelled', 'The packet build was cancelled');
  }
}

/** Lets pending events (a cancel among them) run: drawing is synchronous and could hold the loop for seconds. */
function nextTurn(): Promise<void> {
  return new Promise((resolve) => {
    setImmediate(resolve);
  });
}

/**
 * Loads `recordId`'s PDF (once per file) and embeds every page of it this file shows, in one go
 * so that resources shared between its pages are copied once.
 */
async function embedRecordOriginals(doc: PDFDocument, pages: readonly PagePlan[], recordId: string, context: AssemblePdfContext): Promise<Map<number, OriginalPage>> {
  const item = context.items.get(recordId);
  if (item === undefined) {
    throw new AppError('internal', `Record ${recordId} has original pages in the plan but is not in the packet input`, { recordId });
  }
  const numbers = pages.filter((page) => page.kind === 'original' && page.recordId === recordId).map((page) => page.sourcePage ?? 0);
  const source = await loadOriginalPdf(recordId, await context.originalPdf(recordId), item.record.fileSha256);
  return embedOriginalPages(doc, source, recordId, numbers);
}

/**
 * Opens `recordId`'s PDF for drawing its raster pages, once per file. The bytes are checked
 * against the record's hash as originals are: the image must be of the file that was reviewed.
 */
async function openRecordForRaster(recordId: string, context: AssemblePdfContext): Promise<RenderablePdf> {
  const item = context.items.get(recordId);
  if (item === undefined) {
    throw new AppError('internal', `Record ${recordId} has raster pages in the plan but is not in the packet input`, { recordId });
  }
  const bytes = await context.originalPdf(recordId);
  if (item.record.fileSha256 !== '' && sha256Hex(bytes) !== item.record.fileSha256) {
    throw new AppError('source-unreadable', `The PDF read back for record ${recordId} is not the file that was indexed`, { recordId });
  }
  // Loaded only when a packet has raster pages: pdf.js is large and most packets need none.
  const { openPdfForRendering } = await import('../documents/pdf/render-pdf-page.js');
  return openPdfForRendering(bytes);
}

export async function assemblePdf(pages: readonly PagePlan[], context: AssemblePdfContext): Promise<Uint8Array> {
  const { geometry } = context;
  const opsByPage = pages.map((page) => pageDrawOps(page, context.shaper));
  const faces = new Set<FaceName>(opsByPage.flatMap((ops) => ops.map((op) => op.face)));

  const doc = await PDFDocument.create({ updateMetadata: false });
  writePacketMetadata(doc, context.metadata);
  const fonts = await embedPacketFonts(doc, context.fonts, faces);

  const originals = new Map<string, Map<number, OriginalPage>>();
  const rasterSources = new Map<string, RenderablePdf>();
  try {
    for (const [index, plan] of pages.entries()) {
      await nextTurn();
      throwIfAborted(context.signal);
      const page = doc.addPage([geometry.width, geometry.height]);
      if (plan.kind === 'raster') {
        const recordId = plan.recordId ?? '';
        if (plan.sourcePage === undefined || plan.raster === undefined) {
          throw new AppError('internal', `Packet page ${plan.pageNumber} is a raster page without its source page`, { recordId });
        }
        let source = rasterSources.get(recordId);
        if (source === undefined) {
          source = await openRecordForRaster(recordId, context);
          rasterSources.set(recordId, source);
        }
        // Loaded only for raster pages: sharp is a native library most packets never need.
        const { drawRasterPage, rasterPagePng } = await import('./assemble-raster-page.js');
        const png = await rasterPagePng(source, plan.sourcePage, plan.raster, context.signal);
        drawRasterPage(page, await doc.embedPng(png), plan.raster, geometry);
      }
      if (plan.kind === 'original') {
        const recordId = plan.recordId ?? '';
        if (plan.sourcePage === undefined) {
          throw new AppError('internal', `Packet page ${plan.pageNumber} is an original page without a source page`, { recordId });
        }
        let embedded = originals.get(recordId);
        if (embedded === undefined) {
          embedded = await embedRecordOriginals(doc, pages, recordId, context);
          originals.set(recordId, embedded);
        }
        const original = embedded.get(plan.sourcePage);
        if (original === undefined) {
          throw new AppError('internal', `Packet page ${plan.pageNumber} copies no page of record ${recordId}`, { recordId, sourcePage: plan.sourcePage });
        }
        drawOriginalPage(page, original, geometry);
      }
      drawPlannedPage(page, plan, opsByPage[index] ?? [], fonts);
      context.pageDone();
    }
  } finally {
    for (const source of rasterSources.values()) {
      await source.close();
    }
  }
  throwIfAborted(context.signal);

  writeOutline(doc, context.outline);
  // Fonts and embedded pages are written into the document only on flush; scrub after it so
  // what they bring is scrubbed too, and so their leftovers count as unreachable.
  await doc.flush();
  scrubDocument(doc);
  dropUnreachableObjects(doc);
  return doc.save({ useObjectStreams: true, addDefaultPage: false });
}
