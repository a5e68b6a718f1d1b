/**
 * Cheap checks on the first bytes of a file, for the ingest registry's sniff(head).
 *
 * A .pst/.ost starts with '!BDN'. A .msg is an OLE2 compound file (D0 CF 11 E0 A1 B1 1A E1), and
 * so are Word/Excel/PowerPoint 97–2003 files, Thumbs.db and encrypted Office files, so the magic
 * alone cannot tell a .msg apart. The caller should therefore offer isMsgFile only for names ending
 * in .msg (what Outlook writes); readMsg then rejects a compound file that holds no message with a
 * clear error. Looking for "__substg1.0_" stream names would need the directory sectors, which can
 * lie anywhere in the file, not in the head.
 */

const PST_MAGIC = [0x21, 0x42, 0x44, 0x4e]; // '!BDN'
const OLE2_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(head: Uint8Array, magic: number[]): boolean {
  return head.length >= magic.length && magic.every((byte, index) => head[index] === byte);
}

/** True when `head` starts like an Outlook personal or offline store (.pst, .ost). */
export function isPstFile(head: Uint8Array): boolean {
  return startsWith(head, PST_MAGIC);
}

/** True when `head` starts like an OLE2 compound file, which every .msg is (see above for the rest). */
export function isMsgFile(head: Uint8Array): boolean {
  return startsWith(head, OLE2_MAGIC);
}
