/**
 * Finds the records of a JSON chat export as its text streams past, without building the whole
 * document: exports with inline media reach hundreds of megabytes, and one message at a time is
 * all a reader needs. The scanner only tracks structure (strings, brackets, the keys on the way to
 * the message array) and hands each record's text to JSON.parse, which stays the only parser of
 * values, so no value is ever evaluated.
 *
 * Records are the elements of the array at `path` (`["messages"]` for `{"messages": [...]}`). With
 * an empty path they are the elements of a top-level array, or the top-level objects themselves:
 * one per line (JSON Lines, read line by line so a broken line cannot swallow the next) or
 * concatenated and pretty-printed.
 */

export type JsonPiece =
  /** A record's text; `index` counts records from 0, `line` is the line it starts on. */
  | { kind: 'record'; text: string; index: number; line: number }
  | { kind: 'problem'; line: number; message: string };

type Frame = {
  array: boolean;
  /** On the way to the records: every key from the root to here matched the path. */
  matched: boolean;
  /** An array whose elements are records. */
  target: boolean;
  /** In an object: the next string is a key. */
  expectKey: boolean;
  key: string | null;
};

type Capture = {
  /** Stack depth the record's value sits at; the record ends when the stack is back to it. */
  depth: number;
  primitive: boolean;
  parts: string[];
  chars: number;
  oversize: boolean;
  line: number;
  index: number;
};

/** Keys longer than this never match a path segment, so they are not kept. */
const MAX_KEY_CHARS = 1024;

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

/** Finds records in streamed JSON text (see the file's header); `push` text, then `finish`. */
export class JsonRecordScanner {
  private readonly path: readonly string[];
  private readonly maxChars: number;
  private mode: 'structural' | 'lines' | 'skip-line' = 'structural';
  private readonly stack: Frame[] = [];
  private inString = false;
  private escape = false;
  private stringIsKey = false;
  private keyBuffer = '';
  private capture: Capture | null = null;
  /** Where in the current text the capture (or the current line, in lines mode) started. */
  private sliceStart = 0;
  private nextIndex = 0;
  private line = 1;
  private foundTarget = false;
  private rootValues = 0;
  /** After a first one-line top-level object: still true while the rest of its line is blank. */
  private jsonLinesCandidate = false;
  private lineParts: string[] = [];
  private lineChars = 0;
  private lineStart = 1;
  private out: JsonPiece[] = [];
  /** Characters pushed before the current piece of text. */
  private consumed = 0;
  private targetAt: number | null = null;

  /**
   * @param path keys from the root to the message array; [] for top-level records
   * @param maxChars the longest record kept, in UTF-16 code units
   * @param jsonLines read one record per line from the start (a file known to be JSON Lines), so
   *   that even a broken first line cannot swallow the rest
   */
  constructor(path: readonly string[], maxChars: number, jsonLines = false) {
    this.path = path;
    this.maxChars = maxChars;
    if (jsonLines && path.length === 0) {
      this.mode = 'lines';
    }
  }

  /** Feeds the next piece of text; returns the records (and problems) it completed. */
  push(text: string): JsonPiece[] {
    this.out = [];
    this.sliceStart = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (this.mode === 'lines') {
        this.lineChar(text, i, c);
      } else if (this.mode === 'skip-line') {
        if (c === 0x0a) {
          this.mode = 'structural';
        }
      } else {
        this.structuralChar(text, i, c);
      }
      if (c === 0x0a) {
        this.line++;
      }
    }
    this.keepSlice(text, text.length);
    this.consumed += text.length;
    return this.out;
  }

  /**
   * Where the array of records begins: the offset of its `[` in all the text pushed so far
   * (UTF-16 units), or null while it has not been found. What comes before it is the export's
   * header (`{"name": …, "type": …, "messages": `), which a reader may want before the records.
   */
  targetStart(): number | null {
    return this.targetAt;
  }

  /** Ends the input: a last line, or a problem for a record the file cuts short. */
  finish(): JsonPiece[] {
    this.out = [];
    if (this.mode === 'lines') {
      this.endLine();
    } else if (this.capture) {
      if (this.capture.primitive && !this.inString) {
        this.endCapture('', 0);
      } else {
        this.out.push({
          kind: 'problem',
          line: this.capture.line,
          message: `the file ends inside record ${this.capture.index + 1} (started on line ${this.capture.line}); it is cut short`,
        });
        this.capture = null;
      }
    }
    if (this.path.length > 0 && !this.foundTarget) {
      this.out.push({ kind: 'problem', line: this.line, message: `no array of messages at "${this.path.join('.')}"` });
    }
    return this.out;
  }

  private structuralChar(text: string, i: number, c: number): void {
    if (this.inString) {
      if (this.escape) {
        this.escape = false;
      } else if (c === 0x5c) {
        this.escape = true;
      } else if (c === 0x22) {
        this.inString = false;
        if (this.stringIsKey) {
          const top = this.stack[this.stack.length - 1];
          if (top) {
            top.key = this.keyBuffer.length <= MAX_KEY_CHARS ? this.keyBuffer : null;
          }
          return;
        }
        if (this.capture?.primitive === true && this.stack.length === this.capture.depth) {
          this.endCapture(text, i + 1);
        }
        return;
      }
      if (this.stringIsKey && this.keyBuffer.length <= MAX_KEY_CHARS) {
        this.keyBuffer += text.charAt(i);
      }
      return;
    }
    if (this.jsonLinesCandidate) {
      if (c === 0x0a) {
        this.jsonLinesCandidate = false;
        this.mode = 'lines';
        this.lineStart = this.line + 1;
        this.sliceStart = i + 1;
        return;
      }
      if (!isSpace(c)) {
        this.jsonLinesCandidate = false;
      }
    }
    if (this.capture?.primitive === true && (isSpace(c) || c === 0x2c || c === 0x5d || c === 0x7d)) {
      this.endCapture(text, i);
    }
    const top = this.stack[this.stack.length - 1];
    switch (c) {
      case 0x22: {
        const isKey = top !== undefined && !top.array && top.expectKey;
        this.inString = true;
        this.stringIsKey = isKey;
        this.keyBuffer = '';
        if (!isKey) {
          this.valueStarts(text, i, true);
        }
        return;
      }
      case 0x7b:
      case 0x5b: {
        const array = c === 0x5b;
        const startsRecord = this.valueStarts(text, i, false);
        const depth = this.stack.length;
        const matched = top === undefined ? true : top.matched && !top.array && top.key === this.path[depth - 1];
        const target = !startsRecord && this.capture === null && matched && array && depth === this.path.length;
        if (target && !this.foundTarget) {
          this.foundTarget = true;
          this.targetAt = this.consumed + i;
        }
        this.stack.push({ array, matched, target, expectKey: !array, key: null });
        return;
      }
      case 0x7d:
      case 0x5d: {
        this.stack.pop();
        if (this.capture && !this.capture.primitive && this.stack.length === this.capture.depth) {
          this.endCapture(text, i + 1);
        }
        return;
      }
      case 0x3a:
        if (top && !top.array) {
          top.expectKey = false;
        }
        return;
      case 0x2c:
        if (top && !top.array) {
          top.expectKey = true;
          top.key = null;
        }
        return;
      default:
        if (isSpace(c)) {
          return;
        }
        if (top === undefined && this.capture === null) {
          // Text that cannot start a JSON value, outside every record: skip the line.
          this.out.push({ kind: 'problem', line: this.line, message: `line ${this.line} is not JSON; skipped` });
          this.mode = 'skip-line';
          return;
        }
        this.valueStarts(text, i, true);
    }
  }

  /** A value begins at `i`; starts a capture when it is a record. Returns whether it did. */
  private valueStarts(text: string, i: number, primitive: boolean): boolean {
    if (this.capture) {
      return false;
    }
    const top = this.stack[this.stack.length - 1];
    const isRecord = top === undefined ? this.path.length === 0 && text.charCodeAt(i) !== 0x5b : top.target;
    if (!isRecord) {
      return false;
    }
    this.capture = {
      depth: this.stack.length,
      primitive,
      parts: [],
      chars: 0,
      oversize: false,
      line: this.line,
      index: this.nextIndex++,
    };
    this.sliceStart = i;
    return true;
  }

  /** Moves the captured part of the current text into the capture (or the current line). */
  private keepSlice(text: string, end: number): void {
    if (this.mode === 'lines') {
      this.addToLine(text.slice(this.sliceStart, end));
    } else if (this.capture) {
      this.addToCapture(text.slice(this.sliceStart, end));
    }
    this.sliceStart = end;
  }

  private addToCapture(piece: string): void {
    const capture = this.capture;
    if (!capture || piece.length === 0) {
      return;
    }
    capture.chars += piece.length;
    if (capture.oversize) {
      return;
    }
    if (capture.chars > this.maxChars) {
      capture.oversize = true;
      capture.parts = [];
      return;
    }
    capture.parts.push(piece);
  }

  private endCapture(text: string, end: number): void {
    this.keepSlice(text, end);
    const capture = this.capture;
    this.capture = null;
    if (!capture) {
      return;
    }
    if (capture.oversize) {
      this.out.push({
        kind: 'problem',
        line: capture.line,
        message: `record ${capture.index + 1} (line ${capture.line}) is ${capture.chars} characters, over the limit of ${this.maxChars}; skipped`,
      });
    } else {
      const recordText = capture.parts.join('');
      this.out.push({ kind: 'record', text: recordText, index: capture.index, line: capture.line });
      if (this.path.length === 0 && this.stack.length === 0 && ++this.rootValues === 1 && !recordText.includes('\n')) {
        this.jsonLinesCandidate = true;
      }
    }
  }

  private lineChar(text: string, i: number, c: number): void {
    if (c === 0x0a) {
      this.keepSlice(text, i);
      this.sliceStart = i + 1;
      this.endLine();
      this.lineStart = this.line + 1;
    }
  }

  private addToLine(piece: string): void {
    if (piece.length === 0) {
      return;
    }
    this.lineChars += piece.length;
    if (this.lineChars > this.maxChars) {
      this.lineParts = [];
      return;
    }
    this.lineParts.push(piece);
  }

  private endLine(): void {
    const chars = this.lineChars;
    const text = this.lineParts.join('');
    this.lineParts = [];
    this.lineChars = 0;
    if (chars > this.maxChars) {
      this.out.push({
        kind: 'problem',
        line: this.lineStart,
        message: `line ${this.lineStart} is ${chars} characters, over the limit of ${this.maxChars}; skipped`,
      });
      this.nextIndex++;
      return;
    }
    if (text.trim() !== '') {
      this.out.push({ kind: 'record', text, index: this.nextIndex++, line: this.lineStart });
    }
  }
}
