/**
 * Whether a store file is shorter than its header says. Copies of mailboxes are often cut short
 * (a full disk, an interrupted transfer, a 2 GB FAT32 limit); pst-extractor then fails with a
 * b-tree lookup error that says nothing about why. The header's ibFileEof ([MS-PST] 2.2.2.5,
 * ROOT structure) is the size the file had when Outlook last closed it.
 */
import { Buffer } from 'node:buffer';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

/** wVer of Unicode stores (2003 and later); ANSI stores (97–2002) use another header layout. */
const FIRST_UNICODE_VERSION = 23;
const VERSION_OFFSET = 10;
const UNICODE_FILE_EOF_OFFSET = 0xb8;

export type FileSizeCheck = { actual: number; declared: number | null };

/** Reads the file's size and the size its header declares (null when not a Unicode store header). */
export function checkPstFileSize(path: string): FileSizeCheck {
  const fd = openSync(path, 'r');
  try {
    const actual = fstatSync(fd).size;
    const head = Buffer.alloc(UNICODE_FILE_EOF_OFFSET + 8);
    const read = readSync(fd, head, 0, head.length, 0);
    if (read < head.length || head.readUInt16LE(VERSION_OFFSET) < FIRST_UNICODE_VERSION) {
      return { actual, declared: null };
    }
    return { actual, declared: Number(head.readBigUInt64LE(UNICODE_FILE_EOF_OFFSET)) };
  } finally {
    closeSync(fd);
  }
}

/** A sentence saying the file is truncated, or null when it is not (or cannot be told). */
export function truncationNote(check: FileSizeCheck): string | null {
  if (check.declared === null || check.actual >= check.declared) {
    return null;
  }
  return `the file is truncated: it has ${check.actual} of the ${check.declared} bytes its header declares`;
}
