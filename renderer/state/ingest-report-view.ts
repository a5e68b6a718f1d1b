/**
 * The ingest report in words: what a run read, wrote, recognised as a copy, left out as "not a
 * record", and how it ended. The officer may have to tell a requester exactly what was searched,
 * so nothing a run counted is dropped here; zero counts are shown where their absence would be
 * a question ("0 failed").
 */
import { assertNever } from '../../shared/errors.js';
import type { IngestCounts, IngestError, IngestRun } from '../../shared/model/case.js';
import { RECORD_KINDS } from '../../shared/model/record.js';
import { formatCount, formatDuration, formatKindCount } from '../components/format.js';

export type Tone = 'ok' | 'info' | 'warn';

export type SeverityFilter = 'all' | IngestError['severity'];
export const SEVERITY_FILTERS: readonly SeverityFilter[] = ['all', 'error', 'warning'];

/**
 * Words for the kinds of non-record the adapters report (Outlook item classes, mail-client
 * files). Keys are normalised (lower case, dashes); an unknown kind is shown as the backend
 * named it, so a new adapter never needs a renderer change to be reported.
 */
const NOT_RECORD_WORDS: Readonly<Record<string, readonly [string, string]>> = {
  contact: ['Outlook contact', 'Outlook contacts'],
  'distribution-list': ['contact group', 'contact groups'],
  calendar: ['calendar item', 'calendar items'],
  appointment: ['calendar item', 'calendar items'],
  meeting: ['calendar item', 'calendar items'],
  task: ['task', 'tasks'],
  note: ['note', 'notes'],
  'sticky-note': ['note', 'notes'],
  journal: ['journal entry', 'journal entries'],
  'thunderbird-folder-summary-(.msf)': ['Thunderbird folder summary (.msf)', 'Thunderbird folder summaries (.msf)'],
  'dovecot-index-file': ['Dovecot index file', 'Dovecot index files'],
  'maildir-server-file': ['Maildir server file', 'Maildir server files'],
  'operating-system-folder-metadata': ['operating-system metadata file', 'operating-system metadata files'],
  'mail-client-file': ['mail client file', 'mail client files'],
};

/** "2 Outlook contacts", "1 calendar item"; an unknown kind as "3 × <what>". */
export function notRecordCount(what: string, count: number): string {
  const words = NOT_RECORD_WORDS[what.trim().toLowerCase().replace(/[\s_]+/g, '-')];
  if (words) {
    return formatCount(count, words[0], words[1]);
  }
  return count === 1 ? `1 ${what}` : `${count.toLocaleString('en-US')} × ${what}`;
}

/** "1 Outlook contact, 1 calendar item not indexed as records", or null when there were none. */
export function notRecordsSentence(notRecords: Readonly<Record<string, number>>): string | null {
  const entries = Object.entries(notRecords).filter(([, count]) => count > 0);
  if (entries.length === 0) {
    return null;
  }
  // Most frequent first; ties keep the order the backend met them in (the sort is stable).
  entries.sort(([, countA], [, countB]) => countB - countA);
  const total = entries.reduce((sum, [, count]) => sum + count, 0);
  return `${entries.map(([what, count]) => notRecordCount(what, count)).join(', ')} not indexed as ${total === 1 ? 'a record' : 'records'}`;
}

/** ["12 emails", "3 attachments"] in the model's kind order; empty when the run wrote none. */
export function recordKindCounts(byKind: IngestCounts['recordsByKind']): string[] {
  return RECORD_KINDS.flatMap((kind) => {
    const count = byKind[kind] ?? 0;
    return count > 0 ? [formatKindCount(kind, count)] : [];
  });
}

/** What happened to the source's files, every outcome listed. */
export function fileCounts(counts: IngestCounts): Array<{ label: string; count: number }> {
  return [
    { label: 'indexed', count: counts.filesIndexed },
    { label: 'unchanged', count: counts.filesUnchanged },
    { label: 'resumed', count: counts.filesResumed },
    { label: 'removed', count: counts.filesRemoved },
    { label: 'failed', count: counts.filesFailed },
  ];
}

export function runStatusLabel(status: IngestRun['status']): string {
  switch (status) {
    case 'completed':
      return 'Completed';
    case 'cancelled':
      return 'Cancelled';
    case 'failed':
      return 'Failed';
    default:
      return assertNever(status, 'run status');
  }
}

/**
 * The one sentence at the top of a report. `alreadyPresent` comes from the report of the call
 * that made the run: a stored run cannot tell "nothing changed" from "found nothing new".
 */
export function runHeadline(run: IngestRun, alreadyPresent: boolean): { tone: Tone; text: string } {
  if (alreadyPresent) {
    return { tone: 'info', text: 'Nothing changed since the last ingest: every file is as it was, so nothing was read again.' };
  }
  const took = formatDuration(run.durationMs);
  switch (run.status) {
    case 'cancelled':
      return {
        tone: 'warn',
        text:
          `Cancelled after ${took}. What was indexed is kept (${formatCount(run.recordsAdded, 'record')} from ` +
          `${formatCount(run.counts.filesIndexed, 'file')}). Add the same path again, or choose Resume, to continue where it stopped.`,
      };
    case 'failed':
      return { tone: 'warn', text: `Stopped by an error after ${took}. What was indexed is kept; add the same path again to retry.` };
    case 'completed': {
      const added = `${formatCount(run.recordsAdded, 'record')} added`;
      if (run.errorCount > 0) {
        return { tone: 'warn', text: `Completed in ${took}: ${added}; ${formatCount(run.errorCount, 'item')} could not be indexed (listed below).` };
      }
      return { tone: 'ok', text: `Completed in ${took}: ${added}.` };
    }
    default:
      return assertNever(run.status, 'run status');
  }
}

export function filterBySeverity(errors: readonly IngestError[], filter: SeverityFilter): IngestError[] {
  return filter === 'all' ? [...errors] : errors.filter((error) => error.severity === filter);
}

export function severityCounts(errors: readonly IngestError[]): Record<IngestError['severity'], number> {
  let error = 0;
  for (const item of errors) {
    if (item.severity === 'error') {
      error += 1;
    }
  }
  return { error, warning: errors.length - error };
}
