/** The register: one row per gap, newest first as written; a row opens the gap in the editor. */
import { GAP_CAUSE_LABELS, GAP_CHANNEL_LABELS } from '../../../shared/model/gap.js';
import type { Gap } from '../../../shared/model/gap.js';
import { formatVolume, periodText } from '../../state/gap-text.js';
import { useStore } from '../../components/use-store.js';
import { useWorkbench } from '../../components/workbench-context.js';

export function GapRegisterTable({ gaps }: { gaps: readonly Gap[] }) {
  const { gaps: model } = useWorkbench();
  const { selected } = useStore(model.store);
  if (gaps.length === 0) {
    return <p className="muted" data-testid="gap-register-empty">No gaps recorded. Write one, or run the detectors and accept what they find.</p>;
  }
  return (
    <table className="requests-table gap-register" data-testid="gap-register">
      <thead>
        <tr>
          <th>Gap</th>
          <th>Channel</th>
          <th>Custodians</th>
          <th>Period</th>
          <th>Cause</th>
          <th>Volume</th>
          <th>Evidence</th>
          <th>Status</th>
        </tr>
      </thead>
      <tbody>
        {gaps.map((gap) => (
          <tr key={gap.id} className={selected === gap.id ? 'selected' : undefined} data-testid="gap-row" data-gap-id={gap.id} data-status={gap.status}>
            <td>
              <button type="button" className="link-button" onClick={() => model.actions.select(gap.id)}>
                {gap.title}
              </button>
            </td>
            <td>{GAP_CHANNEL_LABELS[gap.channel]}</td>
            <td>{gap.custodians.join(', ') || '—'}</td>
            <td>{periodText(gap.periodStart, gap.periodEnd)}</td>
            <td>{GAP_CAUSE_LABELS[gap.cause]}</td>
            <td>{formatVolume(gap.volume)}</td>
            <td>{gap.evidence.length}</td>
            <td>
              <span className={`badge gap-status-${gap.status}`}>{gap.status}</span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
