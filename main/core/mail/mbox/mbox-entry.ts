/**
 * What the mbox splitter hands out: one entry per message of the file, with where it lies in the
 * file, its bytes (or, for a message too large to hold, only its head) and the SHA-256 of the
 * whole message computed while it streamed past. The splitter never parses MIME; a reader turns
 * `bytes` into a message later.
 */

export type SplitMboxOptions = {
  /** Messages larger than this are not held in memory: only their head is kept (see `headBytes`). */
  maxMessageBytes: number;
  /** How much of an oversized message is kept, normally its header block. Default 1 MiB. */
  headBytes?: number;
  /**
   * Resume: entries whose From_ line starts before this byte offset are not yielded. They are still
   * scanned, cheaply (no hashing, no copying), so that indices and offsets match a full run made
   * with the same `maxMessageBytes` (which bounds how far a wrong Content-Length can be re-read).
   */
  startOffset?: number;
  signal?: AbortSignal;
};

export type MboxEntry = {
  /** 0-based ordinal of the message in the file, counting skipped ones. */
  index: number;
  /** Byte offset of its From_ line: the bytes at `offset` start with 'From '. */
  offset: number;
  /** Bytes from its From_ line to the next From_ line or the end of the file. */
  length: number;
  /** The From_ line decoded as latin1 (so any byte survives), without its line end. */
  separator: string;
  /**
   * The message without the From_ line and without the blank line the mbox format puts before the
   * next From_ line, with one '>' taken off every line matching /^>+From / (mboxrd; harmless for
   * mboxo). For an oversized message only its first `headBytes` bytes. A copy of its own, never a
   * view of the caller's chunks.
   */
  bytes: Uint8Array;
  oversized: boolean;
  /** Byte size of the whole message as described for `bytes` (after unescaping), also when oversized. */
  size: number;
  /** Hex SHA-256 of the whole message as described for `bytes`, computed streaming, also when oversized. */
  sha256: string;
  /** What looked wrong: the message is still returned, split as well as it could be. */
  problems: string[];
};

/**
 * The generator's return value (the `value` of its final `next()` result, which a `for await` loop
 * discards): what the whole scan covered.
 */
export type MboxSplitSummary = {
  /** Total bytes scanned: the file's size when the stream was read to its end. */
  endOffset: number;
  /** Messages found, skipped ones included. */
  entryCount: number;
  /**
   * Bytes before the first From_ line that belong to no message (0 for a well-formed mbox; a
   * UTF-8 byte order mark or blank lines there are counted too). Equal to `endOffset` when the
   * file holds no From_ line at all.
   */
  leadingBytes: number;
};
