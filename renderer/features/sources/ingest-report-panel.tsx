/**
 * The ingest report of one source: the run shown (the one just made, or the latest, or one picked
 * from the history), the history itself, and the source's problems. It opens after every ingest
 * and from the source table; when opened from the table, focus moves to its heading so keyboard
 * and screen-reader users land on what they asked for.
 */
import { useEffect, useId, useRef } from 'react';
import { shownReport } from '../../state/ingest-report-model.js';
import { isResumable, sourceStatusLabel } from '../../state/source-status.js';
import { ErrorText } from '../../components/error-text.js';
import { channelLabel } from '../../components/format.js';
import { useStore } from '../../components/use-store.js';
import { useWorkbench } from '../../components/workbench-context.js';
import { IngestErrorList } from './ingest-error-list.js';
import { IngestRunHistory } from './ingest-run-history.js';
import { IngestRunSummary } from './ingest-run-summary.js';

/** `focusToken` changes each time the officer asks for a report; 0 never moves focus. */
export function IngestReportPanel({ focusToken }: { focusToken: number }) {
  const { sources, ingestReport } = useWorkbench();
  const state = useStore(ingestReport.store);
  const { sources: list, job } = useStore(sources.store);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const titleId = useId();
  const shown = shownReport(state, list);

  useEffect(() => {
    if (focusToken > 0) {
      headingRef.current?.focus();
    }
  }, [focusToken]);

  if (shown === null) {
    return null;
  }
  const { source, runs, run, alreadyPresent } = shown;

  return (
    <section className="card ingest-report" aria-labelledby={titleId} data-testid="ingest-report" data-source-id={source.id} data-state={state.loading ? 'loading' : 'ready'}>
      <div className="section-head">
        <h2 id={titleId} ref={headingRef} tabIndex={-1}>
          Ingest report: {source.custodian}
          <span className="muted small"> · {channelLabel(source.channel)}</span>
        </h2>
        <button type="button" className="secondary" onClick={() => ingestReport.actions.close()} data-testid="close-report-button">
          Close report
        </button>
      </div>
      <p className="path report-path">{source.path}</p>
      {run ? (
        <IngestRunSummary run={run} alreadyPresent={alreadyPresent} />
      ) : (
        <p className="notice warn" data-testid="ingest-report-headline">
          No finished run is recorded for this source ({sourceStatusLabel(source.status).toLowerCase()}).
          {isResumable(source) ? ' What was indexed is kept; add the same path again, or choose Resume, to continue.' : null}
        </p>
      )}
      {isResumable(source) ? (
        <div className="actions report-actions">
          <button
            type="button"
            onClick={() => void sources.actions.resume(source)}
            disabled={job !== null}
            title={job !== null ? 'Wait for the running ingest to finish' : undefined}
            data-testid="report-resume-button"
          >
            Resume this source
          </button>
        </div>
      ) : null}
      {runs.length > 1 ? <IngestRunHistory runs={runs} shownJobId={run?.jobId ?? null} onShow={(jobId) => ingestReport.actions.selectRun(jobId)} /> : null}
      <ErrorText message={state.error} testId="ingest-report-error" />
      <IngestErrorList errors={state.errors} severity={state.severity} onSeverityChange={(filter) => ingestReport.actions.setSeverity(filter)} loading={state.loading} />
    </section>
  );
}
