/** Creates a new case folder (it must not already hold a case) with a name for the title bar. */
import { useState } from 'react';
import type { FormEvent } from 'react';
import { ErrorText } from '../../components/error-text.js';
import { FolderField } from '../../components/folder-field.js';
import { TextField } from '../../components/text-field.js';
import { useStore } from '../../components/use-store.js';
import { useWorkbench } from '../../components/workbench-context.js';

export function CreateCaseForm() {
  const { session } = useWorkbench();
  const { pending, error } = useStore(session.store);
  const [path, setPath] = useState('');
  const [name, setName] = useState('');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void session.actions.createCase({ path, name });
  };

  return (
    <section className="card" aria-labelledby="create-case-title">
      <h2 id="create-case-title">New case</h2>
      <form onSubmit={submit}>
        <FolderField
          label="Case folder"
          value={path}
          onChange={setPath}
          dialogTitle="Choose a folder for the new case"
          testId="case-path-input"
          browseTestId="case-path-browse"
          hint="A new or empty folder on this computer; the case's index and audit log go here."
        />
        <TextField label="Case name" value={name} onChange={setName} testId="case-name-input" required autoComplete="off" />
        <div className="actions">
          <button type="submit" disabled={pending !== null} data-testid="create-case-button">
            {pending === 'create' ? 'Creating…' : 'Create case'}
          </button>
        </div>
        <ErrorText message={error?.action === 'create' ? error.message : null} testId="create-case-error" />
      </form>
    </section>
  );
}
