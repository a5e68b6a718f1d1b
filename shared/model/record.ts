/**
 * Records as the UI and the CLI see them. A record is one reviewable item (an email, a text
 * document, later a chat message or an attachment) taken from a source; its id is stable across
 * re-indexing because it is derived from the bytes of the file it came from and its locator.
 */
export const RECORD_KINDS = ['email', 'document', 'chat-message', 'attachment'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

/** Where a copy of a record was found. Deduplication never drops one of these. */
export type RecordLocation = {
  sourceId: string;
  /** Path of the file inside the source folder, with forward slashes. */
  path: string;
  /** Where inside the file (e.g. a message number in an mbox); empty for whole-file records. */
  locator: string;
};

export type Participant = {
  name: string;
  address: string;
};

export type RecordSummary = {
  id: string;
  kind: RecordKind;
  title: string;
  from: string;
  /** ISO 8601 with the sender's zone offset when known, else null. */
  date: string | null;
  custodian: string;
};

export type RecordDetail = RecordSummary & {
  to: Participant[];
  cc: Participant[];
  bcc: Participant[];
  fromParticipant: Participant | null;
  /** The Date header as written, kept because zones and formats in the wild are messy. */
  dateRaw: string;
  messageId: string;
  inReplyTo: string;
  body: string;
  sizeBytes: number;
  /** SHA-256 of the file the record came from. */
  fileSha256: string;
  /** SHA-256 of the record's normalised body text (used to find duplicates). */
  contentSha256: string;
  locations: RecordLocation[];
};
