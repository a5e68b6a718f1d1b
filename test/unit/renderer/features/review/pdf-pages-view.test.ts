/** The Pages panel and the body's Pages switch, rendered to static HTML (the panel from a model filled by a fake backend). */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { DocumentFacts, OcrPageFact } from '../../../../../shared/model/record.js';
import { PageOcrRerunPanel } from '../../../../../renderer/features/review/page-ocr-rerun.js';
import { PdfPagesPanel } from '../../../../../renderer/features/review/pdf-pages-view.js';
import { pagesToShow, RecordBody } from '../../../../../renderer/features/review/record-body.js';
import { createOcrModel } from '../../../../../renderer/state/ocr-model.js';
import { createPdfPagesModel } from '../../../../../renderer/state/pdf-pages-model.js';
import { createFakeClient } from '../../state/fake-client.js';

const RECORD = 'r_00000001';
const handlers = { onPrevious: () => undefined, onNext: () => undefined };

function pdfFacts(overrides: Partial<DocumentFacts> = {}): DocumentFacts {
  return {
    format: 'pdf', title: '', author: '', created: null, modified: null, fileModified: null, application: '', encoding: '',
    pageCount: 2, pageStarts: [0, 10], pagesNeedingOcr: [], ...overrides,
  };
}

function model() {
  const client = createFakeClient({
    'records.pageImage': ({ page, width, query }) => ({
      dataUrl: 'data:image/png;base64,iVBORw0KGgo=',
      widthPx: width,
      heightPx: 1000,
      page,
      pageCount: 2,
      highlights: query === 'sewer' ? [{ left: 0.25, top: 0.5, width: 0.1, height: 0.02 }] : [],
      hitPages: query === 'sewer' ? [1] : [],
    }),
  });
  return createPdfPagesModel({ client });
}

describe('PDF pages view', () => {
  it('shows the page image with alt text, where the officer is, and the page buttons', async () => {
    const pages = model();
    await pages.actions.open(RECORD, 2, 800);
    const html = renderToStaticMarkup(createElement(PdfPagesPanel, { ...handlers, state: pages.store.get(), title: 'Inspection report', pagesNeedingOcr: [1] }));
    expect(html).toMatch(/<img class="pdf-page-image" src="data:image\/png;base64,iVBORw0KGgo=" width="800" height="1000" alt="Page 1 of 2 of Inspection report"/);
    expect(html).toContain('>Page 1 of 2</span>');
    expect(html).toContain('No text layer: needs OCR');
    // Both buttons stay in the tab order; the first page has no previous one.
    expect(html).toMatch(/<button type="button" class="secondary" aria-disabled="true" data-testid="pdf-page-previous">Previous page<\/button>/);
    expect(html).toMatch(/<button type="button" class="secondary" aria-disabled="false" data-testid="pdf-page-next">Next page<\/button>/);
    expect(html).not.toContain(' disabled=""');
  });

  it('says it is loading before the first page arrives, and no OCR label for a page with text', () => {
    const state = { page: 1, pageCount: 2, image: null, loading: true, error: null };
    const html = renderToStaticMarkup(createElement(PdfPagesPanel, { ...handlers, state, title: 'Report', pagesNeedingOcr: [2] }));
    expect(html).toContain('Loading page 1…');
    expect(html).toContain('data-state="loading"');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('needs OCR');
  });

  it('offers Pages beside Text for a PDF with pages, keeps Text first, and not without a model or pages', () => {
    const pdf = { id: RECORD, title: 'Report', body: 'Page one text', html: '', document: pdfFacts() };
    const withPages = renderToStaticMarkup(createElement(RecordBody, { record: pdf, pages: model() }));
    expect(withPages).toContain('data-view="text"');
    expect(withPages).toMatch(/data-testid="record-view-text"[^>]*>Text<\/button>/);
    expect(withPages).toMatch(/aria-pressed="false"[^>]*data-testid="record-view-pages"[^>]*>Pages<\/button>/);
    expect(withPages).toContain('Page one text');
    expect(renderToStaticMarkup(createElement(RecordBody, { record: pdf }))).not.toContain('record-view-pages');
    const noPages = { ...pdf, document: pdfFacts({ pageCount: 0 }) };
    expect(renderToStaticMarkup(createElement(RecordBody, { record: noPages, pages: model() }))).not.toContain('record-view-pages');
    const docx = { ...pdf, document: pdfFacts({ format: 'docx' }) };
    expect(renderToStaticMarkup(createElement(RecordBody, { record: docx, pages: model() }))).not.toContain('record-body-switch');
  });

  it('offers Pages for an image record: its OCR pages, else one until the backend counts them', () => {
    const image = { id: RECORD, title: 'scan.tif', body: '', html: '', document: pdfFacts({ format: 'image', pageCount: null, pageStarts: [] }) };
    expect(renderToStaticMarkup(createElement(RecordBody, { record: image, pages: model() }))).toContain('record-view-pages');
    expect(pagesToShow(image.document)).toBe(1);
    const read: OcrPageFact = { page: 3, meanConfidence: 91, replacedText: false, lang: 'eng' };
    expect(pagesToShow({ ...image.document, ocr: { pages: [read] } })).toBe(3);
    expect(pagesToShow(pdfFacts({ pageCount: 7 }))).toBe(7);
    expect(pagesToShow(pdfFacts({ format: 'docx' }))).toBe(0);
  });

  it('marks the words the search hits over the page image, with no style attribute, and lists the pages hit', async () => {
    const pages = model();
    await pages.actions.open(RECORD, 2, 800, 'sewer');
    const html = renderToStaticMarkup(createElement(PdfPagesPanel, { ...handlers, state: pages.store.get(), title: 'Scan', pagesNeedingOcr: [] }));
    expect(html).toContain('1 word the search hits is marked on this page. OCR text hit on page:');
    expect(html).toMatch(/<button type="button" class="link-button" aria-current="page" data-testid="pdf-page-hit-page">1<\/button>/);
    expect(html).toMatch(/<svg class="pdf-page-highlights" viewBox="0 0 1 1" preserveAspectRatio="none" aria-hidden="true" data-testid="pdf-page-highlights"><rect x="0.25" y="0.5" width="0.1" height="0.02"><\/rect><\/svg>/);
    expect(html).not.toContain('style=');
    await pages.actions.open(RECORD, 2, 800, 'culvert');
    const none = renderToStaticMarkup(createElement(PdfPagesPanel, { ...handlers, state: pages.store.get(), title: 'Scan', pagesNeedingOcr: [] }));
    expect(none).not.toContain('pdf-page-highlights');
    expect(none).not.toContain('pdf-page-hits');
  });

  it('offers to read the shown page again with OCR, in a chosen language, and says what that did', async () => {
    const ocr = createOcrModel({ client: createFakeClient({ 'ocr.rerun': () => ({ pagesWaiting: 0, recordsWaiting: 0, pagesDone: 1, errors: [], lowConfidence: [], sources: [], pagesRead: 1, pagesSkipped: 0, unreadable: [] }) }) });
    const state = { page: 2, pageCount: 2, image: null, loading: false, error: null };
    const panel = (page: number) => createElement(PageOcrRerunPanel, { rerun: ocr.store.get().pageRerun, recordId: RECORD, page, lang: 'fra', onLangChange: () => undefined, onRerun: () => undefined });
    const html = renderToStaticMarkup(createElement(PdfPagesPanel, { ...handlers, state, title: 'Report', pagesNeedingOcr: [], rerun: panel(2) }));
    expect(html).toMatch(/<button type="button" class="secondary" aria-disabled="false" data-testid="pdf-page-rerun-button">Read this page again with OCR<\/button>/);
    expect(html).toMatch(/<option value="fra" selected="">French<\/option>/);
    expect(renderToStaticMarkup(createElement(PdfPagesPanel, { ...handlers, state, title: 'Report', pagesNeedingOcr: [] }))).not.toContain('pdf-page-rerun');
    await ocr.actions.rerunPage(RECORD, 2, 'fra');
    expect(renderToStaticMarkup(panel(2))).toContain('Page 2 was read again with OCR (French).');
    // The message belongs to that page only.
    expect(renderToStaticMarkup(panel(1))).not.toContain('read again');
  });
});
