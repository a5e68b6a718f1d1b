import { describe, expect, it } from 'vitest';
import { PAGE_SEPARATOR } from '../../../../../main/core/documents/document-parts.js';
import { pageStarts } from '../../../../../main/core/ingest/document-record.js';
import { joinPages, mergeOcrText, splitPages } from '../../../../../main/core/ocr/merge-ocr-text.js';
import type { DocumentFacts } from '../../../../../shared/model/record.js';

function pdf(body: string, pageCount: number, pagesNeedingOcr: number[]): DocumentFacts {
  return {
    format: 'pdf', title: '', author: '', created: null, modified: null, fileModified: null, application: '', encoding: '',
    pageCount, pageStarts: pageStarts(body, pageCount), pagesNeedingOcr,
  };
}

const ocr = (page: number, text: string) => ({ page, text, meanConfidence: 88, lang: 'eng' });

describe('mergeOcrText', () => {
  it('puts OCR text in the empty middle page of a PDF and moves the later pages', () => {
    const body = ['First page', '', 'Third page'].join(PAGE_SEPARATOR);
    const merged = mergeOcrText(body, pdf(body, 3, [2]), [ocr(2, 'Scanned memo\f')]);
    expect(merged.body).toBe(['First page', 'Scanned memo', 'Third page'].join(PAGE_SEPARATOR));
    expect(merged.document.pageStarts).toEqual(pageStarts(merged.body, 3));
    expect(merged.document.pagesNeedingOcr).toEqual([]);
    expect(merged.document.ocr).toEqual({ pages: [{ page: 2, meanConfidence: 88, lang: 'eng', replacedText: false }] });
  });

  it('fills trailing empty pages that left no separator behind, and keeps comments after the last page', () => {
    const body = `Cover\n\nComments:\n[page 1] see scan`;
    const document = { ...pdf('Cover', 3, [2, 3]), pageStarts: [0, 5, 5] };
    const merged = mergeOcrText(body, document, [ocr(3, 'Page three'), ocr(2, 'Page two')]);
    expect(merged.body).toBe(`${['Cover', 'Page two', 'Page three'].join(PAGE_SEPARATOR)}\n\nComments:\n[page 1] see scan`);
    expect(merged.document.pageStarts).toEqual([0, 8, 19]);
    expect(merged.document.ocr?.pages.map((fact) => fact.page)).toEqual([2, 3]);
  });

  it('replaces a garbled text layer on request, and says it did', () => {
    const body = ['Good', 'Ѐ#%&@'].join(PAGE_SEPARATOR);
    const merged = mergeOcrText(body, pdf(body, 2, []), [ocr(2, 'Clear text')]);
    expect(merged.body).toBe(['Good', 'Clear text'].join(PAGE_SEPARATOR));
    expect(merged.document.ocr?.pages[0]?.replacedText).toBe(true);
    // Read again, the page keeps its first verdict: the text replaced then was the file's.
    expect(mergeOcrText(merged.body, merged.document, [ocr(2, 'Clearer')]).document.ocr?.pages[0]?.replacedText).toBe(true);
  });

  it('makes OCR text the body of an image with no document facts', () => {
    const merged = mergeOcrText('', null, [ocr(1, 'Receipt total 12.50')]);
    expect(merged.body).toBe('Receipt total 12.50');
    expect(merged.document).toMatchObject({ format: 'image', pageCount: 1, pageStarts: [0], pagesNeedingOcr: [] });
  });

  it('splits and joins back to the same text', () => {
    const body = ['a', 'bb', 'ccc'].join(PAGE_SEPARATOR);
    const { pages, trailer } = splitPages(body, pageStarts(body, 3));
    expect(pages).toEqual(['a', 'bb', 'ccc']);
    expect(joinPages(pages, trailer)).toEqual({ body, pageStarts: pageStarts(body, 3) });
  });
});
