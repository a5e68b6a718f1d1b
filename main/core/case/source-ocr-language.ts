/**
 * A source's OCR language as the officer changes it (ocr.setSourceLanguage, or sources.add
 * naming a language for a source already in the case): written to case.json and audited with
 * before and after. Nothing is read again: pages already read keep their text (one page can be
 * read again from the viewer), and pages waiting are read in the new language by the next run.
 */
import { AppError } from '../../../shared/errors.js';
import type { OcrLanguageChoice } from '../../../shared/model/ocr.js';
import type { CaseSession } from './case-session.js';

/** What a change did; `changed` is false when the source already had `lang` (nothing is written then). */
export type OcrLanguageChange = { sourceId: string; before: OcrLanguageChoice; after: OcrLanguageChoice; changed: boolean };

export async function setSourceOcrLanguage(session: CaseSession, sourceId: string, lang: OcrLanguageChoice): Promise<OcrLanguageChange> {
  const before = session.store.data.sources.find((source) => source.id === sourceId)?.ocrLang;
  if (before === undefined) {
    throw new AppError('not-found', `No source ${sourceId} in this case`, { sourceId });
  }
  if (before === lang) {
    return { sourceId, before, after: lang, changed: false };
  }
  await session.store.update((data) => {
    const source = data.sources.find((entry) => entry.id === sourceId);
    if (source) {
      source.ocrLang = lang;
    }
  });
  await session.audit.record({ action: 'source.ocr-language', target: sourceId, before: { ocrLang: before }, after: { ocrLang: lang } });
  return { sourceId, before, after: lang, changed: true };
}
