/**
 * Page images of PDF and image records for the viewer: the record's bytes are read back from its
 * source (verified against its hash), opened once and kept in a small cache while the officer
 * pages through, and each page is drawn to a PNG sent as a data: URL, which the renderer's policy
 * allows for images (img-src 'self' data:) and which needs no file or URL of its own.
 *
 * Given the search the results were run for, the words OCR read on the page that it hits come
 * back as boxes to highlight, with the record's other pages it hits: on a scan, the image is
 * where the officer checks what OCR read.
 *
 * pdf.js and sharp are loaded on the first page asked for, not when the backend starts.
 */
import { AppError } from '../../../shared/errors.js';
import type { PageImage } from '../../../shared/model/page-image.js';
import { bodyTermsOf } from '../../../shared/query/query-body-terms.js';
import { parseSearchQuery } from '../../../shared/query/query-parser.js';
import type { RenderablePdf } from '../documents/pdf/render-pdf-page.js';
import type { RenderableImage } from '../review/renderable-image.js';
import type { CaseSession } from '../case/case-session.js';
import { OpenPdfCache } from '../review/open-pdf-cache.js';
import { pageHighlights, type PageHits } from '../review/page-highlights.js';
import { readOriginalBytes } from '../review/read-original-bytes.js';
import type { BackendContext, CoreHandlers } from '../backend-context.js';
import { pageImageOf } from '../util/png-data-url.js';

/** A PDF or an image, open to draw its pages. */
type RenderablePages = RenderablePdf | RenderableImage;

async function openRecordPages(session: CaseSession, recordId: string): Promise<RenderablePages> {
  const [record] = await session.index.getRecords([recordId]);
  if (!record) {
    throw new AppError('not-found', `No record ${recordId} in this case`, { recordId });
  }
  const format = record.document?.format;
  if (format !== 'pdf' && format !== 'image') {
    throw new AppError('unsupported', `"${record.title}" is not a PDF or an image: page images are drawn for those only`, { recordId });
  }
  const { bytes } = await readOriginalBytes(record, session.store.data.sources);
  if (format === 'image') {
    const { openImageForRendering } = await import('../review/renderable-image.js');
    return openImageForRendering(bytes);
  }
  const { openPdfForRendering } = await import('../documents/pdf/render-pdf-page.js');
  return openPdfForRendering(bytes);
}

/** What `query` hits on the record's OCR'd pages; nothing for no query, or one the search box would refuse. */
async function hitsOf(session: CaseSession, recordId: string, page: number, query: string | undefined): Promise<PageHits> {
  const parsed = query === undefined ? null : parseSearchQuery(query);
  const terms = parsed?.ok === true ? bodyTermsOf(parsed.query) : [];
  if (terms.length === 0) {
    return { highlights: [], hitPages: [] };
  }
  return pageHighlights(await session.index.ocrPages(recordId), terms, page);
}

export function pageImageHandlers(ctx: BackendContext): Pick<CoreHandlers, 'records.pageImage'> {
  const cache = new OpenPdfCache<RenderablePages>();
  // Record ids are per case: a document cached for one case is never shown in another.
  let cachedFor: CaseSession | null = null;

  return {
    'records.pageImage': async ({ recordId, page, width, query }): Promise<PageImage> => {
      const session = ctx.session();
      if (cachedFor !== session) {
        await cache.clear();
        cachedFor = session;
      }
      const drawn = await cache.use(recordId, () => openRecordPages(session, recordId), (pages) => pages.renderPage(page, { widthPx: width }));
      const { highlights, hitPages } = await hitsOf(session, recordId, drawn.page, query);
      return { ...pageImageOf(drawn), highlights, hitPages };
    },
  };
}
