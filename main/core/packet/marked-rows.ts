/**
 * Rows from marked text: wraps a field or a body (wrap-marked.ts) and places each line's text
 * runs and redaction boxes side by side, so a record page can be built the way plain text is.
 *
 * Box sizing lives here because it depends on the type size: a box is as wide as its exemption
 * label (in a smaller bold face, with padding) or as the text it hides, whichever is wider,
 * and never wider than the line. A label that does not fit a capped box is cut with "…".
 */
import type { MeasureText, TextStyle } from './font-runs.js';
import type { LineStyle } from './page-geometry.js';
import { textRow, type Row, type RowBox, type RowText } from './page-rows.js';
import type { MarkedText } from './redacted-runs.js';
import { truncateToWidth } from './truncate-text.js';
import { wrapMarked, type MarkedLine } from './wrap-marked.js';

/** Labels are printed a little smaller than the text they stand in for. */
const LABEL_SCALE = 0.78;
/** Room each side of the label, in ems of the text size. */
const LABEL_PADDING = 0.3;

export function labelSizeFor(size: number): number {
  return Math.round(size * LABEL_SCALE * 2) / 2;
}

/** The box width for `label` over hidden text `hiddenWidth` wide, capped to `maxWidth`. */
export function redactionBoxWidth(label: string, hiddenWidth: number, maxWidth: number, size: number, measure: MeasureText): number {
  const labelWidth = measure(label, labelSizeFor(size), 'bold') + 2 * LABEL_PADDING * size;
  return Math.min(maxWidth, Math.max(hiddenWidth, labelWidth));
}

/** The label as it fits on a box `width` wide. */
export function fitLabel(label: string, width: number, size: number, measure: MeasureText): string {
  const labelSize = labelSizeFor(size);
  return truncateToWidth(label, Math.max(0, width - 2 * LABEL_PADDING * size), (text) => measure(text, labelSize, 'bold'));
}

export type MarkedRowsOptions = {
  line: LineStyle;
  style: TextStyle;
  measure: MeasureText;
  /** Left end of the first line. */
  x: number;
  width: number;
  /** Later lines start this much further right and are this much narrower (a hanging indent). */
  hangingIndent?: number;
};

/** The pieces of one wrapped line placed from `x`. */
export function placeMarkedLine(line: MarkedLine, x: number, options: Pick<MarkedRowsOptions, 'line' | 'style' | 'measure'>): { texts: RowText[]; boxes: RowBox[] } {
  const { size } = options.line;
  const texts: RowText[] = [];
  const boxes: RowBox[] = [];
  let cursor = x;
  line.forEach((piece, index) => {
    if (piece.kind === 'box') {
      boxes.push({ x: cursor, width: piece.width, size, label: fitLabel(piece.label, piece.width, size, options.measure), labelSize: labelSizeFor(size) });
      cursor += piece.width;
      return;
    }
    // Spaces alone (indentation, or between two boxes) only move the pen.
    if (piece.text.trim() !== '') {
      texts.push({ text: piece.text, x: cursor, size, style: options.style });
    }
    // Measuring a whole line is the costly part of layout; the last piece's width is never needed.
    if (index < line.length - 1) {
      cursor += options.measure(piece.text, size, options.style);
    }
  });
  return { texts, boxes };
}

/** Wrapped lines of `marked`, before placing; exposed for cells that stack lines themselves. */
export function wrapMarkedFor(marked: MarkedText, options: MarkedRowsOptions): MarkedLine[] {
  const { size } = options.line;
  const indent = options.hangingIndent ?? 0;
  return wrapMarked(marked, {
    firstWidth: options.width,
    restWidth: options.width - indent,
    measure: (text) => options.measure(text, size, options.style),
    boxWidth: (label, hiddenWidth, maxWidth) => redactionBoxWidth(label, hiddenWidth, maxWidth, size, options.measure),
  });
}

/** One row per wrapped line of `marked`. */
export function markedRows(marked: MarkedText, options: MarkedRowsOptions): Row[] {
  const indent = options.hangingIndent ?? 0;
  return wrapMarkedFor(marked, options).map((line, index) => {
    const placed = placeMarkedLine(line, index === 0 ? options.x : options.x + indent, options);
    return textRow(options.line, placed.texts, placed.boxes);
  });
}
