/**
 * Search: the box (with its mistakes marked and the help panel), the result options, what is
 * being searched and how many results, and below them the facet sidebar beside the result list.
 */
import { useId, useRef, useState } from 'react';
import { useStore } from '../../components/use-store.js';
import { useWorkbench } from '../../components/workbench-context.js';
import { CodeAllResults } from './code-all-results.js';
import { FacetSidebar } from './facet-sidebar.js';
import { QueryHelpPanel } from './query-help-panel.js';
import { ResultList } from './result-list.js';
import { SearchBox } from './search-box.js';
import { SearchOptions } from './search-options.js';
import { SearchSummary } from './search-summary.js';
import './search.css';

export function SearchPanel() {
  const { search } = useWorkbench();
  const state = useStore(search.store);
  const [helpOpen, setHelpOpen] = useState(false);
  const [facetsShown, setFacetsShown] = useState(true);
  const inputId = useId();
  const helpId = useId();
  const facetsId = useId();
  const helpButtonRef = useRef<HTMLButtonElement>(null);

  const closeHelp = () => {
    setHelpOpen(false);
    helpButtonRef.current?.focus();
  };

  return (
    <section
      className="search-panel"
      aria-label="Search records"
      aria-busy={state.loading}
      data-testid="search-panel"
      data-state={state.loading ? 'loading' : 'ready'}
      data-query={state.query}
      data-total={state.total}
      data-generation={state.generation}
    >
      <SearchBox
        inputId={inputId}
        helpOpen={helpOpen}
        helpPanelId={helpId}
        helpButtonRef={helpButtonRef}
        onToggleHelp={() => (helpOpen ? closeHelp() : setHelpOpen(true))}
      />
      <SearchOptions facetsShown={facetsShown} facetsId={facetsId} onToggleFacets={() => setFacetsShown(!facetsShown)} />
      <SearchSummary />
      <CodeAllResults />
      <div className={facetsShown ? 'search-body with-facets' : 'search-body'}>
        {facetsShown ? <FacetSidebar id={facetsId} /> : null}
        <ResultList />
        {helpOpen ? (
          <QueryHelpPanel
            id={helpId}
            onClose={closeHelp}
            onTry={(example) => {
              setHelpOpen(false);
              document.getElementById(inputId)?.focus();
              void search.actions.search(example);
            }}
          />
        ) : null}
      </div>
    </section>
  );
}
