/**
 * OCR of scanned pages after ingest: how many pages still have no text layer, each source with
 * pages waiting and the language it is read in, a run (each source in its language, or in one
 * picked for that run) with its progress and Cancel, and the pages to look at (failed, or read
 * with low confidence), each opening its record in Search & review.
 */
import { LOW_OCR_CONFIDENCE } from '../../../shared/model/ocr.js';
import { sourcesWaiting, waitingLine } from '../../state/ocr-model.js';
import { useStore } from '../../components/use-store.js';
import { useWorkbench } from '../../components/workbench-context.js';
import { OcrRunLanguage, OcrSourceLanguages } from './ocr-source-languages.js';

/** Pages listed per kind before "and N more". */
const LISTED = 20;

export function OcrPanel() {
  const { ocr, session, review } = useWorkbench();
  const { status, runLang, savingSource, afterIngest, running, progress, error, message } = useStore(ocr.store);
  if (status === null) {
    return null;
  }
  const openRecord = (recordId: string) => {
    session.actions.setView('review');
    void review.actions.open(recordId);
  };
  const nothingWaits = status.pagesWaiting === 0;
  const waitingSources = sourcesWaiting(status);
  return (
    <section className="card ocr-panel" aria-labelledby="ocr-title" data-testid="ocr-panel">
      <h2 id="ocr-title">OCR</h2>
      <p data-testid="ocr-waiting">{waitingLine(status)}</p>
      {waitingSources.length > 0 ? (
        // Not while a run reads: it decided its languages when it started.
        <OcrSourceLanguages sources={waitingSources} disabled={running || savingSource !== null} onChange={(sourceId, lang) => void ocr.actions.setSourceLanguage(sourceId, lang)} />
      ) : null}
      <div className="actions">
        <OcrRunLanguage value={runLang} disabled={running || nothingWaits} onChange={ocr.actions.setRunLang} />
        <button type="button" disabled={running || nothingWaits} onClick={() => void ocr.actions.run()} data-testid="ocr-run">
          Run OCR
        </button>
        <label className="checkbox-label" title="A run of its own after each ingest: the ingest never waits for OCR">
          <input type="checkbox" checked={afterIngest} onChange={() => ocr.actions.setAfterIngest(!afterIngest)} data-testid="ocr-after-ingest" /> Read new scans after each ingest
        </label>
        {running ? (
          <button type="button" className="secondary danger" onClick={() => void ocr.actions.cancel()} data-testid="ocr-cancel">
            Cancel
          </button>
        ) : null}
      </div>
      {running ? (
        <div className="ocr-progress">
          <progress aria-label="OCR progress" max={progress && progress.total > 0 ? progress.total : undefined} value={progress && progress.total > 0 ? progress.done : undefined} />
          <span role="status" className="muted small" data-testid="ocr-progress">
            {progress && progress.total > 0 ? `${progress.stage}: ${progress.done} of ${progress.total}` : (progress?.stage ?? 'Starting')}…
          </span>
        </div>
      ) : null}
      {message ? (
        <p className="muted" role="status" data-testid="ocr-message">
          {message}
        </p>
      ) : null}
      {error ? (
        <p className="error" role="alert">
          {error}
        </p>
      ) : null}
      {status.errors.length > 0 ? (
        <>
          <h3>Pages OCR could not read</h3>
          <ul className="ocr-pages" data-testid="ocr-errors">
            {status.errors.slice(0, LISTED).map((entry) => (
              <li key={`${entry.recordId}:${entry.page}`}>
                <button type="button" className="link-button" onClick={() => openRecord(entry.recordId)}>
                  Open
                </button>{' '}
                page {entry.page}: <span className="muted">{entry.message}</span>
              </li>
            ))}
            {status.errors.length > LISTED ? <li className="muted small">and {status.errors.length - LISTED} more</li> : null}
          </ul>
        </>
      ) : null}
      {status.lowConfidence.length > 0 ? (
        <>
          <h3>Read with low confidence (below {LOW_OCR_CONFIDENCE}%): check against the page image</h3>
          <ul className="ocr-pages" data-testid="ocr-low-confidence">
            {status.lowConfidence.slice(0, LISTED).map((entry) => (
              <li key={`${entry.recordId}:${entry.page}`}>
                <button type="button" className="link-button" onClick={() => openRecord(entry.recordId)}>
                  Open
                </button>{' '}
                page {entry.page}: mean confidence {Math.round(entry.meanConfidence)}%
              </li>
            ))}
            {status.lowConfidence.length > LISTED ? <li className="muted small">and {status.lowConfidence.length - LISTED} more</li> : null}
          </ul>
        </>
      ) : null}
    </section>
  );
}
