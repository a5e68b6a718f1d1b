/**
 * Search-term report: terms one per line, an optional "within" query, Run, the table, and the
 * CSV or PDF export. Terms the search cannot read are listed under the box with their line and
 * the place marked, and the report waits until they are fixed.
 */
import { useId } from 'react';
import type { FormEvent } from 'react';
import { ErrorText } from '../../components/error-text.js';
import { TextField } from '../../components/text-field.js';
import { useStore } from '../../components/use-store.js';
import { useWorkbench } from '../../components/workbench-context.js';
import { selectedRequest } from '../../state/requests-model.js';
import { termLines } from '../../state/term-report-model.js';
import { MarkedSpan } from './marked-span.js';
import { TermReportTable } from './term-report-table.js';
import { WrittenReportView } from './written-report-view.js';

export function TermReportPanel() {
  const { termReport, requests } = useWorkbench();
  const state = useStore(termReport.store);
  const request = selectedRequest(useStore(requests.store));
  const termsId = useId();
  const problemsId = `${termsId}-problems`;
  const busy = state.running || state.exporting !== null;
  const termCount = termLines(state.termsText).length;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void termReport.actions.run();
  };

  return (
    <section className="card term-report-panel" aria-labelledby="term-report-title" data-testid="term-report-panel">
      <h2 id="term-report-title">Search-term report</h2>
      <p className="muted">
        How many records each term reaches, alone and with families, to agree search terms with the requester.
        {request ? ` decision: terms read “${request.title}”.` : ''}
      </p>
      <form onSubmit={submit} data-testid="term-report-form" data-state={busy ? 'busy' : 'idle'}>
        <div className="field">
          <label htmlFor={termsId}>Terms, one per line</label>
          <textarea
            id={termsId}
            className="terms-input"
            rows={6}
            value={state.termsText}
            onChange={(event) => termReport.actions.setTerms(event.target.value)}
            spellCheck={false}
            placeholder={'gas\nprice\n"rate case" AND from:bailey'}
            aria-invalid={state.termProblems.length > 0}
            aria-describedby={state.termProblems.length > 0 ? problemsId : undefined}
            data-testid="terms-input"
          />
          <span className="hint">
            {termCount === 1 ? '1 term' : `${termCount} terms`} · each term is a query of the search language (words, "phrases", OR, NOT, fields)
          </span>
        </div>
        {state.termProblems.length > 0 ? (
          <ul className="term-problems" id={problemsId} role="alert" data-testid="term-problems">
            {state.termProblems.map((problem) => (
              <li key={problem.line} data-testid="term-problem" data-line={problem.line}>
                <span className="term-problem-line">Line {problem.line}:</span> <MarkedSpan text={problem.term} span={problem.span} /> —{' '}
                {problem.message}
              </li>
            ))}
          </ul>
        ) : null}
        <TextField
          label="Within (optional)"
          value={state.within}
          onChange={termReport.actions.setWithin}
          hint="A query every term is combined with: a date range, custodians… Leave empty for the whole case."
          placeholder="date:2001 custodian:bailey"
          spellCheck={false}
          testId="within-input"
        />
        {state.withinProblem ? (
          <p className="error-text" role="alert" data-testid="within-problem">
            <MarkedSpan text={state.within.trim()} span={state.withinProblem.span} /> — {state.withinProblem.message}
          </p>
        ) : null}
        <div className="actions">
          <button type="submit" disabled={busy} data-testid="run-term-report-button">
            {state.running ? 'Counting…' : 'Run report'}
          </button>
          <button
            type="button"
            className="secondary"
            disabled={busy || termCount === 0}
            onClick={() => void termReport.actions.exportReport('csv')}
            data-testid="export-csv-button"
          >
            {state.exporting === 'csv' ? 'Writing CSV…' : 'Export CSV'}
          </button>
          <button
            type="button"
            className="secondary"
            disabled={busy || termCount === 0}
            onClick={() => void termReport.actions.exportReport('pdf')}
            data-testid="export-pdf-button"
          >
            {state.exporting === 'pdf' ? 'Writing PDF…' : 'Export PDF'}
          </button>
        </div>
        <ErrorText message={state.error} testId="term-report-error" />
        <ErrorText message={state.exportError} testId="export-error" />
      </form>
      {state.written ? <WrittenReportView written={state.written} /> : null}
      {state.report ? <TermReportTable report={state.report} /> : null}
    </section>
  );
}
