/**
 * The shared string table (xl/sharedStrings.xml), streamed: every text cell of a workbook points
 * into it. Rich-text runs are joined; phonetic guides (<rPh>, the furigana over Japanese names)
 * are not part of the string and are left out. Strings past the character budget are kept as
 * empty strings, so that the indexes of those before them still hold.
 */
import { parseXmlStream } from '../xml/xml-reader.js';
import { decodeOoxmlEscapes } from './cell-text.js';

/** The table, and whether strings past the budget were left empty. */
export type SharedStrings = { strings: string[]; truncated: boolean };

/** Reads the table from a stream of its bytes, keeping at most `maxChars` characters of text. */
export async function readSharedStrings(chunks: AsyncIterable<Uint8Array>, maxChars: number, stop: () => boolean): Promise<SharedStrings> {
  const strings: string[] = [];
  let current: string[] | null = null;
  let inText = 0;
  let phonetic = 0;
  let chars = 0;
  let truncated = false;
  await parseXmlStream(chunks, {
    open: (name) => {
      if (name === 'si') {
        current = [];
      } else if (name === 't') {
        inText++;
      } else if (name === 'rPh') {
        phonetic++;
      }
    },
    text: (chunk) => {
      if (current !== null && inText > 0 && phonetic === 0) {
        current.push(chunk);
      }
    },
    close: (name) => {
      if (name === 't') {
        inText = Math.max(0, inText - 1);
      } else if (name === 'rPh') {
        phonetic = Math.max(0, phonetic - 1);
      } else if (name === 'si' && current !== null) {
        const value = decodeOoxmlEscapes(current.join(''));
        if (chars + value.length > maxChars) {
          truncated = true;
          strings.push('');
        } else {
          chars += value.length;
          strings.push(value);
        }
        current = null;
      }
    },
  }, stop);
  return { strings, truncated };
}
