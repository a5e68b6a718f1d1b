/**
 * A PDF or image record's pages as images, one at a time, with Previous / Next buttons: the page
 * as it looks, beside the text view that search hits and redactions refer to. The image is a PNG
 * the backend drew and sent as a data: URL (the app's policy allows data: images and nothing
 * remote), so nothing in the PDF runs or loads here.
 *
 * Words OCR read that the search hits are marked over the image by an SVG of rectangles whose
 * places are attributes in the page's own fractions (no style attribute, which the app's policy
 * refuses), and the pages with hits are listed as buttons.
 *
 * The buttons stay focusable at the first and last page (aria-disabled, not disabled), so focus
 * does not fall out of the viewer while paging by keyboard. No single-key shortcuts: those keys
 * belong to coding.
 */
import { Fragment, useEffect, useRef } from 'react';
import type { ReactNode, Ref } from 'react';
import { ErrorText } from '../../components/error-text.js';
import { useStore } from '../../components/use-store.js';
import { canGoNext, canGoPrevious, hitLine, imageWidthFor, pageNeedsOcr, pageStatus } from '../../state/pdf-pages-model.js';
import type { OcrModel } from '../../state/ocr-model.js';
import type { PdfPagesModel, PdfPagesState } from '../../state/pdf-pages-model.js';
import { PageOcrRerun } from './page-ocr-rerun.js';
import './pdf-pages.css';

export type PdfPagesViewProps = {
  model: PdfPagesModel;
  recordId: string;
  /** The record's title, for the images' alternative text. */
  title: string;
  pageCount: number;
  pagesNeedingOcr: readonly number[];
  /** With it, each page offers "Read this page again with OCR". */
  ocr?: OcrModel;
  /** The search as the officer ran it: its hits on OCR'd pages are marked. */
  query?: string;
};

export function PdfPagesView({ model, recordId, title, pageCount, pagesNeedingOcr, ocr, query = '' }: PdfPagesViewProps) {
  const state = useStore(model.store);
  const frame = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const cssWidth = frame.current?.clientWidth ?? 0;
    void model.actions.open(recordId, pageCount, imageWidthFor(cssWidth, window.devicePixelRatio), query);
  }, [model, recordId, pageCount, query]);

  // Until the effect above runs, the store may still hold another record.
  const current = state.recordId === recordId ? state : { ...state, page: 1, pageCount, image: null, hitPages: [], loading: true, error: null };
  return (
    <PdfPagesPanel
      frameRef={frame}
      state={current}
      title={title}
      pagesNeedingOcr={pagesNeedingOcr}
      onPrevious={() => void model.actions.previous()}
      onNext={() => void model.actions.next()}
      onGoTo={(page) => void model.actions.goTo(page)}
      rerun={ocr === undefined ? null : <PageOcrRerun ocr={ocr} recordId={recordId} page={current.page} />}
    />
  );
}

export type PdfPagesPanelProps = {
  state: Pick<PdfPagesState, 'page' | 'pageCount' | 'image' | 'loading' | 'error'> & Partial<Pick<PdfPagesState, 'hitPages'>>;
  title: string;
  pagesNeedingOcr: readonly number[];
  onPrevious(): void;
  onNext(): void;
  /** Goes to a page with hits. */
  onGoTo?(page: number): void;
  frameRef?: Ref<HTMLDivElement>;
  /** The page's "Read again with OCR" control, when offered. */
  rerun?: ReactNode;
};

/** What the view shows for a state: stateless, so it is tested as static markup. */
export function PdfPagesPanel({ state, title, pagesNeedingOcr, onPrevious, onNext, onGoTo, frameRef, rerun = null }: PdfPagesPanelProps) {
  const { image } = state;
  const hitPages = state.hitPages ?? [];
  const hits = hitLine({ hitPages, image });
  const previous = canGoPrevious(state);
  const next = canGoNext(state);

  return (
    <div className="pdf-pages" ref={frameRef} data-testid="pdf-pages" data-page={state.page} data-state={state.loading ? 'loading' : state.error !== null ? 'error' : 'ready'}>
      <div className="actions pdf-pages-nav" role="group" aria-label="Pages">
        <button type="button" className="secondary" aria-disabled={!previous} onClick={previous ? onPrevious : undefined} data-testid="pdf-page-previous">
          Previous page
        </button>
        <span className="pdf-pages-status" aria-live="polite" data-testid="pdf-page-status">
          {pageStatus(state)}
        </span>
        <button type="button" className="secondary" aria-disabled={!next} onClick={next ? onNext : undefined} data-testid="pdf-page-next">
          Next page
        </button>
        {state.loading ? (
          <span className="muted" data-testid="pdf-page-loading">
            Loading page {state.page}…
          </span>
        ) : null}
      </div>
      {pageNeedsOcr(pagesNeedingOcr, state.page) ? (
        <p className="pdf-page-ocr" data-testid="pdf-page-needs-ocr">
          No text layer: needs OCR
        </p>
      ) : null}
      {rerun}
      {hits !== null ? (
        <p className="pdf-page-hits" data-testid="pdf-page-hits">
          {hits}{' '}
          {hitPages.map((page, index) => (
            <Fragment key={page}>
              {index > 0 ? ', ' : null}
              <button
                type="button"
                className="link-button"
                aria-current={page === state.page ? 'page' : undefined}
                onClick={onGoTo === undefined ? undefined : () => onGoTo(page)}
                data-testid="pdf-page-hit-page"
              >
                {page}
              </button>
            </Fragment>
          ))}
        </p>
      ) : null}
      <ErrorText message={state.error} testId="pdf-page-error" />
      {image !== null ? (
        <div className="pdf-page-frame">
          <img
            className="pdf-page-image"
            src={image.dataUrl}
            width={image.widthPx}
            height={image.heightPx}
            alt={`Page ${image.page} of ${state.pageCount} of ${title}`}
            aria-busy={state.loading}
            data-page={image.page}
            data-testid="pdf-page-image"
          />
          {image.highlights.length > 0 ? (
            // Described by the line above; the rectangles only show where.
            <svg className="pdf-page-highlights" viewBox="0 0 1 1" preserveAspectRatio="none" aria-hidden="true" data-testid="pdf-page-highlights">
              {image.highlights.map((box, index) => (
                <rect key={index} x={box.left} y={box.top} width={box.width} height={box.height} />
              ))}
            </svg>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
