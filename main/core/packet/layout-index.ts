/**
 * The index pages: a title block (case, request, when it was generated, what it holds) and the
 * index of records, one line per record (or chat transcript) with its Bates range and decision.
 *
 * Every index row is exactly one line (long cells are cut with "…"), so the number of index
 * pages depends only on the number of lines. That lets the layout count index pages first
 * and number every record page in a single pass.
 *
 * Cells are given as plain strings that layout-packet.ts has already taken from the marked
 * fields: a redacted title or sender arrives with its placeholders.
 */
import { INDEX_DECISION_LABELS } from './packet-labels.js';
import { cleanLine, type MeasureText, type TextStyle } from './font-runs.js';
import { contentHeight, contentWidth, type LineStyle, type PageGeometry } from './page-geometry.js';
import { gapRow, ruleRow, rowsHeight, textRow, type Row, type RowText } from './page-rows.js';
import { truncateToWidth } from './truncate-text.js';
import { wrapText } from './wrap-text.js';

/** What one index row shows, as plain strings. */
export type IndexLine = { bates: string; date: string; from: string; title: string; decision: string };

type Column = { x: number; width: number };
export type IndexColumns = { bates: Column; date: Column; from: Column; title: Column; decision: Column };

/** What the title block on the first index page says. */
export type TitleBlock = {
  caseName: string;
  requestTitle: string;
  /** "Tracking number: 2024-017", or the request id when it has none. */
  requestLabel: string;
  generatedAt: Date;
};

const COLUMN_GAP = 8;
const DATE_COLUMN_WIDTH = 58;
const MAX_CASE_NAME_LINES = 2;
const MAX_REQUEST_TITLE_LINES = 3;

/** "2024-05-01 14:30 UTC": UTC so the packet reads the same on every officer's machine. */
export function formatGeneratedAt(date: Date): string {
  const iso = date.toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

const RANGE_SEPARATOR = ' – ';

/** "FOIA-000004" for a one-page record, else "FOIA-000004 – FOIA-000009". */
export function formatBatesRange(first: string, last: string): string {
  return first === last ? first : `${first}${RANGE_SEPARATOR}${last}`;
}

/** The widest range the index can show: the last page number on both ends. */
export function widestBatesRange(last: string): string {
  return `${last}${RANGE_SEPARATOR}${last}`;
}

/**
 * Column positions. The Bates column is as wide as the widest range it must show (ranges are
 * never cut: they are what people cite); the date column is fixed, the decision column as wide
 * as its longest label; From and Title share the rest.
 */
export function indexColumns(widestBates: string, measure: MeasureText, geometry: PageGeometry): IndexColumns {
  const size = geometry.indexRow.size;
  const total = contentWidth(geometry);
  const batesWidth = Math.min(
    Math.max(measure(widestBates, size, 'regular'), measure('Bates', size, 'bold')),
    total * 0.4,
  );
  const decisionWidth = Math.min(
    Math.max(measure('Decision', size, 'bold'), ...INDEX_DECISION_LABELS.map((label) => measure(label, size, 'regular'))),
    total * 0.2,
  );
  const left = geometry.marginLeft;
  const right = left + total;
  const dateX = left + batesWidth + COLUMN_GAP;
  const fromX = dateX + DATE_COLUMN_WIDTH + COLUMN_GAP;
  const decisionX = right - decisionWidth;
  const rest = decisionX - COLUMN_GAP - fromX;
  const fromWidth = Math.floor((rest - COLUMN_GAP) * 0.4);
  const titleX = fromX + fromWidth + COLUMN_GAP;
  return {
    bates: { x: left, width: batesWidth },
    date: { x: dateX, width: DATE_COLUMN_WIDTH },
    from: { x: fromX, width: fromWidth },
    title: { x: titleX, width: decisionX - COLUMN_GAP - titleX },
    decision: { x: decisionX, width: decisionWidth },
  };
}

function cell(text: string, column: Column, line: LineStyle, style: TextStyle, measure: MeasureText): RowText {
  const fitted = truncateToWidth(text, column.width, (value) => measure(value, line.size, style));
  return { text: fitted, x: column.x, size: line.size, style };
}

/** Wraps to at most `maxLines` lines, cutting the last one with "…" if there is more. */
function wrapLimited(text: string, width: number, maxLines: number, measure: (text: string) => number): string[] {
  const lines = wrapText(text, width, measure);
  if (lines.length <= maxLines) {
    return lines;
  }
  const kept = lines.slice(0, maxLines - 1);
  kept.push(truncateToWidth(lines.slice(maxLines - 1).join(' '), width, measure));
  return kept;
}

function titleBlockRows(block: TitleBlock, summary: string, measure: MeasureText, geometry: PageGeometry): Row[] {
  const left = geometry.marginLeft;
  const width = contentWidth(geometry);
  const rows: Row[] = [];
  const { caseName, requestTitle, meta } = geometry;
  const caseText = cleanLine(block.caseName).trim() || 'Untitled case';
  for (const line of wrapLimited(caseText, width, MAX_CASE_NAME_LINES, (t) => measure(t, caseName.size, 'bold'))) {
    rows.push(textRow(caseName, [{ text: line, x: left, size: caseName.size, style: 'bold' }]));
  }
  const titleText = cleanLine(block.requestTitle).trim() || 'Untitled request';
  for (const line of wrapLimited(titleText, width, MAX_REQUEST_TITLE_LINES, (t) => measure(t, requestTitle.size, 'regular'))) {
    rows.push(textRow(requestTitle, [{ text: line, x: left, size: requestTitle.size, style: 'regular' }]));
  }
  rows.push(gapRow(4));
  const metaLines = [cleanLine(block.requestLabel), `Generated: ${formatGeneratedAt(block.generatedAt)}`, summary];
  for (const text of metaLines) {
    const fitted = truncateToWidth(text, width, (t) => measure(t, meta.size, 'regular'));
    rows.push(textRow(meta, [{ text: fitted, x: left, size: meta.size, style: 'regular' }]));
  }
  rows.push(gapRow(10));
  return rows;
}

/**
 * The rows above the index lines on an index page: the title block on the first page, then the
 * heading, the column headers and a rule.
 */
export function indexFrameRows(
  block: TitleBlock,
  first: boolean,
  summary: string,
  columns: IndexColumns,
  measure: MeasureText,
  geometry: PageGeometry,
): Row[] {
  const rows = first ? titleBlockRows(block, summary, measure, geometry) : [];
  const { heading, indexRow } = geometry;
  rows.push(
    textRow(heading, [
      { text: first ? 'Index of records' : 'Index of records (continued)', x: geometry.marginLeft, size: heading.size, style: 'bold' },
    ]),
  );
  rows.push(
    textRow(indexRow, [
      cell('Bates', columns.bates, indexRow, 'bold', measure),
      cell('Date', columns.date, indexRow, 'bold', measure),
      cell('From', columns.from, indexRow, 'bold', measure),
      cell('Title', columns.title, indexRow, 'bold', measure),
      cell('Decision', columns.decision, indexRow, 'bold', measure),
    ]),
  );
  rows.push(ruleRow(geometry));
  return rows;
}

/** How many index lines fit below a frame. Always at least one, so pagination ends. */
export function indexLineCapacity(frame: readonly Row[], geometry: PageGeometry): number {
  const room = contentHeight(geometry) - rowsHeight(frame);
  return Math.max(1, Math.floor(room / geometry.indexRow.lineHeight + 1e-6));
}

/** Index pages needed for `lineCount` lines, given the lines that fit on the first and later pages. */
export function countIndexPages(lineCount: number, firstCapacity: number, laterCapacity: number): number {
  if (lineCount <= firstCapacity) {
    return 1;
  }
  return 1 + Math.ceil((lineCount - firstCapacity) / laterCapacity);
}

/** One index line: Bates range, date, sender, title, decision, each cut to its column. */
export function indexLineRow(line: IndexLine, columns: IndexColumns, measure: MeasureText, geometry: PageGeometry): Row {
  const style = geometry.indexRow;
  return textRow(style, [
    cell(line.bates, columns.bates, style, 'regular', measure),
    cell(line.date, columns.date, style, 'regular', measure),
    cell(line.from, columns.from, style, 'regular', measure),
    cell(line.title, columns.title, style, 'regular', measure),
    cell(line.decision, columns.decision, style, 'regular', measure),
  ]);
}
