/**
 * Undoes the ">From " quoting of mbox writers, streaming: every line matching /^>+From / loses
 * one '>'. That is the mboxrd rule, and it is also right for mboxo files, where only plain
 * "From " lines were quoted and a line such as ">From " in a real body is rare enough to accept
 * the loss of one '>' (the corpus has no mboxrd file; both dialects look the same to a reader).
 *
 * Slices may end anywhere, even inside ">>Fro": a tail that could still become a quoted line is
 * held back until the next slice decides it.
 */

const LF = 0x0a;
const GT = 0x3e;
const GT_FROM = Buffer.from('>From ', 'latin1');
const FROM = Buffer.from('From ', 'latin1');
/** A held tail longer than this is let through unexamined: no real line starts with 1,000 '>'. */
const MAX_HELD = 1024;

export class FromUnescaper {
  /** Whether the next byte starts a line; a message starts right after its From_ line. */
  private atLineStart = true;
  private held: Buffer | null = null;
  private readonly emit: (piece: Buffer) => void;

  /** @param emit receives the unescaped bytes, in order, as views that stay valid */
  constructor(emit: (piece: Buffer) => void) {
    this.emit = emit;
  }

  push(slice: Uint8Array): void {
    let data = Buffer.from(slice.buffer, slice.byteOffset, slice.byteLength);
    let atStart = this.atLineStart;
    if (this.held !== null) {
      data = Buffer.concat([this.held, data]);
      atStart = true;
      this.held = null;
    }
    if (data.length === 0) {
      return;
    }
    let end = data.length;
    const tail = lastLineStart(data, atStart);
    if (tail !== -1 && end - tail <= MAX_HELD && couldBecomeQuotedFrom(data, tail)) {
      this.held = Buffer.from(data.subarray(tail));
      end = tail;
    }
    this.unescape(data, end, atStart);
    if (end > 0) {
      this.atLineStart = data[end - 1] === LF;
    }
  }

  /** Lets out a held tail: the message ended, so it never became a quoted line. */
  flush(): void {
    if (this.held !== null) {
      this.emit(this.held);
      this.held = null;
    }
  }

  private unescape(data: Buffer, end: number, atStart: boolean): void {
    let copied = 0;
    let from = 0;
    for (;;) {
      const hit = data.indexOf(GT_FROM, from);
      if (hit === -1 || hit >= end) {
        break;
      }
      let runStart = hit;
      while (runStart > 0 && data[runStart - 1] === GT) {
        runStart -= 1;
      }
      const lineStart = runStart === 0 ? atStart : data[runStart - 1] === LF;
      if (lineStart) {
        if (runStart > copied) {
          this.emit(data.subarray(copied, runStart));
        }
        copied = runStart + 1;
      }
      from = hit + GT_FROM.length;
    }
    if (end > copied) {
      this.emit(data.subarray(copied, end));
    }
  }
}

/** Index where the last line in `data` starts, or -1 when `data` holds no line start. */
function lastLineStart(data: Buffer, atStart: boolean): number {
  const lastLf = data.lastIndexOf(LF);
  if (lastLf !== -1) {
    return lastLf + 1;
  }
  return atStart ? 0 : -1;
}

/** One or more '>' then a proper prefix of "From ": the next bytes could still make ">From ". */
function couldBecomeQuotedFrom(data: Buffer, start: number): boolean {
  let i = start;
  while (i < data.length && data[i] === GT) {
    i += 1;
  }
  if (i === start) {
    return false;
  }
  const rest = data.length - i;
  return rest < FROM.length && data.subarray(i).equals(FROM.subarray(0, rest));
}
