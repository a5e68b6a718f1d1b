/**
 * One Slack day file (`general/2016-05-03.json`, a JSON array of messages) as `ChatItem`s. Pure:
 * the caller opens the zip and passes the text with the directory read once from the root
 * files, so a workspace of any size is read one day file at a time.
 *
 * Never throws on one bad message: a non-object entry or an unreadable `ts` is a problem with
 * its locator, and the rest of the day is still read. A day file that is not JSON at all, or not
 * an array, throws `ChatExportError` naming the file.
 */
import { emptyChatItem, type ChatItem, type ChatPerson, type ChatProblem } from '../chat-message.js';
import { epochToIso, isValidTimeZone } from '../zoned-time.js';
import { ChatExportError, parseJsonDocument } from '../json-document.js';
import { arrayField, isRecord, jsonTypeName, recordField, stringField, type JsonRecord } from '../json-fields.js';
import type { SlackConversation, SlackDirectory } from './slack-directory.js';
import { slackMessageEvent } from './slack-events.js';
import { slackAttachmentsText, slackFileNames, slackSender } from './slack-message-parts.js';
import { renderSlackText, slackBlocksText } from './slack-markup.js';
import { slackDayPathParts } from './slack-paths.js';

/** How to read a day file: the zone to show instants in. */
export type SlackParseOptions = {
  /** IANA zone the officer chose; Slack's `ts` is an instant, shown in this zone. */
  timeZone: string;
};

/** The items of one day file (or of integration_logs.json) and what could not be read. */
export type SlackDayResult = {
  /** In the file's order, which is Slack's posting order. */
  items: ChatItem[];
  problems: ChatProblem[];
};

const TS = /^\d{1,12}(?:\.\d{1,9})?$/;

/** Slack's `ts` ("1452837318.000002") is seconds since the epoch with a per-channel sequence. */
function tsToMillis(ts: string): number | null {
  return TS.test(ts) ? Math.round(Number(ts) * 1000) : null;
}

function recipientsOf(conversation: SlackConversation | undefined, senderId: string, directory: SlackDirectory): ChatPerson[] {
  // Channel membership can run to thousands and changes over time; only DMs name their peers.
  if (!conversation || (conversation.kind !== 'dm' && conversation.kind !== 'mpim')) {
    return [];
  }
  return conversation.members
    .filter((id) => id !== senderId)
    .map((id) => ({ name: directory.users.get(id)?.name ?? id, id }));
}

function messageText(message: JsonRecord, directory: SlackDirectory): string {
  const raw = stringField(message, 'text');
  const main = raw !== '' ? renderSlackText(raw, directory) : slackBlocksText(arrayField(message, 'blocks'), directory);
  return [main, ...slackAttachmentsText(message, directory)].filter((part) => part.trim() !== '').join('\n');
}

type DayContext = {
  directory: SlackDirectory;
  conversation: SlackConversation | undefined;
  conversationName: string;
  conversationId: string;
  timeZone: string | null;
};

function readMessage(message: JsonRecord, locator: string, context: DayContext, problems: ChatProblem[]): ChatItem {
  const { directory } = context;
  // A message_changed line carries the message as it now reads inside `message`.
  const changed = stringField(message, 'subtype') === 'message_changed' ? recordField(message, 'message') : null;
  const content = changed ?? message;
  const decision = slackMessageEvent(message, directory);
  const sender = slackSender(content, directory);
  const ts = stringField(message, 'ts');
  const millis = tsToMillis(ts);
  if (millis === null) {
    problems.push({ locator, message: ts === '' ? 'message has no ts; date left unread' : `unreadable ts "${ts}"; date left unread` });
  }
  let text = decision.blankText ? '' : messageText(content, directory);
  if (decision.event?.kind === 'other') {
    text = `[${decision.label}] ${text}`.trim();
  }
  const messageId = changed ? stringField(changed, 'ts') || ts : ts;
  const threadTs = stringField(content, 'thread_ts');
  return {
    ...emptyChatItem(),
    locator,
    conversation: context.conversationName,
    conversationId: context.conversationId,
    sender: sender.name,
    senderId: sender.id,
    recipients: recipientsOf(context.conversation, sender.id, directory),
    dateIso: millis !== null && context.timeZone !== null ? epochToIso(millis, context.timeZone) : null,
    dateRaw: ts,
    text,
    event: decision.event,
    attachments: slackFileNames(content),
    messageId,
    // A thread's parent carries its own ts as thread_ts; only replies point elsewhere.
    replyTo: threadTs !== '' && threadTs !== messageId ? threadTs : '',
  };
}

/**
 * Parse one day file. `path` is the entry's path in the zip (its folder names the conversation)
 * and becomes the start of every locator (`general/2016-05-03.json#4`).
 */
export function parseSlackDay(directory: SlackDirectory, path: string, text: string, options: SlackParseOptions): SlackDayResult {
  const parts = slackDayPathParts(path);
  if (!parts) {
    throw new ChatExportError(path, 'not a Slack day file (expected <conversation>/<YYYY-MM-DD>.json)');
  }
  const value = parseJsonDocument(text, path);
  if (!Array.isArray(value)) {
    throw new ChatExportError(path, 'not a Slack day file: expected a JSON array of messages');
  }
  const problems: ChatProblem[] = [];
  const zoneOk = isValidTimeZone(options.timeZone);
  if (!zoneOk) {
    problems.push({ locator: path, message: `unknown time zone "${options.timeZone}"; dates left unread` });
  }
  const conversation = directory.conversationsByFolder.get(parts.folder);
  if (!conversation) {
    problems.push({ locator: path, message: `folder "${parts.folder}" is not listed in the export's conversation files` });
  }
  const context: DayContext = {
    directory,
    conversation,
    conversationName: conversation?.name ?? parts.folder,
    conversationId: conversation?.id ?? '',
    timeZone: zoneOk ? options.timeZone : null,
  };

  const items: ChatItem[] = [];
  value.forEach((entry, index) => {
    const locator = `${path}#${index}`;
    if (!isRecord(entry)) {
      problems.push({ locator, message: `entry is ${jsonTypeName(entry)}, not a message object; skipped` });
      return;
    }
    items.push(readMessage(entry, locator, context, problems));
  });
  return { items, problems };
}
