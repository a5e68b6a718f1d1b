/**
 * The search-term report's pages as data (no drawing): a title block, the table of terms with
 * its total row, a legend of the columns, and "Page X of N" on every page.
 *
 * Built from the packet's layout pieces (rows, wrapping, page geometry) so both documents look
 * alike and measure text the same way. Unlike the packet, the report has two kinds of content
 * on a page: the table, whose header repeats on every page it continues onto, and the rest,
 * which must not get a table header above it. Content is therefore paginated as blocks (a term's
 * wrapped lines, a legend paragraph) that stay on one page, each knowing whether it is table.
 */
import type { TermReport } from '../../../shared/model/search.js';
import { cleanLine, type MeasureText, type TextStyle } from '../packet/font-runs.js';
import { formatGeneratedAt } from '../packet/layout-index.js';
import type { PlacedRule, PlacedText } from '../packet/packet-plan.js';
import { contentHeight, contentWidth, LETTER_GEOMETRY, type LineStyle, type PageGeometry } from '../packet/page-geometry.js';
import { gapRow, placeRows, rowsHeight, ruleRow, textRow, type Row, type RowText } from '../packet/page-rows.js';
import { truncateToWidth } from '../packet/truncate-text.js';
import { wrapText } from '../packet/wrap-text.js';

/** What the report is about, beyond the counts. */
export type TermReportHeading = { caseName: string; requestTitle: string | null };

export type TermReportPage = { pageNumber: number; texts: PlacedText[]; rules: PlacedRule[] };

export const TERM_REPORT_TITLE = 'Search-term report';
export const TOTAL_LABEL = 'Total (any term)';

/** Column headings, in table order; the four numeric ones are right-aligned. */
export const TERM_REPORT_COLUMNS = ['Term', 'Records hit', 'Unique hits', 'With families', 'Unique with families'] as const;

/** What each column means, in words a requester can follow. */
export const TERM_REPORT_LEGEND: ReadonlyArray<{ label: string; text: string }> = [
  { label: 'Records hit', text: 'Records the term matches (inside the "within" query, when one is given).' },
  {
    label: 'Unique hits',
    text: 'Records hit by this term and by no other term in the list: what leaving the term out would remove from the results.',
  },
  {
    label: 'With families',
    text: 'Every record of a family (a message with its attachments) one of whose records the term hits: what reviewing the hits in context takes in.',
  },
  { label: 'Unique with families', text: 'Records of families that this term hits and no other term in the list does.' },
  { label: TOTAL_LABEL, text: 'Records hit by at least one term, each counted once, without and with their families.' },
];

const NUMBER_COLUMN_WIDTH = 70;
const COLUMN_GAP = 14;
const CELL_PADDING = 4;
const LABEL_GAP = 10;
const TABLE_ROW: LineStyle = { size: 9, lineHeight: 12 };

type Block = { rows: Row[]; table: boolean };
type Column = { x: number; width: number; align: 'left' | 'right' };

function columns(geometry: PageGeometry): Column[] {
  const left = geometry.marginLeft;
  const right = left + contentWidth(geometry);
  const numbers = [3, 2, 1, 0].map((fromRight): Column => ({
    x: right - (fromRight + 1) * NUMBER_COLUMN_WIDTH,
    width: NUMBER_COLUMN_WIDTH,
    align: 'right',
  }));
  const termWidth = (numbers[0]?.x ?? right) - COLUMN_GAP - left;
  return [{ x: left, width: termWidth, align: 'left' }, ...numbers];
}

export function formatCount(value: number): string {
  return value.toLocaleString('en-US');
}

/**
 * Rows for one table line: each cell's text is wrapped inside its column and the line takes as
 * many rows as its tallest cell. Numbers sit on the first row, right-aligned.
 */
function tableLine(cells: readonly string[], style: TextStyle, cols: readonly Column[], measure: MeasureText): Row[] {
  const wrapped = cols.map((column, index) => {
    const text = cleanLine(cells[index] ?? '').trim();
    if (text === '') {
      return [];
    }
    const width = column.align === 'right' ? column.width - CELL_PADDING : column.width;
    return wrapText(text, width, (value) => measure(value, TABLE_ROW.size, style));
  });
  const height = Math.max(1, ...wrapped.map((lines) => lines.length));
  const rows: Row[] = [];
  for (let line = 0; line < height; line += 1) {
    const texts: RowText[] = [];
    cols.forEach((column, index) => {
      const text = wrapped[index]?.[line];
      if (text === undefined || text === '') {
        return;
      }
      const x = column.align === 'right' ? column.x + column.width - measure(text, TABLE_ROW.size, style) : column.x;
      texts.push({ text, x, size: TABLE_ROW.size, style });
    });
    rows.push(textRow(TABLE_ROW, texts));
  }
  return rows;
}

/** Labels in bold on the left, values wrapped in the rest of the line, one list of rows per pair. */
function fieldList(pairs: ReadonlyArray<readonly [string, string]>, line: LineStyle, geometry: PageGeometry, measure: MeasureText): Row[][] {
  const { size } = line;
  // As wide as the widest label needs ("Unique with families"), never narrower than the packet's.
  const labelWidth = Math.max(geometry.labelWidth, ...pairs.map(([label]) => measure(label, size, 'bold') + LABEL_GAP));
  const valueX = geometry.marginLeft + labelWidth;
  const width = contentWidth(geometry) - labelWidth;
  return pairs.map(([label, value]) =>
    wrapText(cleanLine(value).trim() || '—', width, (text) => measure(text, size, 'regular')).map((wrapped, index) =>
      textRow(line, [
        ...(index === 0 ? [{ text: label, x: geometry.marginLeft, size, style: 'bold' as const }] : []),
        { text: wrapped, x: valueX, size, style: 'regular' },
      ]),
    ),
  );
}

function paragraphRows(text: string, style: TextStyle, line: LineStyle, geometry: PageGeometry, measure: MeasureText): Row[] {
  return wrapText(text, contentWidth(geometry), (value) => measure(value, line.size, style)).map((wrapped) =>
    textRow(line, [{ text: wrapped, x: geometry.marginLeft, size: line.size, style }]),
  );
}

function titleBlock(report: TermReport, heading: TermReportHeading, geometry: PageGeometry, measure: MeasureText): Block[] {
  const fields: Array<readonly [string, string]> = [
    ['Case', heading.caseName],
    ...(heading.requestTitle === null ? [] : [['Request', heading.requestTitle] as const]),
    ['Within', report.within === '' ? 'the whole case' : report.within],
    ['Records searched', formatCount(report.recordsSearched)],
    ['Terms', formatCount(report.rows.length)],
    ['Created', formatGeneratedAt(new Date(report.createdAt))],
  ];
  return [
    { rows: [...paragraphRows(TERM_REPORT_TITLE, 'bold', geometry.caseName, geometry, measure), gapRow(4)], table: false },
    ...fieldList(fields, geometry.meta, geometry, measure).map((rows) => ({ rows, table: false })),
    { rows: [gapRow(8)], table: false },
  ];
}

function legendBlocks(geometry: PageGeometry, measure: MeasureText): Block[] {
  const heading = [gapRow(10), ...paragraphRows('How to read the columns', 'bold', geometry.heading, geometry, measure), gapRow(2)];
  const entries = fieldList(
    TERM_REPORT_LEGEND.map((entry) => [entry.label, entry.text] as const),
    geometry.meta,
    geometry,
    measure,
  );
  // The heading stays with the first entry, so it never ends a page alone.
  return entries.map((rows, index) => ({ rows: index === 0 ? [...heading, ...rows] : rows, table: false }));
}

/** The rows that open the table, and open it again on every page it continues onto. */
function headerRows(cols: readonly Column[], geometry: PageGeometry, measure: MeasureText): Row[] {
  return [...tableLine(TERM_REPORT_COLUMNS, 'bold', cols, measure), ruleRow(geometry)];
}

/**
 * Stacks blocks onto pages. A block that does not fit goes to a new page; a table block on a new
 * page gets `continuation` above it. Only a block taller than a whole page is split, row by row.
 */
function paginate(blocks: readonly Block[], continuation: readonly Row[], geometry: PageGeometry): Row[][] {
  const available = contentHeight(geometry);
  const slack = 1e-6;
  const pages: Row[][] = [];
  let page: Row[] = [];
  let used = 0;
  let empty = true;
  const newPage = (table: boolean): void => {
    pages.push(page);
    page = table ? [...continuation] : [];
    used = table ? rowsHeight(continuation) : 0;
    empty = true;
  };
  for (const block of blocks) {
    const height = rowsHeight(block.rows);
    if (!empty && used + height > available + slack) {
      newPage(block.table);
    }
    for (const row of block.rows) {
      if (!empty && used + row.height > available + slack) {
        newPage(block.table);
      }
      page.push(row);
      used += row.height;
      empty = false;
    }
  }
  pages.push(page);
  return pages;
}

function footer(pageNumber: number, pageCount: number, caseName: string, geometry: PageGeometry, measure: MeasureText): PlacedText[] {
  const { size } = geometry.footer;
  const y = geometry.footerBaseline;
  const pageLabel = `Page ${pageNumber} of ${pageCount}`;
  const room = contentWidth(geometry) - measure(pageLabel, size, 'regular') - COLUMN_GAP;
  const right = truncateToWidth(`${TERM_REPORT_TITLE} · ${cleanLine(caseName).trim()}`, room, (text) => measure(text, size, 'regular'));
  return [
    { text: pageLabel, x: geometry.marginLeft, y, size, style: 'regular' },
    { text: right, x: geometry.width - geometry.marginRight - measure(right, size, 'regular'), y, size, style: 'regular' },
  ];
}

/** Lays out the whole report. `measure` must match the fonts the pages will be drawn with. */
export function layoutTermReport(
  report: TermReport,
  heading: TermReportHeading,
  measure: MeasureText,
  geometry: PageGeometry = LETTER_GEOMETRY,
): TermReportPage[] {
  const cols = columns(geometry);
  const header = headerRows(cols, geometry, measure);
  const continued: Row[] = [
    ...paragraphRows(`${TERM_REPORT_TITLE} (continued)`, 'bold', geometry.meta, geometry, measure),
    gapRow(4),
    ...header,
  ];
  const termBlocks = report.rows.map((row, index): Block => {
    const rows = tableLine(
      [row.term, formatCount(row.hits), formatCount(row.uniqueHits), formatCount(row.hitsWithFamilies), formatCount(row.uniqueHitsWithFamilies)],
      'regular',
      cols,
      measure,
    );
    // The header stays with the first term, so it never ends a page alone; that block brings
    // its own header and so must not get the continuation's.
    return index === 0 ? { rows: [...header, ...rows], table: false } : { rows, table: true };
  });
  const blocks: Block[] = [
    ...titleBlock(report, heading, geometry, measure),
    ...(termBlocks.length === 0 ? [{ rows: header, table: false }] : termBlocks),
    {
      rows: [ruleRow(geometry), ...tableLine([TOTAL_LABEL, formatCount(report.total.hits), '', formatCount(report.total.hitsWithFamilies), ''], 'bold', cols, measure)],
      table: true,
    },
    ...legendBlocks(geometry, measure),
  ];
  const pages = paginate(blocks, continued, geometry);
  return pages.map((rows, index) => {
    const placed = placeRows(rows, geometry);
    return {
      pageNumber: index + 1,
      texts: [...placed.texts, ...footer(index + 1, pages.length, heading.caseName, geometry, measure)],
      rules: placed.rules,
    };
  });
}
