/**
 * Cuts CSV text into records before csv-parse sees it, so that memory stays bounded whatever the
 * file holds. csv-parse has its own `max_record_size`, but when a record crosses it (with
 * `skip_records_with_error`) the parser abandons the rest of the buffer it was given, records
 * after the long one included, and without that option it stops the whole file. An evidence tool
 * must report the long record and read on, so the bound is kept here and csv-parse only ever gets
 * records under it.
 *
 * The quoting rules copy csv-parse's with `relax_quotes`: a quote opens a quoted field only at the
 * start of a field, `""` inside quotes is a quote, and a quote followed by anything else ends the
 * quotes. The record delimiter is the first line ending met outside quotes (\r\n, \n or \r), as
 * csv-parse discovers it; other line endings stay inside the field.
 */

export type CsvPiece =
  /** A complete record's text, its line ending included; `row` counts records, header row 1. */
  | { kind: 'record'; text: string; row: number; line: number }
  /** A record over the limit, skipped; its text was never held. */
  | { kind: 'oversize'; row: number; line: number; endLine: number; chars: number };

const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;

/** Splits CSV text into records under a size bound, as csv-parse would split it (see the file's header). */
export class CsvRecordSplitter {
  private readonly delimiter: number;
  private readonly maxChars: number;
  private recordDelimiter: '' | '\n' | '\r\n' | '\r' = '';
  private quoting = false;
  /** A quote seen inside quotes; the next character decides between `""` and the end of the quotes. */
  private quotePending = false;
  /** A \r seen outside quotes; the next character decides between \r\n and a lone \r. */
  private crPending = false;
  private fieldStart = true;
  private parts: string[] = [];
  private chars = 0;
  private oversize = false;
  private row = 0;
  private line = 1;
  private recordLine = 1;
  private lastWasCr = false;

  /**
   * @param delimiter the field delimiter, one character
   * @param maxChars the longest record kept, in UTF-16 code units
   */
  constructor(delimiter: string, maxChars: number) {
    if (delimiter.length !== 1) {
      throw new RangeError('the CSV delimiter must be one character');
    }
    this.delimiter = delimiter.charCodeAt(0);
    this.maxChars = maxChars;
  }

  /** The record delimiter found so far ('' before the first line ending outside quotes). */
  get lineEnding(): '' | '\n' | '\r\n' | '\r' {
    return this.recordDelimiter;
  }

  /** Feeds the next piece of text; returns the records it completed. */
  push(text: string): CsvPiece[] {
    const out: CsvPiece[] = [];
    let start = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (this.crPending) {
        this.crPending = false;
        if (this.recordDelimiter === '') {
          this.recordDelimiter = c === LF ? '\r\n' : '\r';
        }
        if (this.recordDelimiter === '\r\n' && c === LF) {
          // The \n of a \r\n: the \r already counted the line.
          this.lastWasCr = false;
          start = this.endRecord(text, start, i + 1, out);
          continue;
        }
        if (this.recordDelimiter === '\r') {
          // The \r alone ended the record; this character starts the next one.
          start = this.endRecord(text, start, i, out);
        } else {
          // A lone \r in a \r\n file is text in the field, as csv-parse reads it.
          this.fieldStart = false;
        }
      }
      this.countLine(c);
      if (this.quotePending) {
        this.quotePending = false;
        if (c === QUOTE) {
          continue;
        }
        this.quoting = false;
      }
      if (this.quoting) {
        if (c === QUOTE) {
          this.quotePending = true;
        }
        continue;
      }
      if (c === QUOTE && this.fieldStart) {
        this.quoting = true;
        this.fieldStart = false;
      } else if (c === this.delimiter) {
        this.fieldStart = true;
      } else if (c === LF && (this.recordDelimiter === '' || this.recordDelimiter === '\n')) {
        this.recordDelimiter = '\n';
        start = this.endRecord(text, start, i + 1, out);
      } else if (c === CR && this.recordDelimiter !== '\n') {
        this.crPending = true;
      } else {
        this.fieldStart = false;
      }
    }
    this.keep(text.slice(start));
    return out;
  }

  /** Ends the input: the last record, if any, even without a line ending or with open quotes. */
  finish(): CsvPiece[] {
    const out: CsvPiece[] = [];
    if (this.crPending && (this.recordDelimiter === '' || this.recordDelimiter === '\r')) {
      this.crPending = false;
      this.recordDelimiter = '\r';
    }
    if (this.chars > 0 || this.oversize) {
      this.emit(out);
    }
    return out;
  }

  private countLine(c: number): void {
    if (c === LF) {
      if (!this.lastWasCr) {
        this.line++;
      }
      this.lastWasCr = false;
    } else if (c === CR) {
      this.line++;
      this.lastWasCr = true;
    } else {
      this.lastWasCr = false;
    }
  }

  private keep(piece: string): void {
    if (piece.length === 0) {
      return;
    }
    this.chars += piece.length;
    if (this.oversize) {
      return;
    }
    if (this.chars > this.maxChars) {
      // Let go of what was held: the record will be reported, never parsed.
      this.oversize = true;
      this.parts = [];
      return;
    }
    this.parts.push(piece);
  }

  private endRecord(text: string, start: number, end: number, out: CsvPiece[]): number {
    this.keep(text.slice(start, end));
    this.emit(out);
    return end;
  }

  private emit(out: CsvPiece[]): void {
    this.row++;
    const line = this.recordLine;
    if (this.oversize) {
      out.push({ kind: 'oversize', row: this.row, line, endLine: this.line, chars: this.chars });
    } else {
      const text = this.parts.join('');
      // A blank line is a row (a spreadsheet shows it) but not a record.
      if (text !== '\n' && text !== '\r\n' && text !== '\r') {
        out.push({ kind: 'record', text, row: this.row, line });
      }
    }
    this.parts = [];
    this.chars = 0;
    this.oversize = false;
    this.quoting = false;
    this.quotePending = false;
    this.fieldStart = true;
    this.recordLine = this.line;
  }
}
