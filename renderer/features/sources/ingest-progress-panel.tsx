/**
 * Live progress of the running ingest, from `ingest.progress` events: phase, files, records,
 * errors, the file being read, and Cancel. The bar is indeterminate until the scan has counted
 * the files, so it never claims a percentage it does not know.
 */
import type { IngestPhase } from '../../../shared/ipc/contract.js';
import { assertNever } from '../../../shared/errors.js';
import { formatCount } from '../../components/format.js';
import { useStore } from '../../components/use-store.js';
import { useWorkbench } from '../../components/workbench-context.js';

function phaseLabel(phase: IngestPhase): string {
  switch (phase) {
    case 'scanning':
      return 'Scanning the folder';
    case 'hashing':
      return 'Hashing files';
    case 'indexing':
      return 'Indexing records';
    case 'done':
      return 'Finishing';
    default:
      return assertNever(phase, 'ingest phase');
  }
}

export function IngestProgressPanel() {
  const { sources } = useWorkbench();
  const { job } = useStore(sources.store);
  if (job === null) {
    return null;
  }
  const progress = job.progress;
  const phase = progress ? phaseLabel(progress.phase) : 'Starting';
  const known = progress !== null && progress.filesTotal > 0;

  return (
    <div className="ingest-progress" data-testid="ingest-progress">
      <div className="progress-head">
        {/* Only the phase is live: announcing every file would drown a screen reader. */}
        <strong role="status" data-testid="ingest-phase">
          {phase}…
        </strong>
        <button type="button" className="secondary danger" onClick={() => void sources.actions.cancel()} disabled={job.cancelling} data-testid="cancel-ingest-button">
          {job.cancelling ? 'Cancelling…' : 'Cancel'}
        </button>
      </div>
      <progress
        data-testid="progress-bar"
        aria-label={`Ingest progress: ${phase}`}
        max={known ? progress.filesTotal : undefined}
        value={known ? progress.filesDone : undefined}
      />
      <p className="progress-counts" data-testid="ingest-counts">
        {progress ? (
          <>
            {progress.filesDone.toLocaleString('en-US')} of {known ? formatCount(progress.filesTotal, 'file') : '… files'} ·{' '}
            {formatCount(progress.recordsIndexed, 'record')} indexed · {formatCount(progress.errors, 'error')}
          </>
        ) : (
          `Reading ${job.path}`
        )}
      </p>
      {progress?.currentFile ? (
        <p className="progress-file muted small" title={progress.currentFile}>
          {progress.currentFile}
        </p>
      ) : null}
    </div>
  );
}
