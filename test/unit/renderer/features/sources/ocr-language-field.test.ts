/**
 * The add-source form's OCR language: the select rendered to static HTML (its label, the OCR
 * panel's choices with the one shown selected, the hint for a new source or one in the case),
 * and what the form shows and sends for a new path, a path in the case, and a pick.
 * (Text and selected options only: the markup may change.)
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { OCR_LANGUAGE_CHOICES } from '../../../../../shared/model/ocr.js';
import { OcrLanguageField, ocrLanguageToSend, shownOcrLanguage } from '../../../../../renderer/features/sources/ocr-language-field.js';
import { OcrRunLanguage } from '../../../../../renderer/features/sources/ocr-source-languages.js';

function render(props: Partial<Parameters<typeof OcrLanguageField>[0]> = {}): string {
  return renderToStaticMarkup(createElement(OcrLanguageField, { value: 'eng', onChange: () => undefined, disabled: false, stored: false, ...props }));
}

function optionsOf(html: string): string[] {
  return [...html.matchAll(/<option value="([^"]*)"[^>]*>([^<]*)<\/option>/g)].map((match) => `${match[1] ?? ''}=${match[2] ?? ''}`);
}

describe('add-source OCR language field', () => {
  it('is a labelled select of the OCR panel’s languages, English shown for a new source', () => {
    const html = render();
    const id = /<label for="([^"]+)">Language of scans \(OCR\)<\/label>/.exec(html)?.[1];
    expect(id).toBeDefined();
    expect(html).toContain(`<select id="${id ?? ''}"`);
    expect(html).toContain('data-testid="source-ocr-language-select"');
    expect(html).toContain('<option value="eng" selected="">English</option>');
    // The same choices and labels as the OCR panel's selects, less its "each source's language".
    const panel = optionsOf(renderToStaticMarkup(createElement(OcrRunLanguage, { value: null, disabled: false, onChange: () => undefined }))).slice(1);
    expect(optionsOf(html)).toEqual(panel);
    expect(optionsOf(html).map((option) => option.split('=')[0])).toEqual([...OCR_LANGUAGE_CHOICES]);
    expect(html).toContain('Scanned pages and images in it are read in this language after the ingest.');
    expect(html).not.toContain('disabled=""');
  });

  it('shows the language of a source already in the case, and waits while an ingest runs', () => {
    const html = render({ value: 'fra', stored: true, disabled: true });
    expect(html).toContain('<option value="fra" selected="">French</option>');
    expect(html).toContain('The language this source is read in; a change applies to its pages not read yet.');
    expect(html).toContain('disabled=""');
  });

  it('sends English for a new source unless the officer picks another', () => {
    expect(shownOcrLanguage(null, null)).toBe('eng');
    expect(ocrLanguageToSend(null, null)).toEqual({ ocrLang: 'eng' });
    expect(shownOcrLanguage('chi_sim', null)).toBe('chi_sim');
    expect(ocrLanguageToSend('chi_sim', null)).toEqual({ ocrLang: 'chi_sim' });
  });

  it('leaves a source in the case its language unless the officer changes it', () => {
    expect(shownOcrLanguage(null, 'ara')).toBe('ara');
    expect(ocrLanguageToSend(null, 'ara')).toEqual({});
    expect(shownOcrLanguage('eng', 'ara')).toBe('eng');
    expect(ocrLanguageToSend('eng', 'ara')).toEqual({ ocrLang: 'eng' });
  });
});
