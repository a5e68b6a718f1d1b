/** Small model values for renderer tests; ids follow the backend's `x_hex` shape. */
import type { CaseSummary, Coding, IngestReport, RequestInfo, SourceInfo } from '../../../../shared/model/case.js';
import type { RecordDetail } from '../../../../shared/model/record.js';
import type { SearchHit, SearchResult } from '../../../../shared/model/search.js';

export function caseSummary(overrides: Partial<CaseSummary> = {}): CaseSummary {
  return { path: '/cases/a', name: 'Case A', createdAt: '2025-01-01T00:00:00.000Z', recordCount: 3, sourceCount: 1, requests: [], ...overrides };
}

export function request(id: string, overrides: Partial<RequestInfo> = {}): RequestInfo {
  return { id, title: `Request ${id}`, requester: '', receivedOn: null, createdAt: '2025-01-01T00:00:00.000Z', responsiveCount: 0, notResponsiveCount: 0, ...overrides };
}

export function source(id: string, overrides: Partial<SourceInfo> = {}): SourceInfo {
  return {
    id,
    path: `/mail/${id}`,
    custodian: 'Pat Doe',
    channel: 'official-email',
    sha256: 'a'.repeat(64),
    addedAt: '2025-01-01T00:00:00.000Z',
    fileCount: 2,
    totalBytes: 2048,
    recordCount: 2,
    errorCount: 0,
    status: 'indexed',
    ...overrides,
  };
}

export function report(overrides: Partial<IngestReport> = {}): IngestReport {
  return {
    jobId: 'job_1',
    source: source('s_00000001'),
    alreadyPresent: false,
    status: 'completed',
    recordsAdded: 2,
    duplicatesFound: 0,
    errors: [],
    countsByKind: { email: 2 },
    ...overrides,
  };
}

export function hit(id: string, overrides: Partial<SearchHit> = {}): SearchHit {
  return { id, kind: 'email', title: `Subject ${id}`, from: 'a@example.org', date: '2001-05-14T16:39:00-07:00', custodian: 'Pat Doe', snippet: '', score: 1, ...overrides };
}

export function searchResult(hits: SearchHit[], overrides: Partial<SearchResult> = {}): SearchResult {
  return { query: '', total: hits.length, page: 0, pageSize: 25, hits, countsByKind: { email: hits.length }, ...overrides };
}

export function record(id: string, overrides: Partial<RecordDetail & { codings: Coding[] }> = {}): RecordDetail & { codings: Coding[] } {
  return {
    ...hit(id),
    to: [],
    cc: [],
    bcc: [],
    fromParticipant: null,
    dateRaw: 'Mon, 14 May 2001 16:39:00 -0700',
    messageId: `<${id}@example.org>`,
    inReplyTo: '',
    body: 'Hello',
    sizeBytes: 100,
    fileSha256: 'b'.repeat(64),
    contentSha256: 'c'.repeat(64),
    locations: [{ sourceId: 's_00000001', path: 'inbox/1.', locator: '' }],
    codings: [],
    ...overrides,
  };
}

export function coding(requestId: string, recordId: string, overrides: Partial<Coding> = {}): Coding {
  return { requestId, recordId, responsiveness: 'responsive', note: '', updatedAt: '2025-01-02T00:00:00.000Z', updatedBy: 'officer', ...overrides };
}
