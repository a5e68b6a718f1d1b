/**
 * Where the open record sits in what the officer is working through (the search results, or a
 * batch taken up from the Requests screen) with Previous and Next, also on K and J anywhere in
 * the review screen outside a text field. Moving opens the record, ready to code.
 */
import { useEffect, useRef } from 'react';
import { formatCount } from '../../components/format.js';
import { useStore } from '../../components/use-store.js';
import { useWorkbench } from '../../components/workbench-context.js';
import { NEXT_KEY, PREVIOUS_KEY } from './decision-keys.js';
import { isTextEntry } from './use-review-shortcuts.js';

export function ReviewQueueBar() {
  const { reviewQueue, search } = useWorkbench();
  const { batch, position } = useStore(reviewQueue.store);
  const { selectedIndex, total } = useStore(search.store);

  const latestStep = useRef(reviewQueue.actions.step);
  latestStep.current = reviewQueue.actions.step;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      // The result list moves its own selection on j/k and marks the event handled.
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || isTextEntry(event.target)) {
        return;
      }
      const key = event.key.toUpperCase();
      if (key === NEXT_KEY || key === PREVIOUS_KEY) {
        event.preventDefault();
        void latestStep.current(key === NEXT_KEY ? 1 : -1);
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  const place = batch !== null ? position : selectedIndex;
  const count = batch !== null ? batch.recordIds.length : total;
  return (
    <nav className="review-queue-bar" aria-label="Next and previous record" data-testid="review-queue" data-mode={batch === null ? 'results' : 'batch'} data-position={place}>
      <button type="button" className="secondary" onClick={() => void reviewQueue.actions.step(-1)} disabled={place <= 0} aria-keyshortcuts={PREVIOUS_KEY} data-testid="queue-previous">
        ← Previous <kbd>{PREVIOUS_KEY}</kbd>
      </button>{' '}
      <span className="muted small" data-testid="queue-position">
        {batch !== null ? `Batch “${batch.name}” (${batch.reviewer}): ` : 'Results: '}
        {count === 0 ? 'none' : `${(place + 1).toLocaleString('en-US')} of ${formatCount(count, 'record', 'records')}`}
      </span>{' '}
      <button type="button" className="secondary" onClick={() => void reviewQueue.actions.step(1)} disabled={place >= count - 1} aria-keyshortcuts={NEXT_KEY} data-testid="queue-next">
        Next <kbd>{NEXT_KEY}</kbd> →
      </button>
      {batch !== null ? (
        <button type="button" className="link-button" onClick={() => reviewQueue.actions.leaveBatch()} data-testid="queue-leave-batch">
          Leave batch
        </button>
      ) : null}
    </nav>
  );
}
