/** Previous / next page of results, with where we are. */
import { pageCount } from '../../state/search-model.js';
import { useStore } from '../../components/use-store.js';
import { useWorkbench } from '../../components/workbench-context.js';

export function Pager() {
  const { search } = useWorkbench();
  const state = useStore(search.store);
  const pages = pageCount(state);
  if (!state.result || pages <= 1) {
    return null;
  }
  return (
    <nav className="pager" aria-label="Result pages">
      <button type="button" className="secondary" onClick={() => void search.actions.goToPage(state.page - 1)} disabled={state.page === 0 || state.loading} data-testid="pager-previous">
        ← Previous
      </button>
      <span className="small" data-testid="page-status">
        Page {state.page + 1} of {pages.toLocaleString('en-US')}
      </span>
      <button type="button" className="secondary" onClick={() => void search.actions.goToPage(state.page + 1)} disabled={state.page >= pages - 1 || state.loading} data-testid="pager-next">
        Next →
      </button>
    </nav>
  );
}
