/**
 * Page images of PDF records for the viewer: the record's bytes are read back from its source
 * (verified against its hash), opened once and kept in a small cache while the officer pages
 * through, and each page is drawn to a PNG sent as a data: URL, which the renderer's policy
 * allows for images (img-src 'self' data:) and which needs no file or URL of its own.
 *
 * pdf.js is loaded on the first page asked for, not when the backend starts.
 */
import { AppError } from '../../../shared/errors.js';
import type { RenderablePdf } from '../documents/pdf/render-pdf-page.js';
import type { CaseSession } from '../case/case-session.js';
import { OpenPdfCache } from '../review/open-pdf-cache.js';
import { readOriginalBytes } from '../review/read-original-bytes.js';
import type { BackendContext, CoreHandlers } from '../backend-context.js';
import { pngDataUrl } from '../util/png-data-url.js';

export function pageImageHandlers(ctx: BackendContext): Pick<CoreHandlers, 'records.pageImage'> {
  const cache = new OpenPdfCache<RenderablePdf>();
  // Record ids are per case: a document cached for one case is never shown in another.
  let cachedFor: CaseSession | null = null;

  async function openRecordPdf(session: CaseSession, recordId: string): Promise<RenderablePdf> {
    const [record] = await session.index.getRecords([recordId]);
    if (!record) {
      throw new AppError('not-found', `No record ${recordId} in this case`, { recordId });
    }
    if (record.document?.format !== 'pdf') {
      throw new AppError('unsupported', `"${record.title}" is not a PDF: page images are drawn for PDFs only`, { recordId });
    }
    const { bytes } = await readOriginalBytes(record, session.store.data.sources);
    const { openPdfForRendering } = await import('../documents/pdf/render-pdf-page.js');
    return openPdfForRendering(bytes);
  }

  return {
    'records.pageImage': async ({ recordId, page, width }) => {
      const session = ctx.session();
      if (cachedFor !== session) {
        await cache.clear();
        cachedFor = session;
      }
      const drawn = await cache.use(recordId, () => openRecordPdf(session, recordId), (pdf) => pdf.renderPage(page, { widthPx: width }));
      return {
        dataUrl: pngDataUrl(drawn.png),
        widthPx: drawn.widthPx,
        heightPx: drawn.heightPx,
        page: drawn.page,
        pageCount: drawn.pageCount,
      };
    },
  };
}
