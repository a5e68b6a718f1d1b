/** How the last ingest ended, announced politely: what it added, that nothing changed, or what a cancel kept. */
import { outcomeNotice } from '../../state/ingest-outcome-view.js';
import { useStore } from '../../components/use-store.js';
import { useWorkbench } from '../../components/workbench-context.js';

export function IngestOutcomeNotice() {
  const { sources } = useWorkbench();
  const { lastOutcome } = useStore(sources.store);
  const notice = lastOutcome ? outcomeNotice(lastOutcome) : null;
  // The run's id lets tests wait for this run's report, which loads after the notice shows.
  const jobId = lastOutcome?.report?.run.jobId;
  return (
    <div aria-live="polite">
      {lastOutcome && notice ? (
        <p className={`notice ${notice.tone}`} data-testid="ingest-outcome" data-outcome={lastOutcome.kind} data-job-id={jobId}>
          {notice.text}
        </p>
      ) : null}
    </div>
  );
}
