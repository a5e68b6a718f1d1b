/**
 * The sheets of an OpenDocument spreadsheet (content.xml of an ODS, or of an embedded one),
 * streamed, in the same shape as XLSX text: one block per sheet in tab order, a "Sheet: name"
 * line, then one line per row that has a value, cells separated by tabs at their columns. A cell
 * shows its displayed text (<text:p>: the formatted number or date, the cached formula result);
 * a cell with no displayed text falls back to its typed value. Cell comments
 * (<office:annotation>) are kept with their cell ("Sheet1!B4") and author. Hidden sheets are read
 * and marked hidden.
 *
 * ODF compresses runs of identical rows and cells into one element with a repeat count, and
 * every writer pads a sheet to its full size that way (sushi.ods declares 1,048,575 empty rows
 * of 16,384 cells). Empty runs are skipped by arithmetic, never expanded; runs with a value are
 * expanded, each copy taking one from the cell budget and its characters from the text budget.
 */
import type { DocumentComment } from '../extracted-document.js';
import { isoDate } from '../office/office-properties.js';
import { attribute, parseXmlStream, XmlError } from '../xml/xml-reader.js';
import { rowLine } from '../xlsx/sheet-rows.js';
import { TextFlow, type TextBudget } from './text-flow.js';

export type SpreadsheetContent = {
  body: string;
  comments: DocumentComment[];
  /** Embedded objects (charts) as their hrefs, in document order. */
  objects: string[];
  /** Reading stopped at the cell budget. */
  cellsStopped: boolean;
  /** Why reading stopped on malformed XML, or null; the rest holds what came before. */
  damage: string | null;
};

/** The widest sheet any spreadsheet application makes; repeated values past it are not expanded. */
const MAX_COLUMNS = 16_384;
const MAX_OBJECTS = 200;
const MAX_CAPTURE = 1000;

/** "A" for column 0, "AA" for 26: the letters an officer sees above the column. */
export function columnName(index: number): string {
  let name = '';
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    name = String.fromCharCode(65 + ((rest - 1) % 26)) + name;
  }
  return name;
}

function repeatCount(value: string | undefined): number {
  const count = Number(value ?? 1);
  return Number.isInteger(count) && count > 0 ? count : 1;
}

/** A cell's typed value, for a cell that shows no text (some writers leave <text:p> out). */
function typedValue(attributes: Readonly<Record<string, string>>): string {
  switch (attribute(attributes, 'value-type')) {
    case 'string':
      return attribute(attributes, 'string-value') ?? '';
    case 'date':
      return attribute(attributes, 'date-value') ?? '';
    case 'time':
      return attribute(attributes, 'time-value') ?? '';
    case 'boolean':
      return (attribute(attributes, 'boolean-value') ?? '').toUpperCase();
    case 'float':
    case 'percentage':
    case 'currency':
      return attribute(attributes, 'value') ?? '';
    default:
      return '';
  }
}

type Sheet = { name: string; hidden: boolean; lines: string[]; row: number };
type Cell = { column: number; repeat: number; fallback: string };
type Annotation = { where: string; flow: TextFlow; paragraphs: number; author: string; date: string };

/**
 * Reads a spreadsheet's content part. Each cell element and each expanded copy takes one from
 * `cells.cells`; text draws on `budget`. Stops (without error) when either runs out or `stop()`
 * returns true; malformed XML ends the reading with `damage` set and the rows before it kept.
 */
export async function readSpreadsheetContent(
  chunks: AsyncIterable<Uint8Array>,
  budget: TextBudget,
  cells: { cells: number },
  stop: () => boolean,
): Promise<SpreadsheetContent> {
  const hiddenStyles = new Set<string>();
  const blocks: string[] = [];
  const comments: DocumentComment[] = [];
  const objects: string[] = [];
  // One cell's text at a time; a cell's own budget is the document's, charged when its row is kept.
  const cellFlow = new TextFlow({ remaining: Number.MAX_SAFE_INTEGER, exhausted: false }, true);
  let tableStyle: string | null = null;
  let inBody = 0;
  let tableDepth = 0;
  let sheet: Sheet | null = null;
  let rowRepeat = 1;
  let rowCells: { column: number; text: string }[] = [];
  let column = 0;
  let cell: Cell | null = null;
  let paragraphs = 0;
  let annotation: Annotation | null = null;
  let capture: 'author' | 'date' | null = null;
  let captured = '';

  const flow = (): TextFlow | null => (annotation !== null ? (annotation.paragraphs > 0 ? annotation.flow : null) : cell !== null && paragraphs > 0 ? cellFlow : null);

  const keepRow = (): void => {
    if (sheet === null || rowCells.length === 0) {
      return;
    }
    const line = rowLine(rowCells);
    for (let copy = 0; copy < rowRepeat; copy++) {
      if (copy > 0) {
        cells.cells -= rowCells.length;
      }
      if (line.length + 1 > budget.remaining || (copy > 0 && cells.cells < 0)) {
        budget.exhausted ||= line.length + 1 > budget.remaining;
        return;
      }
      budget.remaining -= line.length + 1;
      sheet.lines.push(line);
    }
  };

  const endCell = (): void => {
    if (cell === null) {
      return;
    }
    const text = cellFlow.take() || cell.fallback;
    cells.cells--;
    if (text !== '') {
      const copies = Math.max(0, Math.min(cell.repeat, MAX_COLUMNS - cell.column, cells.cells + 1));
      for (let copy = 0; copy < copies; copy++) {
        rowCells.push({ column: cell.column + copy, text });
      }
      cells.cells -= Math.max(0, copies - 1);
    }
    column = cell.column + cell.repeat;
    cell = null;
  };

  let damage: string | null = null;
  try {
    await parseXmlStream(chunks, {
      open: (name, attributes) => {
        if (capture !== null) {
          return;
        }
        if (inBody === 0) {
          if (name === 'body') {
            inBody++;
          } else if (name === 'style' && attribute(attributes, 'family') === 'table') {
            tableStyle = attribute(attributes, 'name') ?? null;
          } else if (name === 'table-properties' && tableStyle !== null && attribute(attributes, 'display') === 'false') {
            hiddenStyles.add(tableStyle);
          }
          return;
        }
        if (name === 'table') {
          tableDepth++;
          if (tableDepth === 1) {
            const styleName = attribute(attributes, 'style-name') ?? '';
            sheet = { name: attribute(attributes, 'name') ?? '', hidden: hiddenStyles.has(styleName), lines: [], row: 0 };
          }
        } else if (tableDepth !== 1 || sheet === null) {
          // A table inside a cell (or text outside any sheet) is read as the cell's text only.
          if (name === 'p' || name === 'h') {
            paragraphs++;
          }
        } else if (name === 'table-row') {
          rowRepeat = repeatCount(attribute(attributes, 'number-rows-repeated'));
          rowCells = [];
          column = 0;
        } else if ((name === 'table-cell' || name === 'covered-table-cell') && cell === null) {
          cell = { column, repeat: repeatCount(attribute(attributes, 'number-columns-repeated')), fallback: typedValue(attributes) };
          paragraphs = 0;
        } else if (name === 'annotation' && cell !== null && annotation === null) {
          annotation = { where: `${sheet.name}!${columnName(cell.column)}${sheet.row + 1}`, flow: new TextFlow(budget), paragraphs: 0, author: '', date: '' };
        } else if ((name === 'creator' || name === 'date') && annotation !== null && annotation.paragraphs === 0) {
          capture = name === 'creator' ? 'author' : 'date';
          captured = '';
        } else if (name === 'p' || name === 'h') {
          if (annotation !== null) {
            annotation.paragraphs++;
          } else {
            paragraphs++;
          }
        } else if (name === 'object' && objects.length < MAX_OBJECTS) {
          const href = attribute(attributes, 'href');
          if (href !== undefined) {
            objects.push(href);
          }
        }
        const target = flow();
        if (target !== null && name === 's') {
          target.spaces(Number(attribute(attributes, 'c') ?? 1));
        } else if (target !== null && (name === 'tab' || name === 'line-break')) {
          target.tab();
        }
      },
      text: (chunk) => {
        if (capture !== null) {
          captured = (captured + chunk).slice(0, MAX_CAPTURE);
        } else {
          flow()?.text(chunk);
        }
      },
      close: (name) => {
        if (capture !== null) {
          if ((capture === 'author' && name === 'creator') || (capture === 'date' && name === 'date')) {
            if (annotation !== null) {
              annotation[capture] = captured.replace(/\s+/g, ' ').trim();
            }
            capture = null;
          }
          return;
        }
        if (inBody === 0) {
          if (name === 'style') {
            tableStyle = null;
          }
          return;
        }
        if (name === 'p' || name === 'h') {
          const target = flow();
          target?.lineBreak();
          if (annotation !== null) {
            annotation.paragraphs = Math.max(0, annotation.paragraphs - 1);
          } else {
            paragraphs = Math.max(0, paragraphs - 1);
          }
        } else if (name === 'annotation' && annotation !== null) {
          const text = annotation.flow.take();
          if (text !== '') {
            comments.push({ where: annotation.where, author: annotation.author, date: isoDate(annotation.date), kind: 'comment', text });
          }
          annotation = null;
        } else if (name === 'table') {
          if (tableDepth === 1 && sheet !== null) {
            blocks.push([`Sheet: ${sheet.name}${sheet.hidden ? ' (hidden)' : ''}`, ...sheet.lines].join('\n'));
            sheet = null;
          }
          tableDepth = Math.max(0, tableDepth - 1);
        } else if (tableDepth === 1 && sheet !== null) {
          if ((name === 'table-cell' || name === 'covered-table-cell') && annotation === null) {
            endCell();
          } else if (name === 'table-row') {
            keepRow();
            sheet.row += rowRepeat;
            rowCells = [];
          }
        } else if (name === 'body') {
          inBody--;
        }
      },
    }, () => budget.exhausted || cells.cells <= 0 || stop());
  } catch (error) {
    if (!(error instanceof XmlError)) {
      throw error;
    }
    damage = error.message;
  }
  if (sheet !== null) {
    // Reading stopped inside a sheet: keep its rows so far.
    const open: Sheet = sheet;
    blocks.push([`Sheet: ${open.name}${open.hidden ? ' (hidden)' : ''}`, ...open.lines].join('\n'));
  }
  return { body: blocks.join('\n\n'), comments, objects, cellsStopped: cells.cells <= 0, damage };
}
