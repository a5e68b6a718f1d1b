/**
 * A source's status in the officer's words, and what can be done about it. Sources are known by
 * their path: adding the same path again continues an interrupted or cancelled ingest, so
 * "Resume" is exactly that, offered only where it means something.
 */
import { assertNever } from '../../shared/errors.js';
import type { IngestRun, SourceInfo, SourceStatus } from '../../shared/model/case.js';

export function sourceStatusLabel(status: SourceStatus): string {
  switch (status) {
    case 'ingesting':
      return 'Ingesting';
    case 'indexed':
      return 'Indexed';
    case 'partial':
      return 'Partly indexed';
    case 'interrupted':
      return 'Interrupted';
    case 'cancelled':
      return 'Cancelled';
    default:
      return assertNever(status, 'source status');
  }
}

/** One sentence on what the status means for the officer (shown as the badge's title). */
export function sourceStatusHint(status: SourceStatus): string {
  switch (status) {
    case 'ingesting':
      return 'An ingest of this source is running.';
    case 'indexed':
      return 'Every file that could be read is indexed.';
    case 'partial':
      return 'Some files or items could not be read; the report lists them.';
    case 'interrupted':
      return 'The app stopped during the ingest. What was indexed is kept; Resume continues where it stopped.';
    case 'cancelled':
      return 'The ingest was cancelled. What was indexed is kept; Resume continues where it stopped.';
    default:
      return assertNever(status, 'source status');
  }
}

/** Badge tone: calm for done, amber for anything the officer should look at. */
export function sourceStatusTone(status: SourceStatus): 'ok' | 'info' | 'warn' {
  switch (status) {
    case 'indexed':
      return 'ok';
    case 'ingesting':
      return 'info';
    case 'partial':
    case 'interrupted':
    case 'cancelled':
      return 'warn';
    default:
      return assertNever(status, 'source status');
  }
}

/** True when adding the path again would continue an unfinished ingest. */
export function isResumable(source: Pick<SourceInfo, 'status'>): boolean {
  return source.status === 'interrupted' || source.status === 'cancelled';
}

/** The most recent run (runs are kept oldest first), or null when none was recorded. */
export function lastRun(source: Pick<SourceInfo, 'runs'>): IngestRun | null {
  return source.runs.at(-1) ?? null;
}
