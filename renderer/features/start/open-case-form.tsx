/** Opens a case folder made earlier (on this machine or copied from a colleague). */
import { useState } from 'react';
import type { FormEvent } from 'react';
import { ErrorText } from '../../components/error-text.js';
import { FolderField } from '../../components/folder-field.js';
import { useStore } from '../../components/use-store.js';
import { useWorkbench } from '../../components/workbench-context.js';

export function OpenCaseForm() {
  const { session } = useWorkbench();
  const { pending, error } = useStore(session.store);
  const [path, setPath] = useState('');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void session.actions.openCase(path);
  };

  return (
    <section className="card" aria-labelledby="open-case-title">
      <h2 id="open-case-title">Open a case</h2>
      <form onSubmit={submit}>
        <FolderField
          label="Case folder"
          value={path}
          onChange={setPath}
          dialogTitle="Open a case folder"
          testId="open-path-input"
          browseTestId="open-path-browse"
          hint="The folder that holds the case's case.json."
        />
        <div className="actions">
          <button type="submit" disabled={pending !== null} data-testid="open-case-button">
            {pending === 'open' ? 'Opening…' : 'Open case'}
          </button>
        </div>
        <ErrorText message={error?.action === 'open' ? error.message : null} testId="open-case-error" />
      </form>
    </section>
  );
}
