/**
 * The sample case: real public mail, already ingested, to learn the workflow on. Opening it the
 * first time ingests that mail, which takes a few seconds, so the wait is announced.
 */
import { ErrorText } from '../../components/error-text.js';
import { useStore } from '../../components/use-store.js';
import { useWorkbench } from '../../components/workbench-context.js';

export function SampleCaseCard() {
  const { session } = useWorkbench();
  const { pending, error } = useStore(session.store);
  const opening = pending === 'sample';

  return (
    <section className="card" aria-labelledby="sample-case-title">
      <h2 id="sample-case-title">Try the sample case</h2>
      <p className="muted">A small case of public mail with one request, to try search, review and packets.</p>
      <div className="actions">
        <button type="button" className="secondary" onClick={() => void session.actions.openSample()} disabled={pending !== null} data-testid="open-sample-button">
          {opening ? 'Preparing sample…' : 'Open sample case'}
        </button>
      </div>
      <p className="muted small" aria-live="polite">
        {opening ? 'Indexing the sample mail; this takes a few seconds the first time.' : ''}
      </p>
      <ErrorText message={error?.action === 'sample' ? error.message : null} />
    </section>
  );
}
