/**
 * A DiscordChatExporter JSON export (one channel, `guild` + `channel` + `messages[]`) as
 * `ChatItem`s. Pure: the caller reads the file. One bad message is a problem with its locator;
 * a file that is not JSON, or not such an export, throws `ChatExportError`.
 *
 * Dates are instants (DiscordChatExporter writes them with UTC's or the exporting computer's
 * offset) and are shown in the officer's zone, as for Slack and Telegram.
 */
import { emptyChatItem, type ChatItem, type ChatProblem } from '../chat-message.js';
import { ChatExportError, parseJsonDocument } from '../json-document.js';
import { arrayField, isRecord, jsonTypeName, numberField, recordField, stringField, type JsonRecord } from '../json-fields.js';
import { isValidTimeZone } from '../zoned-time.js';
import { discordMessageEvent, discordUserName } from './discord-events.js';
import { discordDateIso } from './discord-time.js';
import { looksLikeDiscordChatExport } from './looks-like-discord.js';

/** How to read a DiscordChatExporter file: the zone to show instants in, and its name for errors. */
export type DiscordParseOptions = {
  /** IANA zone the officer chose; timestamps are instants, shown in this zone. */
  timeZone: string;
  /** The file's name, for error messages; defaults to 'export.json'. */
  fileName?: string;
};

/** The channel an export holds, its items, and what could not be read. */
export type DiscordParseResult = {
  /** The channel as a person would name it: a DM's name, or `Server / #channel`. */
  conversation: string;
  /** The channel's snowflake id. */
  conversationId: string;
  /** In the file's order. */
  items: ChatItem[];
  problems: ChatProblem[];
};

function conversationName(guild: JsonRecord, channel: JsonRecord): string {
  const name = stringField(channel, 'name');
  const channelType = stringField(channel, 'type');
  // Direct messages sit in a pseudo-guild "Direct Messages" with id 0.
  if (channelType.startsWith('Direct') || stringField(guild, 'id') === '0') {
    return name;
  }
  const parent = stringField(channel, 'category');
  const path = channelType.includes('Thread') && parent !== '' ? `#${parent} / ${name}` : `#${name}`;
  return `${stringField(guild, 'name')} / ${path}`;
}

/** Embeds (link previews, bot cards) carry text of their own: title, description, fields, footer. */
function embedText(embed: JsonRecord): string {
  const fields = arrayField(embed, 'fields')
    .filter(isRecord)
    .map((field) => [stringField(field, 'name'), stringField(field, 'value')].filter((part) => part !== '').join(': '));
  const footer = stringField(recordField(embed, 'footer') ?? {}, 'text');
  return [stringField(embed, 'title'), stringField(embed, 'url'), stringField(embed, 'description'), ...fields, footer]
    .filter((part) => part.trim() !== '')
    .join('\n');
}

function attachmentNames(holder: JsonRecord): string[] {
  return arrayField(holder, 'attachments')
    .filter(isRecord)
    .map((attachment) => stringField(attachment, 'fileName'))
    .filter((name) => name !== '');
}

function bodyText(message: JsonRecord): string {
  const forwarded = recordField(message, 'forwardedMessage');
  const parts = [
    stringField(message, 'content'),
    ...(forwarded ? [stringField(forwarded, 'content'), ...arrayField(forwarded, 'embeds').filter(isRecord).map(embedText)] : []),
    ...arrayField(message, 'embeds').filter(isRecord).map(embedText),
    ...arrayField(message, 'stickers')
      .filter(isRecord)
      .map((sticker) => `Sticker: ${stringField(sticker, 'name')}`),
  ];
  return parts.filter((part) => part.trim() !== '').join('\n');
}

function readMessage(message: JsonRecord, locator: string, conversation: string, conversationId: string, timeZone: string | null, problems: ChatProblem[]): ChatItem {
  const author = recordField(message, 'author');
  if (!author) {
    problems.push({ locator, message: 'message has no author object; sender left blank' });
  }
  const authorRecord = author ?? {};
  const raw = stringField(message, 'timestamp');
  const dateIso = timeZone === null ? null : discordDateIso(raw, timeZone);
  if (timeZone !== null && dateIso === null) {
    problems.push({ locator, message: raw === '' ? 'message has no timestamp; date left unread' : `unreadable timestamp "${raw}"` });
  }
  const event = discordMessageEvent(message, authorRecord);
  const body = bodyText(message);
  const type = stringField(message, 'type') || 'untyped';
  const reference = recordField(message, 'reference');
  const isForward = reference !== null && stringField(reference, 'type') === 'Forward';
  const forwarded = recordField(message, 'forwardedMessage');
  return {
    ...emptyChatItem(),
    locator,
    conversation,
    conversationId,
    sender: discordUserName(authorRecord),
    senderId: stringField(authorRecord, 'id'),
    dateIso,
    dateRaw: raw,
    text: event?.kind === 'other' ? `[${type}] ${body}`.trim() : body,
    event,
    attachments: [...attachmentNames(message), ...(forwarded ? attachmentNames(forwarded) : [])],
    messageId: stringField(message, 'id'),
    // A forward quotes another channel's message; it does not answer it.
    replyTo: reference && !isForward ? stringField(reference, 'messageId') : '',
  };
}

/** Read an already-parsed export value. See `parseDiscordExport`. */
export function readDiscordExport(value: unknown, options: DiscordParseOptions): DiscordParseResult {
  const fileName = options.fileName ?? 'export.json';
  if (!looksLikeDiscordChatExport(value) || !isRecord(value)) {
    throw new ChatExportError(fileName, 'not a DiscordChatExporter export (expected guild, channel and messages)');
  }
  const guild = recordField(value, 'guild') ?? {};
  const channel = recordField(value, 'channel') ?? {};
  const messages = arrayField(value, 'messages');
  const conversation = conversationName(guild, channel);
  const conversationId = stringField(channel, 'id');
  const problems: ChatProblem[] = [];
  const zoneOk = isValidTimeZone(options.timeZone);
  if (!zoneOk) {
    problems.push({ locator: '', message: `unknown time zone "${options.timeZone}"; dates left unread` });
  }
  const stated = numberField(value, 'messageCount');
  if (stated !== null && stated !== messages.length) {
    problems.push({ locator: 'messageCount', message: `messageCount says ${stated} but the file holds ${messages.length} messages` });
  }
  const items: ChatItem[] = [];
  messages.forEach((message, index) => {
    const locator = `messages[${index}]`;
    if (!isRecord(message)) {
      problems.push({ locator, message: `entry is ${jsonTypeName(message)}, not a message object; skipped` });
      return;
    }
    items.push(readMessage(message, locator, conversation, conversationId, zoneOk ? options.timeZone : null, problems));
  });
  return { conversation, conversationId, items, problems };
}

/** Parse a DiscordChatExporter JSON file; `options.fileName` names it in errors. */
export function parseDiscordExport(text: string, options: DiscordParseOptions): DiscordParseResult {
  return readDiscordExport(parseJsonDocument(text, options.fileName ?? 'export.json'), options);
}
