/**
 * Character references that XML forbids but SMS Backup & Restore writes. Older versions wrote an
 * emoji as its two UTF-16 halves (`&#55357;&#56832;` for 😀) and control characters as
 * references (`&#1;`); saxes rightly refuses them and leaves the reference as text, which would
 * put "&#55357;" where the sender wrote a smiley.
 *
 * The repair runs on the raw XML before saxes, where a reference the file wrote can never be
 * confused with text a person typed (typed text arrives escaped, as `&amp;#55357;`): a pair of
 * halves becomes the character, a lone half, NUL or a control character XML cannot carry becomes
 * U+FFFD. Each repair is counted by line so the reader can say what it changed.
 */

const REFERENCE = /&#(?:x([0-9a-fA-F]{1,6})|(\d{1,7}));/g;
const PAIR = /&#(?:x([0-9a-fA-F]{1,6})|(\d{1,7}));&#(?:x([0-9a-fA-F]{1,6})|(\d{1,7}));/g;
/** A reference cut by the end of a chunk, or a first half waiting for its second. */
const INCOMPLETE_TAIL = /(?:&#(?:x[dD][89abAB][0-9a-fA-F]{2}|55(?:29[6-9]|[3-9]\d\d)|56(?:[0-2]\d\d|3[01]\d));)?(?:&(?:#(?:x[0-9a-fA-F]{0,6}|\d{0,7}))?)?$/;

function isHigh(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLow(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

function refused(code: number): boolean {
  return isHigh(code) || isLow(code) || code === 0 || (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0xfffe || code === 0xffff;
}

function codeOf(hex: string | undefined, decimal: string | undefined): number {
  return hex !== undefined ? parseInt(hex, 16) : Number(decimal);
}

function countNewlines(text: string, end: number): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < end; i = text.indexOf('\n', i + 1)) {
    n++;
  }
  return n;
}

/** Repairs refused character references in XML text as it streams past (see the file's header). */
export class RefusedReferenceRepair {
  private carry = '';
  private line = 1;
  private repairs = new Map<number, number>();

  /** Repairs the next piece of XML; a reference cut at its end is held for the next piece. */
  push(text: string): string {
    const whole = this.carry + text;
    const tail = INCOMPLETE_TAIL.exec(whole.slice(-24));
    const cut = tail ? whole.length - tail[0].length : whole.length;
    this.carry = whole.slice(cut);
    return this.repair(whole.slice(0, cut));
  }

  /** The end of the input: whatever was held back, repaired. */
  finish(): string {
    const rest = this.carry;
    this.carry = '';
    return this.repair(rest);
  }

  /** Lines with repairs since the last call, and how many references each had. */
  takeRepairs(): Array<{ line: number; count: number }> {
    const repairs = [...this.repairs].map(([line, count]) => ({ line, count }));
    this.repairs.clear();
    return repairs;
  }

  private note(text: string, offset: number, count: number): void {
    const line = this.line + countNewlines(text, offset);
    this.repairs.set(line, (this.repairs.get(line) ?? 0) + count);
  }

  private repair(text: string): string {
    let out = text;
    if (text.includes('&#')) {
      const paired = text.replace(PAIR, (whole, h1?: string, d1?: string, h2?: string, d2?: string, offset?: number) => {
        const high = codeOf(h1, d1);
        const low = codeOf(h2, d2);
        if (!isHigh(high) || !isLow(low)) {
          return whole;
        }
        this.note(text, offset ?? 0, 2);
        return String.fromCharCode(high, low);
      });
      // Offsets into `paired` differ from `text` only after a repaired pair, on the same line.
      out = paired.replace(REFERENCE, (whole, hex?: string, decimal?: string, offset?: number) => {
        if (!refused(codeOf(hex, decimal))) {
          return whole;
        }
        this.note(paired, offset ?? 0, 1);
        return '\uFFFD';
      });
    }
    this.line += countNewlines(text, text.length);
    return out;
  }
}
