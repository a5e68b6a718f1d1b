/** The open case's name, path and counts, and Close case. */
import { formatCount } from './format.js';
import { ErrorText } from './error-text.js';
import { useStore } from './use-store.js';
import { useWorkbench } from './workbench-context.js';

export function CaseHeader() {
  const { session, sources } = useWorkbench();
  const { currentCase, pending, error } = useStore(session.store);
  const { job } = useStore(sources.store);
  if (currentCase === null) {
    return null;
  }
  return (
    <header className="case-header">
      <div className="case-title">
        <span className="app-name">FOIA Workbench</span>
        <h1 data-testid="case-name">{currentCase.name}</h1>
        <span className="muted small path" title={currentCase.path}>
          {currentCase.path}
        </span>
      </div>
      <div className="case-counts small" data-testid="case-counts">
        <span data-testid="case-record-count">{formatCount(currentCase.recordCount, 'record')}</span>
        <span>{formatCount(currentCase.sourceCount, 'source')}</span>
      </div>
      <button
        type="button"
        className="secondary"
        onClick={() => void session.actions.closeCase()}
        disabled={pending !== null || job !== null}
        title={job !== null ? 'Wait for the ingest to finish or cancel it first' : undefined}
        data-testid="close-case-button"
      >
        {pending === 'close' ? 'Closing…' : 'Close case'}
      </button>
      <ErrorText message={error?.action === 'close' ? error.message : null} />
    </header>
  );
}
