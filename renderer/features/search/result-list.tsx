/**
 * The page of hits as a listbox: one Tab stop, ArrowUp/ArrowDown (or k/j) move the selection,
 * Home/End jump, Enter opens the selected record in the viewer, a click selects and opens.
 */
import { useEffect, useId, useRef } from 'react';
import type { KeyboardEvent } from 'react';
import { useStore } from '../../components/use-store.js';
import { useWorkbench } from '../../components/workbench-context.js';
import { ResultRow } from './result-row.js';

export function ResultList() {
  const { search, review, session } = useWorkbench();
  const state = useStore(search.store);
  const { recordId, decisions } = useStore(review.store);
  const { currentCase } = useStore(session.store);
  const listRef = useRef<HTMLOListElement>(null);
  const baseId = useId();
  const hits = state.result?.hits ?? [];
  const rowId = (index: number) => `${baseId}-row-${index}`;

  useEffect(() => {
    // Keep the selected row visible while moving through a long page with the keyboard.
    // (scrollIntoView is absent in some test DOMs, hence the guard.)
    const row = listRef.current?.querySelector<HTMLElement>('[aria-selected="true"]');
    row?.scrollIntoView?.({ block: 'nearest' });
  }, [state.selectedIndex, state.result]);

  const open = (index: number) => {
    const hit = search.actions.select(index);
    if (hit) {
      void review.actions.open(hit.id);
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLOListElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) {
      return;
    }
    const moves: Record<string, () => void> = {
      ArrowDown: () => search.actions.moveSelection(1),
      j: () => search.actions.moveSelection(1),
      ArrowUp: () => search.actions.moveSelection(-1),
      k: () => search.actions.moveSelection(-1),
      Home: () => search.actions.select(0),
      End: () => search.actions.select(hits.length - 1),
      Enter: () => open(state.selectedIndex),
    };
    const move = moves[event.key];
    if (move) {
      event.preventDefault();
      move();
    }
  };

  if (state.result && hits.length === 0) {
    return (
      <p className="empty muted" data-testid="no-results">
        {currentCase?.recordCount === 0 ? (
          <>
            This case has no records yet.{' '}
            <button type="button" className="link-button" onClick={() => session.actions.setView('sources')}>
              Add a source
            </button>
          </>
        ) : (
          'No records match this search.'
        )}
      </p>
    );
  }

  return (
    <ol
      ref={listRef}
      className="result-list"
      role="listbox"
      aria-label="Search results"
      tabIndex={0}
      aria-activedescendant={state.selectedIndex >= 0 ? rowId(state.selectedIndex) : undefined}
      onKeyDown={onKeyDown}
      data-testid="result-list"
    >
      {hits.map((hit, index) => (
        <ResultRow
          key={hit.id}
          id={rowId(index)}
          hit={hit}
          selected={index === state.selectedIndex}
          open={hit.id === recordId}
          decision={decisions[hit.id] ?? null}
          onClick={() => {
            listRef.current?.focus();
            open(index);
          }}
        />
      ))}
    </ol>
  );
}
