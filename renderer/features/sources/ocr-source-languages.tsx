/**
 * The OCR panel's language choices: a row per source with pages waiting and the language the
 * source is read in, and the language of one run. Stateless, so they are tested as static
 * markup; the panel (ocr-panel.tsx) wires them to the OCR model.
 */
import { isOcrLanguageChoice, OCR_LANGUAGE_CHOICE_LABELS, OCR_LANGUAGE_CHOICES, type OcrLanguageChoice, type OcrSourceStatus } from '../../../shared/model/ocr.js';
import { sourceWaitingLine } from '../../state/ocr-model.js';

/** Every language a source may be read in, as `<option>`s with their labels: the OCR panel's selects and the add-source form's. */
export function LanguageOptions() {
  return (
    <>
      {OCR_LANGUAGE_CHOICES.map((code) => (
        <option key={code} value={code}>
          {OCR_LANGUAGE_CHOICE_LABELS[code]}
        </option>
      ))}
    </>
  );
}

export type OcrSourceLanguagesProps = {
  /** The sources with pages waiting. */
  sources: readonly OcrSourceStatus[];
  disabled: boolean;
  onChange(sourceId: string, lang: OcrLanguageChoice): void;
};

export function OcrSourceLanguages({ sources, disabled, onChange }: OcrSourceLanguagesProps) {
  return (
    <>
      <div className="table-scroll">
        <table className="data-table" data-testid="ocr-sources">
          <thead>
            <tr>
              <th scope="col">Source</th>
              <th scope="col" className="num">
                Waiting
              </th>
              <th scope="col">Read in</th>
            </tr>
          </thead>
          <tbody>
            {sources.map((source) => (
              <tr key={source.sourceId} data-testid="ocr-source-row" data-source-id={source.sourceId}>
                <td>
                  {source.custodian} <span className="muted small path">{source.path}</span>
                </td>
                <td className="num">{sourceWaitingLine(source)}</td>
                <td>
                  <select
                    value={source.lang}
                    disabled={disabled}
                    aria-label={`OCR language of ${source.custodian}, ${source.path}`}
                    onChange={(event) => {
                      if (isOcrLanguageChoice(event.target.value)) {
                        onChange(source.sourceId, event.target.value);
                      }
                    }}
                    data-testid="ocr-source-language"
                  >
                    <LanguageOptions />
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="muted small" data-testid="ocr-sources-hint">
        A source’s language is kept with the case and used for its pages not read yet. Pages already read keep their text: read one again from
        its Pages view in Search &amp; review.
      </p>
    </>
  );
}

/** The select's value for "each source's own language" (an option value cannot be null). */
const EACH_SOURCE = '';

export type OcrRunLanguageProps = {
  /** null: each source in its own language. */
  value: OcrLanguageChoice | null;
  disabled: boolean;
  onChange(lang: OcrLanguageChoice | null): void;
};

/** The language of the next run only; it goes back to the sources' languages after the run. */
export function OcrRunLanguage({ value, disabled, onChange }: OcrRunLanguageProps) {
  return (
    <label title="For the next run only: the sources keep their languages">
      Read in{' '}
      <select value={value ?? EACH_SOURCE} disabled={disabled} onChange={(event) => onChange(isOcrLanguageChoice(event.target.value) ? event.target.value : null)} data-testid="ocr-language">
        <option value={EACH_SOURCE}>Each source’s language</option>
        <LanguageOptions />
      </select>
    </label>
  );
}
