/**
 * Finding the characters no packet font can draw, so they are reported rather than lost.
 *
 * font-runs.ts sends such a character to the primary face, which draws its empty box (.notdef):
 * the reader sees that something was there, but not what. A released record that cannot show
 * its own text is something the officer must know about before sending it, so layout collects
 * every such character with the record it belongs to (PacketPlan.uncovered).
 *
 * Only drawn text is checked, after redaction: hidden text is never drawn, so it does not matter
 * whether a font could draw it.
 */
import type { TextStyle } from './font-runs.js';
import type { UncoveredChar } from './packet-plan.js';
import type { Row } from './page-rows.js';

/** Whether the primary face for `style` or the fallback has a glyph for the code point. */
export type CoverageProbe = (codePoint: number, style: TextStyle) => boolean;

export type UncoveredCollector = {
  /** Checks every text of `rows`, attributing what is missing to `recordId`. */
  scanRows(recordId: string | null, rows: readonly Row[]): void;
  scanText(recordId: string | null, text: string, style: TextStyle): void;
  /** Each (record, code point) once, in the order first met. */
  list(): UncoveredChar[];
};

export function createUncoveredCollector(covers: CoverageProbe): UncoveredCollector {
  const found: UncoveredChar[] = [];
  const seen = new Set<string>();
  const scanText = (recordId: string | null, text: string, style: TextStyle): void => {
    for (const char of text) {
      const codePoint = char.codePointAt(0) ?? 0;
      // A line break in a multi-line cell only separates lines; it is never drawn.
      if (char === '\n' || covers(codePoint, style)) {
        continue;
      }
      const key = `${recordId ?? ''}\u0000${codePoint}`;
      if (!seen.has(key)) {
        seen.add(key);
        found.push({ recordId, char, codePoint });
      }
    }
  };
  return {
    scanText,
    scanRows(recordId, rows) {
      for (const row of rows) {
        for (const text of row.texts) {
          scanText(recordId, text.text, text.style);
        }
      }
    },
    list: () => [...found],
  };
}
