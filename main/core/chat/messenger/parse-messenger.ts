/**
 * A Facebook Messenger JSON export file (`messages/inbox/<thread>/message_1.json`) as
 * `ChatItem`s. Pure: the caller reads the file (Facebook adds a UTF-8 BOM, which is skipped).
 * Facebook writes messages newest first; items keep that file order, and the dates say the rest.
 * Every string is repaired from Facebook's byte-per-code-point encoding.
 *
 * One bad message is a problem with its locator; a file that is not JSON, or not a Messenger
 * export, throws `ChatExportError`. Long threads are split over message_1.json, message_2.json…;
 * each file is parsed on its own.
 */
import { chatEvent, emptyChatItem, type ChatEvent, type ChatItem, type ChatPerson, type ChatProblem } from '../chat-message.js';
import { ChatExportError, parseJsonDocument } from '../json-document.js';
import { arrayField, isRecord, jsonTypeName, numberField, recordField, stringField, type JsonRecord } from '../json-fields.js';
import { baseName } from '../../util/base-name.js';
import { epochToIso, isValidTimeZone } from '../zoned-time.js';
import { repairFacebookMojibake } from './facebook-mojibake.js';
import { looksLikeMessengerExport } from './looks-like-messenger.js';

/** How to read a Messenger file: the zone to show instants in, and its name for errors. */
export type MessengerParseOptions = {
  /** IANA zone the officer chose; `timestamp_ms` is an instant, shown in this zone. */
  timeZone: string;
  /** The file's name, for error messages; defaults to 'message_1.json'. */
  fileName?: string;
};

/** The thread a Messenger file holds, its items, and what could not be read. */
export type MessengerParseResult = {
  /** The thread's title at export time. */
  conversation: string;
  /** `thread_path` (`inbox/alice_aaaaaaaaaa`): Facebook's stable name for the thread. */
  conversationId: string;
  /** Participants at export time; people who left are missing here but not from the messages. */
  participants: string[];
  /** In the file's order (newest first). */
  items: ChatItem[];
  problems: ChatProblem[];
};

function text(record: JsonRecord, key: string): string {
  return repairFacebookMojibake(stringField(record, key));
}

/** Each media list holds objects with a `uri` relative to the export's root. */
const MEDIA_LISTS = ['photos', 'videos', 'audio_files', 'gifs', 'files'] as const;

function attachmentsOf(message: JsonRecord): string[] {
  const uris = MEDIA_LISTS.flatMap((key) => arrayField(message, key).filter(isRecord).map((media) => text(media, 'uri')));
  const sticker = recordField(message, 'sticker');
  if (sticker) {
    uris.push(text(sticker, 'uri'));
  }
  return uris.filter((uri) => uri !== '').map(baseName);
}

function names(message: JsonRecord): string[] {
  return arrayField(message, 'users')
    .filter(isRecord)
    .map((user) => text(user, 'name'));
}


/** The event a message carries: unsent, calls, people joining and leaving, or an unknown type. */
function eventOf(message: JsonRecord, type: string, sender: string): ChatEvent | null {
  if (message['is_unsent'] === true) {
    return chatEvent('message-deleted');
  }
  switch (type) {
    case '':
    case 'Generic':
    case 'Share':
      return null;
    case 'Call': {
      const duration = numberField(message, 'call_duration');
      // Facebook records an unanswered call with a duration of 0.
      return duration === 0 ? chatEvent('missed-call') : chatEvent('call', [], duration);
    }
    case 'Subscribe':
      return chatEvent('member-added', names(message));
    case 'Unsubscribe': {
      const people = names(message);
      return people.length === 1 && people[0] === sender ? chatEvent('member-left', people) : chatEvent('member-removed', people);
    }
    default:
      return chatEvent('other');
  }
}

function bodyOf(message: JsonRecord): string {
  const content = text(message, 'content');
  const share = recordField(message, 'share');
  const shared = share ? [text(share, 'link'), text(share, 'share_text')].filter((part) => part !== '' && !content.includes(part)) : [];
  return [content, ...shared].filter((part) => part !== '').join('\n');
}

function readMessage(
  message: JsonRecord,
  locator: string,
  thread: { conversation: string; conversationId: string; participants: string[] },
  timeZone: string | null,
  problems: ChatProblem[],
): ChatItem {
  const sender = text(message, 'sender_name');
  const millis = numberField(message, 'timestamp_ms');
  if (millis === null) {
    problems.push({ locator, message: 'message has no timestamp_ms; date left unread' });
  }
  const type = stringField(message, 'type');
  const found = eventOf(message, type, sender);
  const body = found?.kind === 'message-deleted' ? '' : bodyOf(message);
  const recipients: ChatPerson[] = thread.participants.filter((name) => name !== sender).map((name) => ({ name, id: '' }));
  return {
    ...emptyChatItem(),
    locator,
    conversation: thread.conversation,
    conversationId: thread.conversationId,
    sender,
    recipients,
    dateIso: millis !== null && timeZone !== null ? epochToIso(millis, timeZone) : null,
    dateRaw: millis === null ? '' : String(message['timestamp_ms']),
    text: found?.kind === 'other' ? `[${type}] ${body}`.trim() : body,
    event: found,
    attachments: attachmentsOf(message),
  };
}

/** Read an already-parsed export value. See `parseMessengerExport`. */
export function readMessengerExport(value: unknown, options: MessengerParseOptions): MessengerParseResult {
  const fileName = options.fileName ?? 'message_1.json';
  if (!looksLikeMessengerExport(value) || !isRecord(value)) {
    throw new ChatExportError(fileName, 'not a Facebook Messenger export (expected participants and messages with sender_name and timestamp_ms)');
  }
  const problems: ChatProblem[] = [];
  const zoneOk = isValidTimeZone(options.timeZone);
  if (!zoneOk) {
    problems.push({ locator: '', message: `unknown time zone "${options.timeZone}"; dates left unread` });
  }
  const participants = arrayField(value, 'participants')
    .filter(isRecord)
    .map((participant) => text(participant, 'name'))
    .filter((name) => name !== '');
  const thread = { conversation: text(value, 'title'), conversationId: text(value, 'thread_path'), participants };
  const items: ChatItem[] = [];
  arrayField(value, 'messages').forEach((message, index) => {
    const locator = `messages[${index}]`;
    if (!isRecord(message)) {
      problems.push({ locator, message: `entry is ${jsonTypeName(message)}, not a message object; skipped` });
      return;
    }
    items.push(readMessage(message, locator, thread, zoneOk ? options.timeZone : null, problems));
  });
  return { ...thread, items, problems };
}

/** Parse a Messenger `message_N.json`; `options.fileName` names it in errors. */
export function parseMessengerExport(text: string, options: MessengerParseOptions): MessengerParseResult {
  return readMessengerExport(parseJsonDocument(text, options.fileName ?? 'message_1.json'), options);
}
