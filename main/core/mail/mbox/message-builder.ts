/**
 * Collects one message of an mbox while the scanner feeds it its raw bytes, and turns it into an
 * entry once the scanner knows where it ends. It owns the memory bound: a message is held raw
 * (as views of the chunks, copied once at the end) until it grows past `maxMessageBytes`; from
 * then on its bytes are unescaped and hashed as they arrive and only the head is kept.
 *
 * It also reads the header block, for the Content-Length the scanner may trust, and keeps what
 * the scanner needs to change its mind: the raw bytes from the first From_ line inside a
 * Content-Length body (the "shadow" split), in case Content-Length turns out wrong. The header
 * is read once, when the scanner first asks (at the next separator, or at the end of the file).
 */
import { createHash, hash } from 'node:crypto';
import type { Hash } from 'node:crypto';
import { FromUnescaper } from './from-unescaper.js';
import { readHeaderBlock } from './header-block.js';
import type { HeaderBlock } from './header-block.js';
import type { MboxEntry } from './mbox-entry.js';

const LF = 0x0a;
const CR = 0x0d;
/**
 * Raw bytes never committed at the end of what is held: the blank line before the next From_
 * line is up to two bytes, and telling it from a line that ends in CR needs one more.
 */
const KEEP = 3;
/** A header block is looked for this far; past it there is no Content-Length to read. */
const MAX_HEADER_BYTES = 1024 * 1024;

export type MessageStart = {
  index: number;
  /** File offset of the From_ line. */
  offset: number;
  separator: string;
  /** File offset of the first byte after the From_ line. */
  bodyStart: number;
  /** Skipped (before the resume offset): the same decisions, but no hashing or copying. */
  skip: boolean;
  maxMessageBytes: number;
  headBytes: number;
};

export class MessageBuilder {
  readonly start: MessageStart;
  readonly problems: string[] = [];
  /** File offset of the first accepted From_ line inside the Content-Length body, if any. */
  shadow: number | null = null;
  private shadowDropped = false;

  // Raw bytes received but not yet committed, covering [heldStart, heldEnd) of the file.
  private held: Buffer[] = [];
  private heldStart: number;
  private heldEnd: number;
  private oversized = false;

  // Views of the first MAX_HEADER_BYTES raw bytes, read into `header` when first asked.
  private headerPieces: Buffer[] = [];
  private headerCollected = 0;
  private header: HeaderBlock | null = null;

  /** Only for a message that streams (oversized); a held one is hashed in one call at the end. */
  private hash: Hash | null = null;
  /** Made when first needed: most held messages have nothing to unescape. */
  private unescaperMade: FromUnescaper | null = null;
  /**
   * Set by the scanner when it passes a '>From ' in this message's bytes; until then a held
   * message is known to have nothing to unescape and skips that search.
   */
  mayHoldQuotedFrom = false;
  /** A held message's own copy, unescaped in place (unescaping only ever removes bytes). */
  private copy: Buffer | null = null;
  private head: Buffer[] = [];
  private headLength = 0;
  private size = 0;

  constructor(start: MessageStart) {
    this.start = start;
    this.heldStart = start.bodyStart;
    this.heldEnd = start.bodyStart;
  }

  /** The next raw bytes of the message, contiguous with the previous ones. */
  append(slice: Buffer): void {
    if (slice.length === 0) {
      return;
    }
    if (this.header === null && this.headerCollected < MAX_HEADER_BYTES) {
      const part = slice.subarray(0, MAX_HEADER_BYTES - this.headerCollected);
      this.headerPieces.push(part);
      this.headerCollected += part.length;
    }
    this.held.push(slice);
    this.heldEnd += slice.length;
    if (!this.oversized && this.heldEnd - this.start.bodyStart > this.start.maxMessageBytes + KEEP - 1) {
      this.becomeOversized();
    }
    if (this.oversized) {
      if (this.shadow !== null && this.heldEnd - this.shadow > this.start.maxMessageBytes) {
        // Holding more to re-split would break the memory bound: Content-Length wins unchecked.
        this.problems.push(`a From_ line at byte ${this.shadow} inside the Content-Length body could not be re-checked (message too large); Content-Length was followed`);
        this.shadow = null;
        this.shadowDropped = true;
      }
      this.commit(Math.min(this.heldEnd, this.shadow ?? Infinity) - KEEP);
    }
  }

  /** The declared Content-Length, once the header block has been read. */
  get contentLength(): number | null {
    return this.readHeader().contentLength;
  }

  /**
   * File offset where Content-Length says the body ends; null without a usable one. Reads the
   * header block from the bytes received so far, once: the scanner first asks at a separator,
   * so a header block that has not ended by then never will.
   */
  contentLengthEnd(): number | null {
    const header = this.readHeader();
    return header.end === null || header.contentLength === null ? null : this.start.bodyStart + header.end + header.contentLength;
  }

  /** Remembers the first accepted From_ line inside the Content-Length body. */
  noteShadow(offset: number): void {
    if (this.shadow === null && !this.shadowDropped) {
      this.shadow = offset;
    }
  }

  /**
   * Gives back the raw bytes from `offset` (the shadow) on, and forgets them: the scanner reads
   * them again as the following messages.
   */
  takeFrom(offset: number): Buffer[] {
    const taken: Buffer[] = [];
    let position = this.heldEnd;
    while (this.held.length > 0 && position > offset) {
      const last = this.held.pop() as Buffer;
      position -= last.length;
      if (position < offset) {
        this.held.push(last.subarray(0, offset - position));
        taken.push(last.subarray(offset - position));
        position = offset;
      } else {
        taken.push(last);
      }
    }
    this.heldEnd = offset;
    this.shadow = null;
    return taken.reverse();
  }

  /**
   * Ends the message after the last byte appended (the next From_ line or the end of the file
   * comes next). Returns null for a skipped message.
   */
  finish(atEof: boolean): MboxEntry | null {
    const end = this.heldEnd;
    if (atEof && this.readHeader().end === null && this.headerCollected < MAX_HEADER_BYTES) {
      this.problems.push('file ends inside the header block (truncated)');
    }
    const contentEnd = end - this.trailingBlankLine(end);
    if (!this.oversized && contentEnd - this.start.bodyStart > this.start.maxMessageBytes) {
      this.becomeOversized();
    }
    if (this.oversized || this.start.skip) {
      this.commit(contentEnd);
    } else {
      // One copy of the whole message, then unescaped within itself.
      this.copy = Buffer.concat(this.held, Math.max(0, contentEnd - this.heldStart));
      if (this.mayHoldQuotedFrom) {
        this.unescaper.push(this.copy);
      } else {
        this.size = this.copy.length;
      }
    }
    this.held = [];
    this.headerPieces = [];
    this.unescaperMade?.flush();
    if (this.start.skip) {
      return null;
    }
    let bytes: Buffer;
    let sha256: string;
    if (this.hash !== null) {
      bytes = Buffer.concat(this.head);
      sha256 = this.hash.digest('hex');
    } else {
      bytes = (this.copy ?? Buffer.alloc(0)).subarray(0, this.size);
      sha256 = hash('sha256', bytes, 'hex');
    }
    return {
      index: this.start.index,
      offset: this.start.offset,
      length: end - this.start.offset,
      separator: this.start.separator,
      bytes,
      oversized: this.oversized,
      size: this.size,
      sha256,
      problems: this.problems,
    };
  }

  private get unescaper(): FromUnescaper {
    this.unescaperMade ??= new FromUnescaper((piece) => this.emit(piece));
    return this.unescaperMade;
  }

  private readHeader(): HeaderBlock {
    if (this.header === null) {
      const bytes = this.headerPieces.length === 1 ? (this.headerPieces[0] as Buffer) : Buffer.concat(this.headerPieces);
      this.header = readHeaderBlock(bytes);
      this.headerPieces = [];
      if (this.header.problem !== null) {
        this.problems.push(this.header.problem);
      }
    }
    return this.header;
  }

  private becomeOversized(): void {
    this.oversized = true;
    if (!this.start.skip) {
      this.hash = createHash('sha256');
    }
  }

  /**
   * Length of the blank line just before `end` (0, 1 or 2 bytes): it belongs to the mbox format.
   * The From_ line's own LF counts as the line end before the first byte of the message.
   */
  private trailingBlankLine(end: number): number {
    const length = end - this.start.bodyStart;
    const at = (offset: number): number => (offset < this.start.bodyStart ? LF : this.byteAt(offset));
    if (length < 1 || at(end - 1) !== LF) {
      return 0;
    }
    if (length >= 2 && at(end - 2) === CR) {
      return at(end - 3) === LF ? 2 : 0;
    }
    return at(end - 2) === LF ? 1 : 0;
  }

  /** A byte still held (the last KEEP bytes always are). */
  private byteAt(offset: number): number {
    let position = this.heldEnd;
    for (let i = this.held.length - 1; i >= 0; i -= 1) {
      const piece = this.held[i] as Buffer;
      position -= piece.length;
      if (offset >= position) {
        return piece[offset - position] ?? 0;
      }
    }
    return 0;
  }

  /** Passes held raw bytes up to file offset `limit` on to unescaping and hashing. */
  private commit(limit: number): void {
    let used = 0;
    while (this.heldStart < limit && used < this.held.length) {
      const piece = this.held[used] as Buffer;
      const take = Math.min(piece.length, limit - this.heldStart);
      if (!this.start.skip) {
        this.unescaper.push(piece.subarray(0, take));
      }
      if (take === piece.length) {
        used += 1;
      } else {
        this.held[used] = piece.subarray(take);
      }
      this.heldStart += take;
    }
    // One splice per commit, not one shift per piece: tiny chunks make many pieces.
    if (used > 0) {
      this.held.splice(0, used);
    }
  }

  private emit(piece: Buffer): void {
    if (piece.length === 0 || this.start.skip) {
      return;
    }
    if (this.hash === null) {
      // Held: the unescaper is only fed the message's own copy, at the end.
      if (this.copy !== null) {
        compactInto(this.copy, this.size, piece);
      }
      this.size += piece.length;
      return;
    }
    this.size += piece.length;
    this.hash.update(piece);
    if (this.headLength < this.start.headBytes) {
      // A copy: a view would keep a whole chunk alive for a few header bytes.
      const part = Buffer.from(piece.subarray(0, this.start.headBytes - this.headLength));
      this.head.push(part);
      this.headLength += part.length;
    }
  }
}

/**
 * Moves an unescaped piece to the end of what is already kept in `copy`. Pieces come in order and
 * never ahead of where they are written, so moving within the copy is safe; only a tail the
 * unescaper held back arrives in a buffer of its own.
 */
function compactInto(copy: Buffer, written: number, piece: Buffer): void {
  const from = piece.byteOffset - copy.byteOffset;
  if (piece.buffer === copy.buffer && from >= 0 && from + piece.length <= copy.length) {
    if (from !== written) {
      copy.copyWithin(written, from, from + piece.length);
    }
  } else {
    piece.copy(copy, written);
  }
}
