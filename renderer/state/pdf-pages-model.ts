/**
 * The open PDF record's page images, one page at a time: which page is shown, its image as the
 * backend drew it (a data: PNG), and the Previous / Next steps between pages. The backend draws
 * each page from the record's original bytes, so a page can fail on its own (a source changed
 * since ingest, a damaged page) while the text view stays usable.
 *
 * The page shown stays on screen while the next one loads, so paging does not flash blank; a
 * slower answer for a page the officer already left is dropped.
 */
import type { Client } from '../../shared/ipc/client.js';
import { errorMessage } from './error-message.js';
import { createStore } from './store.js';
import type { ReadableStore } from './store.js';

export type PdfPageImage = {
  /** The page this image is of (1-based). */
  page: number;
  dataUrl: string;
  widthPx: number;
  heightPx: number;
};

export type PdfPagesState = {
  recordId: string | null;
  /** As the record's facts give it, corrected by the backend's count once a page is drawn. */
  pageCount: number;
  /** The page asked for (1-based). */
  page: number;
  /** The image width asked for, in device pixels. */
  width: number;
  /** The latest image drawn; it may be of another page while `loading`. */
  image: PdfPageImage | null;
  loading: boolean;
  error: string | null;
};

export type PdfPagesActions = {
  /** Shows `recordId` from page 1; a record already open keeps its page (a remount re-asks nothing). */
  open(recordId: string, pageCount: number, width: number): Promise<void>;
  goTo(page: number): Promise<void>;
  next(): Promise<void>;
  previous(): Promise<void>;
  reset(): void;
};

export type PdfPagesModel = { store: ReadableStore<PdfPagesState>; actions: PdfPagesActions };

const INITIAL: PdfPagesState = { recordId: null, pageCount: 0, page: 1, width: 0, image: null, loading: false, error: null };

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

/** True when ingest found no text layer on `page` (the record's `document.pagesNeedingOcr`). */
export function pageNeedsOcr(pagesNeedingOcr: readonly number[], page: number): boolean {
  return pagesNeedingOcr.includes(page);
}

export function createPdfPagesModel({ client }: { client: Client }): PdfPagesModel {
  const store = createStore<PdfPagesState>(INITIAL);
  let latest = 0;

  async function show(page: number): Promise<void> {
    const { recordId, width, pageCount } = store.get();
    if (recordId === null || !Number.isSafeInteger(page) || page < 1 || (pageCount > 0 && page > pageCount)) {
      return;
    }
    const ticket = ++latest;
    store.set({ page, loading: true, error: null });
    try {
      const drawn = await client.call('records.pageImage', { recordId, page, width });
      if (ticket === latest) {
        store.set({
          image: { page: drawn.page, dataUrl: drawn.dataUrl, widthPx: drawn.widthPx, heightPx: drawn.heightPx },
          pageCount: drawn.pageCount,
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
    async open(recordId, pageCount, width) {
      const current = store.get();
      if (current.recordId === recordId && current.width === width && (current.image !== null || current.loading)) {
        return;
      }
      const samePdf = current.recordId === recordId;
      store.set({
        recordId,
        pageCount,
        width,
        page: samePdf ? current.page : 1,
        image: samePdf ? current.image : null,
        error: null,
      });
      await show(store.get().page);
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
