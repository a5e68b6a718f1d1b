/**
 * One chat message or chat event as every chat reader in this folder returns it, whatever the
 * export (WhatsApp, SMS backups, Slack, Telegram…). The ingest adapters map this one shape onto
 * records; a new export format only has to fill it in.
 *
 * System events are data, not text: a disappearing-message timer, a deleted message, omitted
 * media, members joining and leaving are `event`s with a kind, because the gap register reads
 * them.
 */

import type { ChatEvent, ChatEventKind } from '../../../shared/model/chat.js';

// The event model is shared with the UI and the gap register; readers import it from here.
export type { ChatEvent, ChatEventKind } from '../../../shared/model/chat.js';

/** A person as a chat export names them. */
export type ChatPerson = {
  /** The display name as written ('' when the export gives only a handle). */
  name: string;
  /** A stable handle when the export gives one: phone number, user id, email; '' otherwise. */
  id: string;
};

/** A file carried inside the export itself (an MMS part, a Slack file's bytes when present). */
export type ChatInlineFile = {
  name: string;
  mimeType: string;
  /** The decoded bytes; null when the export names the file but its data was unreadable. */
  content: Uint8Array | null;
};

export type ChatItem = {
  /** Where in the export: a line number, an XML element index, a JSON path. Stable across runs. */
  locator: string;
  /** The conversation (group name, phone number, channel) as the export names it. */
  conversation: string;
  /**
   * The export's own stable id for the conversation (Slack channel id, Telegram chat id, the
   * SMS thread's address); '' when it has none (WhatsApp names only the group).
   */
  conversationId: string;
  /** Who sent it, as written (name or number); '' for system lines with no sender. */
  sender: string;
  /** The sender's handle (phone number, user id) when the export gives one; '' otherwise. */
  senderId: string;
  /** Named recipients when the export lists them (an SMS's other party, a DM's peer); [] otherwise. */
  recipients: ChatPerson[];
  /** ISO 8601 with the offset the officer chose or the export gives; null when unreadable. */
  dateIso: string | null;
  /** The timestamp exactly as written. */
  dateRaw: string;
  /**
   * For times that are wall-clock readings with no zone (WhatsApp; Telegram exports with `date`
   * only): the time as written, reduced to what no reading option changes (`headerTimeKey`). A
   * record's identity uses it instead of the instant, which moves with the zone and date order the
   * officer sets; absent for instants (Slack, Telegram's `date_unixtime`, SMS, Teams…), which never move.
   */
  timeKey?: string;
  /**
   * The text, with the export's invisible marks (U+200E, U+202A…) removed. A system line keeps
   * its sentence ("Loris added Emily": who did what); a bare marker (deleted, media omitted) is ''.
   */
  text: string;
  /** Set when the line is a system event or carries one (a deleted message, an edit). */
  event: ChatEvent | null;
  /** File names of attachments the line refers to (`<attached: 00000012-PHOTO.jpg>`). */
  attachments: string[];
  /** Files whose bytes the export itself carries (MMS parts); [] otherwise. */
  inlineFiles: ChatInlineFile[];
  /** The export's id for this message (Slack ts, Telegram id); '' when it has none. */
  messageId: string;
  /** The message this one replies to or threads under, by the export's id; '' otherwise. */
  replyTo: string;
  /**
   * The box the export files it in ('inbox', 'sent', 'draft', 'failed'…) when it has one: a draft
   * or a failed SMS was never delivered, and review must be able to tell.
   */
  folder?: string;
};

export type ChatProblem = { locator: string; message: string };

/**
 * Characters of one message a reader keeps. Readers cut longer text as early as they can (a
 * 100 MB single-line message would otherwise be copied a dozen times on its way to the index)
 * and report the cut with `textCutProblem`.
 */
export const MAX_CHAT_TEXT_CHARS = 8 * 1024 * 1024;

export function textCutProblem(locator: string, length: number): ChatProblem {
  return { locator, message: `Text of ${length} characters cut to the first ${MAX_CHAT_TEXT_CHARS} for indexing; the file holds the rest` };
}

/** An event of `kind`; `subjects` are the people it names, `durationSeconds` a timer or a call's length. */
export function chatEvent(kind: ChatEventKind, subjects: string[] = [], durationSeconds: number | null = null): ChatEvent {
  return { kind, durationSeconds, subjects };
}

/** A chat item with every optional field blank, to spread a reader's fields over. */
export function emptyChatItem(): ChatItem {
  return {
    locator: '',
    conversation: '',
    conversationId: '',
    sender: '',
    senderId: '',
    recipients: [],
    dateIso: null,
    dateRaw: '',
    text: '',
    event: null,
    attachments: [],
    inlineFiles: [],
    messageId: '',
    replyTo: '',
  };
}
