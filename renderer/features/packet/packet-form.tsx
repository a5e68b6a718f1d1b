/** Bates prefix and first number, and the Build button; the request comes from the picker above. */
import { useState } from 'react';
import type { FormEvent } from 'react';
import { formatBates, DEFAULT_BATES_WIDTH } from '../../../shared/bates.js';
import { selectedRequest } from '../../state/requests-model.js';
import { batesProblem, MAX_BATES_START } from '../../state/packet-model.js';
import { ErrorText } from '../../components/error-text.js';
import { formatCount } from '../../components/format.js';
import { TextField } from '../../components/text-field.js';
import { useStore } from '../../components/use-store.js';
import { useWorkbench } from '../../components/workbench-context.js';

export function PacketForm() {
  const { packet, requests } = useWorkbench();
  const state = useStore(packet.store);
  const request = selectedRequest(useStore(requests.store));
  const problem = batesProblem(state);
  const responsive = request?.responsiveCount ?? 0;
  const [startText, setStartText] = useState(() => String(state.batesStart));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void packet.actions.build(request?.id ?? null);
  };

  return (
    <form className="packet-form" onSubmit={submit} data-testid="packet-form" data-state={state.building ? 'building' : 'idle'}>
      <div className="field-row">
        <TextField
          label="Bates prefix"
          value={state.batesPrefix}
          onChange={packet.actions.setBatesPrefix}
          testId="bates-prefix-input"
          spellCheck={false}
          autoComplete="off"
          required
        />
        <TextField
          label="First number"
          type="number"
          min={1}
          max={MAX_BATES_START}
          inputMode="numeric"
          value={startText}
          onChange={(value) => {
            // Keep what was typed (even "" mid-edit); the store gets a number the check can reject.
            setStartText(value);
            packet.actions.setBatesStart(value.trim() === '' ? Number.NaN : Number(value));
          }}
          testId="bates-start-input"
          required
        />
      </div>
      <p className="muted small" data-testid="packet-preview">
        {problem === null
          ? `First page will be stamped ${formatBates({ prefix: state.batesPrefix, start: state.batesStart, width: DEFAULT_BATES_WIDTH }, 0)}. `
          : ''}
        {request ? `${formatCount(responsive, 'record')} coded responsive to “${request.title}”.` : 'No request selected.'}
      </p>
      <div className="actions">
        <button type="submit" disabled={state.building || request === null} data-testid="build-packet-button">
          {state.building ? 'Building packet…' : 'Build packet'}
        </button>
      </div>
      <p className="muted small" aria-live="polite">
        {state.building ? 'Rendering and stamping pages; large requests take a while.' : ''}
      </p>
      <ErrorText message={state.error ?? (state.batesPrefix.length > 0 ? problem : null)} testId="packet-error" />
    </form>
  );
}
