/**
 * The open PDF or image record's page images, one page at a time: which page is shown, its image as the
 * backend drew it (a data: PNG), and the Previous / Next steps between pages. The backend draws
 * each page from the record's original bytes, so a page can fail on its own (a source changed
 * since ingest, a damaged page) while the text view stays usable.
 *
 * The page shown stays on screen while the next one loads, so paging does not flash blank; a
 * slower answer for a page the officer already left is dropped.
 *
 * With the search the officer ran, the backend marks the words OCR read that the search hits,
 * and names the record's pages it hits, so a scan can be checked where it matters.
 */
import type { Client } from '../../shared/ipc/client.js';
import type { PageHighlight } from '../../shared/model/page-image.js';
import { errorMessage } from './error-message.js';
import { createStore } from './store.js';
import type { ReadableStore } from './store.js';

export type PdfPageImage = {
  /** The page this image is of (1-based). */
  page: number;
  dataUrl: string;
  widthPx: number;
  heightPx: number;
  /** The search's hits on this page, where OCR read it (fractions of the page). */
  highlights: readonly PageHighlight[];
};

export type PdfPagesState = {
  recordId: string | null;
  /** As the record's facts give it, corrected by the backend's count once a page is drawn. */
  pageCount: number;
  /** The page asked for (1-based). */
  page: number;
  /** The image width asked for, in device pixels. */
  width: number;
  /** The search whose hits are marked; '' for none. */
  query: string;
  /** The record's pages whose OCR text the search hits, as the latest page drawn said. */
  hitPages: readonly number[];
  /** The latest image drawn; it may be of another page while `loading`. */
  image: PdfPageImage | null;
  loading: boolean;
  error: string | null;
};

export type PdfPagesActions = {
  /**
   * Shows `recordId` from page 1, marking the hits of `query`; a record already open keeps its
   * page (a remount re-asks nothing, a new query redraws the page).
   */
  open(recordId: string, pageCount: number, width: number, query?: string): Promise<void>;
  /** Draws the page shown again, with its hits: after OCR changed what the record's pages say. */
  refresh(): Promise<void>;
  goTo(page: number): Promise<void>;
  next(): Promise<void>;
  previous(): Promise<void>;
  reset(): void;
};

export type PdfPagesModel = { store: ReadableStore<PdfPagesState>; actions: PdfPagesActions };

const INITIAL: PdfPagesState = { recordId: null, pageCount: 0, page: 1, width: 0, query: '', hitPages: [], image: null, loading: false, error: null };

/** Image widths are asked for in steps, so a small resize does not draw every page again. */
const WIDTH_STEP = 200;
const MIN_WIDTH = 400;
const MAX_WIDTH = 2000;

/** The image width to ask for to fill `cssWidth` sharply on a screen of `devicePixelRatio`. */
export function imageWidthFor(cssWidth: number, devicePixelRatio: number): number {
  const wanted = (Number.isFinite(cssWidth) && cssWidth > 0 ? cssWidth : 800) * (Number.isFinite(devicePixelRatio) && devicePixelRatio > 0 ? devicePixelRatio : 1);
  return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, Math.ceil(wanted / WIDTH_STEP) * WIDTH_STEP));
}

/** "Page 3 of 12". */
export function pageStatus(state: Pick<PdfPagesState, 'page' | 'pageCount'>): string {
  return `Page ${state.page} of ${state.pageCount}`;
}

export function canGoPrevious(state: Pick<PdfPagesState, 'page'>): boolean {
  return state.page > 1;
}

export function canGoNext(state: Pick<PdfPagesState, 'page' | 'pageCount'>): boolean {
  return state.page < state.pageCount;
}

/** "2 words the search hits are marked on this page." / the pages to go to, for a screen reader and a sighted officer alike. */
export function hitLine(state: Pick<PdfPagesState, 'hitPages' | 'image'>): string | null {
  if (state.hitPages.length === 0) {
    return null;
  }
  const marked = state.image?.highlights.length ?? 0;
  const here = marked === 0 ? 'No hit of the search on this page.' : `${marked} word${marked === 1 ? '' : 's'} the search hits ${marked === 1 ? 'is' : 'are'} marked on this page.`;
  return `${here} OCR text hit on page${state.hitPages.length === 1 ? '' : 's'}:`;
}

/** True when ingest found no text layer on `page` (the record's `document.pagesNeedingOcr`). */
export function pageNeedsOcr(pagesNeedingOcr: readonly number[], page: number): boolean {
  return pagesNeedingOcr.includes(page);
}

export function createPdfPagesModel({ client }: { client: Client }): PdfPagesModel {
  const store = createStore<PdfPagesState>(INITIAL);
  let latest = 0;

  async function show(page: number): Promise<void> {
    const { recordId, width, pageCount, query } = store.get();
    if (recordId === null || !Number.isSafeInteger(page) || page < 1 || (pageCount > 0 && page > pageCount)) {
      return;
    }
    const ticket = ++latest;
    store.set({ page, loading: true, error: null });
    try {
      const drawn = await client.call('records.pageImage', { recordId, page, width, ...(query === '' ? {} : { query }) });
      if (ticket === latest) {
        store.set({
          image: { page: drawn.page, dataUrl: drawn.dataUrl, widthPx: drawn.widthPx, heightPx: drawn.heightPx, highlights: drawn.highlights },
          pageCount: drawn.pageCount,
          hitPages: drawn.hitPages,
          loading: false,
        });
      }
    } catch (error) {
      if (ticket === latest) {
        store.set({ loading: false, error: `Page ${page} could not be shown: ${errorMessage(error)}` });
      }
    }
  }

  const actions: PdfPagesActions = {
    async open(recordId, pageCount, width, query = '') {
      const current = store.get();
      const wanted = query.trim();
      if (current.recordId === recordId && current.width === width && current.query === wanted && (current.image !== null || current.loading)) {
        return;
      }
      const samePdf = current.recordId === recordId;
      store.set({
        recordId,
        // The backend's count, once a page is drawn, wins over the record's facts (an image's
        // pages are only counted when it is opened).
        pageCount: samePdf && current.image !== null ? current.pageCount : pageCount,
        width,
        query: wanted,
        page: samePdf ? current.page : 1,
        image: samePdf ? current.image : null,
        hitPages: samePdf ? current.hitPages : [],
        error: null,
      });
      await show(store.get().page);
    },
    async refresh() {
      if (store.get().recordId !== null) {
        await show(store.get().page);
      }
    },
    goTo: (page) => show(page),
    next: () => show(store.get().page + 1),
    previous: () => show(store.get().page - 1),
    reset() {
      latest++;
      store.reset();
    },
  };
  return { store, actions };
}
