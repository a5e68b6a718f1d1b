/**
 * What an ingest adapter is: metadata to pick it (extensions, a sniff of the first bytes) and a
 * lazily loaded extractor that reads one file and yields what it holds. Adapters run inside the
 * ingest worker threads; they never touch storage, settings or global state.
 *
 * An extractor reads its file itself (streaming when the file can be large), reports the bytes it
 * has read, and returns the SHA-256 of the whole file at the end. Failure is per item: a broken
 * message becomes a `problem` and the next one is read.
 */
import type { ChatEvent, ChatPlatform } from '../../../shared/model/chat.js';
import type { SourceReadOptions } from '../../../shared/model/case.js';
import type { DocumentFacts, Participant, RecordKind } from '../../../shared/model/record.js';

/** Where a chat message sits in its export. */
export type ExtractedChat = {
  platform: ChatPlatform;
  /** The conversation inside this file: the export's id for it, else its name. */
  conversation: string;
  conversationTitle: string;
  /** The calendar day of the message in the export's zone ('2021-03-04'); '' when undated. */
  day: string;
  /** Position in the export (0, 1, 2…), so a transcript keeps the export's order. */
  sequence: number;
  event: ChatEvent | null;
};

/** One record as an adapter found it, before ids and locations are added. */
export type ExtractedRecord = {
  kind: RecordKind;
  /** Where in the file the record is: '' for a whole file, 'offset 1234', 'Inbox#2097188'. */
  locator: string;
  /** The MIME part path of an attachment or attached message in its parent; '' at the top. */
  partPath: string;
  /**
   * What makes two top-level records the same: equal identities are one record, reviewed once.
   * Children have '' (their id comes from the parent's and their part).
   */
  identity: string;
  /** SHA-256 of the normalised content that `identity` rests on (for display and audit). */
  contentSha256: string;
  /** SHA-256 of this item's own bytes (the message as stored, the attachment decoded). */
  itemSha256: string;
  sizeBytes: number;
  title: string;
  subject: string;
  subjectKey: string;
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
  htmlDeflated: Uint8Array | null;
  filename: string;
  mimeType: string;
  names: string[];
  /** The folder the container files the item under (PST folder path); null: take it from the path. */
  folder: string | null;
  labels: string[];
  /** Set for chat messages and chat events; null otherwise. */
  chat: ExtractedChat | null;
  /** Set for documents and attachments read as documents; null otherwise. */
  document: DocumentFacts | null;
  /**
   * An attachment's bytes, waiting for the document extractors, which run on every family in
   * the worker (`prepare-family.ts`) and clear this: bytes never cross to the main thread.
   */
  content: Uint8Array | null;
  children: ExtractedRecord[];
};

export type ExtractedItem =
  | { type: 'record'; record: ExtractedRecord }
  /** Something went wrong with one item; 'warning' when it was still indexed. */
  | { type: 'problem'; severity: 'error' | 'warning'; locator: string; message: string }
  /** An item that is not a record (an Outlook contact, a calendar entry, a mail client's index file): counted, never dropped silently. */
  | { type: 'not-record'; what: string; locator: string; description: string }
  /** Everything before this point is complete: an interrupted ingest may continue from `resume`. */
  | { type: 'checkpoint'; resume: string };

export type ExtractInput = {
  absolutePath: string;
  /** Path inside the source, forward slashes. */
  relativePath: string;
  size: number;
  /** The whole file when it is small and was already read to choose the adapter; else null. */
  preloaded: Uint8Array | null;
  /** Where to continue from (as given by a checkpoint); '' to start at the beginning. */
  resume: string;
  /** The file's modification time (ms since the epoch), for a document's metadata. */
  modifiedMs: number;
  /** What the officer told the readers about this source (time zone, date order, chat mapping). */
  options: SourceReadOptions;
  /** Whose records these are: a phone backup's owner, who sent its sent messages. */
  custodian: string;
  signal: AbortSignal;
  /** Called with the number of bytes read since the last call, for progress. */
  onBytes(count: number): void;
};

export type ExtractResult = {
  /** SHA-256 of the whole file. */
  sha256: string;
};

export type Extractor = {
  extract(input: ExtractInput): AsyncGenerator<ExtractedItem, ExtractResult>;
};

export type AdapterInfo = {
  id: string;
  label: string;
  /** Lower-case extensions without the dot; '*' matches any; '' matches files with no extension. */
  extensions: readonly string[];
  /** Decides from the first bytes (and the name) whether this adapter reads a file. */
  sniff(head: Uint8Array, fileName: string): boolean;
  load(): Promise<Extractor>;
};

/** A blank record to spread adapter-specific fields over. */
export function emptyRecord(kind: RecordKind): ExtractedRecord {
  return {
    kind,
    locator: '',
    partPath: '',
    identity: '',
    contentSha256: '',
    itemSha256: '',
    sizeBytes: 0,
    title: '',
    subject: '',
    subjectKey: '',
    replyBySubject: false,
    from: null,
    to: [],
    cc: [],
    bcc: [],
    dateIso: null,
    dateRaw: '',
    messageId: '',
    inReplyTo: '',
    references: [],
    body: '',
    htmlDeflated: null,
    filename: '',
    mimeType: '',
    names: [],
    folder: null,
    labels: [],
    chat: null,
    document: null,
    content: null,
    children: [],
  };
}
