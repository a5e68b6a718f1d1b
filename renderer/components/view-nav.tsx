/** Switches between the case's screens. Plain buttons with `aria-current`, one Tab stop each. */
import { VIEWS } from '../state/session-model.js';
import type { View } from '../state/session-model.js';
import { useStore } from './use-store.js';
import { useWorkbench } from './workbench-context.js';

const LABELS: Record<View, string> = { requests: 'Requests', sources: 'Sources', review: 'Search & review', gaps: 'Gaps', reports: 'Reports', packet: 'Packet' };

export function ViewNav() {
  const { session, sources } = useWorkbench();
  const { view } = useStore(session.store);
  const { job } = useStore(sources.store);
  return (
    <nav className="view-nav" aria-label="Screens">
      {VIEWS.map((candidate) => (
        <button
          key={candidate}
          type="button"
          className={candidate === view ? 'nav-item current' : 'nav-item'}
          aria-current={candidate === view ? 'page' : undefined}
          onClick={() => session.actions.setView(candidate)}
          data-testid={`nav-${candidate}`}
        >
          {LABELS[candidate]}
          {candidate === 'sources' && job !== null ? <span className="nav-dot" aria-label="(ingest running)" /> : null}
        </button>
      ))}
    </nav>
  );
}
