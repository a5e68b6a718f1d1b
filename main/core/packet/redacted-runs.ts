/**
 * Splitting a field's text into what is printed and what is burned out.
 *
 * A redaction is a span of UTF-16 offsets into the field's text exactly as `redactableText` gives
 * it. This module turns a field and its spans into a `MarkedText`: visible runs and redaction
 * segments. Everything downstream (wrapping, index cells, the Vaughn index) works on that, so the
 * rule "redacted characters never become drawn text" is kept in one place:
 *
 * - spans are widened to whole grapheme clusters (a span that starts inside "é" or an emoji
 *   sequence covers all of it, and a CR LF pair is never split), so no fragment of a covered
 *   character is left visible;
 * - overlapping and touching spans merge into one segment whose label lists every exemption;
 * - the original text is cleaned (cleanText) piece by piece after splitting, so cleaning, which
 *   can change lengths, never shifts an offset.
 *
 * A redaction segment keeps its hidden text only so its width can be measured (a box is at least
 * as wide as what it covers); `wrap-marked.ts` turns it into a box with a label and a width,
 * and `placeholderText` into "[redacted (b)(6)]". Nothing else reads `hidden`.
 *
 * Pure: no fonts, no pdf-lib.
 */
import type { ExemptionApplication } from '../../../shared/exemptions/exemption-application.js';
import { splitGraphemes } from './graphemes.js';
import { exemptionLabels } from './packet-labels.js';

/** A span to burn out: `start` inclusive, `end` exclusive, UTF-16 offsets into the raw field text. */
export type RedactionSpan = { start: number; end: number; exemptions: readonly ExemptionApplication[] };

export type MarkedSegment =
  | { kind: 'text'; text: string }
  /** `label`: what the box says ("(b)(6)", "(b)(6), (b)(7)(C)"); `hidden`: cleaned covered text, for its width only. */
  | { kind: 'redaction'; label: string; hidden: string };

/** A field as printed: visible runs and redactions, in order; never two text runs in a row. */
export type MarkedText = MarkedSegment[];

/** Printed on a box whose redaction cites no exemption. */
export const UNLABELLED_REDACTION = 'Redacted';

/** "(b)(6), (b)(7)(C)": each distinct exemption once, in the order first cited. */
export function exemptionLabel(exemptions: readonly ExemptionApplication[]): string {
  const labels = exemptionLabels(exemptions);
  return labels.length === 0 ? UNLABELLED_REDACTION : labels.join(', ');
}

/** Offsets where a grapheme cluster starts, plus the text's length, ascending. */
function clusterBoundaries(text: string): number[] {
  const boundaries = [0];
  let offset = 0;
  for (const cluster of splitGraphemes(text)) {
    offset += cluster.length;
    boundaries.push(offset);
  }
  // The cluster pattern treats CR and LF as two clusters; a line break must stay whole.
  return boundaries.filter((at) => !(text[at - 1] === '\r' && text[at] === '\n'));
}

/** Index of the first boundary ≥ `at` (boundaries.length if none). */
function lowerBound(boundaries: readonly number[], at: number): number {
  let low = 0;
  let high = boundaries.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((boundaries[mid] ?? 0) < at) {
      low = mid + 1;
    } else {
      high = mid;
    }
  }
  return low;
}

/** The largest boundary ≤ `at`: where a span starting at `at` must really start. */
function snapDown(boundaries: readonly number[], at: number): number {
  const index = lowerBound(boundaries, at);
  return boundaries[index] === at ? at : (boundaries[index - 1] ?? 0);
}

/** The smallest boundary ≥ `at`: where a span ending at `at` must really end. */
function snapUp(boundaries: readonly number[], at: number): number {
  return boundaries[lowerBound(boundaries, at)] ?? at;
}

type MergedSpan = { start: number; end: number; exemptions: ExemptionApplication[] };

/**
 * Spans clamped to the text, widened to whole grapheme clusters, sorted, and merged where they
 * overlap or touch. Empty spans are dropped.
 */
export function normaliseSpans(text: string, spans: readonly RedactionSpan[]): MergedSpan[] {
  const usable = spans
    .map((span) => ({ start: Math.max(0, Math.min(span.start, text.length)), end: Math.max(0, Math.min(span.end, text.length)), exemptions: span.exemptions }))
    .filter((span) => span.end > span.start);
  if (usable.length === 0) {
    return [];
  }
  const boundaries = clusterBoundaries(text);
  const snapped = usable
    .map((span) => ({ start: snapDown(boundaries, span.start), end: snapUp(boundaries, span.end), exemptions: span.exemptions }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: MergedSpan[] = [];
  for (const span of snapped) {
    const last = merged.at(-1);
    if (last !== undefined && span.start <= last.end) {
      last.end = Math.max(last.end, span.end);
      last.exemptions.push(...span.exemptions);
    } else {
      merged.push({ start: span.start, end: span.end, exemptions: [...span.exemptions] });
    }
  }
  return merged;
}

/**
 * `text` split at `spans`, each piece cleaned with `clean` (cleanText for bodies, cleanLine for
 * one-line fields). Visible pieces that clean to nothing are left out.
 */
export function markText(text: string, spans: readonly RedactionSpan[], clean: (text: string) => string): MarkedText {
  const marked: MarkedText = [];
  const pushText = (raw: string): void => {
    const cleaned = clean(raw);
    if (cleaned !== '') {
      marked.push({ kind: 'text', text: cleaned });
    }
  };
  let at = 0;
  for (const span of normaliseSpans(text, spans)) {
    pushText(text.slice(at, span.start));
    marked.push({ kind: 'redaction', label: exemptionLabel(span.exemptions), hidden: clean(text.slice(span.start, span.end)) });
    at = span.end;
  }
  pushText(text.slice(at));
  return marked;
}

/**
 * Removes `leading` from the start of the first visible run and `trailing` from the end of the
 * last, when those runs are at the very start and end (a box there stays: it is content).
 */
export function trimMarked(marked: MarkedText, leading: RegExp, trailing: RegExp): MarkedText {
  const out = [...marked];
  const first = out[0];
  if (first?.kind === 'text') {
    out[0] = { kind: 'text', text: first.text.replace(leading, '') };
  }
  const lastIndex = out.length - 1;
  const last = out[lastIndex];
  if (last?.kind === 'text') {
    out[lastIndex] = { kind: 'text', text: last.text.replace(trailing, '') };
  }
  return out.filter((segment) => segment.kind === 'redaction' || segment.text !== '');
}

/** Trims white space at both ends, as one-line fields are printed. */
export function trimMarkedLine(marked: MarkedText): MarkedText {
  return trimMarked(marked, /^\s+/u, /\s+$/u);
}

/** Whether anything is printed for the field (a box counts). */
export function isMarkedEmpty(marked: MarkedText): boolean {
  return marked.every((segment) => segment.kind === 'text' && segment.text.trim() === '');
}

export function hasRedactions(marked: MarkedText): boolean {
  return marked.some((segment) => segment.kind === 'redaction');
}

/** "[redacted (b)(6)]": how a redaction reads where boxes cannot go (index cells, continuation headers). */
export function redactionPlaceholder(label: string): string {
  return label === UNLABELLED_REDACTION ? '[redacted]' : `[redacted ${label}]`;
}

/** The field as one string with every redaction replaced by its placeholder. */
export function placeholderText(marked: MarkedText): string {
  return marked.map((segment) => (segment.kind === 'text' ? segment.text : redactionPlaceholder(segment.label))).join('');
}

/** Plain text as a marked text with no redactions. */
export function plainMarked(text: string): MarkedText {
  return text === '' ? [] : [{ kind: 'text', text }];
}

/** Concatenation of marked texts, keeping the rule that text runs never follow each other. */
export function concatMarked(...parts: readonly MarkedText[]): MarkedText {
  const out: MarkedText = [];
  for (const segment of parts.flat()) {
    const last = out.at(-1);
    if (segment.kind === 'text' && last?.kind === 'text') {
      out[out.length - 1] = { kind: 'text', text: last.text + segment.text };
    } else if (segment.kind === 'redaction' || segment.text !== '') {
      out.push(segment);
    }
  }
  return out;
}
