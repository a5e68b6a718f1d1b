/**
 * A file a chat message carries (a photo in a WhatsApp zip, an MMS part) as the message's child
 * record. Its bytes ride along in `content` until the worker's document extractors read them.
 */
import type { ChatInlineFile } from '../../chat/chat-message.js';
import { guessContentType } from '../../mail/outlook/guess-content-type.js';
import { normaliseForIndex } from '../../text/normalise-text.js';
import { sha256Hex } from '../../util/hash.js';
import { emptyRecord, type ExtractedRecord } from '../adapter.js';

export type ChildFile = {
  name: string;
  /** '' to guess from the name. */
  mimeType: string;
  bytes: Uint8Array;
};

export function fileChild(file: ChildFile, parentLocator: string, partPath: string): ExtractedRecord {
  const sha256 = sha256Hex(file.bytes);
  const name = normaliseForIndex(file.name).trim();
  return {
    ...emptyRecord('attachment'),
    locator: `${parentLocator} part ${partPath}`,
    partPath,
    contentSha256: sha256,
    itemSha256: sha256,
    sizeBytes: file.bytes.length,
    title: name || '(unnamed file)',
    filename: name,
    mimeType: file.mimeType || guessContentType(name),
    names: name ? [name] : [],
    content: file.bytes,
  };
}

/**
 * The part path of each file a message carries inline (MMS parts): '1', '2', … in order, counting
 * only files whose bytes the export gave, as only those become children (the others are reported
 * as errors); null for the others. Ingest numbers the children by it and reading one back
 * (review/sms-part-bytes.ts) finds it by it, so the two cannot count differently.
 */
export function inlinePartPaths(files: readonly ChatInlineFile[]): Array<string | null> {
  let next = 0;
  return files.map((file) => (file.content === null ? null : String(++next)));
}
