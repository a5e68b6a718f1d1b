/**
 * The packet's settings and the Build button (the request comes from the picker above): Bates
 * prefix, first number, digits and place on the page; record order; one PDF or one per record
 * with load files; the cover letter, edited as a template. While building: progress and Cancel.
 */
import type { FormEvent } from 'react';
import { useState } from 'react';
import { formatBates } from '../../../shared/bates.js';
import { BATES_POSITIONS, PACKET_ORDERS, PACKET_VARIANTS } from '../../../shared/model/packet.js';
import { selectedRequest } from '../../state/requests-model.js';
import { batesProblem, MAX_BATES_START } from '../../state/packet-model.js';
import { ChoiceField } from '../../components/choice-field.js';
import { ErrorText } from '../../components/error-text.js';
import { formatCount } from '../../components/format.js';
import { TextField } from '../../components/text-field.js';
import { useStore } from '../../components/use-store.js';
import { useWorkbench } from '../../components/workbench-context.js';

const POSITION_LABELS = { 'bottom-right': 'Bottom right', 'bottom-left': 'Bottom left', 'bottom-center': 'Bottom centre', 'top-right': 'Top right' } as const;
const ORDER_LABELS = { date: 'By date', custodian: 'By custodian, then date', family: 'Families together (message, then attachments)' } as const;
const VARIANT_LABELS = { single: 'One PDF', 'per-record': 'One PDF per record, with Concordance DAT and Opticon OPT load files' } as const;

export function PacketForm() {
  const { packet, requests } = useWorkbench();
  const state = useStore(packet.store);
  const request = selectedRequest(useStore(requests.store));
  const problem = batesProblem(state);
  const [startText, setStartText] = useState(() => String(state.batesStart));
  const [widthText, setWidthText] = useState(() => String(state.batesWidth));
  const progress = state.progress;

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
          onChange={(batesPrefix) => packet.actions.choose({ batesPrefix })}
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
            packet.actions.choose({ batesStart: value.trim() === '' ? Number.NaN : Number(value) });
          }}
          testId="bates-start-input"
          required
        />
        <TextField
          label="Digits"
          type="number"
          min={1}
          max={12}
          inputMode="numeric"
          value={widthText}
          onChange={(value) => {
            setWidthText(value);
            packet.actions.choose({ batesWidth: value.trim() === '' ? Number.NaN : Number(value) });
          }}
          testId="bates-width-input"
        />
        <ChoiceField label="Stamped at" value={state.batesPosition} options={BATES_POSITIONS} labels={POSITION_LABELS} onChange={(batesPosition) => packet.actions.choose({ batesPosition })} testId="bates-position" />
      </div>
      <div className="field-row">
        <ChoiceField label="Record order" value={state.order} options={PACKET_ORDERS} labels={ORDER_LABELS} onChange={(order) => packet.actions.choose({ order })} testId="packet-order" />
        <ChoiceField label="Files" value={state.variant} options={PACKET_VARIANTS} labels={VARIANT_LABELS} onChange={(variant) => packet.actions.choose({ variant })} testId="packet-variant" />
      </div>
      <details className="cover-letter" data-testid="cover-letter">
        <summary>
          <label className="checkbox-label" onClick={(event) => event.stopPropagation()}>
            <input type="checkbox" checked={state.withCoverLetter} onChange={() => packet.actions.choose({ withCoverLetter: !state.withCoverLetter })} data-testid="cover-letter-on" /> Cover
            letter
          </label>{' '}
          <span className="muted small">(edit the template)</span>
        </summary>
        <textarea
          rows={14}
          value={state.coverLetter}
          onChange={(event) => packet.actions.choose({ coverLetter: event.target.value })}
          disabled={!state.withCoverLetter}
          aria-label="Cover letter template"
          data-testid="cover-letter-text"
        />
        <p className="muted small">Placeholders filled from the request and the packet: {state.coverLetterFields.map((field) => `{{${field}}}`).join(' ')}</p>
      </details>
      <p className="muted small" data-testid="packet-preview-line">
        {problem === null ? `First page will be stamped ${formatBates({ prefix: state.batesPrefix, start: state.batesStart, width: state.batesWidth }, 0)}. ` : ''}
        {request
          ? `${formatCount(request.progress.byDecision['release-in-full'] ?? 0, 'record')} released in full, ${request.progress.byDecision['release-in-part'] ?? 0} in part, ${request.progress.byDecision['withhold-in-full'] ?? 0} withheld (slip sheets), ${request.progress.byDecision.referral ?? 0} referred.`
          : 'No request selected.'}
      </p>
      <div className="actions">
        <button type="submit" disabled={state.building || request === null} data-testid="build-packet-button">
          {state.building ? 'Building packet…' : 'Build packet'}
        </button>
        {state.building ? (
          <button type="button" className="secondary" onClick={() => void packet.actions.cancel()} data-testid="packet-cancel">
            Cancel
          </button>
        ) : null}
      </div>
      {state.building ? (
        <p className="small" role="status" data-testid="packet-progress">
          {progress === null ? 'Starting…' : `${progress.stage}${progress.total > 0 ? `: ${progress.done.toLocaleString('en-US')} of ${progress.total.toLocaleString('en-US')} pages` : ''}`}{' '}
          <progress max={progress?.total || undefined} value={progress?.total ? progress.done : undefined} />
        </p>
      ) : null}
      <ErrorText message={state.error ?? (state.batesPrefix.length > 0 ? problem : null)} testId="packet-error" />
    </form>
  );
}
