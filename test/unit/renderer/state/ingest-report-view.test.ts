import { describe, expect, it } from 'vitest';
import {
  fileCounts,
  filterBySeverity,
  notRecordCount,
  notRecordsSentence,
  recordKindCounts,
  runHeadline,
  runStatusLabel,
  severityCounts,
} from '../../../../renderer/state/ingest-report-view.js';
import { counts, ingestError, run } from './fixtures.js';

describe('ingest report view', () => {
  it('lists records by kind in the model’s order, leaving out kinds the run did not see', () => {
    expect(recordKindCounts({ attachment: 3, email: 12, document: 0 })).toEqual(['12 emails', '3 attachments']);
    expect(recordKindCounts({})).toEqual([]);
  });

  it('says what was counted but not indexed, in words', () => {
    expect(notRecordsSentence({ contact: 1, calendar: 1 })).toBe('1 Outlook contact, 1 calendar item not indexed as records');
    expect(notRecordsSentence({ 'Thunderbird folder summary (.msf)': 3, task: 1 })).toBe('3 Thunderbird folder summaries (.msf), 1 task not indexed as records');
    expect(notRecordsSentence({ contact: 1 })).toBe('1 Outlook contact not indexed as a record');
    expect(notRecordsSentence({})).toBeNull();
    expect(notRecordsSentence({ contact: 0 })).toBeNull();
  });

  it('names unknown kinds as the backend did, so a new adapter is reported without a renderer change', () => {
    expect(notRecordCount('Lotus Notes view', 1)).toBe('1 Lotus Notes view');
    expect(notRecordCount('Lotus Notes view', 4)).toBe('4 × Lotus Notes view');
    expect(notRecordCount('Distribution_List', 2)).toBe('2 contact groups');
  });

  it('lists every file outcome, zeros included', () => {
    expect(fileCounts(counts({ filesIndexed: 4, filesUnchanged: 10, filesFailed: 1 }))).toEqual([
      { label: 'indexed', count: 4 },
      { label: 'unchanged', count: 10 },
      { label: 'resumed', count: 0 },
      { label: 'removed', count: 0 },
      { label: 'failed', count: 1 },
    ]);
  });

  it('heads the report with how the run ended', () => {
    expect(runStatusLabel('failed')).toBe('Failed');
    expect(runHeadline(run('job_1'), true)).toEqual({ tone: 'info', text: expect.stringMatching(/^Nothing changed since the last ingest/) });
    expect(runHeadline(run('job_1', { durationMs: 42_000, recordsAdded: 7 }), false)).toEqual({ tone: 'ok', text: 'Completed in 42 s: 7 records added.' });
    expect(runHeadline(run('job_1', { errorCount: 2 }), false)).toMatchObject({ tone: 'warn', text: expect.stringMatching(/2 items could not be indexed/) });
    const cancelled = runHeadline(run('job_1', { status: 'cancelled', recordsAdded: 120, counts: counts({ filesIndexed: 4 }) }), false);
    expect(cancelled.tone).toBe('warn');
    expect(cancelled.text).toMatch(/kept \(120 records from 4 files\)/);
    expect(cancelled.text).toMatch(/Add the same path again/);
    expect(runHeadline(run('job_1', { status: 'failed' }), false).text).toMatch(/What was indexed is kept/);
  });

  it('filters problems by severity and counts them', () => {
    const errors = [ingestError(), ingestError({ severity: 'warning', path: 'b.eml' }), ingestError({ path: 'c.pst', locator: 'Inbox#2097188' })];
    expect(filterBySeverity(errors, 'all')).toHaveLength(3);
    expect(filterBySeverity(errors, 'error').map((error) => error.path)).toEqual(['bad.eml', 'c.pst']);
    expect(filterBySeverity(errors, 'warning').map((error) => error.path)).toEqual(['b.eml']);
    expect(severityCounts(errors)).toEqual({ error: 2, warning: 1 });
  });
});
