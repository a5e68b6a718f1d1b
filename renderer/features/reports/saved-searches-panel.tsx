/**
 * The selected request's saved searches: name, query, the last count and every count with its
 * date (a save or a run each add one), Run to count again, and Delete after a confirmation.
 */
import type { SavedSearch } from '../../../shared/model/search.js';
import { ErrorText } from '../../components/error-text.js';
import { formatTimestamp } from '../../components/format.js';
import { RequestPicker } from '../../components/request-picker.js';
import { useStore } from '../../components/use-store.js';
import { useWorkbench } from '../../components/workbench-context.js';
import { HistorySparkline } from './history-sparkline.js';
import { SaveSearchForm } from './save-search-form.js';

const count = (value: number): string => value.toLocaleString('en-US');

function describeOptions(saved: SavedSearch): string {
  const order = saved.order === 'relevance' ? 'by relevance' : saved.order === 'newest' ? 'newest first' : 'oldest first';
  return [order, ...(saved.groupFamilies ? ['families grouped'] : []), ...(saved.hideDuplicates ? ['duplicates hidden'] : [])].join(', ');
}

function SavedSearchRow({ saved }: { saved: SavedSearch }) {
  const { savedSearches } = useWorkbench();
  const { running, lastRun, confirmingDelete, deleting } = useStore(savedSearches.store);
  const last = saved.history[saved.history.length - 1];
  const confirming = confirmingDelete === saved.id;
  return (
    <tr data-testid="saved-search-row" data-id={saved.id}>
      <td data-testid="saved-name">{saved.name}</td>
      <td>
        <span className="mono" data-testid="saved-query">
          {saved.query === '' ? '(every record)' : saved.query}
        </span>
        <div className="muted small">{describeOptions(saved)}</div>
      </td>
      <td className="num" data-testid="saved-last-count">
        {last ? count(last.total) : '—'}
        {lastRun?.id === saved.id ? (
          <div className="small run-result" role="status" data-testid="saved-run-result">
            {count(lastRun.total)} now
          </div>
        ) : null}
      </td>
      <td>
        <div className="history">
          <HistorySparkline totals={saved.history.map((entry) => entry.total)} />
          <ol className="history-list" data-testid="saved-history">
            {saved.history.map((entry, index) => (
              <li key={`${index}:${entry.at}`} data-testid="saved-history-entry">
                {count(entry.total)} at {formatTimestamp(entry.at)}
              </li>
            ))}
          </ol>
        </div>
      </td>
      <td className="nowrap">
        {confirming ? (
          <span className="confirm-delete" role="group" aria-label={`Delete “${saved.name}”?`}>
            <span className="small">Delete?</span>{' '}
            <button type="button" className="secondary danger" disabled={deleting !== null} onClick={() => void savedSearches.actions.confirmDelete()} data-testid="confirm-delete-button">
              {deleting === saved.id ? 'Deleting…' : 'Delete'}
            </button>{' '}
            <button type="button" className="secondary" onClick={savedSearches.actions.cancelDelete} data-testid="cancel-delete-button">
              Keep
            </button>
          </span>
        ) : (
          <span className="actions">
            <button type="button" disabled={running !== null} onClick={() => void savedSearches.actions.run(saved.id)} data-testid="run-saved-button">
              {running === saved.id ? 'Running…' : 'Run'}
            </button>
            <button type="button" className="secondary" onClick={() => savedSearches.actions.askDelete(saved.id)} data-testid="delete-saved-button">
              Delete…
            </button>
          </span>
        )}
      </td>
    </tr>
  );
}

export function SavedSearchesPanel() {
  const { savedSearches } = useWorkbench();
  const { items, loading, error, requestId } = useStore(savedSearches.store);
  return (
    <section className="card saved-searches-panel" aria-labelledby="saved-searches-title" data-testid="saved-searches-panel">
      <h2 id="saved-searches-title">Saved searches</h2>
      <p className="muted">Searches kept with a request. Each save and each run records the count, so you can show how a search’s reach changed as sources arrived.</p>
      <RequestPicker />
      {requestId !== null && !loading && items.length === 0 ? (
        <p className="muted" data-testid="saved-searches-empty">
          No saved searches in this request yet.
        </p>
      ) : null}
      {items.length > 0 ? (
        <div className="table-scroll">
          <table className="data-table saved-searches-table" data-testid="saved-searches-table" aria-busy={loading}>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Query</th>
                <th scope="col" className="num">
                  Last count
                </th>
                <th scope="col">History</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((saved) => (
                <SavedSearchRow key={saved.id} saved={saved} />
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <ErrorText message={error} testId="saved-searches-error" />
      <SaveSearchForm />
    </section>
  );
}
