/**
 * One email message as every mail reader in this folder returns it, whatever it came from: an
 * RFC 822 file, an mbox entry, an Outlook .msg or an item of a .pst. The ingest adapters map
 * this one shape onto records, so a new container format only has to fill it in.
 *
 * Text is decoded (charsets, encoded words, transfer encodings) but otherwise as the sender
 * wrote it: no trimming, no normalisation. Normalising for the index happens later, in one place.
 */

/** A mailbox as written in a header or an Outlook recipient table. */
export type MailAddress = {
  /** Display name, decoded; '' when none was given. */
  name: string;
  /** The address as written, trimmed; '' when the header held only a name or was broken. */
  address: string;
};

/** One header field, unfolded, in file order. */
export type MailHeader = {
  /** Field name as written (case kept). */
  name: string;
  /** Value with folding removed and encoded words decoded. */
  value: string;
};

/** A problem met while reading a message: the message is still returned, as well as it could be. */
export type MailProblem = {
  /** Where in the message: a MIME part path ('1.2'), an Outlook attachment ('attachment 3'), or '' for the whole. */
  part: string;
  message: string;
};

export type MailAttachment = {
  /** Stable place of the attachment in its message: MIME part path ('2', '1.3') or Outlook 'att-0'. */
  partId: string;
  /** Decoded file name; '' when the sender gave none. */
  filename: string;
  /** Lower-case 'type/subtype'. */
  contentType: string;
  disposition: 'attachment' | 'inline' | '';
  contentId: string;
  /** Size of the decoded content in bytes. */
  size: number;
  /** SHA-256 (hex) of the decoded content. */
  sha256: string;
  /**
   * The decoded bytes, for the document extractors. Null when the reader did not keep them (too
   * large to hold); size and sha256 are still exact.
   */
  content: Uint8Array | null;
  /** The attachment parsed as a message (message/rfc822, an embedded Outlook item); else null. */
  message: MailMessage | null;
  /** Names of the files inside a container the reader can list (winmail.dat / TNEF); else []. */
  containedNames: string[];
};

export type MailMessage = {
  headers: MailHeader[];
  subject: string;
  from: MailAddress[];
  sender: MailAddress | null;
  replyTo: MailAddress[];
  to: MailAddress[];
  cc: MailAddress[];
  bcc: MailAddress[];
  /** The Date header exactly as written (unfolded); '' when absent. */
  dateRaw: string;
  /**
   * The date when the format stores it as a timestamp rather than a header (Outlook
   * PR_CLIENT_SUBMIT_TIME / PR_MESSAGE_DELIVERY_TIME), ISO 8601 in UTC; null when only dateRaw exists.
   */
  dateIso: string | null;
  /** Message-ID with its angle brackets, as written; '' when absent. */
  messageId: string;
  /** Message-IDs in In-Reply-To, angle brackets kept, in order. */
  inReplyTo: string[];
  /** Message-IDs in References, angle brackets kept, in order (oldest first). */
  references: string[];
  /** Every inline text/plain body part, decoded, joined by a blank line. */
  text: string;
  /** Every inline text/html body part, decoded, joined. Kept beside `text`, never instead of it. */
  html: string;
  attachments: MailAttachment[];
  problems: MailProblem[];
  /** Format-specific facts worth keeping (Outlook message class, Gmail thread id…), by name. */
  extra: Record<string, string>;
};
