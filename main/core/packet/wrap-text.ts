/**
 * Word wrapping for record text drawn into a fixed column.
 *
 * Records are evidence, so wrapping changes line breaks only: spaces inside a line and blank
 * lines are kept as written, and only the spaces at a wrap point are dropped. A word longer than
 * the column (a URL, a base64 blob, a sentence of Japanese with no spaces) is broken between
 * grapheme clusters, starting on the current line, so that nothing is ever cut off the page and
 * an accent or emoji sequence is never split.
 *
 * Pure: the width of a piece of text comes from the caller's measure function.
 */
import { splitGraphemes } from './graphemes.js';

/** Width in points of `text` in the column's font and size. */
export type MeasureWidth = (text: string) => number;

// Only the ASCII space is a break opportunity: a no-break space must not break, and tabs and
// newlines have been handled before text reaches here.
const TOKENS = / +|[^ ]+/g;

/**
 * Wraps `text` into lines no wider than `maxWidth`. Newlines in the input always end a line;
 * empty input lines come out as empty lines. A single grapheme wider than `maxWidth` still
 * gets a line of its own rather than looping.
 */
export function wrapText(text: string, maxWidth: number, measure: MeasureWidth): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    wrapParagraph(paragraph, maxWidth, measure, lines);
  }
  return lines;
}

function wrapParagraph(paragraph: string, maxWidth: number, measure: MeasureWidth, out: string[]): void {
  if (paragraph === '') {
    out.push('');
    return;
  }
  let line = '';
  let lineWidth = 0;
  // Spaces seen since the last word: they are written only if another word follows on the line.
  let pending = '';
  let pendingWidth = 0;
  let wrapped = false;

  const endLine = (): void => {
    out.push(line);
    line = '';
    lineWidth = 0;
    pending = '';
    pendingWidth = 0;
    wrapped = true;
  };

  for (const token of paragraph.match(TOKENS) ?? []) {
    if (token.startsWith(' ')) {
      // Leading indentation of the paragraph is kept; spaces after a wrap point are not.
      if (line === '' && wrapped) {
        continue;
      }
      pending += token;
      pendingWidth += measure(token);
      continue;
    }
    const width = measure(token);
    if (lineWidth + pendingWidth + width <= maxWidth) {
      line += pending + token;
      lineWidth += pendingWidth + width;
      pending = '';
      pendingWidth = 0;
      continue;
    }
    if (width <= maxWidth) {
      // Starts a new line; if the line held only indentation, that indentation is dropped.
      if (line !== '') {
        endLine();
      }
      pending = '';
      pendingWidth = 0;
      line = token;
      lineWidth = width;
      continue;
    }
    // Too long for any line: break by grapheme, starting on the current line.
    line += pending;
    lineWidth += pendingWidth;
    pending = '';
    pendingWidth = 0;
    for (const grapheme of splitGraphemes(token)) {
      const graphemeWidth = measure(grapheme);
      if (lineWidth + graphemeWidth > maxWidth && line.trim() !== '') {
        endLine();
      }
      line += grapheme;
      lineWidth += graphemeWidth;
    }
  }
  // Trailing spaces at the end of a paragraph are invisible; a paragraph of only spaces stays blank.
  if (line !== '' || !wrapped) {
    out.push(line);
  }
}
