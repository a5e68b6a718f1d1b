/**
 * What the gap detectors read: every message of the case as one flat, plain object, the case's
 * sources and the chat conversations. The detectors are pure functions of this input, so they
 * run the same over an index loaded from disk (load-gap-records.ts) and over records a test
 * builds by hand, and a detector never needs to know how the index stores anything.
 *
 * A record is one message whatever number of copies were found; `copies` says where each copy
 * sits (source, custodian, the source's channel, this copy's conversation). Detectors that ask
 * "who holds this?" read the copies, never only the first custodian.
 */
import type { SourceChannel } from '../../../shared/model/case.js';
import type { ChatEvent, ChatPlatform, ConversationSummary } from '../../../shared/model/chat.js';
import type { Participant, RecordKind } from '../../../shared/model/record.js';

/** One place a copy of a record was found. */
export type GapCopy = {
  sourceId: string;
  custodian: string;
  /** The channel the officer gave the source ('other' when the case does not list the source). */
  sourceChannel: SourceChannel;
  /** The file inside the source. */
  path: string;
  /** The mail folder of this copy ('' when none). */
  folder: string;
  /** This copy's conversation (a conversation belongs to one export); '' outside chats. */
  conversationKey: string;
  /** This copy's Message-ID: copies of one message can carry different ones. */
  messageId: string;
};

export type GapRecord = {
  id: string;
  kind: RecordKind;
  /** Null for a top-level record; attachments and nested messages name their parent. */
  parentId: string | null;
  familyId: string;
  copies: GapCopy[];
  /** Chat platform, null for anything that is not a chat message. */
  platform: ChatPlatform | null;
  /** The conversation of the first copy ('' outside chats); `copies` has each copy's. */
  conversationKey: string;
  conversationTitle: string;
  /** Calendar day in the record's own offset ('2001-05-14'); '' when undated. */
  day: string;
  /** The instant in UTC (ISO 8601, 'Z'); null when undated. */
  dateUtc: string | null;
  /** The date as written with its own offset (ISO 8601); null when undated. */
  dateLocal: string | null;
  from: Participant | null;
  to: Participant[];
  cc: Participant[];
  bcc: Participant[];
  messageId: string;
  inReplyTo: string;
  references: string[];
  /** An email's subject; a chat message's conversation title. */
  subject: string;
  /** The record's text, exactly as the index holds it: evidence quotes are substrings of it. */
  body: string;
  contentSha256: string;
  /** A chat system event (timer, deletion…); null for a message. */
  event: ChatEvent | null;
  /** The thread the index placed an email in; null when none. */
  threadId: string | null;
};

/** A source of the case, as the detectors need it. */
export type GapSource = {
  id: string;
  custodian: string;
  channel: SourceChannel;
};

/** One conversation of one export (the index's listing). */
export type GapConversation = Pick<ConversationSummary, 'key' | 'title' | 'platform' | 'sourceId' | 'custodian' | 'path' | 'firstDay' | 'lastDay'>;

export type GapInput = {
  records: readonly GapRecord[];
  sources: readonly GapSource[];
  conversations: readonly GapConversation[];
};

/** The custodians holding a copy, sorted, each once. */
export function custodiansOf(records: Iterable<GapRecord>): string[] {
  const names = new Set<string>();
  for (const record of records) {
    for (const copy of record.copies) {
      names.add(copy.custodian);
    }
  }
  return [...names].sort();
}

/** A message a person wrote (email or chat line), not an attachment, document or system event. */
export function isMessage(record: Pick<GapRecord, 'parentId' | 'kind' | 'event'>): boolean {
  return record.parentId === null && (record.kind === 'email' || (record.kind === 'chat-message' && record.event === null));
}

/** Orders records by instant, undated last, ties by id: every detector lists evidence this way. */
export function byDate(a: GapRecord, b: GapRecord): number {
  if (a.dateUtc !== b.dateUtc) {
    if (a.dateUtc === null) {
      return 1;
    }
    if (b.dateUtc === null) {
      return -1;
    }
    return a.dateUtc < b.dateUtc ? -1 : 1;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
