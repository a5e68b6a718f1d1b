/**
 * Telling a DiscordChatExporter JSON file from any other `.json`. DiscordChatExporter always
 * writes `guild`, `channel` and `messages` at the top, in that order, and nothing else does.
 */
import { isRecord } from '../json-fields.js';

/** True for a parsed DiscordChatExporter JSON export. */
export function looksLikeDiscordChatExport(value: unknown): boolean {
  return isRecord(value) && isRecord(value['guild']) && isRecord(value['channel']) && Array.isArray(value['messages']);
}
