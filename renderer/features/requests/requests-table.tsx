/**
 * The requests dashboard: every request with its status, track, statutory clock (working days
 * left, overdue ones marked) and review progress. Choosing a row selects the request for review
 * and opens it in the intake form.
 */
import { DECISION_LABELS } from '../../../shared/model/review.js';
import type { Decision } from '../../../shared/model/review.js';
import { deadlineLabel } from '../../state/deadline-label.js';
import { useStore } from '../../components/use-store.js';
import { useWorkbench } from '../../components/workbench-context.js';

export function RequestsTable() {
  const { requests } = useWorkbench();
  const { requests: list, selectedId } = useStore(requests.store);
  if (list.length === 0) {
    return <p className="muted">No requests yet: take one in below.</p>;
  }
  return (
    <table className="requests-table" data-testid="requests-table">
      <thead>
        <tr>
          <th scope="col">Tracking no.</th>
          <th scope="col">Request</th>
          <th scope="col">Status</th>
          <th scope="col">Track</th>
          <th scope="col">Deadline</th>
          <th scope="col">Reviewed</th>
        </tr>
      </thead>
      <tbody>
        {list.map((request) => {
          const clock = deadlineLabel(request.deadline);
          const { progress } = request;
          const byDecision = (Object.entries(progress.byDecision) as Array<[Decision, number]>)
            .map(([decision, count]) => `${DECISION_LABELS[decision]}: ${count}`)
            .join(', ');
          return (
            <tr key={request.id} className={request.id === selectedId ? 'selected' : undefined} data-testid="request-row" data-request-id={request.id} data-tone={clock.tone}>
              <td>{request.trackingNumber || <span className="muted">—</span>}</td>
              <td>
                <button type="button" className="link-button" onClick={() => requests.actions.select(request.id)} aria-pressed={request.id === selectedId}>
                  {request.title}
                </button>
                {request.requester ? <span className="muted small"> · {request.requester}</span> : null}
              </td>
              <td>{request.status}</td>
              <td>{request.track}</td>
              <td className={`deadline deadline-${clock.tone}`} data-testid="request-deadline">
                {clock.tone === 'overdue' ? <span className="badge badge-error">Overdue</span> : null} {clock.text}
              </td>
              <td title={byDecision} data-testid="request-progress">
                {progress.reviewed} of {progress.total}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
