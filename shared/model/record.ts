/**
 * Records as the UI and the CLI see them. A record is one reviewable item (an email, an
 * attachment, a text document, later a chat message) taken from a source.
 *
 * Identity: an email's id comes from its normalised content (sender, recipients, date, subject,
 * body, attachments), so every exact copy of a message, whatever folder or custodian it was
 * found under, is the same record, reviewed once, with every place it was found listed in
 * `locations`. Other records take their id from the bytes of their file and their place in it.
 * An attachment's id comes from its parent's id and its part, so families never merge.
 */
import type { ChatFacts } from './chat.js';

export const RECORD_KINDS = ['email', 'document', 'chat-message', 'attachment'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

/** What a document (a file, or an attachment read as one) says about itself. */
export type DocumentFacts = {
  /** The reader that took it: 'pdf', 'docx', 'xlsx', 'pptx', 'odt', 'ods', 'odp', 'html', 'text', 'csv', 'markdown', 'rtf'. */
  format: string;
  /** From the document's own properties; '' when it has none. */
  title: string;
  author: string;
  /** ISO 8601 from the document's properties; null when absent. */
  created: string | null;
  modified: string | null;
  /** The file system's modification time of the file it came from; null for attachments. */
  fileModified: string | null;
  application: string;
  /** The character encoding a text document was read in ('windows-1252', 'utf-16le'…); '' otherwise. */
  encoding: string;
  /** Pages (PDF; what a word processor recorded), or slides for a presentation (PPTX, ODP); null when unknown. */
  pageCount: number | null;
  /** Where each page starts in the record's text (PDF); [] for documents without pages. */
  pageStarts: number[];
  /** Pages (1-based) with no text layer: they need OCR before search can see them. */
  pagesNeedingOcr: number[];
  /**
   * Which pages' text came from OCR (after ingest, main/core/ocr/), in page order; absent when
   * none did. The text of these pages in the record's body is OCR's, not the file's.
   */
  ocr?: { pages: OcrPageFact[] };
};

/** One page whose text OCR read. */
export type OcrPageFact = {
  page: number;
  /** Tesseract's mean word confidence, 0–100. */
  meanConfidence: number;
  /** The OCR language used ('eng', 'fra', …). */
  lang: string;
  /** True when the page had a text layer (unreadable, e.g. a broken font map) that OCR replaced. */
  replacedText: boolean;
};

/** Where a copy of a record was found. Deduplication never drops one of these. */
export type RecordLocation = {
  sourceId: string;
  custodian: string;
  /** Path of the file inside the source folder, with forward slashes. */
  path: string;
  /** Where inside the file: '' for a whole file, 'offset 1234' in an mbox, 'Inbox/Sub#2097188' in a PST. */
  locator: string;
  /** The mail folder the copy was filed in ('inbox/genie', 'Inbox/Projects'); '' when none. */
  folder: string;
  /** Labels the mailbox gave the copy (Gmail's X-Gmail-Labels); [] when none. */
  labels: string[];
  /** SHA-256 of this copy's bytes (the file, or the mbox entry); '' when the container gives no bytes (PST). */
  itemSha256: string;
  /** This copy's Message-ID: copies of one message can carry different ones. */
  messageId: string;
};

export type Participant = {
  name: string;
  address: string;
};

/** How a record sits in its conversation. */
export type ThreadParent =
  /** Not a reply, or a record outside threads. */
  | 'none'
  /** A reply whose parent is in the collection. */
  | 'present'
  /** A reply whose parent is not anywhere in the collection: evidence for the gap register. */
  | 'missing';

/** What the thread placement rests on: the reply headers, or only a "Re:" subject. */
export type ThreadBasis = 'headers' | 'subject' | 'none';

export type RecordSummary = {
  id: string;
  kind: RecordKind;
  title: string;
  from: string;
  /** ISO 8601 with the sender's zone offset when known, else null. */
  date: string | null;
  /** The custodian of the first copy found; `custodians` lists them all. */
  custodian: string;
  custodians: string[];
  /** The family's top record (the email an attachment belongs to); its own id at the top. */
  familyId: string;
  parentId: string | null;
  /** Attachment and nested-message count directly under this record. */
  childCount: number;
  /** Some of the record's text came from OCR (a scanned page, an image): result rows mark it. */
  ocr: boolean;
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
  references: string[];
  body: string;
  /** The HTML alternative as sent, when there was one ('' otherwise). Never rendered unsanitised. */
  html: string;
  /** For attachments: the file name and MIME type the sender gave; '' otherwise. */
  filename: string;
  mimeType: string;
  /** MIME part path of an attachment in its message ('2', '1.3'); '' for a top record. */
  partPath: string;
  sizeBytes: number;
  /** SHA-256 of the first copy's bytes (an attachment: of its decoded content). */
  fileSha256: string;
  /** SHA-256 of the normalised content: the deduplication key. */
  contentSha256: string;
  threadId: string | null;
  threadParent: ThreadParent;
  threadBasis: ThreadBasis;
  /** The records directly under this one (attachments, attached messages), in part order. */
  children: RecordSummary[];
  locations: RecordLocation[];
  /** For chat messages: platform, conversation, day and the system event; null otherwise. */
  chat: ChatFacts | null;
  /** For documents and attachments read as documents; null otherwise. */
  document: DocumentFacts | null;
};
