/**
 * The register written out for NARA: a 36 CFR 1230.14 unauthorized-disposition report of every
 * gap (or of the confirmed and reported ones), with the agency, who prepared it and the
 * corrective actions, as PDF in the case's reports/ folder.
 */
import { useState } from 'react';
import { CopyButton } from '../../components/copy-button.js';
import { TextField } from '../../components/text-field.js';
import { useStore } from '../../components/use-store.js';
import { useWorkbench } from '../../components/workbench-context.js';

export function GapReportPanel() {
  const { gaps } = useWorkbench();
  const { gaps: register, report, busy } = useStore(gaps.store);
  const [agency, setAgency] = useState('');
  const [preparedBy, setPreparedBy] = useState('');
  const [correctiveActions, setCorrectiveActions] = useState('');
  const [onlyConfirmed, setOnlyConfirmed] = useState(false);
  const chosen = onlyConfirmed ? register.filter((gap) => gap.status === 'confirmed' || gap.status === 'reported') : register;
  return (
    <section className="gap-report" aria-label="36 CFR 1230.14 report" data-testid="gap-report">
      <h2>Report to NARA (36 CFR 1230.14)</h2>
      <div className="field-row">
        <TextField label="Agency" value={agency} onChange={setAgency} testId="gap-report-agency" />
        <TextField label="Prepared by (name and title)" value={preparedBy} onChange={setPreparedBy} testId="gap-report-prepared-by" />
      </div>
      <div className="field">
        <label>
          Corrective actions
          <textarea rows={3} value={correctiveActions} onChange={(event) => setCorrectiveActions(event.target.value)} data-testid="gap-report-corrective" />
        </label>
      </div>
      <label className="checkbox-label">
        <input type="checkbox" checked={onlyConfirmed} onChange={() => setOnlyConfirmed(!onlyConfirmed)} /> Only confirmed and reported gaps
      </label>{' '}
      <button
        type="button"
        disabled={busy || chosen.length === 0}
        onClick={() => void gaps.actions.exportReport({ gapIds: chosen.map((gap) => gap.id), agency, preparedBy, correctiveActions })}
        data-testid="gap-report-export"
      >
        Write the report ({chosen.length} gap{chosen.length === 1 ? '' : 's'})
      </button>
      {report !== null ? (
        <p className="small" data-testid="gap-report-written">
          Written to <span className="path">{report.path}</span> <CopyButton value={report.path} label="Copy path" /> · SHA-256 {report.sha256.slice(0, 16)}…
        </p>
      ) : null}
    </section>
  );
}
