/**
 * The one-line notice under the add form when an ingest ends: what it added, that nothing
 * changed, or that it was cancelled and what was kept. The full counts are in the report.
 */
import { assertNever } from '../../shared/errors.js';
import { formatCount } from '../components/format.js';
import { recordKindCounts } from './ingest-report-view.js';
import type { Tone } from './ingest-report-view.js';
import type { IngestOutcome } from './sources-model.js';

const CONTINUE = 'Add the same path again, or choose Resume, to continue where it stopped.';

export function outcomeNotice(outcome: IngestOutcome): { tone: Tone; text: string } {
  switch (outcome.kind) {
    case 'completed': {
      const { report } = outcome;
      const kinds = recordKindCounts(report.countsByKind);
      const errors = report.errors.filter((error) => error.severity === 'error').length;
      const parts = [
        `Added ${formatCount(report.recordsAdded, 'record')} from ${report.source.custodian}`,
        kinds.length > 0 ? `(${kinds.join(', ')})` : '',
        report.duplicatesFound > 0 ? `· ${formatCount(report.duplicatesFound, 'duplicate')} recognised` : '',
        errors > 0 ? `· ${formatCount(errors, 'item')} could not be read (see the report below)` : '',
      ];
      return { tone: errors > 0 ? 'warn' : 'ok', text: parts.filter(Boolean).join(' ') };
    }
    case 'already-present':
      return { tone: 'info', text: `Nothing changed since the last ingest of ${outcome.report.source.path}.` };
    case 'cancelled': {
      const added = outcome.report?.recordsAdded ?? null;
      const kept = added === null ? 'What was indexed before cancelling is kept.' : `${formatCount(added, 'record')} indexed before cancelling ${added === 1 ? 'is' : 'are'} kept.`;
      return { tone: 'warn', text: `Ingest of ${outcome.path} was cancelled. ${kept} ${CONTINUE}` };
    }
    default:
      return assertNever(outcome, 'ingest outcome');
  }
}
