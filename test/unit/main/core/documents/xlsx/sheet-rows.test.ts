import { describe, expect, it } from 'vitest';
import { columnOf, readSheetRows, rowLine } from '../../../../../../main/core/documents/xlsx/sheet-rows.js';

async function* chunks(text: string, size: number): AsyncGenerator<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  for (let i = 0; i < bytes.length; i += size) {
    yield bytes.subarray(i, i + size);
  }
}

describe('sheet rows', () => {
  it('reads column letters', () => {
    expect(['A1', 'Z9', 'AA1', 'AB12', '$C$3', 'XFD1048576', '12'].map(columnOf)).toEqual([0, 25, 26, 27, 2, 16383, null]);
  });

  it('keeps column positions with tabs, and caps long gaps', () => {
    expect(rowLine([{ column: 0, text: 'a' }, { column: 2, text: 'c' }])).toBe('a\t\tc');
    expect(rowLine([{ column: 1, text: 'b' }])).toBe('\tb');
    expect(rowLine([{ column: 0, text: 'a' }, { column: 16383, text: 'z' }])).toBe(`a${'\t'.repeat(16)}z`);
  });

  it('streams rows across chunk boundaries (multi-byte characters split too), skipping empty rows', async () => {
    const xml = '<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Über</t></is></c><c r="C1"><v>2.5</v></c></row>' +
      '<row r="2"><c r="A2"/></row><row r="3"><c t="inlineStr"><is><t>x</t></is></c><c t="inlineStr"><is><t>y</t></is></c></row></sheetData></worksheet>';
    const lines: string[] = [];
    const result = await readSheetRows(chunks(xml, 7), { sharedStrings: [], styleKinds: [], date1904: false }, { cells: 100 }, (line) => lines.push(line) > 0, () => false);
    expect(lines).toEqual(['Über\t\t2.5', 'x\ty']);
    expect(result).toEqual({ cells: 5, stopped: false });
  });
});
