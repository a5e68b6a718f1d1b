/**
 * The one interface to the search index. SQLite/FTS5 is the embedded default; a distributed
 * engine can implement the same interface for collections that outgrow one machine. Nothing
 * outside `main/core/index/` issues queries against the index.
 *
 * The index is derived from the sources: it can be deleted and rebuilt without losing any
 * decision, because codings in `case.json` refer to records by their stable ids.
 */
import type { IngestError, SourceChannel } from '../../../shared/model/case.js';
import type { ChatFacts, ConversationDay, ConversationSummary } from '../../../shared/model/chat.js';
import type { DocumentFacts, Participant, RecordDetail, RecordKind, RecordLocation, ThreadBasis, ThreadParent } from '../../../shared/model/record.js';
import type { Decision } from '../../../shared/model/review.js';
import type { SearchOrder, SearchResult } from '../../../shared/model/search.js';
import type { QueryNode } from '../../../shared/query/query-ast.js';
import type { OcrStatus } from '../../../shared/model/ocr.js';
import type { OcrPageResult, OcrWord } from '../ocr/ocr-result.js';

/** A record as the ingest pipeline hands it to the index: ids assigned, one location attached. */
export type IndexedRecord = {
  id: string;
  kind: RecordKind;
  parentId: string | null;
  familyId: string;
  partPath: string;
  title: string;
  subject: string;
  /** The subject with reply/forward prefixes and list tags removed, lower case: threads group on it. */
  subjectKey: string;
  /** True when the subject starts with a reply prefix (Re:, AW:, SV: …). */
  replyBySubject: boolean;
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
  /** The HTML alternative, deflated (raw DEFLATE) by the worker; null when there was none. */
  htmlDeflated: Uint8Array | null;
  filename: string;
  mimeType: string;
  /** Names searchable with the record: its attachments' names, or the files inside a container. */
  names: string[];
  childCount: number;
  sizeBytes: number;
  fileSha256: string;
  contentSha256: string;
  location: RecordLocation;
  /**
   * For chat messages: the record's platform and event, and this copy's conversation, day and
   * position in its export (a conversation belongs to one export file).
   */
  chat: (ChatFacts & { sequence: number }) | null;
  document: DocumentFacts | null;
};

export type RecordRelatives = {
  duplicatesOf: Map<string, string[]>;
  descendantsOf: Map<string, string[]>;
};

/** Where the ingest of one file of a source stands; written in the same transaction as its records. */
export type SourceFileState = {
  sourceId: string;
  path: string;
  size: number;
  mtimeMs: number;
  /** SHA-256 of the whole file; '' until it has been read to the end. */
  sha256: string;
  /**
   * pending: not started or restarted; partial: stopped at `resume`; done: fully indexed;
   * failed: could not be read (tried again next time); unsupported: no reader for its type (its
   * error stands until the file changes).
   */
  state: 'pending' | 'partial' | 'done' | 'failed' | 'unsupported';
  /** Where to continue inside the file (an mbox byte offset, a PST item locator); '' for none. */
  resume: string;
};

export type WriteBatch = {
  records: readonly IndexedRecord[];
  errors: readonly IngestError[];
  files: readonly SourceFileState[];
};

export type WriteBatchResult = {
  /** Records new to the case. */
  added: number;
  /** Top-level records already in the case (same content): a location was added, nothing else changed. */
  duplicates: number;
};

/**
 * What the threading pass reads: every top-level email of the case, column by column (index i
 * is one email), because at half a million emails an object per email costs more than the work.
 */
export type ThreadingTable = {
  /** Each email's rowid, ascending. */
  rowids: Float64Array;
  ids: string[];
  /** Every Message-ID any copy of an email carries, to that email's index. */
  byMessageId: Map<string, number>;
  /** The Message-ID each email replies to (In-Reply-To, else the last of References); '' for none. */
  parentIds: string[];
  /** The oldest Message-ID in References; '' for none. */
  rootIds: string[];
  /** The subject key of emails without reply headers; '' for the others. */
  subjectKeys: string[];
  /** 1 when the subject starts with a reply prefix. */
  replyBySubject: Uint8Array;
  /** The placement stored now, to write back only what changes. */
  threadIds: Array<string | null>;
  threadParents: ThreadParent[];
  threadBases: ThreadBasis[];
};

/** What the subject fallback compares: who an email involves (one number per address) and when it was sent. */
export type SubjectFacts = { people: number[]; dateUtc: string | null };

export type ThreadAssignment = { rowid: number; threadId: string; threadParent: ThreadParent; threadBasis: ThreadBasis };

/** What the search language's case-level fields (channel:, decision:, exemption:) resolve against. */
export type SearchScope = {
  /** Each source's channel, from the case. */
  sourceChannels: Readonly<Record<string, SourceChannel>>;
  /** Record ids by decision, in the request searched for, else in any request. */
  decisions: Readonly<Partial<Record<Decision, readonly string[]>>>;
  /** Record ids by exemption code. */
  exemptions: Readonly<Record<string, readonly string[]>>;
};

/** One term's counts in a search-term report (shared/model/search.ts TermReportRow explains each). */
export type TermCounts = { hits: number; uniqueHits: number; hitsWithFamilies: number; uniqueHitsWithFamilies: number };

export type TermReportCounts = {
  terms: TermCounts[];
  total: { hits: number; hitsWithFamilies: number };
  /** Records within the report's `within` query (all records without one). */
  recordsSearched: number;
};

export type IndexSearchQuery = {
  /** The parsed query; null lists every record. */
  query: QueryNode | null;
  queryText: string;
  /** The query in words, returned with the result. */
  explanation: string;
  kinds: RecordKind[] | null;
  order: SearchOrder;
  groupFamilies: boolean;
  hideDuplicates: boolean;
  facets: boolean;
  page: number;
  pageSize: number;
  scope: SearchScope;
};

/**
 * One page OCR read, as kept: its text as OCR gave it (before merging into the body), its words
 * with their boxes, and the image's size. A redaction on a scanned page is burned in from these.
 */
export type OcrPageWords = {
  page: number;
  text: string;
  meanConfidence: number;
  words: OcrWord[];
  /** The resolution the page was drawn at for OCR, or null when its scale is not known (then no word has a `pointBox`). */
  dpi: number | null;
  widthPx: number;
  heightPx: number;
};

/**
 * A record that needs OCR, with the pages still waiting (null: an image, whose pages are counted
 * when opened) and the source of its first location (in the order `getRecords` lists them),
 * whose OCR language it is read in; null when it has no location.
 */
export type OcrWaitingRecord = { recordId: string; pages: number[] | null; sourceId: string | null };

/** See `RecordIndex.messageDays`. */
export type MessageDay = { id: string; kind: 'email' | 'chat-message'; parentId: string | null; day: string; platform: string; isEvent: boolean; sourceIds: string[] };

export type RecordIndex = {
  /** Writes records, their errors and their files' states in one transaction: all or nothing. */
  writeBatch(batch: WriteBatch): Promise<WriteBatchResult>;
  search(query: IndexSearchQuery): Promise<SearchResult>;
  /** Which of `ids` the index holds. */
  existingIds(ids: readonly string[]): Promise<string[]>;
  /** The ids of every record `query` matches (its page and facets ignored), for coding them all. */
  matchingIds(query: IndexSearchQuery): Promise<string[]>;
  /** For coding that follows: each record's exact duplicates (same content) and everything inside it. */
  relatives(ids: readonly string[]): Promise<RecordRelatives>;
  /** Per-term counts of a search-term report; `within` is ANDed with every term. */
  termReport(terms: readonly QueryNode[], within: QueryNode | null, scope: SearchScope): Promise<TermReportCounts>;
  getRecords(ids: readonly string[]): Promise<RecordDetail[]>;
  count(): Promise<number>;
  countBySource(sourceId: string): Promise<number>;
  ingestErrors(sourceId: string | null): Promise<IngestError[]>;
  ingestErrorCounts(sourceId: string): Promise<{ errors: number; warnings: number }>;
  sourceFiles(sourceId: string): Promise<SourceFileState[]>;
  /**
   * Forgets files of a source before they are indexed again or after they disappeared: their
   * locations, errors and states, and the records no other location holds. One transaction.
   */
  forgetFiles(sourceId: string, paths: readonly string[]): Promise<void>;
  /** Removes a source's locations, errors and file states, and the records no other source holds. */
  deleteSource(sourceId: string): Promise<void>;
  threadingTable(): Promise<ThreadingTable>;
  /** People and dates of the given emails (by rowid), for the subject fallback of threading. */
  subjectFacts(rowids: readonly number[]): Promise<Map<number, SubjectFacts>>;
  applyThreads(assignments: readonly ThreadAssignment[]): Promise<void>;
  /** The chat conversations of the case, or of one source. */
  conversations(sourceId: string | null): Promise<ConversationSummary[]>;
  /** One conversation's transcript on one day (null: its first day); null when the conversation is unknown. */
  conversationDay(conversationKey: string, day: string | null): Promise<ConversationDay | null>;
  /** Records with pages that have no text layer and no OCR outcome yet (scans, images). */
  ocrWaiting(): Promise<OcrWaitingRecord[]>;
  /**
   * Puts OCR's text of `pages` into the record in place of those pages' text (a PDF's other
   * pages keep theirs; an image's body becomes OCR's text), so search and snippets find it, and
   * keeps each page's words. `document.ocr` says which pages' text came from OCR. The record's
   * content hash does not change. One transaction.
   */
  applyOcr(recordId: string, pages: ReadonlyArray<{ page: number; result: OcrPageResult }>): Promise<void>;
  /** Notes a page OCR could not read; it counts as done until re-run by hand. */
  saveOcrError(recordId: string, page: number, message: string): Promise<void>;
  /** True when the page has an OCR outcome (read, or failed). */
  isOcrDone(recordId: string, page: number): Promise<boolean>;
  /** The pages of `recordId` OCR read, in page order, with their words; pages that failed are left out. [] for an unknown record. */
  ocrPages(recordId: string): Promise<OcrPageWords[]>;
  /**
   * Pages waiting, done and failed, and the pages read with a mean confidence below
   * `lowConfidenceBelow`. `waiting`: what `ocrWaiting` just gave, so it is not listed twice.
   */
  ocrStatus(lowConfidenceBelow: number, waiting?: readonly OcrWaitingRecord[]): Promise<OcrStatus>;
  /**
   * Every email and chat message with only what the gap timeline counts: its parent, its day (a
   * chat message's conversation-day, else its own date's), platform, whether it is a system
   * event, and the sources holding a copy. Far cheaper than reading the records whole.
   */
  messageDays(): Promise<MessageDay[]>;
  close(): void;
};
