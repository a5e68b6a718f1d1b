/**
 * A file an MMS carried (a photo, for OCR), read back from its SMS Backup & Restore XML. Ingest
 * made it the child `mms[3] part 1` of the message `mms[3]` (the third `<mms>`, counted as XPath
 * does), numbering that message's files that had bytes (`inlinePartPaths`). The backup holds the
 * bytes only as base64 inside an attribute, so they are found again the way ingest found them: by
 * the same reader, streamed, decoding only the files of the message asked for. A multi-gigabyte
 * backup is never held whole, and XML damage before the message is passed over exactly as ingest
 * passed over it.
 *
 * An OCR run reads a backup's photos one after another, in file order. Starting from the top for
 * each would parse the backup once per photo (2,000 photos in a 2 GB backup: terabytes), so the
 * reader is kept where it stopped (`SmsBackupCursor`), and the next photo further on is read from
 * there: a whole run is one pass. A message before the one last read starts the reader again.
 */
import { createReadStream } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { readSmsBackup, type SmsBackupItem, type SmsBackupOutput } from '../chat/sms/read-sms-backup.js';
import { inlinePartPaths } from '../ingest/chat/file-child.js';

/** Where an MMS file is: its message's locator (`mms[3]`) and its part path among that message's files ('1'). */
export type SmsPartLocator = { message: string; part: string };

/** What reading one part back found: its bytes, or why the backup no longer gives them. */
export type SmsPartBytes = { bytes: Uint8Array } | { changed: string } | { tooLarge: number };

/** The bytes of a backup, from its start, and how to stop reading them. */
export type BackupChunks = { chunks: AsyncIterable<Uint8Array>; close(): void };

const CHUNK_BYTES = 1024 * 1024;

/** A reader kept for this long after its last use, then closed (its file handle with it). */
const IDLE_MILLISECONDS = 30_000;

/** 'mms[3] part 1' taken apart; null for any other locator (an mbox's, a zip member's). Pure. */
export function smsPartLocator(locator: string): SmsPartLocator | null {
  const match = /^(mms\[[1-9]\d{0,14}\]) part ([1-9]\d{0,14})$/.exec(locator);
  const [, message, part] = match ?? [];
  return message === undefined || part === undefined ? null : { message, part };
}

/** 3 for 'mms[3]'; null for an `<sms>` or `<call>` locator. */
function mmsIndex(locator: string): number | null {
  const match = /^mms\[(\d+)\]$/.exec(locator);
  return match?.[1] === undefined ? null : Number(match[1]);
}

function partOf(item: SmsBackupItem, place: SmsPartLocator, maxBytes: number): SmsPartBytes {
  const paths = inlinePartPaths(item.inlineFiles);
  const content = item.inlineFiles[paths.indexOf(place.part)]?.content;
  if (content === undefined || content === null) {
    const kept = paths.filter((path) => path !== null).length;
    return { changed: `has no part ${place.part} in ${place.message} (it carries ${kept} file${kept === 1 ? '' : 's'} with readable data)` };
  }
  return content.length > maxBytes ? { tooLarge: content.length } : { bytes: content };
}

/**
 * One backup's reader, kept where it stopped between reads. Reads are queued, one at a time.
 * Only the message asked for, and any the reader has begun after it, have their files decoded;
 * the messages passed on the way are parsed, not decoded.
 */
export class SmsBackupCursor {
  private source: BackupChunks | null = null;
  private outputs: AsyncIterator<SmsBackupOutput> | null = null;
  /** The MMS index decoding starts from (the message asked for). */
  private wantedIndex = 0;
  /** The MMS index the reader last yielded; 0 before the first. */
  private passed = 0;
  /** The last message yielded, kept for the next read (another part of it, or the next one asked for). */
  private held: SmsBackupItem | null = null;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly open: () => BackupChunks) {}

  /** The bytes of the file at `place`, not yet checked against the record's hash. */
  find(place: SmsPartLocator, maxBytes: number): Promise<SmsPartBytes> {
    const read = this.queue.then(() => this.findNow(place, maxBytes));
    this.queue = read.catch(() => undefined);
    return read;
  }

  /** Stops reading and closes the file. A later `find` starts again from the top. */
  close(): void {
    this.source?.close();
    this.source = null;
    this.outputs = null;
    this.passed = 0;
    this.held = null;
  }

  private start(): AsyncIterator<SmsBackupOutput> {
    this.close();
    this.source = this.open();
    // The zone only dates messages, which are not wanted here.
    const outputs = readSmsBackup(this.source.chunks, { timeZone: 'UTC', decodeFilesOf: (locator) => (mmsIndex(locator) ?? 0) >= this.wantedIndex });
    this.outputs = outputs[Symbol.asyncIterator]();
    return this.outputs;
  }

  private async next(outputs: AsyncIterator<SmsBackupOutput>): Promise<SmsBackupItem | null> {
    for (;;) {
      const step = await outputs.next();
      if (step.done === true) {
        return null;
      }
      if (!('problem' in step.value)) {
        return step.value;
      }
    }
  }

  private async findNow(place: SmsPartLocator, maxBytes: number): Promise<SmsPartBytes> {
    const index = mmsIndex(place.message) ?? 0;
    // Behind the reader (or at a message it has let go of): start again from the top.
    const reachable = this.outputs !== null && (index > this.passed || (index === this.passed && this.held?.locator === place.message));
    const outputs = reachable && this.outputs !== null ? this.outputs : this.start();
    this.wantedIndex = index;
    for (;;) {
      const item = this.held ?? (await this.next(outputs));
      this.held = null;
      if (item === null) {
        this.close();
        return { changed: `has no ${place.message}` };
      }
      const at = mmsIndex(item.locator);
      if (at === null || at < index) {
        continue;
      }
      this.passed = at;
      this.held = item;
      return at === index ? partOf(item, place, maxBytes) : { changed: `has no ${place.message}` };
    }
  }
}

/**
 * The bytes of the file at `place` in the backup open as `handle`, read from its start (the
 * handle is left open). For one read; `backupPartBytes` keeps the reader for the next.
 */
export async function smsPartBytes(handle: FileHandle, place: SmsPartLocator, maxBytes: number): Promise<SmsPartBytes> {
  const cursor = new SmsBackupCursor(() => {
    const stream = handle.createReadStream({ start: 0, highWaterMark: CHUNK_BYTES, autoClose: false });
    return { chunks: stream as AsyncIterable<Buffer>, close: () => stream.destroy() };
  });
  try {
    return await cursor.find(place, maxBytes);
  } finally {
    cursor.close();
  }
}

/** Backups whose readers are kept between reads: an OCR run's, and one the viewer reads from. */
const MAX_KEPT_READERS = 2;

type KeptReader = { cursor: SmsBackupCursor; idle: NodeJS.Timeout | null; users: number };

/** The readers kept, least recently used first, by file and identity. */
const kept = new Map<string, KeptReader>();

function closeKept(key: string): void {
  const entry = kept.get(key);
  if (entry !== undefined) {
    if (entry.idle !== null) {
      clearTimeout(entry.idle);
    }
    entry.cursor.close();
    kept.delete(key);
  }
}

/**
 * The bytes of the file at `place` in the backup at `file`, through the reader kept for that file
 * while it is still the same file (`identity`: its size and modification time, say), else a new
 * one. A reader in use is never closed under its caller; one left idle is closed after a while,
 * and the least recently used idle one when too many are kept. Not yet checked against the
 * record's hash (the caller does that).
 */
export async function backupPartBytes(file: string, identity: string, place: SmsPartLocator, maxBytes: number): Promise<SmsPartBytes> {
  const key = `${file}\u0000${identity}`;
  let entry = kept.get(key);
  if (entry === undefined) {
    const cursor = new SmsBackupCursor(() => {
      const stream = createReadStream(file, { highWaterMark: CHUNK_BYTES });
      return { chunks: stream as AsyncIterable<Buffer>, close: () => stream.destroy() };
    });
    entry = { cursor, idle: null, users: 0 };
    for (const [oldKey, old] of kept) {
      if (kept.size < MAX_KEPT_READERS) {
        break;
      }
      if (old.users === 0) {
        closeKept(oldKey);
      }
    }
  } else {
    kept.delete(key);
  }
  kept.set(key, entry);
  if (entry.idle !== null) {
    clearTimeout(entry.idle);
    entry.idle = null;
  }
  entry.users += 1;
  try {
    return await entry.cursor.find(place, maxBytes);
  } finally {
    entry.users -= 1;
    if (entry.users === 0 && kept.get(key) === entry) {
      entry.idle = setTimeout(() => closeKept(key), IDLE_MILLISECONDS);
      entry.idle.unref();
    }
  }
}

/** Closes every kept reader that is not being read from. */
export function closeBackupReaders(): void {
  for (const [key, entry] of kept) {
    if (entry.users === 0) {
      closeKept(key);
    }
  }
}
