/**
 * A worksheet's cells as lines of text, streamed from its XML: one line per row that has a value,
 * cells separated by tabs at their column positions (an empty cell between two values keeps its
 * tab, so columns line up), line breaks and tabs inside a cell flattened to spaces. Formula cells
 * show their cached value. Empty rows are skipped.
 */
import { attribute, parseXmlStream } from '../xml/xml-reader.js';
import { cellText, type RawCell } from './cell-text.js';
import type { NumberFormatKind } from './number-formats.js';

/** What reading cells needs from the rest of the workbook. */
export type SheetContext = {
  sharedStrings: readonly string[];
  styleKinds: readonly NumberFormatKind[];
  date1904: boolean;
};

/** Empty columns between two values beyond which a single tab stands for the gap. */
const MAX_GAP = 16;

/** The 0-based column of a cell reference ("AB12" → 27), or null when it has none. */
export function columnOf(reference: string | undefined): number | null {
  const letters = reference === undefined ? null : /^\$?([A-Za-z]{1,3})/.exec(reference)?.[1];
  if (!letters) {
    return null;
  }
  let column = 0;
  for (const letter of letters.toUpperCase()) {
    column = column * 26 + (letter.charCodeAt(0) - 64);
  }
  return column - 1;
}

/** Joins a row's cells (in column order) with tabs at their columns; long runs of empty columns count as MAX_GAP. */
export function rowLine(cells: readonly { column: number; text: string }[]): string {
  let line = '';
  let previous = -1;
  for (const cell of cells) {
    const tabs = previous < 0 ? cell.column : Math.max(1, cell.column - previous);
    line += '\t'.repeat(Math.min(Math.max(0, tabs), MAX_GAP)) + cell.text;
    previous = cell.column;
  }
  return line;
}

/** Cells read, and whether reading stopped before the end of the sheet. */
export type SheetReadResult = { cells: number; stopped: boolean };

/**
 * Streams a sheet, calling `onRow` with each non-empty row's line. Each cell read takes one from
 * `budget.cells`. Reading stops (without error) when `onRow` returns false, the budget runs out
 * or `stop()` returns true.
 */
export async function readSheetRows(
  chunks: AsyncIterable<Uint8Array>,
  context: SheetContext,
  budget: { cells: number },
  onRow: (line: string) => boolean,
  stop: () => boolean,
): Promise<SheetReadResult> {
  let cells: { column: number; text: string }[] = [];
  let cell: (RawCell & { column: number }) | null = null;
  let capture: 'value' | 'inline' | null = null;
  let inlineText = 0;
  let phonetic = 0;
  let nextColumn = 0;
  let count = 0;
  let wanted = true;
  const complete = await parseXmlStream(chunks, {
    open: (name, attributes) => {
      if (name === 'row') {
        cells = [];
        nextColumn = 0;
      } else if (name === 'c') {
        const column = columnOf(attribute(attributes, 'r')) ?? nextColumn;
        const style = Number(attribute(attributes, 's') ?? 0);
        cell = { column, type: attribute(attributes, 't') ?? 'n', value: '', kind: context.styleKinds[style] ?? 'number' };
        nextColumn = column + 1;
      } else if (cell !== null) {
        if (name === 'v') {
          capture = 'value';
        } else if (name === 'is') {
          capture = 'inline';
        } else if (name === 't') {
          inlineText++;
        } else if (name === 'rPh') {
          phonetic++;
        }
      }
    },
    text: (chunk) => {
      if (cell !== null && ((capture === 'value') || (capture === 'inline' && inlineText > 0 && phonetic === 0))) {
        cell.value += chunk;
      }
    },
    close: (name) => {
      if (name === 'v' || name === 'is') {
        capture = null;
      } else if (name === 't') {
        inlineText = Math.max(0, inlineText - 1);
      } else if (name === 'rPh') {
        phonetic = Math.max(0, phonetic - 1);
      } else if (name === 'c' && cell !== null) {
        const text = cellText(cell, context.sharedStrings, context.date1904).replace(/[\t\r\n]+/g, ' ').trim();
        if (text !== '') {
          cells.push({ column: cell.column, text });
        }
        count++;
        budget.cells--;
        cell = null;
      } else if (name === 'row' && cells.length > 0 && wanted) {
        cells.sort((a, b) => a.column - b.column);
        wanted = onRow(rowLine(cells));
        cells = [];
      }
    },
  }, () => !wanted || budget.cells <= 0 || stop());
  return { cells: count, stopped: !complete };
}
