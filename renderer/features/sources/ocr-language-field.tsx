/**
 * The add-source form's "Language of scans (OCR)": the language the run that starts by itself
 * after the ingest reads the source's scanned pages in, so a French scan is not read in English
 * before the officer can get to the OCR panel. Every source may hold scans, so it is shown for all
 * of them, not folded away with the chat options. The choices and labels are the OCR panel's
 * (LanguageOptions), so the two never disagree.
 *
 * Like the chat options, a path already in the case shows that source's language and sends it
 * only once the officer changes it: adding the path again (to continue or update it) must not put
 * English over the language the source is read in.
 */
import { useId } from 'react';
import { DEFAULT_OCR_LANGUAGE_CHOICE, isOcrLanguageChoice, type OcrLanguageChoice } from '../../../shared/model/ocr.js';
import { LanguageOptions } from './ocr-source-languages.js';

/**
 * What the select shows: the officer's pick, else the language of the source already at the
 * form's path, else English.
 */
export function shownOcrLanguage(picked: OcrLanguageChoice | null, stored: OcrLanguageChoice | null): OcrLanguageChoice {
  return picked ?? stored ?? DEFAULT_OCR_LANGUAGE_CHOICE;
}

/**
 * What `sources.add` is sent: the shown language for a new source, or for one whose language the
 * officer changed; nothing for a source in the case left as it is, which keeps its language.
 */
export function ocrLanguageToSend(picked: OcrLanguageChoice | null, stored: OcrLanguageChoice | null): { ocrLang?: OcrLanguageChoice } {
  return picked === null && stored !== null ? {} : { ocrLang: shownOcrLanguage(picked, stored) };
}

export type OcrLanguageFieldProps = {
  value: OcrLanguageChoice;
  onChange(lang: OcrLanguageChoice): void;
  disabled: boolean;
  /** The value is the language of the source already at the form's path; the hint says so. */
  stored: boolean;
};

/** A labelled select with a hint; stateless, so it is tested as static markup. */
export function OcrLanguageField({ value, onChange, disabled, stored }: OcrLanguageFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  return (
    <div className="field" data-stored={stored ? 'true' : 'false'}>
      <label htmlFor={id}>Language of scans (OCR)</label>
      <select
        id={id}
        value={value}
        onChange={(event) => {
          if (isOcrLanguageChoice(event.target.value)) {
            onChange(event.target.value);
          }
        }}
        disabled={disabled}
        aria-describedby={hintId}
        data-testid="source-ocr-language-select"
      >
        <LanguageOptions />
      </select>
      <span className="hint" id={hintId}>
        {stored
          ? 'The language this source is read in; a change applies to its pages not read yet.'
          : 'Scanned pages and images in it are read in this language after the ingest.'}
      </span>
    </div>
  );
}
