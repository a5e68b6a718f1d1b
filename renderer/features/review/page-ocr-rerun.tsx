/**
 * "Read this page again with OCR" under a PDF page in the viewer: for a page whose text layer is
 * garbled, or that OCR read in the wrong language. The language defaults to the record's
 * source's (set in the OCR panel on Sources); another can be picked for this page. The page's
 * new text replaces its old text, and the record is read again to show it.
 */
import { useState } from 'react';
import { isOcrLanguageChoice, OCR_LANGUAGE_CHOICE_LABELS, OCR_LANGUAGE_CHOICES, type OcrLanguageChoice } from '../../../shared/model/ocr.js';
import { ErrorText } from '../../components/error-text.js';
import { useStore } from '../../components/use-store.js';
import type { OcrModel, PageRerunState } from '../../state/ocr-model.js';

export type PageOcrRerunProps = { ocr: OcrModel; recordId: string; page: number };

export function PageOcrRerun({ ocr, recordId, page }: PageOcrRerunProps) {
  const state = useStore(ocr.store);
  const [lang, setLang] = useState<OcrLanguageChoice | null>(null);
  return (
    <PageOcrRerunPanel
      rerun={state.pageRerun}
      recordId={recordId}
      page={page}
      lang={lang}
      onLangChange={setLang}
      onRerun={() => void ocr.actions.rerunPage(recordId, page, lang)}
    />
  );
}

export type PageOcrRerunPanelProps = {
  /** The last page read again (any page of any record), or null. */
  rerun: PageRerunState | null;
  recordId: string;
  page: number;
  /** null: the record's source's language. */
  lang: OcrLanguageChoice | null;
  onLangChange(lang: OcrLanguageChoice | null): void;
  onRerun(): void;
};

/** The select's value for "the source's language" (an option value cannot be null). */
const SOURCE_LANGUAGE = '';

/** What the control shows: stateless, so it is tested as static markup. */
export function PageOcrRerunPanel({ rerun, recordId, page, lang, onLangChange, onRerun }: PageOcrRerunPanelProps) {
  const here = rerun !== null && rerun.recordId === recordId && rerun.page === page ? rerun : null;
  // One page at a time: the backend reads it as a task of its own.
  const busy = rerun?.running === true;
  return (
    <div className="actions pdf-page-rerun" role="group" aria-label="OCR of this page" data-testid="pdf-page-rerun">
      <label>
        Language{' '}
        <select
          value={lang ?? SOURCE_LANGUAGE}
          onChange={(event) => onLangChange(isOcrLanguageChoice(event.target.value) ? event.target.value : null)}
          disabled={busy}
          data-testid="pdf-page-rerun-lang"
        >
          <option value={SOURCE_LANGUAGE}>The source’s language</option>
          {OCR_LANGUAGE_CHOICES.map((option) => (
            <option key={option} value={option}>
              {OCR_LANGUAGE_CHOICE_LABELS[option]}
            </option>
          ))}
        </select>
      </label>
      <button type="button" className="secondary" aria-disabled={busy} onClick={busy ? undefined : onRerun} data-testid="pdf-page-rerun-button">
        {here?.running ? `Reading page ${page}…` : 'Read this page again with OCR'}
      </button>
      {here?.message ? (
        <span className="muted" role="status" data-testid="pdf-page-rerun-message">
          {here.message}
        </span>
      ) : null}
      <ErrorText message={here?.error ?? null} testId="pdf-page-rerun-error" />
    </div>
  );
}
