/**
 * A file an MMS carried (a photo, for OCR), read back from its SMS Backup & Restore XML. Ingest
 * made it the child `mms[3] part 1` of the message `mms[3]` (the third `<mms>`, counted as XPath
 * does), numbering that message's files that had bytes (`inlinePartPaths`). The backup holds the
 * bytes only as base64 inside an attribute, so they are found again the way ingest found them: by
 * the same reader, streamed from the start up to that message and no further, decoding only that
 * message's files. A multi-gigabyte backup is parsed up to the message, never held whole, and XML
 * damage before the message is passed over exactly as ingest passed over it.
 */
import type { FileHandle } from 'node:fs/promises';
import { readSmsBackup } from '../chat/sms/read-sms-backup.js';
import { inlinePartPaths } from '../ingest/chat/file-child.js';

/** Where an MMS file is: its message's locator (`mms[3]`) and its part path among that message's files ('1'). */
export type SmsPartLocator = { message: string; part: string };

/** What reading one part back found: its bytes, or why the backup no longer gives them. */
export type SmsPartBytes = { bytes: Uint8Array } | { changed: string } | { tooLarge: number };

/** 'mms[3] part 1' taken apart; null for any other locator (an mbox's, a zip member's). Pure. */
export function smsPartLocator(locator: string): SmsPartLocator | null {
  const match = /^(mms\[[1-9]\d{0,14}\]) part ([1-9]\d{0,14})$/.exec(locator);
  const [, message, part] = match ?? [];
  return message === undefined || part === undefined ? null : { message, part };
}

/**
 * The bytes of the file at `place` in the backup open as `handle` (read from its start; the
 * handle is left open), not yet checked against the record's hash.
 */
export async function smsPartBytes(handle: FileHandle, place: SmsPartLocator, maxBytes: number): Promise<SmsPartBytes> {
  const stream = handle.createReadStream({ start: 0, highWaterMark: 1024 * 1024, autoClose: false });
  try {
    // The zone only dates messages, which are not wanted here.
    const outputs = readSmsBackup(stream as AsyncIterable<Buffer>, { timeZone: 'UTC', decodeFilesOf: (locator) => locator === place.message });
    for await (const output of outputs) {
      if ('problem' in output || output.locator !== place.message) {
        continue;
      }
      const paths = inlinePartPaths(output.inlineFiles);
      const content = output.inlineFiles[paths.indexOf(place.part)]?.content;
      if (content === undefined || content === null) {
        const kept = paths.filter((path) => path !== null).length;
        return { changed: `has no part ${place.part} in ${place.message} (it carries ${kept} file${kept === 1 ? '' : 's'} with readable data)` };
      }
      return content.length > maxBytes ? { tooLarge: content.length } : { bytes: content };
    }
    return { changed: `has no ${place.message}` };
  } finally {
    // Stops the read at the message: nothing after it is parsed.
    stream.destroy();
  }
}
