/**
 * Coding the open record against the selected request: the current decision, the exemptions
 * from the request's catalogue, a note, one button per decision (each with its key, see
 * decision-keys.ts) and Undo. The drafts start from the saved coding whenever the record or
 * request changes.
 */
import { useId, useState } from 'react';
import { EXEMPTION_CATALOGUES } from '../../../shared/exemptions/exemption-catalogues.js';
import { formatExemptionApplication } from '../../../shared/exemptions/format-exemption-application.js';
import { US_FOIA_B3_STATUTES } from '../../../shared/exemptions/us-foia-b3-statutes.js';
import { DECISIONS, DECISION_LABELS, decisionNeedsExemption, decisionTakesExemptions, isResponsiveDecision } from '../../../shared/model/review.js';
import type { Decision } from '../../../shared/model/review.js';
import type { RecordDetail } from '../../../shared/model/record.js';
import { choiceExemptions, choiceFromSaved, setStatutes, toggleCode } from '../../state/exemption-choice.js';
import type { ExemptionChoice } from '../../state/exemption-choice.js';
import { codingFor } from '../../state/review-model.js';
import { selectedRequest } from '../../state/requests-model.js';
import { ErrorText } from '../../components/error-text.js';
import { formatTimestamp } from '../../components/format.js';
import { RequestPicker } from '../../components/request-picker.js';
import { useStore } from '../../components/use-store.js';
import { useWorkbench } from '../../components/workbench-context.js';
import { DECISION_KEYS, UNDO_KEY } from './decision-keys.js';
import { useReviewShortcuts } from './use-review-shortcuts.js';

export function CodingPanel({ record }: { record: RecordDetail }) {
  const { review, requests } = useWorkbench();
  const reviewState = useStore(review.store);
  const requestsState = useStore(requests.store);
  const request = selectedRequest(requestsState);
  const selectedId = requestsState.selectedId;
  const catalogue = EXEMPTION_CATALOGUES[request?.regime ?? 'us-foia'];
  const coding = codingFor(reviewState, selectedId);
  const savedNote = coding?.note ?? '';
  const savedChoice = choiceFromSaved(coding?.exemptions ?? []);
  const [note, setNote] = useState(savedNote);
  const [choice, setChoice] = useState<ExemptionChoice>(savedChoice);
  const [problem, setProblem] = useState<string | null>(null);
  const noteId = useId();
  const statuteListId = useId();

  // Reset the drafts only when we move to another record or request, not on every save of this
  // one (React's "adjust state while rendering" pattern, which avoids a flash of the old note).
  const draftKey = `${record.id}:${selectedId ?? ''}`;
  const [draftFor, setDraftFor] = useState(draftKey);
  if (draftFor !== draftKey) {
    setDraftFor(draftKey);
    setNote(savedNote);
    setChoice(savedChoice);
    setProblem(null);
  }

  const chosen = choiceExemptions(choice, catalogue.id);
  const decide = (decision: Decision | null) => {
    const takesExemptions = decision !== null && decisionTakesExemptions(decision);
    if (takesExemptions && chosen.problems.length > 0) {
      setProblem(chosen.problems.join(' '));
      return;
    }
    if (decision !== null && decisionNeedsExemption(decision) && chosen.exemptions.length === 0) {
      setProblem('Choose the exemptions that allow withholding first.');
      return;
    }
    setProblem(null);
    const exemptions = takesExemptions ? chosen.exemptions : [];
    void review.actions.tag(decision, decision === null ? '' : note, exemptions).then((saved) => {
      if (saved && decision === null) {
        setNote('');
        setChoice(choiceFromSaved([]));
      }
    });
  };
  useReviewShortcuts({ decide, undo: () => void review.actions.undo() });

  const busy = reviewState.saving !== null || reviewState.loading || selectedId === null;
  const codes = choice.codes;

  return (
    <section className="coding-panel" aria-label="Coding">
      <RequestPicker />
      <div className="actions coding-actions" role="group" aria-label="Decision">
        {DECISIONS.map((decision) => (
          <button
            key={decision}
            type="button"
            className={`decision ${isResponsiveDecision(decision) ? 'responsive' : 'not-responsive'}${coding?.decision === decision ? ' active' : ''}`}
            aria-pressed={coding?.decision === decision}
            aria-keyshortcuts={DECISION_KEYS[decision]}
            onClick={() => decide(decision)}
            disabled={busy}
            data-testid={`decision-${decision}`}
          >
            {DECISION_LABELS[decision]} <kbd>{DECISION_KEYS[decision]}</kbd>
          </button>
        ))}
        <button type="button" className="secondary" onClick={() => decide(null)} disabled={busy || coding === null} data-testid="clear-coding-button">
          Clear
        </button>
        <button type="button" className="secondary" onClick={() => void review.actions.undo()} aria-keyshortcuts={UNDO_KEY} data-testid="undo-button">
          Undo <kbd>{UNDO_KEY}</kbd>
        </button>
      </div>
      <p className="coding-status" aria-live="polite" data-testid="coding-status" data-decision={coding?.decision ?? 'none'} data-saving={reviewState.saving !== null}>
        {reviewState.saving !== null ? (
          'Saving…'
        ) : coding ? (
          <>
            <span className={`badge ${isResponsiveDecision(coding.decision) ? 'badge-responsive' : 'badge-not-responsive'}`}>{DECISION_LABELS[coding.decision]}</span>{' '}
            {coding.exemptions.length > 0 && <span data-testid="coding-exemptions">{coding.exemptions.map(formatExemptionApplication).join(', ')} </span>}
            <span className="muted small">
              {coding.basis.kind === 'direct' ? 'by' : coding.basis.kind === 'duplicate' ? 'as a duplicate of a record coded by' : 'with its parent, coded by'}{' '}
              {coding.updatedBy} · {formatTimestamp(coding.updatedAt)}
            </span>
          </>
        ) : (
          <span className="muted">Not reviewed for this request</span>
        )}
        {reviewState.undoMessage !== null && (
          <span className="muted small" data-testid="undo-message">
            {' '}
            {reviewState.undoMessage}
          </span>
        )}
      </p>
      <details className="exemption-picker" open={codes.length > 0}>
        <summary>
          Exemptions ({catalogue.name}){codes.length > 0 ? `: ${codes.length} chosen` : ''}
        </summary>
        <ul className="exemption-list" data-testid="exemption-list">
          {catalogue.exemptions.map((entry) => (
            <li key={entry.code}>
              <label title={entry.summary}>
                <input type="checkbox" checked={codes.includes(entry.code)} onChange={() => setChoice((current) => toggleCode(current, entry.code))} data-testid={`exemption-${entry.code}`} />{' '}
                {entry.label} <span className="muted small">{entry.title}</span>
              </label>
              {entry.statute !== 'none' && codes.includes(entry.code) ? (
                <label className="statute-field">
                  {' '}
                  {entry.statute === 'required' ? 'Statute (required; several separated by ;)' : 'Enactment, if any'}{' '}
                  <input
                    value={choice.statutes[entry.code] ?? ''}
                    onChange={(event) => setChoice((current) => setStatutes(current, entry.code, event.target.value))}
                    list={catalogue.id === 'us-foia' ? statuteListId : undefined}
                    size={28}
                    data-testid={`exemption-${entry.code}-statute`}
                  />
                </label>
              ) : null}
            </li>
          ))}
        </ul>
        <datalist id={statuteListId}>
          {US_FOIA_B3_STATUTES.map((statute) => (
            <option key={statute.citation} value={statute.citation}>
              {statute.subject}
            </option>
          ))}
        </datalist>
      </details>
      <div className="field note-field">
        <label htmlFor={noteId}>Note</label>
        <textarea id={noteId} rows={1} value={note} onChange={(event) => setNote(event.target.value)} data-testid="coding-note" aria-describedby={`${noteId}-hint`} />
        <span className="hint" id={`${noteId}-hint`}>
          Saved with the next decision. The letter keys work when the cursor is not in a field.
        </span>
      </div>
      <ErrorText message={problem ?? reviewState.saveError} testId="coding-error" />
    </section>
  );
}
