/**
 * Coding the open record against the selected request: the current decision, a note, and the
 * Responsive / Not responsive / Clear buttons (also `r` and `n`). The note starts from the saved
 * one whenever the record or request changes.
 */
import { useId, useState } from 'react';
import type { Responsiveness } from '../../../shared/model/case.js';
import type { RecordDetail } from '../../../shared/model/record.js';
import { codingFor } from '../../state/review-model.js';
import { ErrorText } from '../../components/error-text.js';
import { formatTimestamp } from '../../components/format.js';
import { RequestPicker } from '../../components/request-picker.js';
import { useStore } from '../../components/use-store.js';
import { useWorkbench } from '../../components/workbench-context.js';
import { useReviewShortcuts } from './use-review-shortcuts.js';

const DECISION_LABELS = { responsive: 'Responsive', 'not-responsive': 'Not responsive' } as const;

export function CodingPanel({ record }: { record: RecordDetail }) {
  const { review, requests } = useWorkbench();
  const reviewState = useStore(review.store);
  const { selectedId } = useStore(requests.store);
  const coding = codingFor(reviewState, selectedId);
  const savedNote = coding?.note ?? '';
  const [note, setNote] = useState(savedNote);
  const noteId = useId();

  // Reset the draft only when we move to another record or request, not on every save of this
  // one (React's "adjust state while rendering" pattern, which avoids a flash of the old note).
  const draftKey = `${record.id}:${selectedId ?? ''}`;
  const [draftFor, setDraftFor] = useState(draftKey);
  if (draftFor !== draftKey) {
    setDraftFor(draftKey);
    setNote(savedNote);
  }

  const tag = (responsiveness: Responsiveness | null) => {
    void review.actions.tag(responsiveness, responsiveness === null ? '' : note).then((saved) => {
      if (saved && responsiveness === null) {
        setNote('');
      }
    });
  };
  useReviewShortcuts({ responsive: () => tag('responsive'), notResponsive: () => tag('not-responsive') });

  const busy = reviewState.saving !== null || reviewState.loading || selectedId === null;

  return (
    <section className="coding-panel" aria-label="Coding">
      <RequestPicker />
      <div className="actions coding-actions">
        <button
          type="button"
          className={coding?.responsiveness === 'responsive' ? 'decision responsive active' : 'decision responsive'}
          aria-pressed={coding?.responsiveness === 'responsive'}
          aria-keyshortcuts="R"
          onClick={() => tag('responsive')}
          disabled={busy}
          data-testid="responsive-button"
        >
          Responsive <kbd>R</kbd>
        </button>
        <button
          type="button"
          className={coding?.responsiveness === 'not-responsive' ? 'decision not-responsive active' : 'decision not-responsive'}
          aria-pressed={coding?.responsiveness === 'not-responsive'}
          aria-keyshortcuts="N"
          onClick={() => tag('not-responsive')}
          disabled={busy}
          data-testid="not-responsive-button"
        >
          Not responsive <kbd>N</kbd>
        </button>
        <button type="button" className="secondary" onClick={() => tag(null)} disabled={busy || coding === null} data-testid="clear-coding-button">
          Clear
        </button>
        <p
          className="coding-status"
          aria-live="polite"
          data-testid="coding-status"
          data-responsiveness={coding?.responsiveness ?? 'none'}
          data-saving={reviewState.saving !== null}
        >
          {reviewState.saving !== null ? (
            'Saving…'
          ) : coding ? (
            <>
              <span className={`badge ${coding.responsiveness === 'responsive' ? 'badge-responsive' : 'badge-not-responsive'}`}>{DECISION_LABELS[coding.responsiveness]}</span>{' '}
              <span className="muted small">
                by {coding.updatedBy} · {formatTimestamp(coding.updatedAt)}
              </span>
            </>
          ) : (
            <span className="muted">Not reviewed for this request</span>
          )}
        </p>
      </div>
      <div className="field note-field">
        <label htmlFor={noteId}>Note</label>
        <textarea
          id={noteId}
          rows={1}
          value={note}
          onChange={(event) => setNote(event.target.value)}
          data-testid="coding-note"
          aria-describedby={`${noteId}-hint`}
        />
        <span className="hint" id={`${noteId}-hint`}>
          Saved with the next decision. R and N work when the cursor is not in a field.
        </span>
      </div>
      <ErrorText message={reviewState.saveError} testId="coding-error" />
    </section>
  );
}
