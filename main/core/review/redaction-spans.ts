/**
 * Pure rules for redaction spans: a span must cover text that is there, and it stays anchored to
 * the text it was drawn on (the field's SHA-256 and the covered characters). When a re-index
 * changes the field, the span is reported for re-checking, never shifted to where it might fit.
 */
import { AppError } from '../../../shared/errors.js';
import type { Redaction, RedactionView } from '../../../shared/model/review.js';

/** Throws invalid-args naming the record and field when [start, end) is not a span of `text`. */
export function assertSpan(text: string, start: number, end: number, where: string): void {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end <= start || end > text.length) {
    throw new AppError('invalid-args', `The span ${start}–${end} is not inside ${where} (${text.length} characters)`, { start, end, length: text.length });
  }
  const splitsPair = (at: number) => at > 0 && at < text.length && /[\uDC00-\uDFFF]/.test(text[at] ?? '') && /[\uD800-\uDBFF]/.test(text[at - 1] ?? '');
  if (splitsPair(start) || splitsPair(end)) {
    // Half a character cannot be blacked out: the packet would print the other half.
    throw new AppError('invalid-args', `The span ${start}–${end} cuts a character of ${where} in two`, { start, end });
  }
}

/**
 * A redaction as listed: `needs-recheck` when the field's text is no longer the text it was
 * drawn on (its hash changed, or the record is gone from the index: `currentSha256` null).
 */
export function viewRedaction(redaction: Redaction, currentSha256: string | null): RedactionView {
  return { ...redaction, status: currentSha256 === redaction.fieldSha256 ? 'ok' : 'needs-recheck' };
}
