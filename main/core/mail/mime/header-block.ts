/**
 * The header block of a message or MIME part (RFC 5322 §2.2): fields up to the first empty line,
 * unfolded. Works on bytes, because header bytes are often not ASCII: each field value is read as
 * UTF-8 when it is valid UTF-8 and as windows-1252 otherwise (Enron's X-From lines, Latin-1
 * names from old gateways). Encoded words are not decoded here; callers decide per field.
 *
 * Line ends may be CRLF, LF or a mix of both within one block. A line that cannot be a field
 * ends the block without a blank line; it becomes the first line of the body, as in Python's
 * email package, so no text is lost. The exception is a run of lines without blanks that is
 * followed by more fields: that is a fold which lost its leading space (Exchange does this to
 * long diagnostic headers), and it is joined to the field above, with a problem.
 */
import { Buffer } from 'node:buffer';
import { decodeUtf8OrWindows1252 } from './charset.js';

/** One unfolded field; `value` is trimmed and still carries its encoded words. */
export type HeaderField = { name: string; value: string };

/** How the block ended: at an empty line, at the end of the data, or at a line that is not a field. */
export type HeaderBlockEnding = 'blank-line' | 'end-of-data' | 'non-header-line';

export type HeaderBlock = {
  fields: HeaderField[];
  /** Offset of the first body byte; equals `end` when there is no body. */
  bodyStart: number;
  ending: HeaderBlockEnding;
  /** Sentences describing malformed lines that were skipped or ended the block. */
  problems: string[];
};

type FieldRange = { nameStart: number; nameEnd: number; valueStart: number; valueEnd: number; folded: boolean };

function isBlank(byte: number | undefined): boolean {
  return byte === 0x20 || byte === 0x09;
}

function isWhitespaceLine(buf: Buffer, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    if (!isBlank(buf[i]) && buf[i] !== 0x0d) {
      return false;
    }
  }
  return true;
}

/** The end of a field name before the colon, or -1 when the line is not a field. */
function fieldNameEnd(buf: Buffer, start: number, end: number): number {
  // Searched within the line only: an unbounded indexOf would rescan the rest of the data for
  // every line that has no colon, which is quadratic on hostile input.
  let colon = start;
  while (colon < end && buf[colon] !== 0x3a) {
    colon++;
  }
  if (colon >= end) {
    return -1;
  }
  // Obsolete syntax allows blanks between the name and the colon ("Subject : hi").
  let nameEnd = colon;
  while (nameEnd > start && isBlank(buf[nameEnd - 1])) {
    nameEnd--;
  }
  if (nameEnd === start) {
    return -1;
  }
  for (let i = start; i < nameEnd; i++) {
    const byte = buf[i] ?? 0;
    if (byte < 33 || byte > 126) {
      return -1;
    }
  }
  return nameEnd;
}

function startsWithFromLine(buf: Buffer, start: number, end: number): boolean {
  const at = buf[start] === 0x3e ? start + 1 : start; // ">From " too
  return end - at >= 5 && buf.toString('latin1', at, at + 5) === 'From ';
}

/** The field value as text: blanks trimmed on the bytes, line breaks of folds removed. */
function fieldValue(buf: Buffer, range: FieldRange): string {
  let start = range.valueStart;
  let end = range.valueEnd;
  while (start < end && isBlank(buf[start])) {
    start++;
  }
  while (end > start && (isBlank(buf[end - 1]) || buf[end - 1] === 0x0d)) {
    end--;
  }
  let ascii = true;
  for (let i = start; i < end; i++) {
    if ((buf[i] ?? 0) >= 0x80) {
      ascii = false;
      break;
    }
  }
  // Most fields are ASCII: read them straight from the buffer without a view object.
  const text = ascii ? buf.toString('latin1', start, end) : decodeUtf8OrWindows1252(buf.subarray(start, end));
  // Unfolding removes the line break and keeps the blank that follows it (RFC 5322 §2.2.3).
  return range.folded ? text.replace(/\r?\n/g, '') : text;
}

function hasBlank(buf: Buffer, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    if (isBlank(buf[i])) {
      return true;
    }
  }
  return false;
}

type Line = { start: number; contentEnd: number; next: number };

function readLine(buf: Buffer, pos: number, end: number): Line {
  const newline = buf.indexOf(0x0a, pos);
  const lineEnd = newline < 0 || newline >= end ? end : newline;
  let contentEnd = lineEnd;
  if (contentEnd > pos && buf[contentEnd - 1] === 0x0d) {
    contentEnd--;
  }
  return { start: pos, contentEnd, next: lineEnd < end ? lineEnd + 1 : end };
}

/**
 * Whether the run of blank-free non-field lines starting at `pos` is followed by a field or a
 * folded line. Such a run is a fold that lost its leading space (Exchange diagnostics headers do
 * this); real body text has spaces in it. Returns where the run ends, and whether it qualifies.
 */
function brokenFoldRun(buf: Buffer, pos: number, end: number): { ok: boolean; runEnd: number } {
  let q = pos;
  while (q < end) {
    const line = readLine(buf, q, end);
    if (line.contentEnd === line.start) {
      return { ok: false, runEnd: q };
    }
    if (isBlank(buf[q]) || fieldNameEnd(buf, q, line.contentEnd) >= 0) {
      return { ok: true, runEnd: q };
    }
    if (hasBlank(buf, q, line.contentEnd)) {
      return { ok: false, runEnd: q };
    }
    q = line.next;
  }
  return { ok: false, runEnd: q };
}

const BOM = [0xef, 0xbb, 0xbf];

export type HeaderBlockOptions = {
  /**
   * Skip a first line starting with "From " (an mbox separator left on the message). Only for the
   * start of a message: in a body part such a line is text and must stay. Default false.
   */
  skipFromLine?: boolean;
};

/** Parses the header block of the entity at bytes[start, end). */
export function parseHeaderBlock(bytes: Uint8Array, start = 0, end = bytes.length, options: HeaderBlockOptions = {}): HeaderBlock {
  const buf = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const ranges: FieldRange[] = [];
  const problems: string[] = [];
  let current: FieldRange | null = null;
  let pos = start;
  if (end - start >= 3 && BOM.every((byte, i) => buf[start + i] === byte)) {
    pos += 3; // a byte-order mark written by a Windows editor
  }
  let bodyStart = end;
  let ending: HeaderBlockEnding = 'end-of-data';
  let firstLine = true;
  let brokenRunEnd = -1;
  while (pos < end) {
    const line = readLine(buf, pos, end);
    const { contentEnd, next } = line;
    if (contentEnd === pos) {
      bodyStart = next;
      ending = 'blank-line';
      break;
    }
    if (isBlank(buf[pos])) {
      if (isWhitespaceLine(buf, pos, contentEnd)) {
        // A line of blanks is not a field; broken senders use it as the separator.
        bodyStart = next;
        ending = 'blank-line';
        break;
      }
      if (current) {
        current.valueEnd = contentEnd;
        current.folded = true;
      } else {
        problems.push('folded line before any header field was skipped');
      }
      pos = next;
      firstLine = false;
      continue;
    }
    const nameEnd = fieldNameEnd(buf, pos, contentEnd);
    if (nameEnd < 0) {
      if (firstLine && options.skipFromLine === true && startsWithFromLine(buf, pos, contentEnd)) {
        // An mbox separator left on the message: not a field and not body.
        pos = next;
        firstLine = false;
        continue;
      }
      if (current && pos >= brokenRunEnd) {
        const run = brokenFoldRun(buf, pos, end);
        brokenRunEnd = run.ok ? run.runEnd : -1;
        if (run.ok) {
          problems.push(`header ${buf.toString('latin1', current.nameStart, current.nameEnd)} is folded without leading whitespace`);
        }
      }
      if (current && pos < brokenRunEnd) {
        current.valueEnd = contentEnd;
        current.folded = true;
        pos = next;
        continue;
      }
      bodyStart = pos;
      ending = 'non-header-line';
      problems.push('a line that is not a header field ended the header block without a blank line');
      break;
    }
    current = { nameStart: pos, nameEnd, valueStart: buf.indexOf(0x3a, nameEnd) + 1, valueEnd: contentEnd, folded: false };
    ranges.push(current);
    pos = next;
    firstLine = false;
  }
  const fields = ranges.map((range) => ({
    name: buf.toString('latin1', range.nameStart, range.nameEnd),
    value: fieldValue(buf, range),
  }));
  return { fields, bodyStart, ending, problems };
}
