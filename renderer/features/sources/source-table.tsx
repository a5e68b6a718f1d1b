/**
 * The sources in the case: what each contributed, where it stands, when it was last read, its
 * report, and Resume for an ingest that was interrupted or cancelled (adding the same path
 * again with the same custodian and channel continues it).
 */
import { isResumable, lastRun, sourceStatusHint, sourceStatusLabel, sourceStatusTone } from '../../state/source-status.js';
import { ErrorText } from '../../components/error-text.js';
import { channelLabel, formatBytes, formatTimestamp } from '../../components/format.js';
import { useStore } from '../../components/use-store.js';
import { useWorkbench } from '../../components/workbench-context.js';

export function SourceTable({ onOpenReport }: { onOpenReport(sourceId: string): void }) {
  const { sources, ingestReport } = useWorkbench();
  const state = useStore(sources.store);
  const { sourceId: reportSourceId } = useStore(ingestReport.store);
  const running = state.job !== null;

  return (
    <section className="card" aria-labelledby="source-list-title">
      <h2 id="source-list-title">Sources in this case</h2>
      <ErrorText message={state.listError} />
      {state.sources.length === 0 ? (
        <p className="muted" data-testid="no-sources">
          {state.loading ? 'Loading…' : 'No sources yet. Add a folder or mailbox file of collected records above.'}
        </p>
      ) : (
        <div className="table-scroll">
          <table className="data-table" data-testid="source-table">
            <thead>
              <tr>
                <th scope="col">Custodian</th>
                <th scope="col">Channel</th>
                <th scope="col">Folder or file</th>
                <th scope="col" className="num">Files</th>
                <th scope="col" className="num">Records</th>
                <th scope="col" className="num">Errors</th>
                <th scope="col">Status</th>
                <th scope="col">Last run</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {state.sources.map((source) => {
                const last = lastRun(source);
                const described = `${source.custodian}, ${source.path}`;
                return (
                  <tr
                    key={source.id}
                    data-testid="source-row"
                    data-source-id={source.id}
                    data-status={source.status}
                    className={source.id === reportSourceId ? 'current-row' : undefined}
                  >
                    <td>{source.custodian}</td>
                    <td>{channelLabel(source.channel)}</td>
                    <td className="path" title={`SHA-256 ${source.sha256}`}>
                      {source.path}
                    </td>
                    <td className="num">
                      {source.fileCount.toLocaleString('en-US')} <span className="muted small">({formatBytes(source.totalBytes)})</span>
                    </td>
                    <td className="num" data-testid="source-record-count">
                      {source.recordCount.toLocaleString('en-US')}
                    </td>
                    <td className={source.errorCount > 0 ? 'num warn-text' : 'num'}>{source.errorCount.toLocaleString('en-US')}</td>
                    <td>
                      <span className={`badge badge-status-${sourceStatusTone(source.status)}`} title={sourceStatusHint(source.status)} data-testid="source-status">
                        {sourceStatusLabel(source.status)}
                      </span>
                    </td>
                    <td className="nowrap" title={`Added ${formatTimestamp(source.addedAt)}`} data-testid="source-last-run">
                      {last ? formatTimestamp(last.finishedAt) : '—'}
                    </td>
                    <td>
                      <div className="row-actions">
                        <button type="button" className="secondary small-button" onClick={() => onOpenReport(source.id)} aria-label={`Report for ${described}`} data-testid="open-report-button">
                          Report
                        </button>
                        {isResumable(source) ? (
                          <button
                            type="button"
                            className="small-button"
                            onClick={() => void sources.actions.resume(source)}
                            disabled={running}
                            aria-label={`Resume ${described}`}
                            title={running ? 'Wait for the running ingest to finish' : 'Add this path again to continue where the ingest stopped'}
                            data-testid="resume-source-button"
                          >
                            Resume
                          </button>
                        ) : null}
                      </div>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
