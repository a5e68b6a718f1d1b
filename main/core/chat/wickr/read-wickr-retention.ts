/**
 * AWS Wickr data-retention (Wickr Enterprise compliance bot) output as chat items, streamed. The
 * bot appends each message it receives to its output as one JSON object per line; AWS's
 * documentation shows the same objects pretty-printed, and a top-level array is accepted too.
 * No public retention file exists, so this reader follows AWS's documented message formats (see
 * `wickr-content.ts`) and is tested on fixtures built from them.
 *
 * Wickr deletes messages by design (expiration timers, burn-on-read, recalls), so the reader's
 * main duty beyond the messages is to make those settings visible: see `wickr-rooms.ts` for the
 * timer events and `wickr-record.ts` for how each fact becomes an item.
 */
import { AppError } from '../../../../shared/errors.js';
import type { ChatItem, ChatProblem } from '../chat-message.js';
import { throwIfCancelled } from '../mapped/cancellation.js';
import { JsonRecordScanner } from '../mapped/json-record-scanner.js';
import { decodeChunks } from '../mapped/text-chunks.js';
import { isValidTimeZone } from '../zoned-time.js';
import { wickrRecordItems } from './wickr-record.js';
import { WickrRooms } from './wickr-rooms.js';

/** How to read retention output: the officer's zone, the bot's display zone, cancellation, the size bound. */
export type WickrOptions = {
  /** IANA zone the officer chose; dates are shown with its offset. */
  timeZone: string;
  /**
   * The zone the retention bot displayed `time`, `ttl` and `bor` in, used only when a record has
   * no `msg_ts` or `time_iso`. Default 'UTC', as in AWS's examples.
   */
  displayTimeZone?: string;
  signal?: AbortSignal;
  /** The longest record kept, in characters; default 16 MiB (a Wickr message is at most a few thousand). */
  maxRecordChars?: number;
};

/** What the reader yields: an item, or a problem naming its line. */
export type WickrOutput = ChatItem | { problem: ChatProblem };

/** The default `maxRecordChars` (16 MiB); see `WickrOptions`. */
export const DEFAULT_MAX_RECORD_CHARS = 16 * 1024 * 1024;

/**
 * Reads Wickr retention output from its bytes, in file order: one or more items per record and a
 * problem for anything unreadable. Never throws for what the file holds. Throws AppError
 * 'invalid-args' for bad options and 'cancelled' when the signal fires.
 */
export async function* readWickrRetention(chunks: AsyncIterable<Uint8Array>, options: WickrOptions): AsyncGenerator<WickrOutput> {
  for (const zone of [options.timeZone, options.displayTimeZone ?? 'UTC']) {
    if (!isValidTimeZone(zone)) {
      throw new AppError('invalid-args', `unknown time zone "${zone}"`, { timeZone: zone });
    }
  }
  const { signal } = options;
  const scanner = new JsonRecordScanner([], options.maxRecordChars ?? DEFAULT_MAX_RECORD_CHARS);
  const context = { timeZone: options.timeZone, displayTimeZone: options.displayTimeZone ?? 'UTC', rooms: new WickrRooms() };
  let warnedFull = false;

  async function* pieces(): AsyncGenerator<ReturnType<JsonRecordScanner['push']>> {
    for await (const text of decodeChunks(chunks, 'utf-8', signal)) {
      yield scanner.push(text);
    }
    yield scanner.finish();
  }

  for await (const batch of pieces()) {
    for (const piece of batch) {
      throwIfCancelled(signal, 'Wickr reading');
      if (piece.kind === 'problem') {
        yield { problem: { locator: `line ${piece.line}`, message: piece.message } };
        continue;
      }
      const locator = `line ${piece.line}`;
      let value: unknown;
      try {
        value = JSON.parse(piece.text);
      } catch (error) {
        yield { problem: { locator, message: `not valid JSON (${error instanceof Error ? error.message : 'unreadable'}); skipped` } };
        continue;
      }
      const { items, problems } = wickrRecordItems(value, locator, context);
      yield* items;
      for (const message of problems) {
        yield { problem: { locator, message } };
      }
      if (context.rooms.overflowed && !warnedFull) {
        warnedFull = true;
        yield { problem: { locator, message: 'more conversations than the reader tracks; later ones are read without their titles, members or timers' } };
      }
    }
  }
}
