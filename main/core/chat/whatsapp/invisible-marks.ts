/**
 * WhatsApp iOS exports wrap text in invisible Unicode marks (corpus README): U+200E before system
 * lines and attachments, U+202A…U+202C around phone numbers, U+2068…U+2069 around @mentions, and
 * U+00A0 / U+202F as spaces. They carry layout, not meaning, and would break search and sender
 * matching, so readers drop the direction marks and turn the odd spaces into plain ones.
 */

/** Directional marks, embeddings and isolates: removed outright. */
const DIRECTION_MARKS = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** No-break and narrow no-break spaces: kept as a plain space so "+51 989" stays two words. */
const ODD_SPACES = /[\u00a0\u202f]/g;

/** Text with WhatsApp's invisible marks removed; linear in the length of the text. */
export function stripInvisibleMarks(text: string): string {
  return text.replace(DIRECTION_MARKS, '').replace(ODD_SPACES, ' ');
}

/** iOS puts U+200E first in a system line's text; a user cannot type it, so it tells the two apart. */
export function startsWithSystemMark(text: string): boolean {
  return text.charCodeAt(0) === 0x200e;
}
