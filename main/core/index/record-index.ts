/**
 * The one interface to the search index. SQLite/FTS5 is the embedded default; a distributed
 * engine can implement the same interface for collections that outgrow one machine. Nothing
 * outside `main/core/index/` issues queries against the index.
 *
 * The index is derived from the sources: it can be deleted and rebuilt without losing any
 * decision, because codings in `case.json` refer to records by their stable ids.
 */
import type { IngestError } from '../../../shared/model/case.js';
import type { Participant, RecordDetail, RecordKind, RecordLocation } from '../../../shared/model/record.js';
import type { SearchResult } from '../../../shared/model/search.js';

/** A record as the ingest pipeline hands it to the index. */
export type IndexedRecord = {
  id: string;
  kind: RecordKind;
  title: string;
  subject: string;
  from: Participant | null;
  to: Participant[];
  cc: Participant[];
  bcc: Participant[];
  dateIso: string | null;
  dateRaw: string;
  messageId: string;
  inReplyTo: string;
  references: string[];
  body: string;
  sizeBytes: number;
  fileSha256: string;
  contentSha256: string;
  custodian: string;
  location: RecordLocation;
};

export type IndexSearchQuery = {
  /** An FTS5 MATCH expression built by the shared query parser, or null to browse everything. */
  match: string | null;
  queryText: string;
  kinds: RecordKind[] | null;
  page: number;
  pageSize: number;
};

export type WriteBatchResult = {
  added: number;
  /** Records already present (same id): a new location was noted, nothing else changed. */
  duplicates: number;
};

export type RecordIndex = {
  writeBatch(records: readonly IndexedRecord[], errors: readonly IngestError[]): Promise<WriteBatchResult>;
  search(query: IndexSearchQuery): Promise<SearchResult>;
  getRecords(ids: readonly string[]): Promise<RecordDetail[]>;
  count(): Promise<number>;
  countBySource(sourceId: string): Promise<number>;
  ingestErrors(sourceId: string | null): Promise<IngestError[]>;
  /** Removes a source's locations, and the records no other source holds. */
  deleteSource(sourceId: string): Promise<void>;
  close(): void;
};
