/**
 * The result set as one listbox, however long: only the rows in view (and a few either side)
 * are in the DOM, placed by @tanstack/react-virtual, and a row's page is read when it comes
 * into view. One Tab stop; ArrowUp/ArrowDown (or k/j) move the selection, PageUp/PageDown by
 * a screen, Home/End to the ends; Enter opens the selected record in the viewer; a click
 * selects and opens.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useId, useRef } from 'react';
import type { KeyboardEvent } from 'react';
import { rowAt } from '../../state/search-model.js';
import { useStore } from '../../components/use-store.js';
import { useWorkbench } from '../../components/workbench-context.js';
import { PlaceholderRow, ResultRow } from './result-row.js';

/** A row's height before it is measured (title, facts on two lines, two of snippet); search.css gives placeholders the same. */
const ROW_ESTIMATE_PX = 112;
/** Rows rendered beyond each edge of the view, so a short scroll shows rows already laid out. */
const OVERSCAN = 8;

export function ResultList() {
  const { search, review, session } = useWorkbench();
  const state = useStore(search.store);
  const { recordId, decisions } = useStore(review.store);
  const { currentCase } = useStore(session.store);
  const scrollRef = useRef<HTMLDivElement>(null);
  const baseId = useId();
  const { total, selectedIndex, generation } = state;
  const rowId = (index: number) => `${baseId}-row-${index}`;

  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_ESTIMATE_PX,
    overscan: OVERSCAN,
    // React 19 warns when flushSync runs during a render; a frame's delay on scroll is invisible.
    useFlushSync: false,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? -1;

  useEffect(() => {
    if (last >= first) {
      void search.actions.fetchRange(first, last + 1);
    }
  }, [search, first, last, generation]);

  useEffect(() => {
    // Keep the selected row in view when the keyboard moves it or a new result set arrives.
    if (selectedIndex >= 0 && selectedIndex < total) {
      virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
    } else {
      virtualizer.scrollToOffset(0);
    }
    // Not on `virtualizer` or `total`: the virtualizer changes on every scroll, and following it
    // would pull the list back to the selection whenever the officer scrolls away from it.
  }, [selectedIndex, generation]);

  const open = (index: number) => {
    const hit = search.actions.select(index);
    if (hit) {
      void review.actions.open(hit.id);
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) {
      return;
    }
    const screen = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? ROW_ESTIMATE_PX) / ROW_ESTIMATE_PX) - 1);
    const moves: Record<string, () => void> = {
      ArrowDown: () => search.actions.moveSelection(1),
      j: () => search.actions.moveSelection(1),
      ArrowUp: () => search.actions.moveSelection(-1),
      k: () => search.actions.moveSelection(-1),
      PageDown: () => search.actions.moveSelection(screen),
      PageUp: () => search.actions.moveSelection(-screen),
      Home: () => search.actions.select(0),
      End: () => search.actions.select(total - 1),
      Enter: () => open(selectedIndex),
    };
    const move = moves[event.key];
    if (move) {
      event.preventDefault();
      move();
    }
  };

  if (state.result && total === 0) {
    return (
      <p className="empty muted result-empty" data-testid="no-results">
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

  const selectedShown = items.some((item) => item.index === selectedIndex);
  return (
    <div
      ref={scrollRef}
      className="result-list"
      role="listbox"
      aria-label="Search results"
      tabIndex={0}
      aria-activedescendant={selectedShown ? rowId(selectedIndex) : undefined}
      onKeyDown={onKeyDown}
      data-testid="result-list"
      data-total={total}
    >
      <div className="result-list-inner" role="presentation" style={{ height: `${virtualizer.getTotalSize()}px` }}>
        {items.map((item) => {
          const hit = rowAt(state, item.index);
          const place = { id: rowId(item.index), index: item.index, setSize: total, top: item.start, measureRef: virtualizer.measureElement };
          return hit ? (
            <ResultRow
              key={item.key}
              {...place}
              hit={hit}
              selected={item.index === selectedIndex}
              open={hit.id === recordId}
              decision={decisions[hit.id] ?? null}
              grouped={state.result?.groupFamilies ?? false}
              onClick={() => {
                scrollRef.current?.focus();
                open(item.index);
              }}
            />
          ) : (
            <PlaceholderRow key={item.key} {...place} selected={item.index === selectedIndex} />
          );
        })}
      </div>
    </div>
  );
}
