/**
 * Files the ingest could not read (errors) or read with a caveat (warnings). The officer needs
 * these to tell the requester what was not searched, so each names the file and the reason.
 */
import { useStore } from '../../components/use-store.js';
import { useWorkbench } from '../../components/workbench-context.js';

export function IngestErrorList() {
  const { sources } = useWorkbench();
  const { ingestErrors, sources: list } = useStore(sources.store);
  if (ingestErrors.length === 0) {
    return null;
  }
  const custodianOf = new Map(list.map((source) => [source.id, source.custodian]));
  const errorCount = ingestErrors.filter((error) => error.severity === 'error').length;

  return (
    <section className="card" aria-labelledby="ingest-errors-title">
      <h2 id="ingest-errors-title">
        Problems while reading sources{' '}
        <span className="muted small">
          ({errorCount} not indexed, {ingestErrors.length - errorCount} with warnings)
        </span>
      </h2>
      <div className="table-scroll">
        <table className="data-table" data-testid="ingest-error-table">
          <thead>
            <tr>
              <th scope="col">Severity</th>
              <th scope="col">File</th>
              <th scope="col">Problem</th>
              <th scope="col">Custodian</th>
            </tr>
          </thead>
          <tbody>
            {ingestErrors.map((error, index) => (
              <tr key={`${error.sourceId}:${error.path}:${error.locator}:${index}`} data-testid="ingest-error-row">
                <td>
                  <span className={`badge ${error.severity === 'error' ? 'badge-error' : 'badge-warning'}`}>{error.severity === 'error' ? 'Error' : 'Warning'}</span>
                </td>
                <td className="path">
                  {error.path}
                  {error.locator ? <span className="muted"> · {error.locator}</span> : null}
                </td>
                <td>{error.message}</td>
                <td>{custodianOf.get(error.sourceId) ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
