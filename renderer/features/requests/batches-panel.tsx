/**
 * The selected request's review batches (reviewed of total per batch), a new batch from the
 * current search for a named reviewer, and second-level QC: a sample of one reviewer's own
 * decisions to check.
 */
import { useState } from 'react';
import { DECISION_LABELS } from '../../../shared/model/review.js';
import { selectedRequest } from '../../state/requests-model.js';
import { ErrorText } from '../../components/error-text.js';
import { TextField } from '../../components/text-field.js';
import { useStore } from '../../components/use-store.js';
import { useWorkbench } from '../../components/workbench-context.js';

/** A sample this size is the usual first look; "All" lists every decision. */
const QC_SAMPLE = 20;

export function BatchesPanel() {
  const { batches, requests, search, review, session, reviewQueue } = useWorkbench();
  const request = selectedRequest(useStore(requests.store));
  const { query } = useStore(search.store);
  const state = useStore(batches.store);
  const [name, setName] = useState('');
  const [reviewer, setReviewer] = useState('');
  const [qcReviewer, setQcReviewer] = useState('');
  if (request === null) {
    return null;
  }
  return (
    <section className="batches-panel" aria-label="Batches and QC" data-testid="batches-panel">
      <h2>Batches for “{request.title}”</h2>
      {state.batches.length === 0 ? (
        <p className="muted">No batches yet.</p>
      ) : (
        <ul data-testid="batch-list">
          {state.batches.map((batch) => (
            <li key={batch.id} data-testid="batch-row">
              {batch.name}: {batch.reviewer}, {batch.reviewed} of {batch.recordIds.length} reviewed{' '}
              <button
                type="button"
                className="link-button"
                disabled={batch.recordIds.length === 0}
                onClick={() => {
                  session.actions.setView('review');
                  void reviewQueue.actions.reviewBatch(batch);
                }}
                data-testid="batch-review"
              >
                Review
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        className="field-row"
        onSubmit={(event) => {
          event.preventDefault();
          void batches.actions.createFromSearch(name, reviewer, query).then((made) => made && setName(''));
        }}
      >
        <TextField label="Batch name" value={name} onChange={setName} testId="batch-name" />
        <TextField label="Reviewer" value={reviewer} onChange={setReviewer} testId="batch-reviewer" />
        <button type="submit" className="align-end" disabled={state.busy} data-testid="batch-create" title={`Every record the current search finds: ${query || '(every record)'}`}>
          Batch the current search
        </button>
      </form>
      <form
        className="field-row"
        onSubmit={(event) => {
          event.preventDefault();
          void batches.actions.sample(qcReviewer, QC_SAMPLE);
        }}
      >
        <TextField label="QC: reviewer" value={qcReviewer} onChange={setQcReviewer} testId="qc-reviewer" />
        <button type="submit" className="align-end" disabled={state.busy} data-testid="qc-sample">
          Sample {QC_SAMPLE} decisions
        </button>
        <button type="button" className="secondary align-end" disabled={state.busy} onClick={() => void batches.actions.sample(qcReviewer, null)}>
          All decisions
        </button>
      </form>
      {state.qc !== null ? (
        <table className="requests-table" data-testid="qc-table">
          <caption>
            {state.qc.codings.length} decision(s) by {state.qc.reviewer}
          </caption>
          <tbody>
            {state.qc.codings.map((coding) => (
              <tr key={coding.recordId}>
                <td>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => {
                      session.actions.setView('review');
                      void review.actions.open(coding.recordId);
                    }}
                  >
                    {coding.recordId}
                  </button>
                </td>
                <td>{DECISION_LABELS[coding.decision]}</td>
                <td>{coding.note}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <ErrorText message={state.error} testId="batches-error" />
    </section>
  );
}
