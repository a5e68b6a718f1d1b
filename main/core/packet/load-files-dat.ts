/**
 * The Concordance DAT load file: one line of field names, then one line per document, every
 * value between text qualifiers and values separated by the field delimiter.
 *
 * Delimiters are Concordance's defaults, as its documentation lists them ("Managing data files",
 * Concordance Desktop answer center, answercenter.ediscovery.co/…/managing_data_files.htm):
 * field break ASCII 20 (U+0014), quote þ (ASCII 254, U+00FE), newline within a field ® (ASCII
 * 174, U+00AE), and a final carriage return so the last record loads. Lines end with CR LF.
 *
 * Encoding: UTF-8 with a byte-order mark. Names and subjects in public records are in every
 * script, which no single-byte code page holds; and a DAT without a BOM is commonly read as
 * Windows-1252, where UTF-8's two-byte þ is not the qualifier and every field boundary is lost
 * (the "þ delimiter encoding trap"). The BOM tells Unicode-aware loaders what they are reading.
 *
 * The format has no escape: a delimiter inside a value would split it. So values lose what would
 * be read as structure: þ becomes "th" (its usual transliteration), ® becomes "(R)", ASCII 20 and
 * other control characters become spaces, and line breaks become ®.
 */
import { DAT_FIELDS, type LoadFileDocument } from './load-files.js';

export const DAT_FIELD_DELIMITER = '\u0014';
export const DAT_TEXT_QUALIFIER = '\u00FE';
export const DAT_NEWLINE = '\u00AE';
const BOM = '\uFEFF';
const LINE_END = '\r\n';

/** A value made safe to stand between qualifiers. */
export function datValue(value: string): string {
  return value
    .replace(/\u00FE/g, 'th')
    .replace(/\u00AE/g, '(R)')
    .replace(/\r\n|\r|\n|\u2028|\u2029/g, DAT_NEWLINE)
    .replace(/[\u0000-\u001F\u007F]/g, ' ');
}

function line(values: readonly string[]): string {
  return values.map((value) => `${DAT_TEXT_QUALIFIER}${datValue(value)}${DAT_TEXT_QUALIFIER}`).join(DAT_FIELD_DELIMITER);
}

/** The whole DAT file as text (starting with the BOM); encode it as UTF-8. */
export function concordanceDat(documents: readonly LoadFileDocument[]): string {
  const lines = [line(DAT_FIELDS), ...documents.map((document) => line(DAT_FIELDS.map((field) => document.fields[field])))];
  return `${BOM}${lines.join(LINE_END)}${LINE_END}`;
}
