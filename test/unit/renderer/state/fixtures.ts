/** Small model values for renderer tests; ids follow the backend's `x_hex` shape. */
import type { IngestProgress } from '../../../../shared/ipc/contract.js';
import type { CaseSummary, IngestCounts, IngestError, IngestReport, IngestRun, SourceInfo } from '../../../../shared/model/case.js';
import { DEFAULT_INTAKE } from '../../../../shared/model/request.js';
import type { RequestInfo } from '../../../../shared/model/request.js';
import type { Coding } from '../../../../shared/model/review.js';
import type { RecordDetail, RecordLocation, RecordSummary } from '../../../../shared/model/record.js';
import type { SearchHit, SearchResult } from '../../../../shared/model/search.js';

export function caseSummary(overrides: Partial<CaseSummary> = {}): CaseSummary {
  return { path: '/cases/a', name: 'Case A', createdAt: '2025-01-01T00:00:00.000Z', recordCount: 3, sourceCount: 1, requests: [], ...overrides };
}

export function request(id: string, overrides: Partial<RequestInfo> = {}): RequestInfo {
  return {
    ...DEFAULT_INTAKE,
    id,
    title: `Request ${id}`,
    createdAt: '2025-01-01T00:00:00.000Z',
    responsiveCount: 0,
    notResponsiveCount: 0,
    progress: { total: 0, reviewed: 0, byDecision: {} },
    deadline: null,
    ...overrides,
  };
}

export function source(id: string, overrides: Partial<SourceInfo> = {}): SourceInfo {
  return {
    id,
    path: `/mail/${id}`,
    custodian: 'Pat Doe',
    channel: 'official-email',
    options: { timeZone: 'UTC', dateOrder: 'auto', chatMapping: null },
    ocrLang: 'eng',
    sha256: 'a'.repeat(64),
    addedAt: '2025-01-01T00:00:00.000Z',
    fileCount: 2,
    totalBytes: 2048,
    recordCount: 2,
    errorCount: 0,
    status: 'indexed',
    runs: [run('job_1')],
    ...overrides,
  };
}

export function counts(overrides: Partial<IngestCounts> = {}): IngestCounts {
  return {
    recordsByKind: { email: 2 },
    itemsRead: 2,
    duplicates: 0,
    notRecords: {},
    filesIndexed: 2,
    filesUnchanged: 0,
    filesResumed: 0,
    filesRemoved: 0,
    filesFailed: 0,
    ...overrides,
  };
}

export function run(jobId: string, overrides: Partial<IngestRun> = {}): IngestRun {
  return {
    jobId,
    startedAt: '2025-01-01T00:00:00.000Z',
    finishedAt: '2025-01-01T00:00:03.000Z',
    status: 'completed',
    durationMs: 3000,
    bytesRead: 2048,
    recordsAdded: 2,
    errorCount: 0,
    warningCount: 0,
    counts: counts(),
    ...overrides,
  };
}

export function ingestError(overrides: Partial<IngestError> = {}): IngestError {
  return { sourceId: 's_00000001', severity: 'error', path: 'bad.eml', locator: '', message: 'Not a message', ...overrides };
}

export function progress(jobId: string, overrides: Partial<IngestProgress> = {}): IngestProgress {
  return {
    jobId,
    sourcePath: '/mail',
    phase: 'indexing',
    filesDone: 1,
    filesTotal: 4,
    bytesDone: 1024,
    bytesTotal: 4096,
    recordsIndexed: 3,
    itemsRead: 3,
    errors: 0,
    currentFile: 'a.eml',
    elapsedMs: 2000,
    etaMs: 6000,
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
    run: run('job_1'),
    ...overrides,
  };
}

export function summary(id: string, overrides: Partial<RecordSummary> = {}): RecordSummary {
  return {
    id,
    kind: 'email',
    title: `Subject ${id}`,
    from: 'a@example.org',
    date: '2001-05-14T16:39:00-07:00',
    custodian: 'Pat Doe',
    custodians: ['Pat Doe'],
    familyId: id,
    parentId: null,
    childCount: 0,
    ocr: false,
    ...overrides,
  };
}

export function hit(id: string, overrides: Partial<SearchHit> = {}): SearchHit {
  return { ...summary(id), snippet: '', score: 1, familyHits: 1, ...overrides };
}

export function location(overrides: Partial<RecordLocation> = {}): RecordLocation {
  return { sourceId: 's_00000001', custodian: 'Pat Doe', path: 'inbox/1.', locator: '', folder: 'inbox', labels: [], itemSha256: 'd'.repeat(64), messageId: '<m@example.org>', ...overrides };
}

export function searchResult(hits: SearchHit[], overrides: Partial<SearchResult> = {}): SearchResult {
  return {
    query: '', total: hits.length, page: 0, pageSize: 25, order: 'relevance', groupFamilies: false, hideDuplicates: false,
    hits, countsByKind: { email: hits.length }, facets: null, explanation: '', ...overrides,
  };
}

export function record(id: string, overrides: Partial<RecordDetail & { codings: Coding[] }> = {}): RecordDetail & { codings: Coding[] } {
  return {
    ...summary(id),
    to: [],
    cc: [],
    bcc: [],
    fromParticipant: null,
    dateRaw: 'Mon, 14 May 2001 16:39:00 -0700',
    messageId: `<${id}@example.org>`,
    inReplyTo: '',
    references: [],
    body: 'Hello',
    html: '',
    filename: '',
    mimeType: '',
    partPath: '',
    sizeBytes: 100,
    fileSha256: 'b'.repeat(64),
    contentSha256: 'c'.repeat(64),
    threadId: null,
    threadParent: 'none',
    threadBasis: 'none',
    children: [],
    locations: [location()],
    chat: null,
    document: null,
    codings: [],
    ...overrides,
  };
}

export function coding(requestId: string, recordId: string, overrides: Partial<Coding> = {}): Coding {
  return {
    requestId,
    recordId,
    decision: 'release-in-full',
    exemptions: [],
    note: '',
    basis: { kind: 'direct' },
    updatedAt: '2025-01-02T00:00:00.000Z',
    updatedBy: 'officer',
    ...overrides,
  };
}
