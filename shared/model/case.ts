/**
 * The case's work product as it crosses the boundary: sources, requests, codings. These mirror
 * what `case.json` stores; the stored form may carry more (schema version, packets).
 */
import type { OcrLanguageChoice } from './ocr.js';
import type { RecordKind } from './record.js';
import type { RequestInfo } from './request.js';

export type CaseSummary = {
  path: string;
  name: string;
  createdAt: string;
  recordCount: number;
  sourceCount: number;
  requests: RequestInfo[];
};

/**
 * How the records reached the custodian. Official versus personal matters in law (44 U.S.C. 2911:
 * official business in a personal account), so chats are split the same way as email.
 */
export const SOURCE_CHANNELS = [
  'official-email',
  'personal-email',
  'official-chat',
  'personal-chat',
  'text-messages',
  'social-media',
  'documents',
  'other',
] as const;
export type SourceChannel = (typeof SOURCE_CHANNELS)[number];

/** How an officer reads a WhatsApp export whose dates do not decide the order themselves. */
export const DATE_ORDERS = ['auto', 'dmy', 'mdy'] as const;
export type DateOrderChoice = (typeof DATE_ORDERS)[number];

/** What the officer told the readers about a source; changing it re-reads the source. */
export type SourceReadOptions = {
  /**
   * IANA zone (e.g. 'America/New_York'). Chat exports that write wall-clock times without a zone
   * (WhatsApp) are read in it, and exports that carry instants (Slack, SMS) are shown in it.
   */
  timeZone: string;
  dateOrder: DateOrderChoice;
  /** A column mapping (JSON, see the README) for chat exports no built-in reader knows; null for none. */
  chatMapping: string | null;
};

/** Options for sources that hold no chats, and for tests: UTC, order from the data, no mapping. */
export const NEUTRAL_READ_OPTIONS: SourceReadOptions = { timeZone: 'UTC', dateOrder: 'auto', chatMapping: null };

/** Where a source stands. 'interrupted': the app stopped mid-ingest; adding the path again resumes. */
export const SOURCE_STATUSES = ['ingesting', 'indexed', 'partial', 'interrupted', 'cancelled'] as const;
export type SourceStatus = (typeof SOURCE_STATUSES)[number];

export type SourceInfo = {
  id: string;
  /** Absolute path as the officer chose it: a folder, or one mailbox file. */
  path: string;
  custodian: string;
  channel: SourceChannel;
  options: SourceReadOptions;
  /**
   * The language its scanned pages and images are read in by OCR ('eng' unless the officer
   * chose another). A change applies to pages not read yet; pages read keep their text.
   */
  ocrLang: OcrLanguageChoice;
  /** SHA-256 over the sorted list of (relative path, file SHA-256) pairs, as of the last run. */
  sha256: string;
  addedAt: string;
  fileCount: number;
  totalBytes: number;
  recordCount: number;
  errorCount: number;
  status: SourceStatus;
  /** Every ingest run of this source, oldest first: what each one found and did. */
  runs: IngestRun[];
};

export type IngestError = {
  sourceId: string;
  /** 'error': the item was not indexed (or only partly); 'warning': indexed, with a caveat. */
  severity: 'error' | 'warning';
  path: string;
  locator: string;
  message: string;
};

/** What one ingest run counted. Nothing found in a source goes uncounted. */
export type IngestCounts = {
  /** Records by kind that this run wrote or found again. */
  recordsByKind: Partial<Record<RecordKind, number>>;
  /** Top-level messages and documents read (every copy, before deduplication). */
  itemsRead: number;
  /** Copies that were already in the case (same content), noted as extra locations. */
  duplicates: number;
  /** Items that are not records, by kind: Outlook contacts, calendar items, tasks, index files… */
  notRecords: Record<string, number>;
  /** Files by what happened to them. */
  filesIndexed: number;
  filesUnchanged: number;
  filesResumed: number;
  filesRemoved: number;
  filesFailed: number;
};

export type IngestRun = {
  jobId: string;
  startedAt: string;
  finishedAt: string;
  status: 'completed' | 'cancelled' | 'failed';
  durationMs: number;
  bytesRead: number;
  recordsAdded: number;
  errorCount: number;
  warningCount: number;
  counts: IngestCounts;
};

export type IngestReport = {
  jobId: string;
  source: SourceInfo;
  /** True when the source was already in the case and nothing in it changed: nothing was done. */
  alreadyPresent: boolean;
  status: 'completed' | 'cancelled';
  recordsAdded: number;
  duplicatesFound: number;
  errors: IngestError[];
  countsByKind: Partial<Record<RecordKind, number>>;
  run: IngestRun;
};
