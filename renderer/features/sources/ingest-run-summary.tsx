/**
 * One ingest run in full: how it ended, how long it took, what it read, the records it wrote by
 * kind, the copies it recognised, what it counted but did not index, and what happened to each
 * file. Wording lives in `ingest-report-view`; this only lays it out.
 */
import type { IngestRun } from '../../../shared/model/case.js';
import { fileCounts, notRecordsSentence, recordKindCounts, runHeadline, runStatusLabel } from '../../state/ingest-report-view.js';
import { formatBytes, formatCount, formatDuration, formatTimestamp } from '../../components/format.js';

export function IngestRunSummary({ run, alreadyPresent }: { run: IngestRun; alreadyPresent: boolean }) {
  const headline = runHeadline(run, alreadyPresent);
  const kinds = recordKindCounts(run.counts.recordsByKind);
  const notRecords = notRecordsSentence(run.counts.notRecords);

  return (
    <div className="ingest-run" data-testid="ingest-run-summary" data-job-id={run.jobId} data-status={alreadyPresent ? 'unchanged' : run.status}>
      <p className={`notice ${headline.tone}`} data-testid="ingest-report-headline">
        {headline.text}
      </p>
      <dl className="report-fields">
        <dt>Status</dt>
        <dd data-testid="report-status">{alreadyPresent ? 'Nothing changed' : runStatusLabel(run.status)}</dd>
        <dt>When</dt>
        <dd>
          {formatTimestamp(run.startedAt)} – {formatTimestamp(run.finishedAt)} ({formatDuration(run.durationMs)})
        </dd>
        <dt>Read</dt>
        <dd data-testid="report-read">
          {formatBytes(run.bytesRead)} · {formatCount(run.counts.itemsRead, 'item')} (messages and documents, every copy)
        </dd>
        <dt>Records</dt>
        <dd data-testid="report-records">
          {formatCount(run.recordsAdded, 'record')} added
          {kinds.length > 0 ? <span className="muted"> · {kinds.join(', ')} written or found again</span> : null}
        </dd>
        <dt>Duplicates</dt>
        <dd data-testid="report-duplicates">
          {run.counts.duplicates > 0
            ? `${formatCount(run.counts.duplicates, 'copy', 'copies')} of records already in the case, kept as extra locations`
            : 'No copies of records already in the case'}
        </dd>
        <dt>Not records</dt>
        <dd data-testid="report-not-records">{notRecords ?? 'None: every item read was indexed as a record'}</dd>
        <dt>Files</dt>
        <dd>
          <ul className="file-counts" data-testid="report-files">
            {fileCounts(run.counts).map(({ label, count }) => (
              <li key={label} className={label === 'failed' && count > 0 ? 'warn-text' : undefined}>
                {count.toLocaleString('en-US')} {label}
              </li>
            ))}
          </ul>
        </dd>
        <dt>Problems</dt>
        <dd className={run.errorCount > 0 ? 'warn-text' : undefined} data-testid="report-problems">
          {formatCount(run.errorCount, 'error')}, {formatCount(run.warningCount, 'warning')}
        </dd>
      </dl>
    </div>
  );
}
