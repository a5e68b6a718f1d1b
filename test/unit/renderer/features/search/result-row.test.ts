/** A result row rendered to static HTML: the "OCR" mark on records whose text came partly from OCR. */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { SearchHit } from '../../../../../shared/model/search.js';
import { ResultRow } from '../../../../../renderer/features/search/result-row.js';
import { summary } from '../../state/fixtures.js';

function row(hit: SearchHit): string {
  const place = { id: 'row-0', index: 0, setSize: 1, top: 0, measureRef: null };
  return renderToStaticMarkup(createElement(ResultRow, { ...place, hit, selected: false, open: false, decision: null, grouped: false, onClick: () => undefined }));
}

describe('a result row', () => {
  it('marks a record whose text came partly from OCR, and no other', () => {
    const hit: SearchHit = { ...summary('r_00000001', { kind: 'document', title: 'brochure.pdf' }), snippet: '', score: 0, familyHits: 1 };
    expect(row({ ...hit, ocr: true })).toMatch(/<span class="row-title">brochure\.pdf<\/span><span class="badge badge-ocr" data-testid="result-ocr" title="[^"]*OCR[^"]*">OCR<\/span>/);
    expect(row(hit)).not.toContain('result-ocr');
  });
});
