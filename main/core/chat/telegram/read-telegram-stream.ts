/**
 * A single-chat Telegram Desktop export (`result.json`: `name`, `type`, `id`, then `messages`)
 * read as its text streams past, one message at a time. Telegram exports are the chat exports
 * most likely to be huge (a busy group's history is hundreds of megabytes), and JSON.parse of
 * the whole file builds every message at once; the scanner (`json-record-scanner.ts`) hands
 * each message's text to JSON.parse on its own instead, so memory stays that of one message.
 *
 * Items are the ones `readTelegramExport` gives for the same file, message for message; only
 * problems come in file order rather than first, and a file cut short keeps the messages before
 * the cut instead of failing whole. A full-account export (`chats.list[]`) is not streamed: its
 * chats sit inside a list, and it is read whole as before.
 */
import type { ChatItem, ChatProblem } from '../chat-message.js';
import { isRecord, type JsonRecord } from '../json-fields.js';
import { JsonRecordScanner } from '../mapped/json-record-scanner.js';
import { looksLikeTelegramExport } from './looks-like-telegram.js';
import { readTelegramMessage, telegramChatContext, telegramZones, type TelegramParseOptions } from './parse-telegram.js';

/** The longest message kept, as JSON text. Telegram caps a message at 4,096 characters; a record near this is no message. */
const MAX_MESSAGE_JSON_CHARS = 16 * 1024 * 1024;

const MESSAGES_PATH = ['messages'];

/** What the stream reader yields: an item, or a problem naming its place. */
export type TelegramStreamOutput = ChatItem | { problem: ChatProblem };

function parsed(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * The chat's header (its fields before `messages`, with `messages` empty) when `head`, the first
 * part of a file, shows a single-chat Telegram export whose messages can be streamed; null for
 * anything else (other JSON, a full-account export, a header longer than the head). `head` is
 * text without a byte-order mark.
 */
export function telegramStreamHeader(head: string): JsonRecord | null {
  const scanner = new JsonRecordScanner(MESSAGES_PATH, MAX_MESSAGE_JSON_CHARS);
  const pieces = scanner.push(head);
  const start = scanner.targetStart();
  if (start === null) {
    return null;
  }
  // The prefix is `{…, "messages": ` with every key before the array; closing it gives the header.
  const header = parsed(`${head.slice(0, start)}[]}`);
  if (!isRecord(header) || 'chats' in header) {
    return null;
  }
  const first = pieces.find((piece) => piece.kind === 'record');
  const firstMessage = first === undefined ? undefined : parsed(first.text);
  return looksLikeTelegramExport({ ...header, messages: firstMessage === undefined ? [] : [firstMessage] }) ? header : null;
}

/**
 * Reads the messages of the export whose header `telegramStreamHeader` returned, from the whole
 * file's text (byte-order mark removed). Never throws for what the file holds.
 */
export async function* readTelegramStream(text: AsyncIterable<string>, header: JsonRecord, options: TelegramParseOptions): AsyncGenerator<TelegramStreamOutput> {
  const problems: ChatProblem[] = [];
  const context = telegramChatContext(header, '', null, telegramZones(options, problems));
  const scanner = new JsonRecordScanner(MESSAGES_PATH, MAX_MESSAGE_JSON_CHARS);
  async function* pieces(): AsyncGenerator<ReturnType<JsonRecordScanner['push']>> {
    for await (const chunk of text) {
      yield scanner.push(chunk);
    }
    yield scanner.finish();
  }
  for await (const batch of pieces()) {
    for (const piece of batch) {
      if (piece.kind === 'problem') {
        problems.push({ locator: `line ${piece.line}`, message: piece.message });
      } else {
        const message = parsed(piece.text);
        if (message === undefined) {
          problems.push({ locator: `messages[${piece.index}]`, message: `line ${piece.line}: not valid JSON; skipped` });
        } else {
          const item = readTelegramMessage(message, piece.index, context, problems);
          if (item !== null) {
            yield item;
          }
        }
      }
      // A message's problems follow it, so each stays beside the record it concerns.
      for (const problem of problems.splice(0)) {
        yield { problem };
      }
    }
  }
}
