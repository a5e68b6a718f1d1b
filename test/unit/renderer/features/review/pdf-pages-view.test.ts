/** The Pages panel and the body's Pages switch, rendered to static HTML (the panel from a model filled by a fake backend). */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { DocumentFacts } from '../../../../../shared/model/record.js';
import { PageOcrRerunPanel } from '../../../../../renderer/features/review/page-ocr-rerun.js';
import { PdfPagesPanel } from '../../../../../renderer/features/review/pdf-pages-view.js';
import { RecordBody } from '../../../../../renderer/features/review/record-body.js';
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
    'records.pageImage': ({ page, width }) => ({ dataUrl: 'data:image/png;base64,iVBORw0KGgo=', widthPx: width, heightPx: 1000, page, pageCount: 2 }),
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

  it('offers to read the shown page again with OCR, in a chosen language, and says what that did', async () => {
    const ocr = createOcrModel({ client: createFakeClient({ 'ocr.rerun': () => ({ pagesWaiting: 0, recordsWaiting: 0, pagesDone: 1, errors: [], lowConfidence: [], pagesRead: 1, pagesSkipped: 0, unreadable: [] }) }) });
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
