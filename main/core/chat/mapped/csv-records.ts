/**
 * CSV records from streamed text, in bounded memory, one row at a time, each with the place an
 * officer can find it at: `row` counts records as a spreadsheet shows them (the header is row 1,
 * a blank line is a row) and `line` is the file line the record starts on.
 *
 * `CsvRecordSplitter` cuts the text into records under the size bound; csv-parse reads the fields
 * of a batch of them at a time (a parser per record would cost about 0.1 ms each). When csv-parse
 * and the splitter disagree on where records end (broken quoting), the batch is read again one
 * record at a time, so a bad record never shifts the rows after it.
 */
import { parse, type Options } from 'csv-parse';
import { throwIfCancelled } from './cancellation.js';
import { CsvRecordSplitter } from './csv-record-splitter.js';

/** One record's fields, or a problem for it; `row` counts records with the header as 1, `line` is where it starts. */
export type CsvRow =
  | { row: number; line: number; fields: string[] }
  | { row: number; line: number; problem: string };

/** The delimiter, the size bound and cancellation. */
export type CsvRecordsOptions = {
  /** One character; ',' by default. */
  delimiter?: string;
  /** The longest record kept, in characters; a longer one becomes a problem for its row. */
  maxRecordChars: number;
  signal?: AbortSignal;
};

/** About this much text (or one record, if longer) goes to csv-parse at a time. */
const BATCH_CHARS = 1024 * 1024;
const BATCH_RECORDS = 2000;

type Outcome = { fields: string[] } | { error: string };
type Pending = { text: string; row: number; line: number };

function parseText(text: string, options: Options): Promise<Outcome[]> {
  return new Promise((resolve) => {
    const outcomes: Outcome[] = [];
    const parser = parse(
      {
        ...options,
        // Both run synchronously while csv-parse reads, so `outcomes` keeps the records' order.
        on_record: (record: string[]) => {
          outcomes.push({ fields: record });
          return null;
        },
        on_skip: (error) => {
          outcomes.push({ error: error?.message ?? 'unreadable record' });
          return undefined;
        },
      },
      (error) => {
        if (error) {
          outcomes.push({ error: error.message });
        }
        resolve(outcomes);
      },
    );
    parser.end(text);
  });
}

/**
 * Yields every record of the CSV text in `chunks`, in file order. Never throws for what the file
 * holds: an over-long or unreadable record is a row with a `problem`, and reading goes on.
 * Throws AppError 'cancelled' when the signal fires.
 */
export async function* csvRecords(chunks: AsyncIterable<string>, options: CsvRecordsOptions): AsyncGenerator<CsvRow> {
  const delimiter = options.delimiter ?? ',';
  const splitter = new CsvRecordSplitter(delimiter, options.maxRecordChars);
  let batch: Pending[] = [];
  let batchChars = 0;

  const baseOptions = (): Options => ({
    delimiter,
    relax_quotes: true,
    relax_column_count: true,
    skip_records_with_error: true,
    // csv-parse counts bytes, up to 4 per UTF-16 unit: this bound never fires before the
    // splitter's, whose records are already under `maxRecordChars`.
    max_record_size: options.maxRecordChars * 4 + 16,
    ...(splitter.lineEnding === '' ? {} : { record_delimiter: splitter.lineEnding }),
  });

  async function* flush(): AsyncGenerator<CsvRow> {
    if (batch.length === 0) {
      return;
    }
    const pending = batch;
    batch = [];
    batchChars = 0;
    let outcomes = await parseText(pending.map((p) => p.text).join(''), baseOptions());
    if (outcomes.length !== pending.length) {
      outcomes = [];
      for (const record of pending) {
        const one = await parseText(record.text, baseOptions());
        outcomes.push(one.length === 1 && one[0] ? one[0] : { error: `read as ${one.length} records` });
      }
    }
    for (const [index, record] of pending.entries()) {
      const outcome = outcomes[index] ?? { error: 'unreadable record' };
      yield 'fields' in outcome
        ? { row: record.row, line: record.line, fields: outcome.fields }
        : { row: record.row, line: record.line, problem: outcome.error };
    }
  }

  throwIfCancelled(options.signal, 'CSV reading');
  const pieces = async function* (): AsyncGenerator<ReturnType<CsvRecordSplitter['push']>> {
    for await (const text of chunks) {
      yield splitter.push(text);
    }
    yield splitter.finish();
  };
  for await (const completed of pieces()) {
    throwIfCancelled(options.signal, 'CSV reading');
    for (const piece of completed) {
      if (piece.kind === 'oversize') {
        yield* flush();
        yield {
          row: piece.row,
          line: piece.line,
          problem: `record of ${piece.chars} characters (lines ${piece.line}–${piece.endLine}) is over the limit of ${options.maxRecordChars}; skipped`,
        };
        continue;
      }
      batch.push(piece);
      batchChars += piece.text.length;
      if (batchChars >= BATCH_CHARS || batch.length >= BATCH_RECORDS) {
        yield* flush();
      }
    }
  }
  yield* flush();
}
