/**
 * Chats as the UI, the gap register and packets see them. Each chat message is a record; the
 * review unit is the conversation-day, one conversation's messages on one calendar day of the
 * export's zone, shown as a transcript.
 *
 * A conversation belongs to one export (one source file): two custodians' exports of the same
 * group are two conversations whose identical messages are one record found in both. That keeps
 * each custodian's transcript whole, and lets the gap register compare what each export holds.
 */

/** The platforms the chat readers know; 'mapped' is an export read through an officer's column mapping. */
export const CHAT_PLATFORMS = ['whatsapp', 'slack', 'sms', 'telegram', 'discord', 'messenger', 'linkedin', 'wickr', 'teams', 'mapped'] as const;
export type ChatPlatform = (typeof CHAT_PLATFORMS)[number];

/** System events: data, not text, because the gap register reads them. */
export const CHAT_EVENT_KINDS = [
  'disappearing-on',
  'disappearing-off',
  'message-deleted',
  'media-omitted',
  'message-edited',
  'member-added',
  'member-removed',
  'member-left',
  'group-created',
  'group-renamed',
  'security-code-changed',
  'encryption-notice',
  'missed-call',
  'call',
  'other',
] as const;
export type ChatEventKind = (typeof CHAT_EVENT_KINDS)[number];

export type ChatEvent = {
  kind: ChatEventKind;
  /** Seconds: a disappearing-message timer ('7 days' = 604800), a call's length; null otherwise. */
  durationSeconds: number | null;
  /** People the event names (added, removed), as written. */
  subjects: string[];
};

/** What a chat message record carries beyond an ordinary record. */
export type ChatFacts = {
  platform: ChatPlatform;
  /** The conversation as the export names it. */
  conversationTitle: string;
  /** The conversation of the first copy found; see `ConversationRef`. */
  conversationKey: string;
  /** The calendar day in the export's zone ('2021-03-04'); '' when the message has no readable date. */
  day: string;
  event: ChatEvent | null;
};

/** One conversation of one export. */
export type ConversationSummary = {
  key: string;
  title: string;
  platform: ChatPlatform;
  sourceId: string;
  custodian: string;
  /** The export file inside the source. */
  path: string;
  messageCount: number;
  eventCount: number;
  /** Days with messages, oldest first. */
  firstDay: string;
  lastDay: string;
  dayCount: number;
  participants: string[];
};

/** One line of a transcript: a message or an event, in export order. */
export type TranscriptLine = {
  recordId: string;
  /** Position in the export, for order and for finding it in the file. */
  locator: string;
  sender: string;
  date: string | null;
  text: string;
  event: ChatEvent | null;
  /** Attachments (children) of the message, by name. */
  attachments: { recordId: string; name: string }[];
};

/** The review unit: a conversation's messages on one day. */
export type ConversationDay = {
  /** Stable id of the conversation-day, for coding it as one unit. */
  id: string;
  conversation: ConversationSummary;
  day: string;
  lines: TranscriptLine[];
  /** The neighbouring days that have messages, for paging the transcript; null at either end. */
  previousDay: string | null;
  nextDay: string | null;
};
