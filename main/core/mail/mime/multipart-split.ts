/**
 * Finds the body parts of a multipart entity (RFC 2046 §5.1.1). A delimiter is a line that
 * starts with '--' + boundary, optionally followed by '--' (the close delimiter), then only
 * blanks. The line break before a delimiter belongs to the delimiter, not to the part.
 *
 * Works on byte offsets with Buffer.indexOf, so a multipart is scanned once, in native code,
 * and nothing is copied. Each call looks only inside its own range, which keeps nested
 * multiparts to one scan per nesting level.
 */
import { Buffer } from 'node:buffer';

/** A byte range [start, end). */
export type ByteRange = { start: number; end: number };

export type MultipartSplit = {
  /** The parts between delimiters, in order. */
  parts: ByteRange[];
  /** False when no delimiter line was found at all. */
  foundBoundary: boolean;
  /** False when the close delimiter ('--boundary--') was missing. */
  closed: boolean;
  /**
   * True when delimiters went on after a close delimiter. Their parts are kept: old Mac mailers
   * reused the outer boundary for an inner multipart, and its close delimiter came too early.
   */
  partsAfterClose: boolean;
  /** Bytes after the last close delimiter; empty when not closed. */
  epilogue: ByteRange;
};

function isBlank(byte: number | undefined): boolean {
  return byte === 0x20 || byte === 0x09 || byte === 0x0d;
}

/** Where the line holding [from, ...) ends: the offset after its '\n', or `end`. */
function lineAfter(buf: Buffer, from: number, end: number): { contentEnd: number; next: number } {
  const newline = buf.indexOf(0x0a, from);
  if (newline < 0 || newline >= end) {
    return { contentEnd: end, next: end };
  }
  return { contentEnd: newline, next: newline + 1 };
}

function onlyBlanks(buf: Buffer, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    if (!isBlank(buf[i])) {
      return false;
    }
  }
  return true;
}

/** Splits bytes[start, end) of a multipart body at `boundary`. */
export function splitMultipart(bytes: Uint8Array, start: number, end: number, boundary: string): MultipartSplit {
  const whole = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // A view of just this range, so indexOf never runs past it.
  const buf = whole.subarray(start, end);
  const length = buf.length;
  const delimiter = Buffer.from(`--${boundary}`, 'utf8');
  const parts: ByteRange[] = [];
  let partStart = -1;
  let foundBoundary = false;
  let closed = false;
  let partsAfterClose = false;
  let epilogue: ByteRange = { start: end, end };
  let search = 0;
  while (search < length) {
    const at = buf.indexOf(delimiter, search);
    if (at < 0) {
      break;
    }
    search = at + 1;
    if (at > 0 && buf[at - 1] !== 0x0a) {
      continue;
    }
    const afterDelimiter = at + delimiter.length;
    const isClose = buf[afterDelimiter] === 0x2d && buf[afterDelimiter + 1] === 0x2d;
    const line = lineAfter(buf, afterDelimiter, length);
    if (!onlyBlanks(buf, isClose ? afterDelimiter + 2 : afterDelimiter, line.contentEnd)) {
      continue;
    }
    foundBoundary = true;
    if (partStart >= 0) {
      let partEnd = at;
      if (partEnd > partStart && buf[partEnd - 1] === 0x0a) {
        partEnd--;
        if (partEnd > partStart && buf[partEnd - 1] === 0x0d) {
          partEnd--;
        }
      }
      parts.push({ start: start + partStart, end: start + partEnd });
    }
    search = line.next;
    if (isClose) {
      closed = true;
      epilogue = { start: start + line.next, end };
      partStart = -1;
      continue;
    }
    if (closed) {
      partsAfterClose = true;
      closed = false;
      epilogue = { start: end, end };
    }
    partStart = line.next;
  }
  if (!closed && partStart >= 0) {
    // No close delimiter: the last part runs to the end of the range.
    parts.push({ start: start + partStart, end });
  }
  return { parts, foundBoundary, closed, partsAfterClose, epilogue };
}
