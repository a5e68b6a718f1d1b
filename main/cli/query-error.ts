/**
 * Showing where a query went wrong: the backend's invalid-args for a query it cannot read carries
 * the query and the span of the problem (the search box underlines it); a terminal gets the query
 * again with a caret line under that span.
 */
import type { AppError } from '../../shared/errors.js';
import { terminalSafe } from './terminal-text.js';

type Span = { start: number; end: number };

function isSpan(value: unknown): value is Span {
  if (typeof value !== 'object' || value === null) {
    return false;
  }
  const candidate = value as { start?: unknown; end?: unknown };
  return typeof candidate.start === 'number' && typeof candidate.end === 'number';
}

/** Columns a piece of query text takes: one per code point (wide CJK glyphs aside). */
function columns(text: string): number {
  return Array.from(text).length;
}

/**
 * "  <query>\n  ^^^\n" when `error` names a query and a span inside it, else null. Line breaks
 * in the query are shown as spaces so the caret stays under the right character.
 */
export function queryCaret(error: AppError): string | null {
  const query = error.details?.['query'];
  const span = error.details?.['span'];
  if (typeof query !== 'string' || !isSpan(span)) {
    return null;
  }
  const shown = terminalSafe(query.replace(/[\r\n\t]/g, ' '));
  const start = Math.min(Math.max(span.start, 0), query.length);
  const end = Math.min(Math.max(span.end, start), query.length);
  const indent = columns(shown.slice(0, start));
  const width = Math.max(1, columns(shown.slice(start, end)));
  return `  ${shown}\n  ${' '.repeat(indent)}${'^'.repeat(width)}\n`;
}
