/**
 * The first screen: create a case, open an existing one, or try the sample case. Each form shows
 * its own errors, so a bad path in "Open" never looks like a problem with "Create".
 */
import { useStore } from '../../components/use-store.js';
import { useWorkbench } from '../../components/workbench-context.js';
import { ErrorText } from '../../components/error-text.js';
import { CreateCaseForm } from './create-case-form.js';
import { OpenCaseForm } from './open-case-form.js';
import { SampleCaseCard } from './sample-case-card.js';

export function StartScreen() {
  const { session } = useWorkbench();
  const { info, error } = useStore(session.store);
  const generalError = error && (error.action === 'init' || error.action === 'pick') ? error.message : null;

  return (
    <main className="start-screen" data-testid="start-screen">
      <header className="start-header">
        <h1>FOIA Workbench</h1>
        <p className="muted">
          Collect records, search them, code them against a request, and build a Bates-numbered response packet —
          all on this machine.
        </p>
      </header>
      <ErrorText message={generalError} />
      <div className="start-grid">
        <CreateCaseForm />
        <OpenCaseForm />
        {info?.sampleCaseAvailable ? <SampleCaseCard /> : null}
      </div>
      {info ? (
        <footer className="muted small">
          Version {info.version} · {info.mode === 'browser' ? 'browser mode' : info.mode}
        </footer>
      ) : null}
    </main>
  );
}
