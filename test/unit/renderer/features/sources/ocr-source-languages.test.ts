/**
 * The OCR panel's language choices rendered to static HTML: a row per source with its pages
 * waiting and its language selected, the note that a change reads nothing again, and the
 * language of one run. (Text and selected options only: the markup may change.)
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { OcrSourceStatus } from '../../../../../shared/model/ocr.js';
import { OcrRunLanguage, OcrSourceLanguages } from '../../../../../renderer/features/sources/ocr-source-languages.js';

const scans: OcrSourceStatus = { sourceId: 's_00000001', custodian: 'Records office', path: '/scans', lang: 'fra', pagesWaiting: 2, recordsWaiting: 1 };
const tehran: OcrSourceStatus = { sourceId: 's_00000002', custodian: 'Embassy', path: '/cables', lang: 'auto', pagesWaiting: 1, recordsWaiting: 1 };

function textOf(html: string): string {
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

describe('OCR language choices', () => {
  it('shows each source with its pages waiting and its language selected, and says pages read are not read again', () => {
    const html = renderToStaticMarkup(createElement(OcrSourceLanguages, { sources: [scans, tehran], disabled: false, onChange: () => undefined }));
    const rows = html.split('data-testid="ocr-source-row"').slice(1);
    expect(rows).toHaveLength(2);
    expect(textOf(rows[0] ?? '')).toContain('Records office /scans 2 pages in 1 record English French');
    expect(rows[0]).toContain('<option value="fra" selected="">French</option>');
    expect(rows[0]).toContain('aria-label="OCR language of Records office, /scans"');
    expect(rows[1]).toContain('<option value="auto" selected="">Detect script (Arabic, Chinese), else English</option>');
    expect(textOf(html)).toContain('Pages already read keep their text: read one again from its Pages view in Search & review.');
    expect(html).not.toContain('disabled=""');
    expect(renderToStaticMarkup(createElement(OcrSourceLanguages, { sources: [scans], disabled: true, onChange: () => undefined }))).toContain('disabled=""');
  });

  it('offers every source’s own language for a run, or one language for that run only', () => {
    const each = renderToStaticMarkup(createElement(OcrRunLanguage, { value: null, disabled: false, onChange: () => undefined }));
    expect(each).toContain('<option value="" selected="">Each source’s language</option>');
    expect(each.match(/<option /g)).toHaveLength(8);
    const arabic = renderToStaticMarkup(createElement(OcrRunLanguage, { value: 'ara', disabled: false, onChange: () => undefined }));
    expect(arabic).toContain('<option value="ara" selected="">Arabic</option>');
  });
});
