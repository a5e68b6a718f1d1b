/**
 * The body text with its redactions marked, and the tools to redact: select text, give the
 * exemption codes, press "Redact selection" (or X). The list below names each span with its
 * exemptions; a span whose text changed since it was drawn is listed for re-checking and is not
 * drawn (its offsets point into other text).
 */
import { useEffect, useRef, useState } from 'react';
import { EXEMPTION_CATALOGUES } from '../../../shared/exemptions/exemption-catalogues.js';
import { formatExemptionApplication } from '../../../shared/exemptions/format-exemption-application.js';
import { redactionSegments } from '../../state/redaction-segments.js';
import { selectedRequest } from '../../state/requests-model.js';
import { ErrorText } from '../../components/error-text.js';
import { useStore } from '../../components/use-store.js';
import { useWorkbench } from '../../components/workbench-context.js';
import { REDACT_KEY } from './decision-keys.js';
import { isTextEntry } from './use-review-shortcuts.js';

/** The selection's offsets in `container`'s text, or null when it is not inside it. */
function selectionOffsets(container: HTMLElement): { start: number; end: number } | null {
  const selection = window.getSelection();
  if (selection === null || selection.rangeCount === 0 || selection.isCollapsed) {
    return null;
  }
  const range = selection.getRangeAt(0);
  if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) {
    return null;
  }
  const before = document.createRange();
  before.setStart(container, 0);
  before.setEnd(range.startContainer, range.startOffset);
  const start = before.toString().length;
  return { start, end: start + range.toString().length };
}

export function RedactableBody({ text }: { text: string }) {
  const { redactions, requests } = useWorkbench();
  const state = useStore(redactions.store);
  const request = selectedRequest(useStore(requests.store));
  const catalogue = EXEMPTION_CATALOGUES[request?.regime ?? 'us-foia'];
  const [codes, setCodes] = useState(catalogue.id === 'us-foia' ? 'b6' : 's40(2)');
  const bodyRef = useRef<HTMLPreElement>(null);
  const drawn = state.redactions.filter((redaction) => redaction.field === 'body' && redaction.status === 'ok');
  const segments = redactionSegments(text, drawn);

  const redact = () => {
    const offsets = bodyRef.current === null ? null : selectionOffsets(bodyRef.current);
    const exemptions = codes
      .split(/[\s,]+/)
      .filter((code) => code !== '')
      .map((code) => ({ catalogue: catalogue.id, code }));
    void redactions.actions.addToBody(offsets?.start ?? 0, offsets?.end ?? 0, exemptions).then((saved) => saved && window.getSelection()?.removeAllRanges());
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

  return (
    <>
      <pre className="record-body" data-testid="record-body" ref={bodyRef}>
        {text.length === 0
          ? '(no text)'
          : segments.map((segment) =>
              segment.redactions.length > 0 ? (
                <mark key={segment.start} className="redacted" data-testid="redacted-span" data-redactions={segment.redactions.join(' ')}>
                  {segment.text}
                </mark>
              ) : (
                <span key={segment.start}>{segment.text}</span>
              ),
            )}
      </pre>
      {request !== null ? (
        <div className="redaction-tools" data-testid="redaction-tools">
          <label>
            Exemptions for a redaction{' '}
            <input value={codes} onChange={(event) => setCodes(event.target.value)} size={12} data-testid="redaction-exemptions" />
          </label>{' '}
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
          {state.redactions.length > 0 ? (
            <ul className="redaction-list" data-testid="redaction-list">
              {state.redactions.map((redaction) => (
                <li key={redaction.id} data-testid="redaction-row" data-status={redaction.status}>
                  {redaction.status === 'needs-recheck' ? <span className="badge badge-warning">Text changed: check again</span> : null} “{redaction.quote}” (
                  {redaction.field}, {redaction.exemptions.map(formatExemptionApplication).join(', ')}){' '}
                  <button type="button" className="link-button" onClick={() => void redactions.actions.remove(redaction.id)} data-testid="redaction-remove">
                    Remove
                  </button>
                </li>
              ))}
            </ul>
          ) : null}
          <ErrorText message={state.error} testId="redaction-error" />
        </div>
      ) : null}
    </>
  );
}
