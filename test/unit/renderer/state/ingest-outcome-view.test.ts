import { describe, expect, it } from 'vitest';
import { outcomeNotice } from '../../../../renderer/state/ingest-outcome-view.js';
import { ingestError, report, run, source } from './fixtures.js';

describe('ingest outcome notice', () => {
  it('says what a completed ingest added, with duplicates and unreadable items', () => {
    const done = report({ recordsAdded: 5, countsByKind: { email: 4, attachment: 1 }, duplicatesFound: 2, errors: [ingestError(), ingestError({ severity: 'warning' })] });
    expect(outcomeNotice({ kind: 'completed', report: done })).toEqual({
      tone: 'warn',
      text: 'Added 5 records from Pat Doe (4 emails, 1 attachment) · 2 duplicates recognised · 1 item could not be read (see the report below)',
    });
    expect(outcomeNotice({ kind: 'completed', report: report() }).tone).toBe('ok');
  });

  it('says nothing changed for a path already ingested as it is', () => {
    const same = report({ alreadyPresent: true, source: source('s_00000001', { path: '/mail/pat.mbox' }) });
    expect(outcomeNotice({ kind: 'already-present', report: same })).toEqual({ tone: 'info', text: 'Nothing changed since the last ingest of /mail/pat.mbox.' });
  });

  it('says what a cancel kept and how to continue', () => {
    const cancelled = report({ status: 'cancelled', recordsAdded: 1, run: run('job_1', { status: 'cancelled' }) });
    expect(outcomeNotice({ kind: 'cancelled', path: '/mail', report: cancelled }).text).toBe(
      'Ingest of /mail was cancelled. 1 record indexed before cancelling is kept. Add the same path again, or choose Resume, to continue where it stopped.',
    );
    expect(outcomeNotice({ kind: 'cancelled', path: '/mail', report: null }).text).toMatch(/What was indexed before cancelling is kept/);
  });
});
