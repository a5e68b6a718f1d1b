/**
 * Live progress of the running ingest, from `ingest.progress` events: phase, how much of the
 * source is read, items and records, the rate and time left, errors, the file being read, and
 * Cancel. The bar is determinate only while bytes are being indexed, so it never claims a
 * percentage it does not know.
 */
import { progressView } from '../../state/ingest-progress-view.js';
import { useStore } from '../../components/use-store.js';
import { useWorkbench } from '../../components/workbench-context.js';

export function IngestProgressPanel() {
  const { sources } = useWorkbench();
  const { job } = useStore(sources.store);
  if (job === null) {
    return null;
  }
  const view = job.progress ? progressView(job.progress) : null;
  const phase = view?.phase ?? 'Starting';

  return (
    <div className="ingest-progress" data-testid="ingest-progress" data-phase={job.progress?.phase ?? 'starting'}>
      <div className="progress-head">
        {/* Only the phase is live: announcing every file would drown a screen reader. */}
        <strong role="status" data-testid="ingest-phase">
          {phase}…
        </strong>
        {view?.timeLeft ? (
          <span className="muted small" data-testid="ingest-time-left">
            {view.timeLeft}
          </span>
        ) : null}
        <button type="button" className="secondary danger" onClick={() => void sources.actions.cancel()} disabled={job.cancelling} data-testid="cancel-ingest-button">
          {job.cancelling ? 'Cancelling…' : 'Cancel'}
        </button>
      </div>
      <progress data-testid="progress-bar" aria-label={`Ingest progress: ${phase}`} max={view?.bar?.max} value={view?.bar?.value} />
      {view ? (
        <ul className="progress-facts small" data-testid="ingest-counts">
          {view.bytes ? <li data-testid="ingest-bytes">{view.bytes}</li> : null}
          <li>{view.items}</li>
          <li>{view.records}</li>
          {view.files ? <li>{view.files}</li> : null}
          <li className={job.progress && job.progress.errors > 0 ? 'warn-text' : undefined}>{view.errors}</li>
          {view.rate ? <li data-testid="ingest-rate">{view.rate}</li> : null}
        </ul>
      ) : (
        <p className="progress-counts" data-testid="ingest-counts">
          Reading {job.path}
        </p>
      )}
      {view?.currentFile ? (
        <p className="progress-file muted small" title={view.currentFile}>
          {view.currentFile}
        </p>
      ) : null}
    </div>
  );
}
