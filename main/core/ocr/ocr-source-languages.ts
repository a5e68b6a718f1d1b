/**
 * Which language each record waiting for OCR is read in, and what each source has waiting. A
 * source's language is kept in case.json (SourceInfo.ocrLang); a record is read in the language
 * of its source, or of the run's override when one is given. A record filed in several sources
 * (the same scan collected twice) is read once: in the language of its first location's source,
 * the source that ocr.status counts its pages under. Pure: the handlers read the case and the
 * index and pass what they found.
 */
import { DEFAULT_OCR_LANGUAGE_CHOICE, type OcrLanguageChoice, type OcrSourceStatus } from '../../../shared/model/ocr.js';
import type { SourceInfo } from '../../../shared/model/case.js';
import type { OcrWaitingRecord } from '../index/record-index.js';


export type SourceLanguages = ReadonlyMap<string, OcrLanguageChoice>;

/** The source a record is read for: its first location's (the index lists them by source id). */
export function readingSource(locations: ReadonlyArray<{ sourceId: string }>): string | null {
  return locations[0]?.sourceId ?? null;
}

/** Each source's language, by id. */
export function sourceLanguages(sources: ReadonlyArray<Pick<SourceInfo, 'id' | 'ocrLang'>>): SourceLanguages {
  return new Map(sources.map((source) => [source.id, source.ocrLang]));
}

/**
 * The language to read a record in: the run's `override` when given, else its source's, else
 * English (a record whose source is not in the case, which only a damaged case.json can make).
 */
export function recordLanguage(sourceId: string | null, languages: SourceLanguages, override?: OcrLanguageChoice): OcrLanguageChoice {
  return override ?? (sourceId === null ? undefined : languages.get(sourceId)) ?? DEFAULT_OCR_LANGUAGE_CHOICE;
}

/** Pages a record has waiting, as the index counts them: an image file is one page until opened. */
function pageCount(record: OcrWaitingRecord): number {
  return record.pages?.length ?? 1;
}

/** Every source of the case, in its order, with its language and the pages it has waiting. */
export function sourceStatuses(sources: ReadonlyArray<Pick<SourceInfo, 'id' | 'custodian' | 'path' | 'ocrLang'>>, waiting: readonly OcrWaitingRecord[]): OcrSourceStatus[] {
  const counts = new Map<string, { pages: number; records: number }>();
  for (const record of waiting) {
    if (record.sourceId === null) {
      continue;
    }
    const count = counts.get(record.sourceId) ?? { pages: 0, records: 0 };
    count.pages += pageCount(record);
    count.records += 1;
    counts.set(record.sourceId, count);
  }
  return sources.map((source) => ({
    sourceId: source.id,
    custodian: source.custodian,
    path: source.path,
    lang: source.ocrLang,
    pagesWaiting: counts.get(source.id)?.pages ?? 0,
    recordsWaiting: counts.get(source.id)?.records ?? 0,
  }));
}

/** How many records each language reads in a run, for its audit entry: `{ eng: 3, fra: 1 }`. */
export function recordsByLanguage(languages: readonly OcrLanguageChoice[]): Partial<Record<OcrLanguageChoice, number>> {
  const counts: Partial<Record<OcrLanguageChoice, number>> = {};
  for (const lang of languages) {
    counts[lang] = (counts[lang] ?? 0) + 1;
  }
  return counts;
}
