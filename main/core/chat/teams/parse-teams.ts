/**
 * A Microsoft Teams export as `ChatItem`s: the chatMessage JSON of Microsoft Graph, as the Teams
 * Export API (`getAllMessages`) and Graph's message lists return it — an OData collection
 * `{ "@odata.context", "value": [chatMessage…] }`, or the `value` array saved alone. Pure: the
 * caller reads the file. Never throws: text that is not JSON, or JSON that is no such export,
 * is a problem with no items, and one bad message is a problem with its locator.
 *
 * What the gap register needs is kept as events: a message with `deletedDateTime` is
 * 'message-deleted' (the Export API returns deleted messages for 21 days, with what the body
 * still holds), one with `lastEditedDateTime` is 'message-edited', and system messages
 * (members added or removed, calls with their length, renames) map onto the shared kinds.
 * A page that names a next page (`@odata.nextLink`) is said to be incomplete.
 *
 * Times are instants (UTC, `…Z`) and are shown in the officer's zone.
 */
import { chatEvent, emptyChatItem, type ChatItem, type ChatProblem } from '../chat-message.js';
import { ChatExportError, parseJsonDocument } from '../json-document.js';
import { isRecord, jsonTypeName, recordField, stringField, textField, type JsonRecord } from '../json-fields.js';
import { isValidTimeZone } from '../zoned-time.js';
import { teamsMessageList } from './looks-like-teams.js';
import { teamsBody } from './teams-body.js';
import { conversationNames, conversationOf, type ConversationNames } from './teams-conversations.js';
import { teamsSystemEvent } from './teams-events.js';
import { buildDirectory, identitySetPerson, named, type TeamsDirectory } from './teams-people.js';
import { graphDateIso } from './teams-time.js';

/** How to read a Teams export: the zone its instants are shown in, and its name for problems. */
export type TeamsParseOptions = {
  /** IANA zone the officer chose; Graph's UTC instants are shown in it. */
  timeZone: string;
  /** The file's name, for problems; defaults to 'messages.json'. */
  fileName?: string;
};

/** The export's items and what could not be read. */
export type TeamsParseResult = {
  /** The conversation's title when every item belongs to the same one; '' otherwise. */
  conversation: string;
  /** In the file's order. */
  items: ChatItem[];
  problems: ChatProblem[];
};

type Context = { timeZone: string; directory: TeamsDirectory; names: ConversationNames };


/** Graph writes absent times as null; any string there, even one that does not read, is a statement. */
function isSet(message: JsonRecord, key: string): boolean {
  return typeof message[key] === 'string' && stringField(message, key).trim() !== '';
}

function readMessage(message: JsonRecord, locator: string, context: Context, problems: ChatProblem[]): ChatItem {
  const raw = stringField(message, 'createdDateTime');
  const dateIso = graphDateIso(raw, context.timeZone);
  if (dateIso === null) {
    problems.push({ locator, message: raw === '' ? 'message has no createdDateTime; date left unread' : `unreadable createdDateTime "${raw}"` });
  }
  const conversation = conversationOf(message, context.names);
  const from = identitySetPerson(recordField(message, 'from'));
  const body = teamsBody(message, locator, problems);
  const type = stringField(message, 'messageType');
  const item: ChatItem = {
    ...emptyChatItem(),
    locator,
    conversation: conversation.title,
    conversationId: conversation.id,
    dateIso,
    dateRaw: raw,
    attachments: body.attachments,
    messageId: textField(message, 'id'),
    replyTo: textField(message, 'replyToId'),
  };
  const detail = recordField(message, 'eventDetail');
  if (type === 'systemEventMessage' || detail !== null) {
    const system = teamsSystemEvent(detail, context.directory);
    // Graph leaves `from` null on system messages; who set the event off is its initiator.
    const actor = from ?? system.initiator;
    const person = actor ? named(actor, context.directory) : { name: '', id: '' };
    return { ...item, sender: person.name, senderId: person.id, text: system.text, event: system.event };
  }
  const person = from ? named(from, context.directory) : { name: '', id: '' };
  const sent = { ...item, sender: person.name, senderId: person.id };
  if (type !== '' && type !== 'message') {
    // chatEvent, typing, and types Graph adds later: kept, and named, as 'other'.
    return { ...sent, text: `[${type}] ${body.text}`.trim(), event: chatEvent('other') };
  }
  // `deleted: true` is how Graph's first published chatMessage said it.
  const deleted = isSet(message, 'deletedDateTime') || message['deleted'] === true;
  if (!from && !deleted) {
    problems.push({ locator, message: 'message has no sender (from is null); sender left blank' });
  }
  const kind = deleted ? 'message-deleted' : isSet(message, 'lastEditedDateTime') ? 'message-edited' : null;
  return { ...sent, text: body.text, event: kind ? chatEvent(kind) : null };
}

function nextPageLink(value: unknown): string {
  if (!isRecord(value)) {
    return '';
  }
  // Microsoft's Export API page spells it "@odata.nextlink"; Graph writes "@odata.nextLink".
  const key = Object.keys(value).find((name) => name.toLowerCase() === '@odata.nextlink');
  return key === undefined ? '' : stringField(value, key);
}

/** Read an already-parsed export value. See `parseTeamsExport`. */
export function readTeamsExport(value: unknown, options: TeamsParseOptions): TeamsParseResult {
  const fileName = options.fileName ?? 'messages.json';
  const list = teamsMessageList(value);
  if (list === null) {
    return {
      conversation: '',
      items: [],
      problems: [{ locator: '', message: `${fileName}: not a Microsoft Teams export (expected Graph's {"value": [chatMessage…]} or an array of chatMessage); nothing read` }],
    };
  }
  const problems: ChatProblem[] = [];
  let timeZone = options.timeZone;
  if (!isValidTimeZone(timeZone)) {
    problems.push({ locator: '', message: `unknown time zone "${timeZone}"; times shown in UTC` });
    timeZone = 'UTC';
  }
  if (nextPageLink(value) !== '') {
    problems.push({
      locator: '@odata.nextLink',
      message: 'this file is one page of a longer list: @odata.nextLink names a further page, whose messages are not in this file',
    });
  }
  const context: Context = { timeZone, directory: buildDirectory(list.messages), names: conversationNames(list.messages) };
  const items: ChatItem[] = [];
  list.messages.forEach((message, index) => {
    const locator = `${list.locatorPrefix}[${index}]`;
    if (!isRecord(message)) {
      problems.push({ locator, message: `entry is ${jsonTypeName(message)}, not a message object; skipped` });
      return;
    }
    items.push(readMessage(message, locator, context, problems));
  });
  const titles = new Set(items.map((item) => item.conversation));
  const [only] = titles;
  return { conversation: titles.size === 1 && only !== undefined ? only : '', items, problems };
}

/**
 * Parse a Teams export's JSON text. Locators are `value[12]` for a Graph collection and `[12]`
 * for a bare array. Never throws; see the module comment.
 */
export function parseTeamsExport(text: string, options: TeamsParseOptions): TeamsParseResult {
  const fileName = options.fileName ?? 'messages.json';
  let value: unknown;
  try {
    value = parseJsonDocument(text, fileName);
  } catch (error) {
    if (error instanceof ChatExportError) {
      return { conversation: '', items: [], problems: [{ locator: '', message: error.message }] };
    }
    throw error;
  }
  return readTeamsExport(value, options);
}
