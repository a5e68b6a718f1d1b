/**
 * A packet item's redactable fields as marked text (redacted-runs.ts), and the one-line strings
 * that other parts of the packet (index, Vaughn index, continuation headers, entries) print for
 * a record. Every such string is built here from the marked fields, so no part of the packet
 * reads `record.title`, `record.from` and the rest around the redactions.
 *
 * The fields are the exact strings `redactableText` gives, since that is what a redaction's
 * offsets point into: From is the sender as one line, To and Cc "Name <address>, …".
 */
import { REDACTABLE_FIELDS, type RedactableField } from '../../../shared/model/review.js';
import { redactableText } from '../../../shared/model/redactable-text.js';
import type { RecordDetail } from '../../../shared/model/record.js';
import { cleanLine, cleanText } from './font-runs.js';
import type { PacketItem } from './packet-input.js';
import { hasRedactions, markText, placeholderText, trimMarked, trimMarkedLine, type MarkedText } from './redacted-runs.js';

export type MarkedRecord = Record<RedactableField, MarkedText>;

/** Printed for the title of a record withheld in full or referred: the title itself may be what is withheld. */
export const TITLE_WITHHELD = '[title withheld]';
export const UNTITLED = '(untitled)';

/** The item's fields split at its redactions (none for an item not released in part). */
export function markRecord(item: PacketItem): MarkedRecord {
  const marked = {} as MarkedRecord;
  for (const field of REDACTABLE_FIELDS) {
    const spans = item.redactions.filter((redaction) => redaction.field === field);
    const text = redactableText(item.record, field);
    marked[field] =
      field === 'body'
        ? // As before redactions: leading blank lines and trailing white space are not printed.
          trimMarked(markText(text, spans, cleanText), /^(?:[ ]*\n)+/, /\s+$/u)
        : trimMarkedLine(markText(text, spans, cleanLine));
  }
  return marked;
}

/** The index's and Vaughn index's date: the calendar day of the ISO date, else the raw header. */
export function shortDate(record: Pick<RecordDetail, 'date' | 'dateRaw'>): string {
  if (record.date !== null && record.date !== '') {
    return record.date.slice(0, 10);
  }
  return cleanLine(record.dateRaw).trim();
}

/**
 * The sender in one line: the name when known (the address is on the record's page). With a
 * redaction in From, the From field with its placeholders, since the name may be what is hidden.
 */
export function senderLine(record: RecordDetail, marked: MarkedRecord): string {
  if (hasRedactions(marked.from)) {
    return placeholderText(marked.from);
  }
  const sender = record.fromParticipant;
  const name = sender ? cleanLine(sender.name).trim() || cleanLine(sender.address).trim() : '';
  return name || placeholderText(marked.from);
}

/**
 * The conversation's name as the messages' titles carry it, with the parts any of `items`
 * redacted in its title burned out. A chat message's title is "<conversation>: <start of the
 * text>", so a subject redaction over its first characters covers the conversation's name.
 */
export function conversationTitle(items: readonly PacketItem[]): MarkedText {
  const name = items[0]?.record.chat?.conversationTitle ?? '';
  const spans = items.flatMap((item) =>
    item.record.title.startsWith(name)
      ? item.redactions
          .filter((redaction) => redaction.field === 'subject' && redaction.start < name.length)
          .map((redaction) => ({ start: redaction.start, end: Math.min(redaction.end, name.length), exemptions: redaction.exemptions }))
      : [],
  );
  return trimMarkedLine(markText(name, spans, cleanLine));
}

/**
 * The record's title as its page prints it. A chat message's own title repeats the start of its
 * text, which a body redaction does not cover, so a chat message is titled by its conversation.
 */
export function printedTitle(item: PacketItem, marked: MarkedRecord): MarkedText {
  return item.record.kind === 'chat-message' ? conversationTitle([item]) : marked.subject;
}

/** The title in one line: placeholders for redactions; `TITLE_WITHHELD` for a slip-sheeted record. */
export function titleLine(item: PacketItem, marked: MarkedRecord): string {
  if (item.decision === 'withhold-in-full' || item.decision === 'referral') {
    return TITLE_WITHHELD;
  }
  return placeholderText(printedTitle(item, marked)).trim() || UNTITLED;
}
