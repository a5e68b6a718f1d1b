/**
 * A message too large to parse whole (a 200 MB video attachment, a hostile file) is not
 * skipped: its headers are read from the head of its bytes and indexed, its size and hash are
 * exact, and an error says that its body and attachments were not read.
 */
import { parseMailMessage } from '../../mail/mime/parse-mail-message.js';
import type { ExtractedItem } from '../adapter.js';
import { gmailLabels } from './gmail-labels.js';
import { mailToItems } from './mail-to-record.js';

/** Messages above this are not parsed whole, whatever their container. */
export const MAX_MESSAGE_BYTES = 64 * 1024 * 1024;
/** How much of an oversized message is read for its headers. */
export const OVERSIZED_HEAD_BYTES = 1024 * 1024;

export type OversizedMessage = {
  head: Uint8Array;
  locator: string;
  size: number;
  sha256: string;
};

export function oversizedMessageItems(message: OversizedMessage): ExtractedItem[] {
  const parsed = parseMailMessage(message.head);
  const headersOnly = { ...parsed, text: '', html: '', attachments: [], problems: [] };
  const placement = { locator: message.locator, itemSha256: message.sha256, sizeBytes: message.size, folder: null, labels: gmailLabels(parsed.headers) };
  const items: ExtractedItem[] = [];
  for (const item of mailToItems(headersOnly, placement)) {
    // Only the headers were read: the identity rests on the bytes, never on a half-read body.
    items.push(item.type === 'record' ? { type: 'record', record: { ...item.record, identity: `email-oversized\n${message.sha256}` } } : item);
  }
  items.push({
    type: 'problem',
    severity: 'error',
    locator: message.locator,
    message: `Message of ${(message.size / 1048576).toFixed(1)} MB is larger than the ${MAX_MESSAGE_BYTES / 1048576} MB parse limit: its headers are indexed, its body and attachments are not`,
  });
  return items;
}
