/**
 * A Telegram Desktop JSON export as `ChatItem`s: a single chat's `result.json` (`name`, `type`,
 * `id`, `messages`) or a full-account export (`chats.list[]`, `left_chats.list[]`). Pure: the
 * caller reads the file. One bad message is a problem with its locator and never stops the rest;
 * a file that is not JSON, or not a Telegram export, throws `ChatExportError`.
 *
 * Dates: `date_unixtime` is an instant and is shown in the officer's zone. Exports before 2021
 * have only `date`, the exporting computer's wall-clock time with no zone; it is read in
 * `exportTimeZone` (the officer's zone unless they know the exporter's).
 */
import { emptyChatItem, type ChatItem, type ChatPerson, type ChatProblem } from '../chat-message.js';
import { ChatExportError, parseJsonDocument } from '../json-document.js';
import { isRecord, jsonTypeName, numberField, recordField, stringField, textField, type JsonRecord } from '../json-fields.js';
import { epochToIso, isValidTimeZone, wallClockToIso } from '../zoned-time.js';
import { looksLikeTelegramExport } from './looks-like-telegram.js';
import { telegramMedia, telegramMediaText } from './telegram-media.js';
import { telegramServiceEvent } from './telegram-service.js';
import { telegramText } from './telegram-text.js';

/** How to read a Telegram export: zones for its instants and wall-clock dates, and its name for errors. */
export type TelegramParseOptions = {
  /** IANA zone the officer chose; instants are shown in it. */
  timeZone: string;
  /** IANA zone of the computer that made the export, for `date`-only messages; defaults to `timeZone`. */
  exportTimeZone?: string;
  /** The file's name, for error messages; defaults to 'result.json'. */
  fileName?: string;
};

/** One chat of the export, as its header names it. */
export type TelegramChat = {
  /** Where the chat sits in the file: '' for a single-chat export, `chats.list[3]` otherwise. */
  locator: string;
  name: string;
  /** Telegram's chat type (`personal_chat`, `private_supergroup`…), '' when absent. */
  type: string;
  id: string;
  messageCount: number;
};

/** The chats an export holds, their items, and what could not be read. */
export type TelegramParseResult = {
  chats: TelegramChat[];
  /** Chat by chat, each in the file's (chronological) order. */
  items: ChatItem[];
  problems: ChatProblem[];
};

/** Telegram names these two chats itself; the export leaves their `name` out. */
const UNNAMED_CHATS: Readonly<Record<string, string>> = { saved_messages: 'Saved Messages', replies: 'Replies' };

const WALL_CLOCK = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})$/;

/** The zones dates are read in; null when either is unknown (dates are then left unread). */
export type TelegramZones = { shown: string; exporter: string } | null;

/** What reading one chat's messages needs to know about the chat. */
export type TelegramChatContext = {
  chat: TelegramChat;
  /** For a personal chat: its peer, and the account owner when the export names them. */
  peer: ChatPerson | null;
  owner: ChatPerson | null;
  zones: TelegramZones;
};

/**
 * A message's date. `timeKey` is set for a wall-clock `date` only: its minute as written, which
 * the record's identity uses instead of the instant, since the instant moves with the zone the
 * officer says the exporter was in (`ChatItem.timeKey`).
 */
function dateOf(message: JsonRecord, zones: TelegramZones): { iso: string | null; raw: string; readable: boolean; timeKey: string | null } {
  const seconds = numberField(message, 'date_unixtime');
  if (seconds !== null) {
    return { iso: zones ? epochToIso(seconds * 1000, zones.shown) : null, raw: String(message['date_unixtime']), readable: true, timeKey: null };
  }
  const raw = stringField(message, 'date');
  const wall = WALL_CLOCK.exec(raw);
  if (!wall) {
    return { iso: null, raw, readable: false, timeKey: null };
  }
  const [year, month, day, hour, minute, second] = wall.slice(1).map(Number) as [number, number, number, number, number, number];
  const iso = zones ? wallClockToIso({ year, month, day, hour, minute, second }, zones.exporter) : null;
  return { iso, raw, readable: !zones || iso !== null, timeKey: raw.slice(0, 16) };
}

function recipientsOf(context: TelegramChatContext, senderId: string): ChatPerson[] {
  const { peer, owner } = context;
  if (!peer) {
    return [];
  }
  // Exports before 2020 write `from_id` as the bare number; later ones as `user<number>`.
  if (senderId.replace(/^user/, '') !== peer.id.replace(/^user/, '')) {
    return [peer];
  }
  return owner ? [owner] : [];
}

function readMessage(message: JsonRecord, locator: string, context: TelegramChatContext, problems: ChatProblem[]): ChatItem {
  const type = stringField(message, 'type');
  const isService = type === 'service';
  const sender = stringField(message, isService ? 'actor' : 'from');
  const senderId = textField(message, isService ? 'actor_id' : 'from_id');
  const date = dateOf(message, context.zones);
  // Telegram writes an unsupported message as its id and type alone.
  if (!date.readable && type !== 'unsupported') {
    problems.push({ locator, message: date.raw === '' ? 'message has no date; date left unread' : `unreadable date "${date.raw}"` });
  }
  const ownText = telegramText(message);
  const media = telegramMedia(message);
  const item: ChatItem = {
    ...emptyChatItem(),
    locator,
    conversation: context.chat.name,
    conversationId: context.chat.id,
    sender,
    senderId,
    recipients: recipientsOf(context, senderId),
    dateIso: date.iso,
    dateRaw: date.raw,
    ...(date.timeKey === null ? {} : { timeKey: date.timeKey }),
    attachments: media.attachments,
    messageId: textField(message, 'id'),
    replyTo: textField(message, 'reply_to_message_id'),
  };
  if (isService) {
    const service = telegramServiceEvent(message, sender, ownText);
    // A pin points at the message it pinned, as a reply does.
    return { ...item, text: service.text, event: service.event, replyTo: item.replyTo || textField(message, 'message_id') };
  }
  if (type !== 'message') {
    return { ...item, text: `[${type || 'untyped'}] ${ownText}`.trim(), event: { kind: 'other', durationSeconds: null, subjects: [] } };
  }
  const text = [ownText, telegramMediaText(message)].filter((part) => part !== '').join('\n');
  const edited = 'edited' in message || 'edited_unixtime' in message;
  const kind = edited ? 'message-edited' : media.omitted ? 'media-omitted' : null;
  return { ...item, text, event: kind ? { kind, durationSeconds: null, subjects: [] } : null };
}

/**
 * The chat a chat object of the export names (its name, type and id; not its messages), and what
 * reading its messages needs. `chatLocator` is '' for a single-chat export.
 */
export function telegramChatContext(chatValue: JsonRecord, chatLocator: string, owner: ChatPerson | null, zones: TelegramZones): TelegramChatContext {
  const type = stringField(chatValue, 'type');
  const id = textField(chatValue, 'id');
  const messages = chatValue['messages'];
  const chat: TelegramChat = {
    locator: chatLocator,
    name: stringField(chatValue, 'name') || UNNAMED_CHATS[type] || '',
    type,
    id,
    messageCount: Array.isArray(messages) ? messages.length : 0,
  };
  // A personal chat's id is the peer's user id; messages name people as `user<id>`.
  const peer = type === 'personal_chat' && id !== '' ? { name: chat.name, id: `user${id}` } : null;
  return { chat, peer, owner, zones };
}

/** The item for the chat's `index`th message, or null (and a problem) when the entry is no message object. */
export function readTelegramMessage(message: unknown, index: number, context: TelegramChatContext, problems: ChatProblem[]): ChatItem | null {
  const locator = `${context.chat.locator === '' ? '' : `${context.chat.locator}.`}messages[${index}]`;
  if (!isRecord(message)) {
    problems.push({ locator, message: `entry is ${jsonTypeName(message)}, not a message object; skipped` });
    return null;
  }
  return readMessage(message, locator, context, problems);
}

function readChat(
  chatValue: JsonRecord,
  chatLocator: string,
  owner: ChatPerson | null,
  zones: TelegramZones,
  problems: ChatProblem[],
): { chat: TelegramChat; items: ChatItem[] } {
  const context = telegramChatContext(chatValue, chatLocator, owner, zones);
  const messages = chatValue['messages'];
  if (!Array.isArray(messages)) {
    problems.push({ locator: `${chatLocator === '' ? '' : `${chatLocator}.`}messages`, message: 'chat has no messages array; nothing read from it' });
    return { chat: context.chat, items: [] };
  }
  const items: ChatItem[] = [];
  messages.forEach((message, index) => {
    const item = readTelegramMessage(message, index, context, problems);
    if (item !== null) {
      items.push(item);
    }
  });
  return { chat: context.chat, items };
}

/** The account owner a full-account export names (`personal_information`), else null. */
export function telegramOwnerOf(root: JsonRecord): ChatPerson | null {
  const info = recordField(root, 'personal_information');
  if (!info) {
    return null;
  }
  const name = [stringField(info, 'first_name'), stringField(info, 'last_name')].filter((part) => part !== '').join(' ');
  const id = textField(info, 'user_id');
  return { name, id: id === '' ? '' : `user${id}` };
}

/** The zones `options` name, or null (and a problem) when either is unknown. */
export function telegramZones(options: TelegramParseOptions, problems: ChatProblem[]): TelegramZones {
  const exporterZone = options.exportTimeZone ?? options.timeZone;
  if (isValidTimeZone(options.timeZone) && isValidTimeZone(exporterZone)) {
    return { shown: options.timeZone, exporter: exporterZone };
  }
  problems.push({ locator: '', message: `unknown time zone "${options.timeZone}" or "${exporterZone}"; dates left unread` });
  return null;
}

/** Read an already-parsed export value. See `parseTelegramExport`. */
export function readTelegramExport(value: unknown, options: TelegramParseOptions): TelegramParseResult {
  const fileName = options.fileName ?? 'result.json';
  if (!looksLikeTelegramExport(value) || !isRecord(value)) {
    throw new ChatExportError(fileName, 'not a Telegram Desktop export (no chats.list and no Telegram messages array)');
  }
  const problems: ChatProblem[] = [];
  const zones = telegramZones(options, problems);

  const chatEntries: { value: unknown; locator: string }[] = [];
  for (const listName of ['chats', 'left_chats']) {
    const list = recordField(value, listName)?.['list'];
    if (Array.isArray(list)) {
      list.forEach((chat, index) => chatEntries.push({ value: chat, locator: `${listName}.list[${index}]` }));
    }
  }
  if (chatEntries.length === 0 && Array.isArray(value['messages'])) {
    chatEntries.push({ value, locator: '' });
  }

  const owner = telegramOwnerOf(value);
  const chats: TelegramChat[] = [];
  const items: ChatItem[] = [];
  for (const entry of chatEntries) {
    if (!isRecord(entry.value)) {
      problems.push({ locator: entry.locator, message: `chat is ${jsonTypeName(entry.value)}, not an object; skipped` });
      continue;
    }
    const { chat, items: chatItems } = readChat(entry.value, entry.locator, owner, zones, problems);
    chats.push(chat);
    // Not push(...chatItems): a chat of a million messages would overflow the argument stack.
    for (const item of chatItems) {
      items.push(item);
    }
  }
  return { chats, items, problems };
}

/**
 * Parse a Telegram Desktop `result.json`. `options.fileName` names the file in errors. Items come
 * chat by chat in the file's order; locators are `messages[12]` for a single-chat export and
 * `chats.list[3].messages[12]` for a full-account export.
 */
export function parseTelegramExport(text: string, options: TelegramParseOptions): TelegramParseResult {
  return readTelegramExport(parseJsonDocument(text, options.fileName ?? 'result.json'), options);
}
