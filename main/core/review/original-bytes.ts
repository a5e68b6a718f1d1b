/**
 * A record's own bytes, read back from a source: the file itself, a member of a zip, or an
 * attachment re-read from its message in an .eml, .msg or mbox file. The index keeps text, not
 * bytes, so whatever needs the original (page images of a PDF; later OCR and native files in a
 * packet) comes here.
 *
 * What comes back is checked against the SHA-256 ingest recorded (`fileSha256`): a source that
 * changed, moved or vanished since it was indexed is refused, naming the file and the place in
 * it, never shown as if it were the record. Each place a copy was found is tried in turn. Source
 * files are opened read-only. Containers that cannot give bytes back (Outlook stores) are refused
 * as `unsupported`. A file attached to a chat message in a zipped export (WhatsApp media) is
 * found as ingest found it: by its name, beside the chat file, else anywhere in the zip; a file an
 * MMS carried is decoded again from its SMS backup (`sms-part-bytes.ts`).
 */
import type { FileHandle } from 'node:fs/promises';
import { open } from 'node:fs/promises';
import { AppError } from '../../../shared/errors.js';
import type { SourceInfo } from '../../../shared/model/case.js';
import type { RecordDetail, RecordLocation } from '../../../shared/model/record.js';
import { looksLikeZip, ZipArchive, type ZipEntry } from '../archive/zip-archive.js';
import { MAX_MESSAGE_BYTES } from '../ingest/email/oversized-message.js';
import type { MailMessage } from '../mail/mail-message.js';
import { splitMbox } from '../mail/mbox/split-mbox.js';
import { parseMailMessage } from '../mail/mime/parse-mail-message.js';
import { isMsgFile, isPstFile } from '../mail/outlook/outlook-sniff.js';
import { readMsg } from '../mail/outlook/read-msg.js';
import { sha256Hex } from '../util/hash.js';
import { attachmentAt, mboxOffsetOf, splitRecordLocator } from './record-locator.js';
import { backupPartBytes, smsPartLocator, type SmsPartLocator } from './sms-part-bytes.js';

export { closeBackupReaders } from './sms-part-bytes.js';
import { sourceFilePath } from './source-file-path.js';

/** Larger records are not read back whole (ingest reads single files up to the same size). */
export const MAX_ORIGINAL_BYTES = 256 * 1024 * 1024;

export type OriginalBytes = {
  bytes: Uint8Array;
  /** The copy the bytes came from, and its file on disk. */
  location: RecordLocation;
  file: string;
};

export type BytesRecord = Pick<RecordDetail, 'id' | 'fileSha256' | 'locations'> & {
  /** The file's name: chat media in a zip are found by it. */
  filename?: string;
};
export type SourcePaths = ReadonlyArray<Pick<SourceInfo, 'id' | 'path'>>;

function where(file: string, locator: string): string {
  return locator === '' ? file : `${file} (${locator})`;
}

function notAvailable(reason: string, file: string, locator: string): AppError {
  return new AppError('unsupported', `The original bytes are not available from ${where(file, locator)}: ${reason}`, { path: file, locator });
}

function changed(reason: string, file: string, locator: string): AppError {
  return new AppError('source-unreadable', `The source changed since it was indexed: ${where(file, locator)} ${reason}`, { path: file, locator });
}

async function readWhole(handle: FileHandle, file: string, locator: string, maxBytes: number): Promise<Uint8Array> {
  const { size } = await handle.stat();
  if (size > maxBytes) {
    throw notAvailable(`it is ${size} bytes, more than the ${maxBytes} read back`, file, locator);
  }
  return new Uint8Array(await handle.readFile());
}

async function readHead(handle: FileHandle, length: number): Promise<Uint8Array> {
  const head = new Uint8Array(length);
  const { bytesRead } = await handle.read(head, 0, length, 0);
  return head.subarray(0, bytesRead);
}

/** The mbox message whose From_ line is at `offset`, split exactly as ingest split it; null when none starts there. */
async function mboxMessageAt(handle: FileHandle, offset: number): Promise<Uint8Array | null> {
  const stream = handle.createReadStream({ start: offset, highWaterMark: 1024 * 1024, autoClose: false });
  try {
    for await (const entry of splitMbox(stream as AsyncIterable<Buffer>, { maxMessageBytes: MAX_MESSAGE_BYTES })) {
      if (entry.offset !== 0 || entry.oversized) {
        return null;
      }
      return entry.bytes;
    }
    return null;
  } finally {
    stream.destroy();
  }
}

/**
 * The entry holding a file attached to a chat message, looked up as the zip reader did at ingest
 * (adapters/zip.ts): `name` in the chat file's folder, else the first entry of that name.
 */
function chatMediaEntry(zip: ZipArchive, messageLocator: string, name: string): ZipEntry | undefined {
  // 'line 12' for the only chat of the zip, 'exports/chat.txt line 12' for one of several.
  const chatPath = messageLocator.replace(/(^| )line \d+$/, '');
  const folder = chatPath.includes('/') ? chatPath.slice(0, chatPath.lastIndexOf('/') + 1) : '';
  return zip.find(`${folder}${name}`) ?? zip.entries.find((entry) => entry.path !== null && !entry.path.startsWith('__MACOSX/') && entry.path.split('/').pop() === name);
}

async function zipMember(file: string, locator: string, maxBytes: number, filename: string | undefined): Promise<Uint8Array> {
  const zip = await ZipArchive.open({ path: file });
  try {
    let entry = zip.find(locator);
    if (entry === undefined) {
      // Chat media are children of a message: 'line 12 part 1', 'chat.txt line 12 part 1'.
      const place = splitRecordLocator(locator);
      if (place === null || place.parts.length === 0) {
        throw changed('has no such entry', file, locator);
      }
      entry = filename === undefined || filename === '' ? undefined : chatMediaEntry(zip, place.message, filename);
      if (entry === undefined) {
        throw filename === undefined ? notAvailable('the name of the file attached to the chat message is not known', file, locator) : changed(`has no file named ${filename}`, file, locator);
      }
    }
    return await zip.read(entry, maxBytes);
  } finally {
    zip.close();
  }
}

/**
 * A file an MMS carried, decoded again from the backup's XML by the reader kept for that backup
 * (an OCR run's photos are read in one pass); the open handle names the file as it is now.
 */
async function mmsPart(handle: FileHandle, place: SmsPartLocator, file: string, locator: string, maxBytes: number): Promise<Uint8Array> {
  const { size, mtimeMs, ino } = await handle.stat();
  const found = await backupPartBytes(file, `${ino}:${size}:${mtimeMs}`, place, maxBytes);
  if ('changed' in found) {
    throw changed(found.changed, file, locator);
  }
  if ('tooLarge' in found) {
    throw notAvailable(`the file is ${found.tooLarge} bytes, more than the ${maxBytes} read back`, file, locator);
  }
  return found.bytes;
}

/** The message a part locator starts from: the whole file (.eml, .msg) or an mbox entry. */
async function messageFor(handle: FileHandle, head: Uint8Array, messageLocator: string, file: string, locator: string, maxBytes: number): Promise<MailMessage> {
  const options = { keepContentUpTo: maxBytes };
  if (messageLocator === '') {
    const bytes = await readWhole(handle, file, locator, maxBytes);
    return isMsgFile(head) ? readMsg(bytes) : parseMailMessage(bytes, options);
  }
  const offset = mboxOffsetOf(messageLocator);
  if (offset === null) {
    throw notAvailable('this kind of container is not read back', file, locator);
  }
  const message = await mboxMessageAt(handle, offset);
  if (message === null) {
    throw changed(`has no message starting at byte ${offset}`, file, locator);
  }
  return parseMailMessage(message, options);
}

/** The bytes at one location, not yet checked against the record's hash. */
async function bytesIn(handle: FileHandle, file: string, locator: string, maxBytes: number, filename: string | undefined): Promise<Uint8Array> {
  if (locator === '') {
    return readWhole(handle, file, locator, maxBytes);
  }
  const head = await readHead(handle, 8);
  if (looksLikeZip(head)) {
    return zipMember(file, locator, maxBytes, filename);
  }
  if (isPstFile(head)) {
    throw notAvailable('Outlook data files (.pst, .ost) are not read back', file, locator);
  }
  // 'mms[3] part 1' names no mail place, so the locator alone tells an SMS backup's file apart.
  const mms = smsPartLocator(locator);
  if (mms !== null) {
    return mmsPart(handle, mms, file, locator, maxBytes);
  }
  const place = splitRecordLocator(locator);
  if (place === null) {
    throw notAvailable('the locator is not one this reader knows', file, locator);
  }
  if (place.parts.length === 0) {
    const offset = mboxOffsetOf(place.message);
    const message = offset === null ? null : await mboxMessageAt(handle, offset);
    if (message === null) {
      throw offset === null ? notAvailable('this kind of container is not read back', file, locator) : changed(`has no message starting at byte ${offset}`, file, locator);
    }
    return message;
  }
  const message = await messageFor(handle, head, place.message, file, locator, maxBytes);
  const attachment = attachmentAt(message, place.parts);
  if (attachment === null) {
    throw changed(`has no part ${place.parts.join(' in part ')}`, file, locator);
  }
  if (attachment.content === null) {
    throw notAvailable(`the attachment is ${attachment.size} bytes, more than the ${maxBytes} read back`, file, locator);
  }
  // Parts may be views into the message; a copy lets the message go.
  return new Uint8Array(attachment.content);
}

async function readLocation(record: BytesRecord, location: RecordLocation, sources: SourcePaths, maxBytes: number): Promise<OriginalBytes> {
  const source = sources.find((candidate) => candidate.id === location.sourceId);
  if (source === undefined) {
    throw new AppError('source-unreadable', `The source ${location.sourceId} that held ${location.path} is no longer in the case`, { sourceId: location.sourceId });
  }
  const file = await sourceFilePath(source.path, location.path);
  // Read-only, always: sources are evidence.
  const handle = await open(file, 'r');
  let bytes: Uint8Array;
  try {
    bytes = await bytesIn(handle, file, location.locator, maxBytes, record.filename);
  } finally {
    await handle.close();
  }
  if (record.fileSha256 === '') {
    throw notAvailable('ingest recorded no hash to check the bytes against', file, location.locator);
  }
  if (sha256Hex(bytes) !== record.fileSha256) {
    throw changed(`no longer holds the bytes indexed (SHA-256 ${record.fileSha256.slice(0, 12)}…)`, file, location.locator);
  }
  return { bytes, location, file };
}

/**
 * The record's bytes from the first of its locations that still gives them, verified against
 * its SHA-256. Throws the first location's error (`source-unreadable` for a changed or missing
 * source, `unsupported` for a container that cannot give bytes), with every location's in
 * `details.failures`.
 */
export async function readOriginalBytes(record: BytesRecord, sources: SourcePaths, maxBytes = MAX_ORIGINAL_BYTES): Promise<OriginalBytes> {
  const failures: AppError[] = [];
  for (const location of record.locations) {
    try {
      return await readLocation(record, location, sources, maxBytes);
    } catch (error) {
      failures.push(error instanceof AppError ? error : new AppError('source-unreadable', `${where(location.path, location.locator)} cannot be read: ${error instanceof Error ? error.message : String(error)}`));
    }
  }
  const [first] = failures;
  if (first === undefined) {
    throw new AppError('not-found', `Record ${record.id} has no location to read its bytes from`, { recordId: record.id });
  }
  const others = failures.length > 1 ? ` (and ${failures.length - 1} other cop${failures.length === 2 ? 'y' : 'ies'} failed too)` : '';
  throw new AppError(first.code, `${first.message}${others}`, { ...first.details, recordId: record.id, failures: failures.map((failure) => failure.message) });
}
