/**
 * Which request the officer is working on, and a small form to add one. Review codes against the
 * selected request and Packet builds for it; both use this picker so the choice stays in sync.
 */
import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { ErrorText } from './error-text.js';
import { TextField } from './text-field.js';
import { useStore } from './use-store.js';
import { useWorkbench } from './workbench-context.js';

export function RequestPicker() {
  const { requests } = useWorkbench();
  const state = useStore(requests.store);
  const [adding, setAdding] = useState(false);
  const selectId = useId();
  const none = !state.loading && state.requests.length === 0;

  return (
    <div className="request-picker">
      {state.requests.length > 0 ? (
        <div className="field-row">
          <div className="field grow">
            <label htmlFor={selectId}>Request</label>
            <select
              id={selectId}
              value={state.selectedId ?? ''}
              onChange={(event) => requests.actions.select(event.target.value)}
              data-testid="request-select"
            >
              {state.requests.map((request) => (
                <option key={request.id} value={request.id}>
                  {request.title}
                  {request.requester ? ` — ${request.requester}` : ''}
                </option>
              ))}
            </select>
          </div>
          {!adding ? (
            <button type="button" className="secondary align-end" onClick={() => setAdding(true)} data-testid="new-request-button">
              New request…
            </button>
          ) : null}
        </div>
      ) : null}
      {none ? <p className="muted">This case has no request yet. Create one to code records against it.</p> : null}
      {adding || none ? <NewRequestForm onDone={() => setAdding(false)} cancellable={!none} /> : null}
      <ErrorText message={state.error} />
    </div>
  );
}

function NewRequestForm({ onDone, cancellable }: { onDone(): void; cancellable: boolean }) {
  const { requests } = useWorkbench();
  const { creating, createError } = useStore(requests.store);
  const [title, setTitle] = useState('');
  const [requester, setRequester] = useState('');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await requests.actions.create({ title, requester })) {
      setTitle('');
      setRequester('');
      onDone();
    }
  };

  return (
    <form className="new-request" onSubmit={(event) => void submit(event)} aria-label="New request">
      <TextField label="Request title" value={title} onChange={setTitle} testId="request-title-input" required autoFocus={cancellable} />
      <TextField label="Requester (optional)" value={requester} onChange={setRequester} testId="request-requester-input" />
      <div className="actions">
        <button type="submit" disabled={creating} data-testid="create-request-button">
          {creating ? 'Creating…' : 'Create request'}
        </button>
        {cancellable ? (
          <button type="button" className="secondary" onClick={onDone}>
            Cancel
          </button>
        ) : null}
      </div>
      <ErrorText message={createError} />
    </form>
  );
}
