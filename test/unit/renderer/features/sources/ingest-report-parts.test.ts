/**
 * The report's presentational parts rendered to static HTML: they take everything as props, so
 * this checks what the officer reads without a browser. (Text only: the markup may change.)
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { IngestErrorList } from '../../../../../renderer/features/sources/ingest-error-list.js';
import { IngestRunHistory } from '../../../../../renderer/features/sources/ingest-run-history.js';
import { IngestRunSummary } from '../../../../../renderer/features/sources/ingest-run-summary.js';
import { counts, ingestError, run } from '../../state/fixtures.js';

/** Rendered text with tags removed and whitespace collapsed. */
function textOf(html: string): string {
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

describe('ingest report parts', () => {
  it('a run summary shows every count the run made', () => {
    const summary = run('job_1', {
      durationMs: 42_000,
      bytesRead: 3 * 1024 * 1024,
      recordsAdded: 14,
      errorCount: 1,
      warningCount: 2,
      counts: counts({ recordsByKind: { email: 12, attachment: 3 }, itemsRead: 13, duplicates: 1, notRecords: { contact: 1, calendar: 1 }, filesIndexed: 2, filesFailed: 1 }),
    });
    const text = textOf(renderToStaticMarkup(createElement(IngestRunSummary, { run: summary, alreadyPresent: false })));
    expect(text).toContain('Completed in 42 s');
    expect(text).toContain('3.0 MB · 13 items');
    expect(text).toContain('14 records added · 12 emails, 3 attachments written or found again');
    expect(text).toContain('1 copy of records already in the case');
    expect(text).toContain('1 Outlook contact, 1 calendar item not indexed as records');
    expect(text).toContain('2 indexed 0 unchanged 0 resumed 0 removed 1 failed');
    expect(text).toContain('1 error, 2 warnings');
  });

  it('the no-op run says nothing changed', () => {
    const text = textOf(renderToStaticMarkup(createElement(IngestRunSummary, { run: run('job_1', { recordsAdded: 0 }), alreadyPresent: true })));
    expect(text).toContain('Nothing changed since the last ingest');
    expect(text).toContain('Status Nothing changed');
  });

  it('the problem list shows severity, file and place inside it, filtered by severity', () => {
    const errors = [ingestError({ path: 'mail/pat.pst', locator: 'Inbox/Sub#2097188', message: 'Unreadable item' }), ingestError({ severity: 'warning', path: 'b.eml', message: 'Odd charset' })];
    const all = textOf(renderToStaticMarkup(createElement(IngestErrorList, { errors, severity: 'all', onSeverityChange: () => undefined, loading: false })));
    expect(all).toContain('Error mail/pat.pst Inbox/Sub#2097188 Unreadable item');
    expect(all).toContain('Warning b.eml whole file Odd charset');
    const onlyWarnings = textOf(renderToStaticMarkup(createElement(IngestErrorList, { errors, severity: 'warning', onSeverityChange: () => undefined, loading: false })));
    expect(onlyWarnings).not.toContain('Unreadable item');
    expect(onlyWarnings).toContain('Odd charset');
    const none = textOf(renderToStaticMarkup(createElement(IngestErrorList, { errors: [], severity: 'all', onSeverityChange: () => undefined, loading: false })));
    expect(none).toContain('No problems recorded for this source.');
  });

  it('the run history lists runs newest first and marks the one shown', () => {
    const html = renderToStaticMarkup(
      createElement(IngestRunHistory, { runs: [run('job_1', { status: 'cancelled' }), run('job_2')], shownJobId: 'job_2', onShow: () => undefined }),
    );
    expect(html.indexOf('data-job-id="job_2"')).toBeLessThan(html.indexOf('data-job-id="job_1"'));
    expect(html).toMatch(/data-job-id="job_2" aria-current="true"/);
    expect(textOf(html)).toContain('Cancelled');
  });
});
