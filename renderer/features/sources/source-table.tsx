/** The sources in the case, with what each contributed and whether anything failed. */
import { ErrorText } from '../../components/error-text.js';
import { channelLabel, formatBytes, formatTimestamp } from '../../components/format.js';
import { useStore } from '../../components/use-store.js';
import { useWorkbench } from '../../components/workbench-context.js';

const STATUS_LABELS = { indexed: 'Indexed', partial: 'Partly indexed', cancelled: 'Cancelled' } as const;

export function SourceTable() {
  const { sources } = useWorkbench();
  const state = useStore(sources.store);

  return (
    <section className="card" aria-labelledby="source-list-title">
      <h2 id="source-list-title">Sources in this case</h2>
      <ErrorText message={state.listError} />
      {state.sources.length === 0 ? (
        <p className="muted" data-testid="no-sources">
          {state.loading ? 'Loading…' : 'No sources yet. Add a folder of collected mail or documents above.'}
        </p>
      ) : (
        <div className="table-scroll">
          <table className="data-table" data-testid="source-table">
            <thead>
              <tr>
                <th scope="col">Custodian</th>
                <th scope="col">Channel</th>
                <th scope="col">Folder</th>
                <th scope="col" className="num">Files</th>
                <th scope="col" className="num">Records</th>
                <th scope="col" className="num">Errors</th>
                <th scope="col">Status</th>
                <th scope="col">Added</th>
              </tr>
            </thead>
            <tbody>
              {state.sources.map((source) => (
                <tr key={source.id} data-testid="source-row" data-source-id={source.id}>
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
                  <td>{STATUS_LABELS[source.status]}</td>
                  <td className="nowrap">{formatTimestamp(source.addedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
