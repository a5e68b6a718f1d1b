/**
 * The case's work product as it crosses the boundary: sources, requests, codings. These mirror
 * what `case.json` stores; the stored form may carry more (schema version, packets).
 */
import type { RecordKind } from './record.js';

export type CaseSummary = {
  path: string;
  name: string;
  createdAt: string;
  recordCount: number;
  sourceCount: number;
  requests: RequestInfo[];
};

export const SOURCE_CHANNELS = ['official-email', 'personal-email', 'documents', 'other'] as const;
export type SourceChannel = (typeof SOURCE_CHANNELS)[number];

export type SourceInfo = {
  id: string;
  /** Absolute path as the officer chose it. */
  path: string;
  custodian: string;
  channel: SourceChannel;
  /** SHA-256 over the sorted list of (relative path, file SHA-256) pairs. */
  sha256: string;
  addedAt: string;
  fileCount: number;
  totalBytes: number;
  recordCount: number;
  errorCount: number;
  status: 'indexed' | 'partial' | 'cancelled';
};

export type IngestError = {
  sourceId: string;
  /** 'error': the item was not indexed (or only partly); 'warning': indexed, with a caveat. */
  severity: 'error' | 'warning';
  path: string;
  locator: string;
  message: string;
};

export type IngestReport = {
  jobId: string;
  source: SourceInfo;
  /** True when a source with the same content hash was already in the case: nothing changed. */
  alreadyPresent: boolean;
  status: 'completed' | 'cancelled';
  recordsAdded: number;
  duplicatesFound: number;
  errors: IngestError[];
  countsByKind: Partial<Record<RecordKind, number>>;
};

export type RequestInfo = {
  id: string;
  title: string;
  requester: string;
  receivedOn: string | null;
  createdAt: string;
  responsiveCount: number;
  notResponsiveCount: number;
};

export const RESPONSIVENESS = ['responsive', 'not-responsive'] as const;
export type Responsiveness = (typeof RESPONSIVENESS)[number];

export type Coding = {
  requestId: string;
  recordId: string;
  responsiveness: Responsiveness;
  note: string;
  updatedAt: string;
  updatedBy: string;
};
