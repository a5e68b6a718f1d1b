/**
 * What an ingest adapter is: metadata to pick it (extensions, a sniff of the first bytes) and a
 * lazily loaded extractor that turns one file into records and warnings. Adapters never touch
 * storage, settings or global state; the pipeline does the rest.
 */
import type { Participant, RecordKind } from '../../../shared/model/record.js';

export type SourceFile = {
  absolutePath: string;
  /** Path inside the source, forward slashes. */
  relativePath: string;
  bytes: Uint8Array;
};

/** One record as an adapter found it, before ids, hashes and locations are added. */
export type ExtractedRecord = {
  kind: RecordKind;
  /** Where in the file the record is; '' when the whole file is one record. */
  locator: string;
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
};

export type ExtractedItem =
  | { type: 'record'; record: ExtractedRecord }
  | { type: 'warning'; locator: string; message: string };

export type Extractor = {
  extract(file: SourceFile): AsyncIterable<ExtractedItem>;
};

export type AdapterInfo = {
  id: string;
  label: string;
  /** Lower-case extensions without the dot; '' matches files with no extension. */
  extensions: readonly string[];
  /** Decides from the first bytes whether this adapter can read a file. */
  sniff(head: Uint8Array, fileName: string): boolean;
  load(): Promise<Extractor>;
};

/** A blank record to spread adapter-specific fields over. */
export function emptyRecord(kind: RecordKind): ExtractedRecord {
  return {
    kind,
    locator: '',
    title: '',
    subject: '',
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
  };
}
