/**
 * The lines of an export's text, one at a time. A million-line export split into an array holds
 * a million strings at once; walking the text with a regex's `lastIndex` holds one, so a reader
 * that needs two passes over the text costs no more memory than the text itself.
 */

export type TextLine = {
  /** The line without its ending (CRLF, LF or CR). */
  text: string;
  /** 1-based line number. */
  number: number;
};

/** The lines of `text` in order; a text ending in a newline ends with an empty line, as `split` gives. */
export function* textLines(text: string): Generator<TextLine> {
  const ending = /\r\n|\n|\r/g;
  let start = 0;
  let number = 1;
  for (let match = ending.exec(text); match !== null; match = ending.exec(text)) {
    yield { text: text.slice(start, match.index), number };
    start = match.index + match[0].length;
    number += 1;
  }
  yield { text: text.slice(start), number };
}
