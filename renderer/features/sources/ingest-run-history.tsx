/**
 * Every run of one source, newest first, so the officer can see when it was read and re-read
 * and open any earlier run's counts. The run shown below is marked with `aria-current`.
 */
import type { IngestRun } from '../../../shared/model/case.js';
import { runStatusLabel } from '../../state/ingest-report-view.js';
import { formatDuration, formatTimestamp } from '../../components/format.js';

export type IngestRunHistoryProps = {
  runs: readonly IngestRun[];
  shownJobId: string | null;
  onShow(jobId: string): void;
};

export function IngestRunHistory({ runs, shownJobId, onShow }: IngestRunHistoryProps) {
  const newestFirst = [...runs].reverse();
  return (
    <details className="run-history" data-testid="ingest-run-history">
      <summary>Run history ({runs.length.toLocaleString('en-US')} runs)</summary>
      <div className="table-scroll">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">Finished</th>
              <th scope="col">Status</th>
              <th scope="col">Took</th>
              <th scope="col" className="num">Records added</th>
              <th scope="col" className="num">Errors</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {newestFirst.map((run) => {
              const shown = run.jobId === shownJobId;
              return (
                <tr key={run.jobId} data-testid="ingest-run-row" data-job-id={run.jobId} aria-current={shown ? 'true' : undefined} className={shown ? 'current-row' : undefined}>
                  <td className="nowrap">{formatTimestamp(run.finishedAt)}</td>
                  <td>{runStatusLabel(run.status)}</td>
                  <td className="nowrap">{formatDuration(run.durationMs)}</td>
                  <td className="num">{run.recordsAdded.toLocaleString('en-US')}</td>
                  <td className={run.errorCount > 0 ? 'num warn-text' : 'num'}>{run.errorCount.toLocaleString('en-US')}</td>
                  <td>
                    {shown ? (
                      <span className="muted small">Shown above</span>
                    ) : (
                      <button type="button" className="link-button" onClick={() => onShow(run.jobId)} data-testid="show-run-button">
                        Show<span className="visually-hidden"> the run finished {formatTimestamp(run.finishedAt)}</span>
                      </button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </details>
  );
}
