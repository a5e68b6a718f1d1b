/**
 * Flowing a long prose document onto pages: the layout machinery behind the 36 CFR 1230.14
 * report and the gap appendix, built on the packet's rows (page-rows.ts), wrapping and geometry
 * so they measure text exactly as packets do.
 *
 * Packets and the search-term report paginate a stream of rows, or blocks that fit a page. A
 * disposition report is different: a single gap can carry 200 pieces of evidence or a quoted
 * chat longer than a page, and a reader who lands on page 14 must still know which section and
 * which gap they are in. So content comes as blocks that each know
 *  - which rows must stay together at its start (a heading never ends a page alone), and
 *  - the one-line "… (continued)" header for the top of a page it starts on or runs onto.
 * A block that fits on a page is never split; a longer one flows on from where it starts.
 *
 * Pure: widths come from the caller's measure function.
 */
import { cleanLine, cleanText, type MeasureText, type TextStyle } from '../packet/font-runs.js';
import type { PlacedRule, PlacedText } from '../packet/packet-plan.js';
import { contentHeight, contentWidth, type LineStyle, type PageGeometry } from '../packet/page-geometry.js';
import { placeRows, ruleRow, rowsHeight, textRow, type Row, type RowText } from '../packet/page-rows.js';
import { truncateToWidth } from '../packet/truncate-text.js';
import { wrapText } from '../packet/wrap-text.js';

/** What every layout helper needs: the fonts' measure and the page. */
export type FlowContext = { measure: MeasureText; geometry: PageGeometry };

export type Block = {
  rows: Row[];
  /** Rows put at the top of a page this block runs onto (it was split there). */
  continuation: readonly Row[];
  /**
   * Rows put at the top of a page this block starts on: none when it opens with its own section
   * heading, a shorter header than `continuation` when it opens with its own gap heading.
   */
  resume: readonly Row[];
  /** How many leading rows must share a page (heading plus the first lines under it). */
  lead: number;
};

/** A page before numbering: what to draw, without the footer. */
export type FlowPage = { texts: PlacedText[]; rules: PlacedRule[] };

/** Rounding slack: heights like 12.5 add up to values that may miss the limit by 1e-12. */
const SLACK = 1e-6;
const COLUMN_GAP = 14;
const LABEL_GAP = 10;

/** A paragraph wrapped to the content width less `indent`. Newlines in `text` are kept. */
export function paragraphRows(text: string, style: TextStyle, line: LineStyle, ctx: FlowContext, indent = 0): Row[] {
  const { geometry, measure } = ctx;
  const x = geometry.marginLeft + indent;
  return wrapText(cleanText(text), contentWidth(geometry) - indent, (value) => measure(value, line.size, style)).map((wrapped) =>
    textRow(line, wrapped === '' ? [] : [{ text: wrapped, x, size: line.size, style }]),
  );
}

/** The label column's width: the packet's, or wider if one of `labels` needs it. */
export function labelColumnWidth(labels: readonly string[], line: LineStyle, ctx: FlowContext): number {
  return Math.max(ctx.geometry.labelWidth, ...labels.map((label) => ctx.measure(label, line.size, 'bold') + LABEL_GAP));
}

/** A bold label on the left and its value wrapped in the rest of the line. */
export function labelledRows(label: string, value: string, labelWidth: number, line: LineStyle, ctx: FlowContext, indent = 0): Row[] {
  const { geometry, measure } = ctx;
  const labelX = geometry.marginLeft + indent;
  const valueX = labelX + labelWidth;
  const width = contentWidth(geometry) - indent - labelWidth;
  return wrapText(cleanText(value), width, (text) => measure(text, line.size, 'regular')).map((wrapped, index) =>
    textRow(line, [
      ...(index === 0 ? [{ text: label, x: labelX, size: line.size, style: 'bold' as const }] : []),
      ...(wrapped === '' ? [] : [{ text: wrapped, x: valueX, size: line.size, style: 'regular' as const }]),
    ]),
  );
}

export type TableColumn = { x: number; width: number; align: 'left' | 'right' };

/**
 * Columns for a table whose first column (left-aligned) takes the width the others leave.
 * `fixed` lists the other columns left to right.
 */
export function tableColumns(fixed: ReadonlyArray<{ width: number; align: 'left' | 'right' }>, geometry: PageGeometry): TableColumn[] {
  const placed: TableColumn[] = [];
  let x = geometry.marginLeft + contentWidth(geometry);
  for (const column of [...fixed].reverse()) {
    x -= column.width;
    placed.unshift({ x, width: column.width, align: column.align });
    x -= COLUMN_GAP;
  }
  return [{ x: geometry.marginLeft, width: x - geometry.marginLeft, align: 'left' }, ...placed];
}

/** One table line: each cell wrapped in its column; the line is as tall as its tallest cell. */
export function tableRows(cells: readonly string[], columns: readonly TableColumn[], style: TextStyle, line: LineStyle, ctx: FlowContext): Row[] {
  const measure = (text: string): number => ctx.measure(text, line.size, style);
  const wrapped = columns.map((column, index) => {
    const text = cleanLine(cells[index] ?? '').trim();
    return text === '' ? [] : wrapText(text, column.width, measure);
  });
  const height = Math.max(1, ...wrapped.map((lines) => lines.length));
  const rows: Row[] = [];
  for (let lineIndex = 0; lineIndex < height; lineIndex += 1) {
    const texts: RowText[] = [];
    columns.forEach((column, index) => {
      const text = wrapped[index]?.[lineIndex];
      if (text === undefined || text === '') {
        return;
      }
      const x = column.align === 'right' ? column.x + column.width - measure(text) : column.x;
      texts.push({ text, x, size: line.size, style });
    });
    rows.push(textRow(line, texts));
  }
  return rows;
}

/** `label` (say, "3. Exact circumstances (continued)") in bold on one line, cut to fit, then a rule. */
export function continuationRows(label: string, ctx: FlowContext): Row[] {
  const { geometry, measure } = ctx;
  const style = geometry.continued;
  const measureBold = (text: string): number => measure(text, style.size, 'bold');
  return [
    textRow(style, [{ text: truncateToWidth(cleanLine(label).trim(), contentWidth(geometry), measureBold), x: geometry.marginLeft, size: style.size, style: 'bold' }]),
    ruleRow(geometry),
  ];
}

/**
 * Stacks blocks onto pages (see the file comment). Rows with no text (gaps, rules, blank lines)
 * are dropped at the top of a page: the continuation header already ends with a rule.
 */
export function paginateBlocks(blocks: readonly Block[], geometry: PageGeometry): Row[][] {
  const available = contentHeight(geometry) + SLACK;
  const pages: Row[][] = [];
  let page: Row[] = [];
  let used = 0;
  let hasContent = false;
  const newPage = (continuation: readonly Row[]): void => {
    pages.push(page);
    page = [...continuation];
    used = rowsHeight(continuation);
    hasContent = false;
  };
  for (const block of blocks) {
    const height = rowsHeight(block.rows);
    const head = rowsHeight(block.resume);
    if (hasContent && used + height > available) {
      const fitsOnFreshPage = head + height <= available;
      const leadFitsHere = used + rowsHeight(block.rows.slice(0, block.lead)) <= available;
      if (fitsOnFreshPage || !leadFitsHere) {
        newPage(block.resume);
      }
    }
    for (const row of block.rows) {
      if (hasContent && used + row.height > available) {
        newPage(block.continuation);
      }
      if (!hasContent && row.texts.length === 0) {
        continue;
      }
      page.push(row);
      used += row.height;
      hasContent = true;
    }
  }
  pages.push(page);
  return pages;
}

/** "Page X of N" on the left and `right` (cut to fit) on the right, on the footer line. */
export function footerTexts(pageNumber: number, pageCount: number, right: string, rightStyle: TextStyle, ctx: FlowContext): PlacedText[] {
  const { geometry, measure } = ctx;
  const { size } = geometry.footer;
  const y = geometry.footerBaseline;
  const pageLabel = `Page ${pageNumber} of ${pageCount}`;
  const room = contentWidth(geometry) - measure(pageLabel, size, 'regular') - COLUMN_GAP;
  const fitted = truncateToWidth(cleanLine(right).trim(), room, (text) => measure(text, size, rightStyle));
  return [
    { text: pageLabel, x: geometry.marginLeft, y, size, style: 'regular' },
    { text: fitted, x: geometry.width - geometry.marginRight - measure(fitted, size, rightStyle), y, size, style: rightStyle },
  ];
}

/** Paginates and places `blocks`; pages carry no footer yet. */
export function flowBlocks(blocks: readonly Block[], geometry: PageGeometry): FlowPage[] {
  return paginateBlocks(blocks, geometry).map((rows) => placeRows(rows, geometry));
}
