/** "Read this page again with OCR": by default in the record's source's language. */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { PageOcrRerunPanel } from '../../../../../renderer/features/review/page-ocr-rerun.js';

describe('reading one page again', () => {
  it('offers the source’s language first, then each language and script detection', () => {
    const props = { rerun: null, recordId: 'r_00000001', page: 1, onLangChange: () => undefined, onRerun: () => undefined };
    const html = renderToStaticMarkup(createElement(PageOcrRerunPanel, { ...props, lang: null }));
    expect(html).toContain('<option value="" selected="">The source’s language</option>');
    expect(html).toContain('<option value="auto">Detect script (Arabic, Chinese), else English</option>');
    expect(renderToStaticMarkup(createElement(PageOcrRerunPanel, { ...props, lang: 'auto' }))).toContain('<option value="auto" selected="">');
  });
});
