/**
 * Redacting the open record for the selected request: select text in the body or a header field,
 * give the exemptions, press "Redact selection" (or X). Below, every redaction of the record with
 * its exemptions, each editable and removable (redaction-row.tsx).
 */
import { useEffect, useRef, useState } from 'react';
import { EXEMPTION_CATALOGUES } from '../../../shared/exemptions/exemption-catalogues.js';
import { parseExemptionList } from '../../../shared/exemptions/parse-exemption-list.js';
import type { RecordDetail } from '../../../shared/model/record.js';
import { redactableText } from '../../../shared/model/redactable-text.js';
import { selectedRequest } from '../../state/requests-model.js';
import { ErrorText } from '../../components/error-text.js';
import { ExemptionField } from '../../components/exemption-field.js';
import { useStore } from '../../components/use-store.js';
import { useWorkbench } from '../../components/workbench-context.js';
import { REDACT_KEY } from './decision-keys.js';
import { RedactionRow } from './redaction-row.js';
import { selectedFieldSpan } from './redaction-selection.js';
import { isTextEntry } from './use-review-shortcuts.js';

export function RedactionTools({ record }: { record: RecordDetail }) {
  const { redactions, requests } = useWorkbench();
  const state = useStore(redactions.store);
  const request = selectedRequest(useStore(requests.store));
  const catalogue = EXEMPTION_CATALOGUES[request?.regime ?? 'us-foia'];
  const [codes, setCodes] = useState(catalogue.id === 'us-foia' ? 'b6' : 's40(2)');
  const [hint, setHint] = useState<string | null>(null);

  const redact = () => {
    const span = selectedFieldSpan();
    const { exemptions, problems } = parseExemptionList(codes, catalogue.id);
    if (problems.length > 0) {
      setHint('Fix the exemptions first.');
      return;
    }
    setHint(null);
    void redactions.actions
      .add(span?.field ?? 'body', span?.start ?? 0, span?.end ?? 0, exemptions)
      .then((saved) => saved && window.getSelection()?.removeAllRanges());
  };

  // X redacts the selection, like the button; the latest `redact` is read through a ref so the
  // listener is installed once.
  const latestRedact = useRef(redact);
  latestRedact.current = redact;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.repeat || event.altKey || event.ctrlKey || event.metaKey || isTextEntry(event.target)) {
        return;
      }
      if (event.key.toUpperCase() === REDACT_KEY) {
        event.preventDefault();
        latestRedact.current();
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  if (request === null) {
    return null;
  }
  return (
    <section className="redaction-tools" aria-label="Redactions" data-testid="redaction-tools">
      <ExemptionField catalogue={catalogue.id} value={codes} onChange={setCodes} label="Exemptions for a redaction" testId="redaction-exemptions" size={14} />{' '}
      {/* onMouseDown keeps the text selection, which a click on a button would clear first. */}
      <button
        type="button"
        onMouseDown={(event) => event.preventDefault()}
        onClick={redact}
        disabled={state.busy}
        aria-keyshortcuts={REDACT_KEY}
        data-testid="redact-selection"
      >
        Redact selection <kbd>{REDACT_KEY}</kbd>
      </button>
      <span className="hint"> Select text in the body, the subject or a From, To or Cc line.</span>
      {hint !== null ? (
        <span className="field-problem" role="status">
          {' '}
          {hint}
        </span>
      ) : null}
      {state.redactions.length > 0 ? (
        <ul className="redaction-list" data-testid="redaction-list">
          {state.redactions.map((redaction) => (
            <RedactionRow
              key={redaction.id}
              redaction={redaction}
              catalogue={catalogue.id}
              fieldText={redactableText(record, redaction.field)}
              busy={state.busy}
            />
          ))}
        </ul>
      ) : null}
      <ErrorText message={state.error} testId="redaction-error" />
    </section>
  );
}
