/**
 * Shortening one-line text (index cells, continuation headers) to a width, with an ellipsis so
 * the reader knows there is more. The full text is always on the record's own pages.
 *
 * Pure: widths come from the caller's measure function.
 */
import { splitGraphemes } from './graphemes.js';
import type { MeasureWidth } from './wrap-text.js';

export const ELLIPSIS = '…';

/**
 * Returns `text` if it fits in `maxWidth`, else the longest prefix (whole graphemes, trailing
 * spaces removed) that fits together with "…". Returns "…" alone if nothing else fits.
 */
export function truncateToWidth(text: string, maxWidth: number, measure: MeasureWidth): string {
  const parts = splitGraphemes(text);
  const prefix = (count: number): string => parts.slice(0, count).join('');

  // A subject can be thousands of characters long. Doubling a prefix until it overflows keeps
  // the measuring proportional to what fits in the cell rather than to the whole text.
  let high = 32;
  while (high < parts.length && measure(prefix(high)) <= maxWidth) {
    high *= 2;
  }
  if (high >= parts.length) {
    if (measure(text) <= maxWidth) {
      return text;
    }
    high = parts.length;
  }
  // prefix(high) does not fit, so the answer is shorter: binary search for the longest prefix
  // that fits with the ellipsis.
  let low = 0;
  high -= 1;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (measure(prefix(mid).trimEnd() + ELLIPSIS) <= maxWidth) {
      low = mid;
    } else {
      high = mid - 1;
    }
  }
  return prefix(low).trimEnd() + ELLIPSIS;
}
