/**
 * The text of one spreadsheet cell as stored: a formula cell by its cached value (the formula
 * itself is not shown), numbers without binary noise (0.15, not 0.14999999999999999), dates as
 * ISO in the workbook's date system, percentages as percentages, booleans as TRUE/FALSE.
 */
import { formatExcelSerial } from './excel-dates.js';
import type { NumberFormatKind } from './number-formats.js';

/** A cell as the sheet XML stores it. */
export type RawCell = {
  /** The `t` attribute: 's', 'str', 'inlineStr', 'b', 'e', 'd', or 'n' (the default). */
  type: string;
  /** The <v> text, or the inline string's text for 'inlineStr'. */
  value: string;
  /** The number-format kind of the cell's style. */
  kind: NumberFormatKind;
};

/**
 * Undoes the `_xHHHH_` escapes OOXML writes for characters XML cannot carry (or that the writer
 * chose to escape: Excel writes a carriage return as _x000D_); `_x005F_` escapes an underscore.
 */
export function decodeOoxmlEscapes(value: string): string {
  if (!value.includes('_x')) {
    return value;
  }
  return value.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** A number as Excel shows it at most: 15 significant digits, no trailing zeros. */
export function formatNumber(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) < 1e15) {
    return String(value);
  }
  return String(Number(value.toPrecision(15)));
}

function tidyIsoDate(value: string): string {
  return value.replace(/T00:00:00(\.0+)?Z?$/, '').replace('T', ' ').replace(/(\.\d+)?Z$/, '');
}

/** The cell's text ('' for an empty cell); shared strings are looked up in `sharedStrings`. */
export function cellText(cell: RawCell, sharedStrings: readonly string[], date1904: boolean): string {
  const value = cell.value;
  switch (cell.type) {
    case 's': {
      const index = Number(value.trim());
      return Number.isInteger(index) ? (sharedStrings[index] ?? '') : '';
    }
    case 'str':
    case 'inlineStr':
      return decodeOoxmlEscapes(value);
    case 'e':
      return value;
    case 'b':
      return value.trim() === '1' ? 'TRUE' : value.trim() === '0' ? 'FALSE' : value;
    case 'd':
      return tidyIsoDate(value.trim());
    default: {
      const trimmed = value.trim();
      if (trimmed === '') {
        return '';
      }
      const number = Number(trimmed);
      if (!Number.isFinite(number)) {
        return trimmed;
      }
      if (cell.kind === 'date' || cell.kind === 'time' || cell.kind === 'datetime' || cell.kind === 'elapsed') {
        return formatExcelSerial(number, cell.kind, date1904) ?? formatNumber(number);
      }
      if (cell.kind === 'percent') {
        return `${formatNumber(number * 100)}%`;
      }
      return formatNumber(number);
    }
  }
}
