/**
 * Chat items as records. Each message or system event is one record of kind 'chat-message';
 * the files it carries or names become its children, so a photo sent in a chat is reviewed with
 * the message that sent it.
 *
 * Identity: two custodians' exports of one group hold the same messages, and those should be one
 * record reviewed once. A message's identity is therefore its content, not its line: platform,
 * conversation, sender, when it was sent, text, attachment names and event, plus how many
 * identical messages came before it in the same export ("ok", "ok" in one minute are two
 * messages, and stay two in every copy).
 *
 * "When it was sent" must not depend on how the officer told the app to read the source, or
 * re-reading it with another zone or date order would give every message a new id and orphan
 * the codings in case.json. Exports with instants (Slack, Telegram, SMS, Teams…) use the UTC
 * minute (Android exports show minutes, iOS seconds); wall-clock exports (WhatsApp) use the
 * reader's `timeKey`, the time as written without the zone and the day/month reading.
 */
import type { ChatPlatform } from '../../../../shared/model/chat.js';
import type { Participant } from '../../../../shared/model/record.js';
import type { ChatItem } from '../../chat/chat-message.js';
import { normaliseForHash, normaliseForIndex } from '../../text/normalise-text.js';
import { sha256Hex } from '../../util/hash.js';
import { emptyRecord, type ExtractedRecord } from '../adapter.js';
import type { OccurrenceCounter } from './occurrence-counter.js';

// Readers' glue (Slack's day files) takes the counter from here, beside the records it numbers.
export { OccurrenceCounter } from './occurrence-counter.js';

/** Characters of a message that make its title; the whole text stays in the body. */
const TITLE_CHARS = 80;

const EVENT_TITLES: Record<string, string> = {
  'disappearing-on': 'disappearing messages turned on',
  'disappearing-off': 'disappearing messages turned off',
  'message-deleted': 'message deleted',
  'media-omitted': 'media omitted from the export',
  'message-edited': 'edited',
  'member-added': 'member added',
  'member-removed': 'member removed',
  'member-left': 'member left',
  'group-created': 'group created',
  'group-renamed': 'group renamed',
  'security-code-changed': 'security code changed',
  'encryption-notice': 'encryption notice',
  'missed-call': 'missed call',
  call: 'call',
  other: 'system message',
};

export type ChatRecordContext = {
  platform: ChatPlatform;
  /** Position of the item in its export. */
  sequence: number;
  occurrences: OccurrenceCounter;
  /** The conversation's name when the item names none (a WhatsApp export named after its file). */
  fallbackConversation: string;
  children: ExtractedRecord[];
};

/** When an item was sent, for its identity: see the header; the timestamp as written when unreadable. */
function sentMinute(item: ChatItem): string {
  if (item.timeKey !== undefined && item.timeKey !== '') {
    return `wall ${item.timeKey}`;
  }
  if (item.dateIso !== null) {
    const time = Date.parse(item.dateIso);
    if (!Number.isNaN(time)) {
      return new Date(Math.floor(time / 60_000) * 60_000).toISOString();
    }
  }
  return `raw ${item.dateRaw}`;
}

function person(name: string, id: string): Participant {
  return { name: normaliseForIndex(name).trim(), address: id.trim() };
}

function titleOf(conversation: string, item: ChatItem, text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  const what = line !== '' ? line : item.event ? `[${EVENT_TITLES[item.event.kind] ?? item.event.kind}]` : item.attachments.length > 0 ? `[${item.attachments.join(', ')}]` : '';
  const short = what.length > TITLE_CHARS ? `${what.slice(0, TITLE_CHARS - 1)}…` : what;
  return conversation ? `${conversation}: ${short}` : short;
}

/** The calendar day of an ISO date in its own offset ('2021-03-04'); '' when undated. */
export function dayOf(dateIso: string | null): string {
  return dateIso !== null && /^\d{4}-\d{2}-\d{2}T/.test(dateIso) ? dateIso.slice(0, 10) : '';
}

export function chatItemToRecord(item: ChatItem, context: ChatRecordContext): ExtractedRecord {
  const conversation = normaliseForIndex(item.conversation || context.fallbackConversation).trim();
  const text = normaliseForIndex(item.text);
  const attachmentNames = item.attachments.map((name) => normaliseForIndex(name).trim()).filter((name) => name !== '');
  const inlineNames = item.inlineFiles.map((file) => normaliseForIndex(file.name).trim()).filter((name) => name !== '');
  const content = [
    'chat',
    context.platform,
    (item.conversationId || conversation).toLowerCase(),
    (item.senderId || normaliseForIndex(item.sender).trim()).toLowerCase(),
    sentMinute(item),
    normaliseForHash(text),
    [...attachmentNames, ...inlineNames].join('\n'),
    item.event ? `${item.event.kind} ${item.event.durationSeconds ?? ''} ${item.event.subjects.join(',')}` : '',
  ].join('\0');
  const contentSha256 = sha256Hex(content);
  const occurrence = context.occurrences.next(contentSha256);
  return {
    ...emptyRecord('chat-message'),
    locator: item.locator,
    identity: `${content}\0${occurrence}`,
    contentSha256,
    sizeBytes: Buffer.byteLength(item.text, 'utf8'),
    title: titleOf(conversation, item, text),
    subject: conversation,
    from: item.sender || item.senderId ? person(item.sender, item.senderId) : null,
    to: item.recipients.map((recipient) => person(recipient.name, recipient.id)),
    dateIso: item.dateIso,
    dateRaw: item.dateRaw,
    messageId: item.messageId,
    inReplyTo: item.replyTo,
    body: text,
    names: [...attachmentNames, ...inlineNames],
    folder: item.folder ? item.folder : null,
    chat: {
      platform: context.platform,
      conversation: item.conversationId || conversation,
      conversationTitle: conversation,
      day: dayOf(item.dateIso),
      sequence: context.sequence,
      event: item.event,
    },
    children: context.children,
  };
}
