/**
 * Tells an mbox from other files by its first bytes, for the ingest registry's `sniff(head)`.
 * An mbox starts with a From_ line; some writers put a UTF-8 byte order mark or blank lines
 * before it (MimeKit's unmunged.mbox.txt starts with a BOM), so those are skipped. The rest of
 * the line is not checked: separators in real files range from "From -" to a full address and
 * date, and the first line of a file is the one place a "From " line cannot be body text.
 */

const FROM = [0x46, 0x72, 0x6f, 0x6d, 0x20];
const BOM = [0xef, 0xbb, 0xbf];
const LF = 0x0a;
const CR = 0x0d;

/** True when the first non-empty line of `head` begins "From " (after an optional UTF-8 BOM). */
export function looksLikeMbox(head: Uint8Array): boolean {
  let i = BOM.every((byte, k) => head[k] === byte) ? BOM.length : 0;
  while (head[i] === LF || head[i] === CR) {
    i += 1;
  }
  return FROM.every((byte, k) => head[i + k] === byte);
}
