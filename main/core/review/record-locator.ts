/**
 * Reading back the locators ingest writes (main/core/ingest/email/mail-to-record.ts and the
 * adapters): '' for a whole file, 'offset 1234' for a message in an mbox, and for an attachment
 * its message's locator followed by ' part <id>' once per level of nesting: 'part 2' in an .eml
 * or .msg file, 'offset 1234 part 2' in an mbox, 'offset 1234 part 2 part 2.1' for a file attached
 * to a message attached to that one. A zip member's locator is its path in the archive, which
 * only the file (a zip) tells apart; the caller checks that first.
 *
 * Pure: no I/O, so the grammar is tested on its own.
 */
import type { MailAttachment, MailMessage } from '../mail/mail-message.js';

/** A locator taken apart: where the message is in its file, and the attachment path inside it. */
export type MessagePartLocator = {
  /** The message's own locator: '' (the whole file is the message) or 'offset 1234' (an mbox). */
  message: string;
  /** Attachment ids from the top message down ('2', then '2.1'); [] for the message itself. */
  parts: string[];
};

const PART = ' part ';

/** Splits a locator into its message and its part path; null when a part id is empty or holds a space. */
export function splitRecordLocator(locator: string): MessagePartLocator | null {
  const [message = '', ...parts] = ` ${locator}`.split(PART);
  if (parts.some((part) => part === '' || /\s/.test(part))) {
    return null;
  }
  return { message: message.trim(), parts };
}

/** The byte offset of an mbox message's From_ line from its locator ('offset 1234'); null for any other locator. */
export function mboxOffsetOf(messageLocator: string): number | null {
  const match = /^offset (\d{1,15})$/.exec(messageLocator);
  return match ? Number(match[1]) : null;
}

/**
 * The attachment at `parts` inside `message`, descending through attached messages; null when a
 * part is not there (the message is not the one ingest read) or `parts` is empty.
 */
export function attachmentAt(message: MailMessage, parts: readonly string[]): MailAttachment | null {
  let current: MailMessage | null = message;
  let found: MailAttachment | null = null;
  for (const part of parts) {
    if (current === null) {
      return null;
    }
    found = current.attachments.find((attachment) => attachment.partId === part) ?? null;
    if (found === null) {
      return null;
    }
    current = found.message;
  }
  return found;
}
