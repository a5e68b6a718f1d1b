/**
 * Reads what the splitter needs from a message's header block: where it ends (the first empty
 * line, LF or CRLF) and its Content-Length. The mboxcl and mboxcl2 dialects (Solaris mail,
 * Netscape and early Thunderbird) write Content-Length so that a reader can skip a body whose
 * "From " lines were never escaped; it counts the body bytes after the empty line. Writers got it
 * wrong often enough (files re-encoded or edited afterwards) that the scanner only trusts it when
 * it lands on the next From_ line; this file only reads it.
 *
 * One pass over the header lines with indexOf, comparing a name only where a line starts with
 * C or c: no string decoding and no regular expression for the many headers without the field.
 */

export type HeaderBlock = {
  /** Position just after the empty line that ends the header block; null when there is none. */
  end: number | null;
  /** The declared body length in bytes, or null when there is none that can be used. */
  contentLength: number | null;
  /** Set when a Content-Length header was there but could not be used. */
  problem: string | null;
};

const LF = 0x0a;
const CR = 0x0d;
const NAME = Buffer.from('content-length', 'latin1');
const LOWER_CASE_BIT = 0x20;

/**
 * Reads the header block at the start of `bytes`, looking no further than `limit` bytes.
 * Folded Content-Length lines are not unfolded: such a header is not worth guessing at.
 */
export function readHeaderBlock(bytes: Uint8Array, limit = bytes.length): HeaderBlock {
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const stop = Math.min(limit, view.length);
  const values: string[] = [];
  let end: number | null = null;
  for (let line = 0; line < stop; ) {
    const first = view[line];
    if (first === LF) {
      end = line + 1;
      break;
    }
    if (first === CR && view[line + 1] === LF) {
      end = line + 2;
      break;
    }
    const lf = view.indexOf(LF, line);
    const lineEnd = lf === -1 ? view.length : lf;
    if ((first === 0x43 || first === 0x63) && isContentLength(view, line, lineEnd)) {
      values.push(view.toString('latin1', line + NAME.length, lineEnd).replace(/^[ \t]*:/, '').trim());
    }
    if (lf === -1) {
      break;
    }
    line = lf + 1;
  }
  return { end, ...contentLengthOf(values) };
}

/** Whether the line is "Content-Length", any case, then optional blanks and a colon. */
function isContentLength(view: Buffer, start: number, lineEnd: number): boolean {
  if (lineEnd - start <= NAME.length) {
    return false;
  }
  for (let i = 0; i < NAME.length; i += 1) {
    const expected = NAME[i] ?? 0;
    const byte = view[start + i] ?? 0;
    // Folding the case bit is only right for letters: CR would pass for '-'.
    if ((expected === 0x2d ? byte : byte | LOWER_CASE_BIT) !== expected) {
      return false;
    }
  }
  let i = start + NAME.length;
  while (view[i] === 0x20 || view[i] === 0x09) {
    i += 1;
  }
  return view[i] === 0x3a;
}

const NO_CONTENT_LENGTH = { contentLength: null, problem: null } as const;

function contentLengthOf(values: string[]): Pick<HeaderBlock, 'contentLength' | 'problem'> {
  if (values.length === 0) {
    return NO_CONTENT_LENGTH;
  }
  const distinct = [...new Set(values)];
  if (distinct.length > 1) {
    return { contentLength: null, problem: `Content-Length headers disagree (${distinct.join(', ')}); split at From_ lines` };
  }
  const [raw = ''] = distinct;
  // Fifteen digits keep the value an exact integer; no mbox body comes close.
  if (!/^\d{1,15}$/.test(raw)) {
    return { contentLength: null, problem: `Content-Length header '${raw.slice(0, 40)}' is not a byte count; split at From_ lines` };
  }
  return { contentLength: Number(raw), problem: null };
}
