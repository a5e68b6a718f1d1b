/**
 * One redaction in the list: what it covers, where, and why; editable in place. Editing changes
 * the exemptions and the note, and "Use selection" moves the span to the text now selected in
 * the same field. A span whose text changed since it was drawn can only be removed and drawn
 * again: its offsets point into text the officer never saw.
 */
import { useState } from 'react';
import type { ExemptionCatalogueId } from '../../../shared/exemptions/exemption-catalogue.js';
import { formatExemptionApplication } from '../../../shared/exemptions/format-exemption-application.js';
import { formatExemptionList, parseExemptionList } from '../../../shared/exemptions/parse-exemption-list.js';
import type { RedactionView } from '../../../shared/model/review.js';
import { ExemptionField } from '../../components/exemption-field.js';
import { useWorkbench } from '../../components/workbench-context.js';
import { selectedFieldSpan } from './redaction-selection.js';

export type RedactionRowProps = {
  redaction: RedactionView;
  catalogue: ExemptionCatalogueId;
  /** The field's current text, to show what a new extent would cover. */
  fieldText: string;
  busy: boolean;
};

type Extent = { start: number; end: number };

export function RedactionRow({ redaction, catalogue, fieldText, busy }: RedactionRowProps) {
  const { redactions } = useWorkbench();
  const [editing, setEditing] = useState(false);
  const [codes, setCodes] = useState('');
  const [note, setNote] = useState('');
  const [extent, setExtent] = useState<Extent | null>(null);
  const [hint, setHint] = useState<string | null>(null);

  const startEditing = () => {
    setCodes(formatExemptionList(redaction.exemptions));
    setNote(redaction.note);
    setExtent(null);
    setHint(null);
    setEditing(true);
  };
  const useSelection = () => {
    const span = selectedFieldSpan();
    if (span === null || span.field !== redaction.field) {
      setHint(`Select the new extent in the ${redaction.field} first.`);
      return;
    }
    setHint(null);
    setExtent({ start: span.start, end: span.end });
  };
  const save = () => {
    const { exemptions, problems } = parseExemptionList(codes, catalogue);
    if (problems.length > 0) {
      setHint('Fix the exemptions first.');
      return;
    }
    void redactions.actions.update(redaction.id, { exemptions, note, ...(extent ?? {}) }).then((saved) => saved && setEditing(false));
  };

  const summary = (
    <>
      {redaction.status === 'needs-recheck' ? <span className="badge badge-warning">Text changed: check again</span> : null} “{redaction.quote}” ({redaction.field},{' '}
      {redaction.exemptions.map(formatExemptionApplication).join(', ')}){redaction.note ? <span className="muted small"> · {redaction.note}</span> : null}
    </>
  );

  return (
    <li data-testid="redaction-row" data-status={redaction.status} data-redaction-id={redaction.id}>
      {summary}{' '}
      {!editing && redaction.status === 'ok' ? (
        <button type="button" className="link-button" onClick={startEditing} disabled={busy} data-testid="redaction-edit">
          Edit
        </button>
      ) : null}{' '}
      <button type="button" className="link-button" onClick={() => void redactions.actions.remove(redaction.id)} disabled={busy} data-testid="redaction-remove">
        Remove
      </button>
      {editing ? (
        <div className="redaction-editor" role="group" aria-label="Edit redaction" data-testid="redaction-editor">
          <ExemptionField catalogue={catalogue} value={codes} onChange={setCodes} label="Exemptions" testId="redaction-edit-exemptions" />{' '}
          <label>
            Note <input value={note} onChange={(event) => setNote(event.target.value)} size={24} data-testid="redaction-edit-note" />
          </label>{' '}
          {/* onMouseDown keeps the text selection, which a click on a button would clear first. */}
          <button type="button" className="secondary" onMouseDown={(event) => event.preventDefault()} onClick={useSelection} data-testid="redaction-use-selection">
            Use selection as extent
          </button>
          {extent !== null ? (
            <span className="small" data-testid="redaction-new-extent">
              {' '}
              New extent: “{fieldText.slice(extent.start, extent.end)}”
            </span>
          ) : null}{' '}
          <button type="button" onClick={save} disabled={busy} data-testid="redaction-save">
            Save
          </button>{' '}
          <button type="button" className="secondary" onClick={() => setEditing(false)}>
            Cancel
          </button>
          {hint !== null ? (
            <span className="field-problem" role="status">
              {' '}
              {hint}
            </span>
          ) : null}
        </div>
      ) : null}
    </li>
  );
}
