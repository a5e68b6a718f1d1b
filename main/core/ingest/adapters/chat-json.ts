/**
 * Chat exports written as one JSON document: Telegram Desktop (`result.json`, one chat or the
 * whole account), DiscordChatExporter, Facebook Messenger (`message_1.json`) and Microsoft Teams
 * (Graph's chatMessage lists, as the Teams Export API returns them). The readers' own checks
 * decide which it is; a JSON file that is none of them is indexed as a text document, so nothing
 * that looked like JSON is lost.
 *
 * A single-chat Telegram export, the kind that grows to hundreds of megabytes, is recognised from
 * the file's first megabyte and streamed message by message; everything else is parsed whole.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import type { ChatPlatform } from '../../../../shared/model/chat.js';
import type { SourceReadOptions } from '../../../../shared/model/case.js';
import type { ChatItem, ChatProblem } from '../../chat/chat-message.js';
import { readDiscordExport } from '../../chat/discord/parse-discord.js';
import { looksLikeDiscordChatExport } from '../../chat/discord/looks-like-discord.js';
import { parseJsonDocument } from '../../chat/json-document.js';
import { stringField } from '../../chat/json-fields.js';
import { decodeChunks } from '../../chat/mapped/text-chunks.js';
import { looksLikeMessengerExport } from '../../chat/messenger/looks-like-messenger.js';
import { readMessengerExport } from '../../chat/messenger/parse-messenger.js';
import { looksLikeTelegramExport } from '../../chat/telegram/looks-like-telegram.js';
import { readTelegramExport } from '../../chat/telegram/parse-telegram.js';
import { readTelegramStream, telegramStreamHeader } from '../../chat/telegram/read-telegram-stream.js';
import { looksLikeTeamsExport } from '../../chat/teams/looks-like-teams.js';
import { readTeamsExport } from '../../chat/teams/parse-teams.js';
import { normaliseForIndex } from '../../text/normalise-text.js';
import { decodeText } from '../../text/text-decoding.js';
import { emptyRecord, type ExtractInput, type Extractor } from '../adapter.js';
import { chatProblems, chatRecords } from '../chat/chat-items.js';
import { streamedChatItems } from '../chat/streamed-chat.js';
import { hashedChunks } from '../hashed-chunks.js';
import { readWholeFile } from '../read-whole-file.js';

type Read = { platform: ChatPlatform; conversation: string; items: ChatItem[]; problems: ChatProblem[] };

/** Enough of the file to hold a Telegram export's header and first message. */
const HEAD_BYTES = 1024 * 1024;

function readChatJson(value: unknown, fileName: string, options: SourceReadOptions): Read | null {
  if (looksLikeDiscordChatExport(value)) {
    const read = readDiscordExport(value, { timeZone: options.timeZone, fileName });
    return { platform: 'discord', conversation: read.conversation, items: read.items, problems: read.problems };
  }
  if (looksLikeMessengerExport(value)) {
    const read = readMessengerExport(value, { timeZone: options.timeZone, fileName });
    return { platform: 'messenger', conversation: read.conversation, items: read.items, problems: read.problems };
  }
  if (looksLikeTelegramExport(value)) {
    const read = readTelegramExport(value, { timeZone: options.timeZone, fileName });
    return { platform: 'telegram', conversation: read.chats.length === 1 ? (read.chats[0]?.name ?? '') : '', items: read.items, problems: read.problems };
  }
  if (looksLikeTeamsExport(value)) {
    const read = readTeamsExport(value, { timeZone: options.timeZone, fileName });
    return { platform: 'teams', conversation: read.conversation, items: read.items, problems: read.problems };
  }
  return null;
}

/**
 * The file's first bytes as text (UTF-8, byte-order mark dropped). Synchronous, as the worker's
 * other head reads: a blocking read costs nothing in a worker thread.
 */
function headText(input: ExtractInput): string {
  let head = input.preloaded?.subarray(0, HEAD_BYTES) ?? null;
  if (head === null) {
    const handle = openSync(input.absolutePath, 'r');
    try {
      const buffer = Buffer.alloc(Math.min(HEAD_BYTES, input.size));
      head = buffer.subarray(0, readSync(handle, buffer, 0, buffer.length, 0));
    } finally {
      closeSync(handle);
    }
  }
  // A character cut by the head's end decodes as U+FFFD at the very end, where the header never is.
  const text = new TextDecoder('utf-8').decode(head);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

const extractor: Extractor = {
  async *extract(input) {
    const name = input.relativePath.split('/').pop() ?? input.relativePath;
    const telegramHeader = telegramStreamHeader(headText(input));
    if (telegramHeader !== null) {
      const file = hashedChunks(input);
      const items = readTelegramStream(decodeChunks(file.chunks, 'auto', input.signal), telegramHeader, { timeZone: input.options.timeZone, fileName: name });
      yield* streamedChatItems(items, 'telegram', stringField(telegramHeader, 'name') || name);
      return { sha256: file.sha256() };
    }
    const { bytes, sha256 } = await readWholeFile(input);
    const text = decodeText(bytes).text;
    const read = readChatJson(parseJsonDocument(text, name), name, input.options);
    if (read === null) {
      yield {
        type: 'record',
        record: { ...emptyRecord('document'), identity: `${sha256}\n`, contentSha256: sha256, itemSha256: sha256, sizeBytes: bytes.length, title: name, subject: name, filename: name, mimeType: 'application/json', body: normaliseForIndex(text) },
      };
      yield { type: 'problem', severity: 'warning', locator: '', message: 'JSON that is no chat export this version reads: indexed as a text document' };
      return { sha256 };
    }
    yield* chatProblems(read.problems);
    yield* chatRecords(read.items, { platform: read.platform, fallbackConversation: read.conversation || name, media: null });
    return { sha256 };
  },
};

export default extractor;
