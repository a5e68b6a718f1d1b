/**
 * One gap, written or edited: what is missing (channel, custodians, period, estimated volume),
 * why (cause, circumstances), what was done (salvage actions with dates and results, safeguards),
 * who keeps the records, its status, the evidence (records with the quoted passage, opened with a
 * click) and the requests that cite it. The draft is read by state/gap-draft.ts, which names each
 * problem with its field before anything is sent; the backend then checks quotes and requests.
 */
import { useState } from 'react';
import { GAP_CAUSES, GAP_CAUSE_LABELS, GAP_CHANNELS, GAP_CHANNEL_LABELS, GAP_STATUSES } from '../../../shared/model/gap.js';
import type { Gap } from '../../../shared/model/gap.js';
import { EMPTY_GAP_DRAFT, gapDraftOf, readGapDraft } from '../../state/gap-draft.js';
import type { GapDraft, GapDraftProblem } from '../../state/gap-draft.js';
import { ChoiceField } from '../../components/choice-field.js';
import { TextField } from '../../components/text-field.js';
import { useStore } from '../../components/use-store.js';
import { useWorkbench } from '../../components/workbench-context.js';

function TextArea({ label, value, onChange, testId, rows = 3 }: { label: string; value: string; onChange(value: string): void; testId: string; rows?: number }) {
  return (
    <div className="field">
      <label>
        {label}
        <textarea rows={rows} value={value} onChange={(event) => onChange(event.target.value)} data-testid={testId} />
      </label>
    </div>
  );
}

const STATUS_LABELS = { suspected: 'Suspected', confirmed: 'Confirmed', reported: 'Reported', closed: 'Closed' } as const;
const UNIT_LABELS = { messages: 'messages', emails: 'emails', calls: 'calls', records: 'records' } as const;

/** Give it `key={gap?.id ?? 'new'}`, so each gap opens on its own draft. */
export function GapForm({ gap }: { gap: Gap | null }) {
  const { gaps, requests, session, review } = useWorkbench();
  const { busy } = useStore(gaps.store);
  const { requests: allRequests } = useStore(requests.store);
  const [draft, setDraft] = useState<GapDraft>(gap === null ? EMPTY_GAP_DRAFT : gapDraftOf(gap));
  const [problems, setProblems] = useState<GapDraftProblem[]>([]);
  const set =
    <K extends keyof GapDraft>(field: K) =>
    (value: GapDraft[K]) =>
      setDraft((current) => ({ ...current, [field]: value }));
  const problemOf = (field: keyof GapDraft) => problems.find((problem) => problem.field === field)?.message;

  const submit = () => {
    const read = readGapDraft(draft);
    setProblems(read.problems);
    if (read.fields !== null) {
      void gaps.actions.save(read.fields);
    }
  };
  const openRecord = (recordId: string) => {
    session.actions.setView('review');
    void review.actions.open(recordId);
  };
  const updateSalvage = (index: number, change: Partial<GapDraft['salvage'][number]>) =>
    set('salvage')(draft.salvage.map((action, at) => (at === index ? { ...action, ...change } : action)));

  return (
    <form
      className="gap-form"
      aria-label={gap === null ? 'New gap' : `Gap: ${gap.title}`}
      data-testid="gap-form"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <h2>{gap === null ? 'New gap' : gap.title}</h2>
      <TextField label="Title: what records are missing" value={draft.title} onChange={set('title')} testId="gap-title" />
      {problemOf('title') ? <p className="field-problem">{problemOf('title')}</p> : null}
      <div className="field-row">
        <ChoiceField label="Channel" value={draft.channel} options={GAP_CHANNELS} labels={GAP_CHANNEL_LABELS} onChange={set('channel')} testId="gap-channel" />
        <ChoiceField label="Cause" value={draft.cause} options={GAP_CAUSES} labels={GAP_CAUSE_LABELS} onChange={set('cause')} testId="gap-cause" />
        <ChoiceField label="Status" value={draft.status} options={GAP_STATUSES} labels={STATUS_LABELS} onChange={set('status')} testId="gap-status" />
      </div>
      <div className="field-row">
        <TextArea label="Custodians (one per line)" value={draft.custodians} onChange={set('custodians')} testId="gap-custodians" rows={2} />
        <TextField label="Period from (YYYY-MM-DD)" value={draft.periodStart} onChange={set('periodStart')} testId="gap-period-start" placeholder="unknown" />
        <TextField label="to" value={draft.periodEnd} onChange={set('periodEnd')} testId="gap-period-end" placeholder="unknown" />
      </div>
      {problemOf('periodStart') || problemOf('periodEnd') ? <p className="field-problem">{problemOf('periodStart') ?? problemOf('periodEnd')}</p> : null}
      <div className="field-row">
        <TextField label="Estimated volume: at least" value={draft.volumeLow} onChange={set('volumeLow')} testId="gap-volume-low" inputMode="numeric" />
        <TextField label="at most" value={draft.volumeHigh} onChange={set('volumeHigh')} testId="gap-volume-high" inputMode="numeric" />
        <ChoiceField label="counted in" value={draft.volumeUnit} options={['messages', 'emails', 'calls', 'records'] as const} labels={UNIT_LABELS} onChange={set('volumeUnit')} testId="gap-volume-unit" />
      </div>
      {problemOf('volumeLow') || problemOf('volumeHigh') ? <p className="field-problem">{problemOf('volumeLow') ?? problemOf('volumeHigh')}</p> : null}
      <TextField label="Office maintaining the records" value={draft.office} onChange={set('office')} testId="gap-office" />
      <TextArea label="Circumstances of the loss" value={draft.circumstances} onChange={set('circumstances')} testId="gap-circumstances" />
      <fieldset className="gap-salvage" data-testid="gap-salvage">
        <legend>Salvage, retrieval or reconstruction</legend>
        {draft.salvage.map((action, index) => (
          <div className="field-row" key={index} data-testid="gap-salvage-row">
            <TextField label="Date" value={action.date} onChange={(date) => updateSalvage(index, { date })} placeholder="YYYY-MM-DD" testId="gap-salvage-date" />
            <TextField label="Action" value={action.action} onChange={(text) => updateSalvage(index, { action: text })} testId="gap-salvage-action" />
            <TextField label="Result" value={action.result} onChange={(result) => updateSalvage(index, { result })} testId="gap-salvage-result" />
            <button type="button" className="link-button align-end" onClick={() => set('salvage')(draft.salvage.filter((_, at) => at !== index))}>
              Remove
            </button>
          </div>
        ))}
        <button type="button" className="secondary" onClick={() => set('salvage')([...draft.salvage, { date: '', action: '', result: '' }])} data-testid="gap-salvage-add">
          Add an action
        </button>
        {problemOf('salvage') ? <p className="field-problem">{problemOf('salvage')}</p> : null}
      </fieldset>
      <TextArea label="Safeguards established" value={draft.safeguards} onChange={set('safeguards')} testId="gap-safeguards" />
      <fieldset className="gap-evidence" data-testid="gap-evidence">
        <legend>Evidence ({draft.evidence.length})</legend>
        {draft.evidence.length === 0 ? <p className="muted small">No records linked. Accepting a detector’s proposal links its evidence.</p> : null}
        <ul>
          {draft.evidence.map((evidence, index) => (
            <li key={`${evidence.recordId}-${index}`} data-testid="gap-evidence-row">
              <button type="button" className="link-button" onClick={() => openRecord(evidence.recordId)} title="Open the record">
                {evidence.recordId}
              </button>
              {evidence.quote ? <q className="gap-quote">{evidence.quote}</q> : null} <span className="muted small">{evidence.why}</span>{' '}
              <button type="button" className="link-button" onClick={() => set('evidence')(draft.evidence.filter((_, at) => at !== index))}>
                Unlink
              </button>
            </li>
          ))}
        </ul>
      </fieldset>
      <fieldset className="gap-requests">
        <legend>Cited by requests (their packets carry the gap in the appendix)</legend>
        {allRequests.map((request) => (
          <label key={request.id} className="checkbox-label">
            <input
              type="checkbox"
              checked={draft.requestIds.includes(request.id)}
              onChange={() => set('requestIds')(draft.requestIds.includes(request.id) ? draft.requestIds.filter((id) => id !== request.id) : [...draft.requestIds, request.id])}
              data-testid={`gap-cite-${request.id}`}
            />{' '}
            {request.trackingNumber ? `${request.trackingNumber}: ` : ''}
            {request.title}
          </label>
        ))}
      </fieldset>
      <TextArea label="Reviewer's notes (not printed in reports)" value={draft.notes} onChange={set('notes')} testId="gap-notes" />
      <div className="actions">
        <button type="submit" disabled={busy} data-testid="gap-save">
          {gap === null ? 'Add to the register' : 'Save changes'}
        </button>
        {gap !== null ? (
          <button type="button" className="secondary" disabled={busy} onClick={() => void gaps.actions.remove(gap.id)} data-testid="gap-delete">
            Delete
          </button>
        ) : null}
        <button type="button" className="secondary" onClick={() => gaps.actions.select(null)}>
          Close
        </button>
      </div>
    </form>
  );
}
