/**
 * "Code all results": the officer picks a decision (and, to withhold, the exemptions), sees how
 * many records that is, and confirms. The count is what the backend checks before coding.
 */
import { useState } from 'react';
import { EXEMPTION_CATALOGUES } from '../../../shared/exemptions/exemption-catalogues.js';
import { parseExemptionList } from '../../../shared/exemptions/parse-exemption-list.js';
import { DECISIONS, DECISION_LABELS, decisionNeedsExemption, decisionTakesExemptions } from '../../../shared/model/review.js';
import type { Decision } from '../../../shared/model/review.js';
import { selectedRequest } from '../../state/requests-model.js';
import { ErrorText } from '../../components/error-text.js';
import { ExemptionField } from '../../components/exemption-field.js';
import { formatCount } from '../../components/format.js';
import { useStore } from '../../components/use-store.js';
import { useWorkbench } from '../../components/workbench-context.js';

export function CodeAllResults() {
  const { search, requests, batchCoding } = useWorkbench();
  const { query, result } = useStore(search.store);
  const request = selectedRequest(useStore(requests.store));
  const { prepared, busy, message, error } = useStore(batchCoding.store);
  const [decision, setDecision] = useState<Decision>('not-responsive');
  const [codes, setCodes] = useState('');
  const catalogue = EXEMPTION_CATALOGUES[request?.regime ?? 'us-foia'];
  const parsed = parseExemptionList(codes, catalogue.id);
  const exemptions = decisionTakesExemptions(decision) ? parsed.exemptions : [];
  const exemptionsUnusable = decisionTakesExemptions(decision) && parsed.problems.length > 0;
  const missingExemption = (decisionNeedsExemption(decision) && exemptions.length === 0) || exemptionsUnusable;
  if (result === null) {
    return null;
  }
  return (
    <div className="code-all" data-testid="code-all">
      {prepared === null ? (
        <button type="button" className="secondary" disabled={busy || request === null} onClick={() => void batchCoding.actions.prepare(query, request?.id ?? null)} data-testid="code-all-button">
          Code all results…
        </button>
      ) : (
        <div className="code-all-confirm" role="group" aria-label="Code all results" data-testid="code-all-confirm" data-count={prepared.count}>
          <label>
            Code {formatCount(prepared.count, 'record', 'records')} of “{request?.title}” as{' '}
            <select value={decision} onChange={(event) => setDecision(event.target.value as Decision)} data-testid="code-all-decision">
              {DECISIONS.map((option) => (
                <option key={option} value={option}>
                  {DECISION_LABELS[option]}
                </option>
              ))}
            </select>
          </label>
          {decisionTakesExemptions(decision) ? (
            <>
              {' '}
              <ExemptionField catalogue={catalogue.id} value={codes} onChange={setCodes} label={`Exemptions (${catalogue.name})`} testId="code-all-exemptions" />
            </>
          ) : null}
          <button type="button" disabled={busy || missingExemption} onClick={() => void batchCoding.actions.confirm(decision, exemptions, '')} data-testid="code-all-confirm-button">
            Confirm
          </button>
          <button type="button" className="secondary" onClick={() => batchCoding.actions.cancel()}>
            Cancel
          </button>
        </div>
      )}
      {message ? (
        <span className="muted small" data-testid="code-all-message">
          {' '}
          {message}
        </span>
      ) : null}
      <ErrorText message={error} testId="code-all-error" />
    </div>
  );
}
