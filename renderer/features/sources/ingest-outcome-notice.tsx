/** How the last ingest ended: what it added, that nothing changed, or that it was cancelled. */
import { assertNever } from '../../../shared/errors.js';
import type { IngestOutcome } from '../../state/sources-model.js';
import { formatCount, kindLabel } from '../../components/format.js';
import { RECORD_KINDS } from '../../../shared/model/record.js';
import { useStore } from '../../components/use-store.js';
import { useWorkbench } from '../../components/workbench-context.js';

function describe(outcome: IngestOutcome): { tone: 'ok' | 'info' | 'warn'; text: string } {
  switch (outcome.kind) {
    case 'completed': {
      const { report } = outcome;
      const kinds = RECORD_KINDS.flatMap((kind) => {
        const count = report.countsByKind[kind] ?? 0;
        return count > 0 ? [`${count.toLocaleString('en-US')} ${kindLabel(kind).toLowerCase()}`] : [];
      });
      const errors = report.errors.filter((error) => error.severity === 'error').length;
      const parts = [
        `Added ${formatCount(report.recordsAdded, 'record')} from ${report.source.custodian}`,
        kinds.length > 0 ? `(${kinds.join(', ')})` : '',
        report.duplicatesFound > 0 ? `· ${formatCount(report.duplicatesFound, 'duplicate')} recognised` : '',
        errors > 0 ? `· ${formatCount(errors, 'file')} could not be read (see below)` : '',
      ];
      return { tone: errors > 0 ? 'warn' : 'ok', text: parts.filter(Boolean).join(' ') };
    }
    case 'already-present':
      return { tone: 'info', text: `This folder is already in the case (same files as ${outcome.report.source.path}); nothing changed.` };
    case 'cancelled':
      return { tone: 'warn', text: `Ingest of ${outcome.path} was cancelled; the source was not added.` };
    default:
      return assertNever(outcome, 'ingest outcome');
  }
}

export function IngestOutcomeNotice() {
  const { sources } = useWorkbench();
  const { lastOutcome } = useStore(sources.store);
  return (
    <div aria-live="polite">
      {lastOutcome ? (
        <p className={`notice ${describe(lastOutcome).tone}`} data-testid="ingest-outcome" data-outcome={lastOutcome.kind}>
          {describe(lastOutcome).text}
        </p>
      ) : null}
    </div>
  );
}
