import { describe, expect, it } from 'vitest';
import { csvRecords, type CsvRow } from '../../../../../../main/core/chat/mapped/csv-records.js';

async function rows(text: string, pieceSize: number, maxRecordChars = 1000, delimiter = ','): Promise<CsvRow[]> {
  async function* pieces(): AsyncGenerator<string> {
    for (let i = 0; i < text.length; i += pieceSize) {
      yield text.slice(i, i + pieceSize);
    }
  }
  const out: CsvRow[] = [];
  for await (const row of csvRecords(pieces(), { maxRecordChars, delimiter })) {
    out.push(row);
  }
  return out;
}

describe('csvRecords', () => {
  it('reads quoted commas, quotes and line breaks the same however the text is cut', async () => {
    const text = 'a,b,c\r\n1,"x, ""y""\r\nz",3\r\n\r\n"",,\r\n4,5,6';
    const expected: CsvRow[] = [
      { row: 1, line: 1, fields: ['a', 'b', 'c'] },
      { row: 2, line: 2, fields: ['1', 'x, "y"\r\nz', '3'] },
      // Row 2 spans lines 2-3; row 3 is the blank line 4: counted, not returned.
      { row: 4, line: 5, fields: ['', '', ''] },
      { row: 5, line: 6, fields: ['4', '5', '6'] },
    ];
    for (const size of [1, 2, 3, 7, 100]) {
      expect(await rows(text, size)).toEqual(expected);
    }
  });

  it('keeps a quote inside an unquoted field, and a lone \\r inside a \\r\\n file', async () => {
    expect(await rows('a"b,c\r\nd\re,f\r\n', 1)).toEqual([
      { row: 1, line: 1, fields: ['a"b', 'c'] },
      { row: 2, line: 2, fields: ['d\re', 'f'] },
    ]);
  });

  it('reads old Mac line ends and other delimiters', async () => {
    expect(await rows('a;b\rc;d\r', 1, 1000, ';')).toEqual([
      { row: 1, line: 1, fields: ['a', 'b'] },
      { row: 2, line: 2, fields: ['c', 'd'] },
    ]);
  });

  it('makes an over-long record a problem and reads the next one', async () => {
    const long = `1,"${'y\n'.repeat(50)}"\n2,ok\n`;
    expect(await rows(long, 8, 40)).toEqual([
      { row: 1, line: 1, problem: 'record of 105 characters (lines 1–52) is over the limit of 40; skipped' },
      { row: 2, line: 52, fields: ['2', 'ok'] },
    ]);
  });

  it('reports a quote the file never closes', async () => {
    const out = await rows('1,2\n3,"open\n4,5\n', 4);
    expect(out[0]).toEqual({ row: 1, line: 1, fields: ['1', '2'] });
    expect(out[1]).toMatchObject({ row: 2, line: 2 });
    expect((out[1] as { problem: string }).problem).toMatch(/Quote Not Closed/);
  });
});
