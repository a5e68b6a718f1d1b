/** Which language each record waiting for OCR is read in, and each source's pages waiting. */
import { describe, expect, it } from 'vitest';
import { readingSource, recordLanguage, recordsByLanguage, sourceLanguages, sourceStatuses } from '../../../../../main/core/ocr/ocr-source-languages.js';

const sources = [
  { id: 's_1', custodian: 'Records office', path: '/scans', ocrLang: 'fra' as const },
  { id: 's_2', custodian: 'Embassy', path: '/cables', ocrLang: 'auto' as const },
  { id: 's_3', custodian: 'Pat Doe', path: '/mail', ocrLang: 'eng' as const },
];

describe('OCR languages per source', () => {
  it('reads a record for its first location’s source', () => {
    expect(readingSource([{ sourceId: 's_2' }, { sourceId: 's_1' }])).toBe('s_2');
    expect(readingSource([])).toBeNull();
  });

  it('reads a record in the run’s language when given, else its source’s, else English', () => {
    const languages = sourceLanguages(sources);
    expect(recordLanguage('s_1', languages)).toBe('fra');
    expect(recordLanguage('s_2', languages)).toBe('auto');
    expect(recordLanguage('s_1', languages, 'deu')).toBe('deu');
    expect(recordLanguage('s_1', languages, 'auto')).toBe('auto');
    expect(recordLanguage('s_9', languages)).toBe('eng');
    expect(recordLanguage(null, languages)).toBe('eng');
  });

  it('counts each source’s pages and records waiting, every source listed in the case’s order', () => {
    const waiting = [
      { recordId: 'r_1', pages: [1, 2, 5], sourceId: 's_2' },
      // An image: one page until it is opened.
      { recordId: 'r_2', pages: null, sourceId: 's_2' },
      { recordId: 'r_3', pages: [4], sourceId: 's_1' },
      // No location: counted by the case, by no source.
      { recordId: 'r_4', pages: [1], sourceId: null },
    ];
    expect(sourceStatuses(sources, waiting)).toEqual([
      { sourceId: 's_1', custodian: 'Records office', path: '/scans', lang: 'fra', pagesWaiting: 1, recordsWaiting: 1 },
      { sourceId: 's_2', custodian: 'Embassy', path: '/cables', lang: 'auto', pagesWaiting: 4, recordsWaiting: 2 },
      { sourceId: 's_3', custodian: 'Pat Doe', path: '/mail', lang: 'eng', pagesWaiting: 0, recordsWaiting: 0 },
    ]);
  });

  it('counts the records a run reads in each language, for its audit entry', () => {
    expect(recordsByLanguage(['eng', 'fra', 'eng', 'auto'])).toEqual({ eng: 2, fra: 1, auto: 1 });
    expect(recordsByLanguage([])).toEqual({});
  });
});
