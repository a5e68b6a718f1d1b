/**
 * Intake: a new request, or the selected one's fields edited. The draft is read by
 * state/intake-draft.ts, which names each problem with its field before anything is sent; the
 * backend then checks the dates against the statute's rules.
 */
import { useState } from 'react';
import { PROCESSING_TRACKS, REQUEST_REGIMES, REQUEST_STATUSES } from '../../../shared/model/request.js';
import { FAMILY_RULES } from '../../../shared/model/review.js';
import { EMPTY_DRAFT, draftOf, readDraft } from '../../state/intake-draft.js';
import type { DraftProblem, IntakeDraft } from '../../state/intake-draft.js';
import { selectedRequest } from '../../state/requests-model.js';
import { ChoiceField as Choice } from '../../components/choice-field.js';
import { ErrorText } from '../../components/error-text.js';
import { TextField } from '../../components/text-field.js';
import { useStore } from '../../components/use-store.js';
import { useWorkbench } from '../../components/workbench-context.js';

export function IntakeForm() {
  const { requests } = useWorkbench();
  const state = useStore(requests.store);
  const selected = selectedRequest(state);
  const [editing, setEditing] = useState<string | null>(null);
  const [draft, setDraft] = useState<IntakeDraft>(EMPTY_DRAFT);
  const [problems, setProblems] = useState<DraftProblem[]>([]);
  const set = <K extends keyof IntakeDraft>(field: K) => (value: IntakeDraft[K]) => setDraft((current) => ({ ...current, [field]: value }));
  const problemOf = (field: keyof IntakeDraft) => problems.find((problem) => problem.field === field)?.message;

  const startNew = () => {
    setEditing(null);
    setDraft(EMPTY_DRAFT);
    setProblems([]);
  };
  const startEdit = () => {
    if (selected !== null) {
      setEditing(selected.id);
      setDraft(draftOf(selected));
      setProblems([]);
    }
  };
  const submit = async () => {
    const read = readDraft(draft);
    if (!read.ok) {
      setProblems(read.problems);
      return;
    }
    setProblems([]);
    const saved = editing === null ? (await requests.actions.create(read.intake)) !== null : await requests.actions.update(editing, read.intake);
    if (saved && editing === null) {
      setDraft(EMPTY_DRAFT);
    }
  };

  return (
    <form
      className="intake-form"
      aria-label={editing === null ? 'New request' : 'Edit request'}
      data-testid="intake-form"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <div className="actions">
        <h2>{editing === null ? 'New request' : `Editing “${selected?.title ?? ''}”`}</h2>
        <button type="button" className="secondary" onClick={startNew} disabled={editing === null}>
          New
        </button>
        <button type="button" className="secondary" onClick={startEdit} disabled={selected === null} data-testid="intake-edit-selected">
          Edit selected
        </button>
      </div>
      <div className="field-row">
        <TextField label="Tracking number" value={draft.trackingNumber} onChange={set('trackingNumber')} testId="intake-tracking" />
        <TextField label="Title" value={draft.title} onChange={set('title')} testId="intake-title" hint={problemOf('title')} required />
        <TextField label="Requester" value={draft.requester} onChange={set('requester')} testId="intake-requester" />
      </div>
      <div className="field-row">
        <TextField label="Received (YYYY-MM-DD)" value={draft.receivedOn} onChange={set('receivedOn')} testId="intake-received" hint={problemOf('receivedOn')} />
        <TextField label="Perfected" value={draft.perfectedOn} onChange={set('perfectedOn')} testId="intake-perfected" hint={problemOf('perfectedOn')} />
        <TextField label="Records from" value={draft.dateFrom} onChange={set('dateFrom')} testId="intake-date-from" hint={problemOf('dateFrom')} />
        <TextField label="Records to" value={draft.dateTo} onChange={set('dateTo')} testId="intake-date-to" hint={problemOf('dateTo')} />
      </div>
      <div className="field-row">
        <Choice label="Law" value={draft.regime} options={REQUEST_REGIMES} onChange={set('regime')} testId="intake-regime" />
        <Choice label="Track" value={draft.track} options={PROCESSING_TRACKS} onChange={set('track')} testId="intake-track" />
        <Choice label="Status" value={draft.status} options={REQUEST_STATUSES} onChange={set('status')} testId="intake-status" />
        <Choice label="Attachments" value={draft.familyRule} options={FAMILY_RULES} onChange={set('familyRule')} testId="intake-family-rule" />
        <label className="checkbox align-end">
          <input type="checkbox" checked={draft.unusualCircumstances} onChange={(event) => set('unusualCircumstances')(event.target.checked)} data-testid="intake-unusual" /> Unusual
          circumstances (+10 working days)
        </label>
      </div>
      <div className="field">
        <label>
          Description
          <textarea rows={3} value={draft.description} onChange={(event) => set('description')(event.target.value)} data-testid="intake-description" />
        </label>
      </div>
      <div className="field">
        <label>
          Custodians (one per line)
          <textarea rows={3} value={draft.custodians} onChange={(event) => set('custodians')(event.target.value)} data-testid="intake-custodians" />
        </label>
      </div>
      <div className="actions">
        <button type="submit" disabled={state.creating} data-testid="intake-save">
          {editing === null ? 'Take in request' : 'Save changes'}
        </button>
      </div>
      <ErrorText message={state.createError} testId="intake-error" />
    </form>
  );
}
