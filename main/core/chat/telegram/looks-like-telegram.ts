/**
 * Telling a Telegram Desktop JSON export from any other `.json`: DiscordChatExporter and Facebook
 * also write an object with a `messages` array, so the test looks at what Telegram alone writes.
 */
import { isRecord } from '../json-fields.js';

/** Chat types Telegram Desktop writes in a chat's `type`. */
export const TELEGRAM_CHAT_TYPES: ReadonlySet<string> = new Set([
  'saved_messages',
  'replies',
  'personal_chat',
  'bot_chat',
  'private_group',
  'private_supergroup',
  'public_supergroup',
  'private_channel',
  'public_channel',
]);

const MESSAGE_TYPES: ReadonlySet<string> = new Set(['message', 'service', 'unsupported']);

function isTelegramMessage(value: unknown): boolean {
  if (!isRecord(value) || typeof value['type'] !== 'string' || !MESSAGE_TYPES.has(value['type'])) {
    return false;
  }
  return 'date_unixtime' in value || typeof value['date'] === 'string';
}

/**
 * True for a parsed Telegram Desktop export: a full-account export (`chats.list`) or a single
 * chat (`messages`, with a Telegram chat type or Telegram-shaped messages).
 */
export function looksLikeTelegramExport(value: unknown): boolean {
  if (!isRecord(value)) {
    return false;
  }
  const chats = value['chats'];
  if (isRecord(chats) && Array.isArray(chats['list'])) {
    return true;
  }
  const messages = value['messages'];
  if (!Array.isArray(messages) || 'guild' in value || 'participants' in value) {
    return false;
  }
  if (typeof value['type'] === 'string' && TELEGRAM_CHAT_TYPES.has(value['type']) && 'id' in value) {
    return true;
  }
  const first = messages.find(isRecord);
  return first !== undefined && isTelegramMessage(first);
}
