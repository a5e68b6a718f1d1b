/**
 * Telling a Facebook Messenger JSON export (`message_1.json`) from any other `.json`: Facebook
 * writes `participants` and `messages`, and its messages carry `sender_name` and `timestamp_ms`.
 */
import { isRecord } from '../json-fields.js';

/** True for a parsed Facebook Messenger export file. */
export function looksLikeMessengerExport(value: unknown): boolean {
  if (!isRecord(value) || !Array.isArray(value['participants']) || !Array.isArray(value['messages'])) {
    return false;
  }
  const first = value['messages'].find(isRecord);
  // A thread with no messages is still Messenger when it has Facebook's thread fields.
  return first === undefined ? 'thread_path' in value || 'is_still_participant' in value : 'timestamp_ms' in first && 'sender_name' in first;
}
