/**
 * Saving a search with the selected request: a name, the query and how results are shown. A
 * name already used in the request replaces that search (its history continues).
 */
import { useId } from 'react';
import type { FormEvent } from 'react';
import { SEARCH_ORDERS } from '../../../shared/model/search.js';
import type { SearchOrder } from '../../../shared/model/search.js';
import { ErrorText } from '../../components/error-text.js';
import { TextField } from '../../components/text-field.js';
import { useStore } from '../../components/use-store.js';
import { useWorkbench } from '../../components/workbench-context.js';

const ORDER_LABELS: Record<SearchOrder, string> = { relevance: 'Relevance', newest: 'Newest first', oldest: 'Oldest first' };

export function SaveSearchForm() {
  const { savedSearches } = useWorkbench();
  const { draft, saving, saveError, items, requestId, lastSaved } = useStore(savedSearches.store);
  const orderId = useId();
  const replaces = items.some((item) => item.name === draft.name.trim());
  const saved = lastSaved === null ? null : (items.find((item) => item.id === lastSaved.id) ?? null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void savedSearches.actions.save();
  };

  return (
    <form className="save-search-form" onSubmit={submit} aria-label="Save a search" data-testid="save-search-form" data-state={saving ? 'saving' : 'idle'}>
      <h3>Save a search</h3>
      <div className="field-row">
        <TextField label="Name" value={draft.name} onChange={(name) => savedSearches.actions.setDraft({ name })} testId="saved-name-input" className="grow" />
        <TextField
          label="Query"
          value={draft.query}
          onChange={(query) => savedSearches.actions.setDraft({ query })}
          testId="saved-query-input"
          spellCheck={false}
          className="grow-2"
        />
      </div>
      <div className="field-row save-options">
        <div className="field">
          <label htmlFor={orderId}>Order</label>
          <select
            id={orderId}
            value={draft.order}
            onChange={(event) => savedSearches.actions.setDraft({ order: event.target.value as SearchOrder })}
            data-testid="saved-order-select"
          >
            {SEARCH_ORDERS.map((order) => (
              <option key={order} value={order}>
                {ORDER_LABELS[order]}
              </option>
            ))}
          </select>
        </div>
        <label className="checkbox align-end">
          <input
            type="checkbox"
            checked={draft.groupFamilies}
            onChange={(event) => savedSearches.actions.setDraft({ groupFamilies: event.target.checked })}
            data-testid="saved-families-checkbox"
          />{' '}
          Group families
        </label>
        <label className="checkbox align-end">
          <input
            type="checkbox"
            checked={draft.hideDuplicates}
            onChange={(event) => savedSearches.actions.setDraft({ hideDuplicates: event.target.checked })}
            data-testid="saved-hide-duplicates-checkbox"
          />{' '}
          Hide duplicates
        </label>
      </div>
      <div className="actions">
        <button type="submit" disabled={saving || requestId === null} data-testid="save-search-button">
          {saving ? 'Saving…' : replaces ? 'Replace saved search' : 'Save search'}
        </button>
        {replaces ? <span className="muted small">A search of this name exists in the request: saving replaces it and keeps its history.</span> : null}
      </div>
      {saved && lastSaved ? (
        <p className="notice ok" role="status" data-testid="save-search-notice">
          {lastSaved.replaced ? 'Replaced' : 'Saved'} “{saved.name}”: {(saved.history[saved.history.length - 1]?.total ?? 0).toLocaleString('en-US')} results now.
        </p>
      ) : null}
      <ErrorText message={saveError} testId="save-search-error" />
    </form>
  );
}
