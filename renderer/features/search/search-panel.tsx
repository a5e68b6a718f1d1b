/** Search: the query form, the total, the page of results and the pager, as one column. */
import { ErrorText } from '../../components/error-text.js';
import { formatCount } from '../../components/format.js';
import { useStore } from '../../components/use-store.js';
import { useWorkbench } from '../../components/workbench-context.js';
import { Pager } from './pager.js';
import { ResultList } from './result-list.js';
import { SearchForm } from './search-form.js';

export function SearchPanel() {
  const { search } = useWorkbench();
  const state = useStore(search.store);
  const total = state.result?.total ?? 0;

  return (
    <section
      className="search-panel"
      aria-label="Search records"
      aria-busy={state.loading}
      data-testid="search-panel"
      data-state={state.loading ? 'loading' : 'ready'}
      data-query={state.query}
      data-page={state.page}
    >
      <SearchForm />
      <div className="result-summary" aria-live="polite">
        {state.loading ? (
          <span className="muted">Searching…</span>
        ) : state.result ? (
          <span data-testid="result-total" data-total={total}>
            {formatCount(total, 'record')}
            {state.query.trim() ? ' match' : ''}
          </span>
        ) : null}
      </div>
      <ErrorText message={state.error} testId="search-error" />
      <ResultList />
      <Pager />
    </section>
  );
}
