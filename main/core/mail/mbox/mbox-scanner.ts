/**
 * The mbox splitter's state machine, without I/O: chunks go in, finished entries come out. It
 * finds From_ line candidates with `indexOf('From ')` over the current chunk, keeping the hits
 * that follow a line feed (searching for '\nFrom ' itself is eight times slower: V8 then stops
 * at every line feed), asks `from-line.ts` whether a candidate is a separator, and hands the
 * bytes between separators to a `MessageBuilder`. Chunks are used as they come, without copying,
 * unless a From_ line straddles two of them.
 *
 * Content-Length (mboxcl/mboxcl2) is trusted only when it lands on the next separator (or the
 * end of the file), allowing one line end in between since writers disagree on whether the blank
 * line is counted. Until then a separator inside the declared body is only remembered; if the
 * declared length proves wrong, the scanner rewinds to that separator and reads the bytes again,
 * so a wrong Content-Length gives exactly the split that plain From_ splitting gives. Rewinding
 * re-reads at most one message (the builder drops the remembered separator rather than hold more
 * than `maxMessageBytes`), and a budget stops a file full of wrong headers from making the scan
 * quadratic.
 *
 * Memory: the current chunk plus a few bytes carried over (a From_ line waiting for its next
 * line), and the current message as the builder bounds it.
 */
import { MAX_FROM_LINE, classifyFromLine, isSeparator, startsWithHeaderField } from './from-line.js';
import type { MboxEntry, MboxSplitSummary } from './mbox-entry.js';
import { MessageBuilder } from './message-builder.js';

const LF = 0x0a;
const CR = 0x0d;
const GT = 0x3e;
const FROM = Buffer.from('From ', 'latin1');
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
/** Bytes kept before the scan position: enough to see the blank line (LF CR LF) before a From_ line. */
const LOOKBEHIND = 3;
/** Bytes that may be re-read after wrong Content-Length headers, beyond the bytes scanned. */
const REPLAY_ALLOWANCE = 64 * 1024 * 1024;

const WAIT = -1;
const NONE = -2;
const REJECT = -3;

export type ScannerOptions = {
  maxMessageBytes: number;
  headBytes: number;
  startOffset: number;
};

export class MboxScanner {
  private readonly options: ScannerOptions;
  /** The current chunk, or the bytes of several when a From_ line straddles them. */
  private window: Buffer = Buffer.alloc(0);
  /** Up to LOOKBEHIND bytes that come right before window[0] in the file. */
  private before: Buffer = Buffer.alloc(0);
  /** File offset of window[0]. */
  private windowStart = 0;
  /** Window index of the first byte not yet given to a message (or counted as leading). */
  private pos = 0;
  /** Candidates are looked for after this window index. */
  private searchFrom = -1;
  /** A candidate that needs more bytes before it can be judged. */
  private pending: number | null = null;
  private fileStartChecked = false;
  private current: MessageBuilder | null = null;
  private count = 0;
  private scanned = 0;
  private leadingBytes = 0;
  private leadingBlank = true;
  private trustContentLength = true;
  private replayed = 0;
  private finished: MboxEntry[] = [];
  /** Bytes still to scan after the window: chunks, or what followed a rewind. */
  private readonly queue: Buffer[] = [];

  constructor(options: ScannerOptions) {
    this.options = options;
  }

  /** Feeds the next chunk; returns the entries it completed. The chunk must not change afterwards. */
  push(chunk: Uint8Array): MboxEntry[] {
    if (chunk.length > 0) {
      this.scanned += chunk.length;
      this.queue.push(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
      this.run(false);
    }
    return this.drain();
  }

  /** Ends the input; returns the last entries. */
  finish(): MboxEntry[] {
    for (;;) {
      this.run(true);
      if (this.current === null) {
        break;
      }
      if (!this.contentLengthHoldsAtEnd(this.current)) {
        continue;
      }
      this.endMessage(true);
      break;
    }
    return this.drain();
  }

  summary(): MboxSplitSummary {
    return { endOffset: this.scanned, entryCount: this.count, leadingBytes: this.leadingBytes };
  }

  private drain(): MboxEntry[] {
    const done = this.finished;
    this.finished = [];
    return done;
  }

  /** Scans the window, then each queued buffer in turn. */
  private run(eof: boolean): void {
    for (;;) {
      this.scan(eof);
      const next = this.queue.shift();
      if (next === undefined) {
        return;
      }
      this.append(next);
    }
  }

  private append(bytes: Buffer): void {
    if (this.fileStartChecked && this.pending === null && !this.mayStraddle(bytes)) {
      // The usual case: the few bytes left over are message bytes; the chunk becomes the window.
      this.assign(this.window.length);
      this.before = this.bytesBefore(this.window.length);
      this.windowStart += this.window.length;
      this.window = bytes;
      this.pos = 0;
      this.searchFrom = -1;
      return;
    }
    const keep = Math.max(0, this.pos - LOOKBEHIND);
    this.before = this.bytesBefore(keep);
    this.window = Buffer.concat([this.window.subarray(keep), bytes]);
    this.windowStart += keep;
    this.pos -= keep;
    this.searchFrom = Math.max(-1, this.searchFrom - keep);
    if (this.pending !== null) {
      this.pending -= keep;
    }
  }

  /**
   * Whether the end of the window may begin a From_ line that `bytes` completes. A '>From ' cut
   * in two is not searched again, so it is noted here, however the next bytes turn out.
   */
  private mayStraddle(bytes: Buffer): boolean {
    const window = this.window;
    for (let candidate = Math.max(this.pos, window.length - (FROM.length - 1)); candidate < window.length; candidate += 1) {
      const have = window.length - candidate;
      if (!window.subarray(candidate).equals(FROM.subarray(0, have))) {
        continue;
      }
      const before = this.byteAt(candidate - 1);
      if (before === GT) {
        this.noteQuotedFrom();
      }
      const need = FROM.length - have;
      if (before === LF && (bytes.length < need || bytes.subarray(0, need).equals(FROM.subarray(have)))) {
        return true;
      }
    }
    return false;
  }

  private noteQuotedFrom(): void {
    if (this.current !== null) {
      this.current.mayHoldQuotedFrom = true;
    }
  }

  /** A window byte, or for a negative index one of the bytes before the window. */
  private byteAt(index: number): number | undefined {
    return index >= 0 ? this.window[index] : this.before[this.before.length + index];
  }

  /** A copy of the LOOKBEHIND bytes before window[index]. */
  private bytesBefore(index: number): Buffer {
    if (index >= LOOKBEHIND) {
      return Buffer.from(this.window.subarray(index - LOOKBEHIND, index));
    }
    const joined = Buffer.concat([this.before, this.window.subarray(0, index)]);
    return joined.subarray(Math.max(0, joined.length - LOOKBEHIND));
  }

  private scan(endOfInput: boolean): void {
    for (;;) {
      // A rewind queues bytes, and then the window's end is no longer the end of the input.
      const eof = endOfInput && this.queue.length === 0;
      const candidate = this.nextCandidate(eof);
      if (candidate === WAIT) {
        return;
      }
      if (candidate === NONE) {
        // The last four bytes may be the start of 'From ': leave them for the next chunk.
        const safe = eof ? this.window.length : Math.max(this.pos, this.window.length - (FROM.length - 1));
        this.assign(safe);
        this.searchFrom = Math.max(this.searchFrom, this.window.length - FROM.length);
        return;
      }
      // The bytes before a candidate belong to the current message, whatever it turns out to be.
      this.assign(candidate);
      const lineEnd = this.judge(candidate, eof);
      if (lineEnd === WAIT) {
        this.pending = candidate;
        return;
      }
      this.pending = null;
      if (lineEnd === REJECT) {
        this.searchFrom = candidate;
        continue;
      }
      const current = this.current;
      const declaredEnd = current !== null && this.trustContentLength ? current.contentLengthEnd() : null;
      if (current !== null && declaredEnd !== null) {
        const offset = this.windowStart + candidate;
        if (offset < declaredEnd) {
          current.noteShadow(offset);
          this.searchFrom = candidate;
          continue;
        }
        if (!this.onlyLineEndBetween(declaredEnd, offset)) {
          current.problems.push(`Content-Length header says ${current.contentLength} bytes but the next From_ line is elsewhere; split at the From_ line`);
          if (current.shadow !== null) {
            this.rewind(current, current.shadow);
            continue;
          }
        }
      }
      this.startMessage(candidate, lineEnd);
    }
  }

  private nextCandidate(eof: boolean): number {
    if (this.pending !== null) {
      return this.pending;
    }
    if (!this.fileStartChecked) {
      if (this.window.length < BOM.length + FROM.length && !eof) {
        return WAIT;
      }
      this.fileStartChecked = true;
      const at = this.window.subarray(0, BOM.length).equals(BOM) ? BOM.length : 0;
      if (this.window.subarray(at, at + FROM.length).equals(FROM)) {
        return at;
      }
    }
    for (let from = this.searchFrom + 1; ; ) {
      const hit = this.window.indexOf(FROM, from);
      if (hit === -1) {
        return NONE;
      }
      const before = this.byteAt(hit - 1);
      if (before === LF) {
        return hit;
      }
      if (before === GT) {
        // The same search tells the current message whether it has a quoted line to undo.
        this.noteQuotedFrom();
      }
      from = hit + 1;
    }
  }

  /** The candidate's line end (window index) when it is a separator; else REJECT or WAIT. */
  private judge(candidate: number, eof: boolean): number {
    const window = this.window;
    // Unbounded, yet linear over the file: the search stops at the LF before the next candidate.
    let lineEnd = window.indexOf(LF, candidate);
    if (lineEnd === -1) {
      if (window.length - candidate > MAX_FROM_LINE) {
        return REJECT;
      }
      if (!eof) {
        return WAIT;
      }
      lineEnd = window.length;
    } else if (lineEnd - candidate > MAX_FROM_LINE) {
      return REJECT;
    }
    let headerNext = false;
    if (lineEnd < window.length) {
      const next = startsWithHeaderField(window, lineEnd + 1);
      if (next === null && !eof) {
        return WAIT;
      }
      headerNext = next === true;
    }
    const atFileStart = this.current === null && this.leadingBlank;
    const context = { atFileStart, blankBefore: atFileStart || this.blankBefore(candidate), headerNext };
    const shape = classifyFromLine(window.toString('latin1', candidate + FROM.length, withoutCr(window, candidate, lineEnd)));
    return isSeparator(shape, context) ? lineEnd : REJECT;
  }

  /** Whether the line before the candidate (which follows an LF) is empty. */
  private blankBefore(candidate: number): boolean {
    const lf = this.windowStart + candidate - 1;
    if (lf === 0) {
      return true;
    }
    const before = this.byteAt(candidate - 2);
    if (before === LF) {
      return true;
    }
    return before === CR && (lf - 1 === 0 || this.byteAt(candidate - 3) === LF);
  }

  /** Whether the bytes between two file offsets are nothing, LF, or CRLF (all in the window). */
  private onlyLineEndBetween(from: number, to: number): boolean {
    const gap = to - from;
    const at = (offset: number): number | undefined => this.byteAt(offset - this.windowStart);
    if (gap === 0) {
      return true;
    }
    if (gap === 1) {
      return at(from) === LF;
    }
    return gap === 2 && at(from) === CR && at(from + 1) === LF;
  }

  /** At the end of the file: true when the current message can end here; false after a rewind. */
  private contentLengthHoldsAtEnd(current: MessageBuilder): boolean {
    const declaredEnd = this.trustContentLength ? current.contentLengthEnd() : null;
    const end = this.windowStart + this.window.length;
    if (declaredEnd === null || (declaredEnd <= end && this.onlyLineEndBetween(declaredEnd, end))) {
      return true;
    }
    const declared = `Content-Length header says ${current.contentLength} bytes but`;
    if (current.shadow === null) {
      current.problems.push(
        declaredEnd > end ? `${declared} the file ends ${declaredEnd - end} bytes before that (truncated)` : `${declared} ${end - declaredEnd} more bytes follow to the end of the file`,
      );
      return true;
    }
    current.problems.push(`${declared} the next From_ line is elsewhere; split at the From_ line`);
    this.rewind(current, current.shadow);
    return false;
  }

  /** Gives window bytes up to `to` to the current message, or counts them as leading bytes. */
  private assign(to: number): void {
    if (to <= this.pos) {
      return;
    }
    const slice = this.window.subarray(this.pos, to);
    if (this.current !== null) {
      this.current.append(slice);
    } else {
      this.countLeading(slice);
    }
    this.pos = to;
  }

  private countLeading(slice: Buffer): void {
    const start = this.windowStart + this.pos;
    this.leadingBytes += slice.length;
    for (let i = 0; i < slice.length && this.leadingBlank; i += 1) {
      const byte = slice[i];
      const offset = start + i;
      this.leadingBlank = byte === LF || byte === CR || (offset < BOM.length && byte === BOM[offset]);
    }
  }

  private startMessage(candidate: number, lineEnd: number): void {
    this.endMessage(false);
    const window = this.window;
    const offset = this.windowStart + candidate;
    const body = Math.min(lineEnd + 1, window.length);
    this.current = new MessageBuilder({
      index: this.count,
      offset,
      separator: window.toString('latin1', candidate, withoutCr(window, candidate, lineEnd)),
      bodyStart: this.windowStart + body,
      skip: offset < this.options.startOffset,
      maxMessageBytes: this.options.maxMessageBytes,
      headBytes: this.options.headBytes,
    });
    this.count += 1;
    if (this.count === 1 && this.leadingBytes > 0 && !this.leadingBlank) {
      this.current.problems.push(`${this.leadingBytes} bytes before the first From_ line belong to no message`);
    }
    this.pos = body;
    this.searchFrom = lineEnd;
  }

  private endMessage(atEof: boolean): void {
    if (this.current === null) {
      return;
    }
    const entry = this.current.finish(atEof);
    if (entry !== null) {
      this.finished.push(entry);
    }
    this.current = null;
  }

  /**
   * Content-Length was wrong and a separator was passed over inside the declared body: end the
   * message there and read everything after it again.
   */
  private rewind(current: MessageBuilder, shadow: number): void {
    const reached = this.windowStart + this.pos;
    const taken = current.takeFrom(shadow);
    this.replayed += reached - shadow;
    // What follows is scanned after the re-read bytes, as it came: copying it would make many
    // rewinds within one chunk quadratic.
    const rest = this.window.subarray(this.pos);
    if (rest.length > 0) {
      this.queue.unshift(rest);
    }
    this.window = Buffer.concat(taken);
    // Nothing before the shadow is looked at again: its From_ line is taken as it was judged.
    this.before = Buffer.alloc(0);
    this.windowStart = shadow;
    this.pos = 0;
    this.pending = null;
    // The shadow was judged a separator with its whole line in view, so its LF is there.
    const lineEnd = this.window.subarray(0, MAX_FROM_LINE + 1).indexOf(LF);
    this.startMessage(0, lineEnd === -1 ? this.window.length : lineEnd);
    if (this.trustContentLength && this.replayed > this.scanned + REPLAY_ALLOWANCE) {
      this.trustContentLength = false;
      this.current?.problems.push('Content-Length headers are ignored from this message on: too many were wrong');
    }
  }
}

/** Index of the line end, stepping back over a CR before the LF. */
function withoutCr(window: Buffer, start: number, lineEnd: number): number {
  return lineEnd > start && window[lineEnd - 1] === CR ? lineEnd - 1 : lineEnd;
}
