/** How results are ordered and counted: relevance or date, families grouped, duplicates hidden. */
import { useId } from 'react';
import { SEARCH_ORDERS } from '../../../shared/model/search.js';
import type { SearchOrder } from '../../../shared/model/search.js';
import { useStore } from '../../components/use-store.js';
import { useWorkbench } from '../../components/workbench-context.js';

const ORDER_LABELS: Record<SearchOrder, string> = { relevance: 'Best match', newest: 'Newest first', oldest: 'Oldest first' };

function isOrder(value: string): value is SearchOrder {
  return (SEARCH_ORDERS as readonly string[]).includes(value);
}

export type SearchOptionsProps = { facetsShown: boolean; facetsId: string; onToggleFacets(): void };

export function SearchOptions({ facetsShown, facetsId, onToggleFacets }: SearchOptionsProps) {
  const { search } = useWorkbench();
  const { order, groupFamilies, hideDuplicates } = useStore(search.store);
  const orderId = useId();
  return (
    <div className="search-options" role="group" aria-label="Result options">
      <span className="search-option">
        <label htmlFor={orderId}>Order</label>
        <select
          id={orderId}
          value={order}
          onChange={(event) => {
            if (isOrder(event.target.value)) {
              void search.actions.setOrder(event.target.value);
            }
          }}
          title="Best match ranks by bm25 (a hit in the subject counts most); a query without words runs by date"
          data-testid="search-order"
        >
          {SEARCH_ORDERS.map((value) => (
            <option key={value} value={value}>
              {ORDER_LABELS[value]}
            </option>
          ))}
        </select>
      </span>
      <label className="search-option" title="One row per email with its attachments, counted once">
        <input type="checkbox" checked={groupFamilies} onChange={(event) => void search.actions.setGroupFamilies(event.target.checked)} data-testid="group-families" />
        Group families
      </label>
      <label className="search-option" title="Records with the same content (an attachment sent many times) are shown once">
        <input type="checkbox" checked={hideDuplicates} onChange={(event) => void search.actions.setHideDuplicates(event.target.checked)} data-testid="hide-duplicates" />
        Hide duplicates
      </label>
      <button
        type="button"
        className="link-button facets-toggle"
        aria-expanded={facetsShown}
        aria-controls={facetsShown ? facetsId : undefined}
        onClick={onToggleFacets}
        data-testid="facets-toggle"
      >
        {facetsShown ? 'Hide facets' : 'Show facets'}
      </button>
    </div>
  );
}
