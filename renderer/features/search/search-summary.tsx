/**
 * What the results are: how many, and the query as the search understood it in words, so a
 * surprise in precedence or in how a word was read shows before the officer relies on it.
 */
import { ErrorText } from '../../components/error-text.js';
import { formatCount } from '../../components/format.js';
import { useStore } from '../../components/use-store.js';
import { useWorkbench } from '../../components/workbench-context.js';

export function SearchSummary() {
  const { search } = useWorkbench();
  const { result, total, loading, error } = useStore(search.store);
  const unit = result?.groupFamilies ? (['family', 'families'] as const) : (['record', 'records'] as const);
  return (
    <>
      <div className="result-summary" aria-live="polite">
        {result ? (
          <>
            <span className="result-total" data-testid="result-total" data-total={total}>
              {formatCount(total, unit[0], unit[1])}
              {result.hideDuplicates ? ', duplicates hidden' : ''}
            </span>
            <span className="search-explanation" data-testid="search-explanation" title={result.query}>
              Searching for: {result.explanation}
            </span>
          </>
        ) : null}
        {loading ? <span className="muted searching">Searching…</span> : null}
      </div>
      <ErrorText message={error} testId="search-error" />
    </>
  );
}
