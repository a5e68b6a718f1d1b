/**
 * Rows: the unit the layout stacks down a page. A row is one line of text pieces (a label and
 * its value, or the cells of an index row) or a rule, with the height it takes. Layout builds
 * rows first and places them afterwards, so that it can count how many fit before deciding
 * where pages break.
 */
import type { TextStyle } from './font-runs.js';
import type { PlacedBox, PlacedRule, PlacedText } from './packet-plan.js';
import { contentHeight, type LineStyle, type PageGeometry } from './page-geometry.js';

/** A piece of text in a row; `x` is absolute, the baseline is set when the row is placed. */
export type RowText = { text: string; x: number; size: number; style: TextStyle };

/**
 * A redaction box in a row: `x` and `width` are absolute, `size` is the size of the text the box
 * stands in for (it sets the box's height), `labelSize` the size of the exemption label on it.
 */
export type RowBox = { x: number; width: number; size: number; label: string; labelSize: number };

export type Row = { height: number; texts: RowText[]; rule: boolean; boxes?: RowBox[] };

/** A row one line high holding `texts` (and redaction boxes, if any). */
export function textRow(line: LineStyle, texts: RowText[], boxes: RowBox[] = []): Row {
  return boxes.length === 0 ? { height: line.lineHeight, texts, rule: false } : { height: line.lineHeight, texts, rule: false, boxes };
}

// A box reaches from just below the descenders to just above the ascenders of the text it
// replaces (DejaVu: ascent 0.93 em, descent 0.24 em), so it covers the line's ink, while boxes
// on consecutive lines (line height ≥ 1.25 em) stay visibly apart.
const BOX_BELOW_BASELINE = 0.22;
const BOX_HEIGHT = 1.12;

/** Where a box of a row whose text has its baseline at `baseline` is drawn. */
export function placeBox(box: RowBox, baseline: number): PlacedBox {
  return {
    x: box.x,
    y: baseline - BOX_BELOW_BASELINE * box.size,
    width: box.width,
    height: BOX_HEIGHT * box.size,
    label: box.label,
    labelSize: box.labelSize,
  };
}

/** A row holding a full-width rule in the middle of its height. */
export function ruleRow(geometry: PageGeometry): Row {
  return { height: geometry.ruleGap, texts: [], rule: true };
}

/** Vertical space with nothing in it. */
export function gapRow(height: number): Row {
  return { height, texts: [], rule: false };
}

/** Total height of `rows`. */
export function rowsHeight(rows: readonly Row[]): number {
  return rows.reduce((sum, row) => sum + row.height, 0);
}

/** Places rows from the top margin down and returns what to draw. */
export function placeRows(rows: readonly Row[], geometry: PageGeometry): { texts: PlacedText[]; rules: PlacedRule[]; boxes: PlacedBox[] } {
  const texts: PlacedText[] = [];
  const rules: PlacedRule[] = [];
  const boxes: PlacedBox[] = [];
  let top = geometry.height - geometry.marginTop;
  for (const row of rows) {
    if (row.rule) {
      rules.push({ x1: geometry.marginLeft, x2: geometry.width - geometry.marginRight, y: top - row.height / 2 });
    }
    for (const piece of row.texts) {
      // The baseline sits one font size below the row's top: room for ascenders, and the rest
      // of the line height below the baseline holds descenders.
      texts.push({ text: piece.text, x: piece.x, y: top - piece.size, size: piece.size, style: piece.style });
    }
    for (const box of row.boxes ?? []) {
      boxes.push(placeBox(box, top - box.size));
    }
    top -= row.height;
  }
  return { texts, rules, boxes };
}

/**
 * Breaks a stream of rows into pages. Every page after the first starts with `continuation`
 * (a short repeated header). A rule that would open a continued page is dropped, since the
 * continuation header already ends with one.
 */
export function paginateRows(rows: readonly Row[], continuation: readonly Row[], geometry: PageGeometry): Row[][] {
  const available = contentHeight(geometry);
  // Rounding slack: heights like 12.5 add up to values that may miss the limit by 1e-12.
  const slack = 1e-6;
  const pages: Row[][] = [];
  let page: Row[] = [];
  let used = 0;
  let hasContent = false;
  for (const row of rows) {
    if (hasContent && used + row.height > available + slack) {
      pages.push(page);
      page = [...continuation];
      used = rowsHeight(continuation);
      hasContent = false;
      if (row.rule) {
        continue;
      }
    }
    page.push(row);
    used += row.height;
    hasContent = true;
  }
  pages.push(page);
  return pages;
}
