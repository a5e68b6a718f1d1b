/**
 * Names of entries in a zip archive, decoded and checked. A name is untrusted: it may climb out
 * of the archive ("../../etc/passwd", "/abs", "C:\\x"), which we never write anywhere, but which
 * still must not be believed as a path inside the export. A bad name is a problem of that one
 * entry; the rest of the archive is read.
 */
import iconv from 'iconv-lite';

const UTF8_FLAG = 0x800;
/** Info-ZIP Unicode Path extra field: a UTF-8 copy of a name stored in a legacy code page. */
const UNICODE_PATH_FIELD = 0x7075;

export type RawEntryName = {
  raw: Uint8Array;
  generalPurposeBitFlag: number;
  extraFields: readonly { id: number; data: Uint8Array }[];
};

/** The entry's name as its writer meant it: UTF-8 when flagged or given in the extra field, else code page 437. */
export function decodeEntryName(entry: RawEntryName): string {
  const unicode = entry.extraFields.find((field) => field.id === UNICODE_PATH_FIELD);
  // Version 1, then a CRC of the legacy name, then the UTF-8 name.
  if (unicode && unicode.data.length > 5 && unicode.data[0] === 1) {
    return new TextDecoder('utf-8').decode(unicode.data.subarray(5));
  }
  if ((entry.generalPurposeBitFlag & UTF8_FLAG) !== 0) {
    return new TextDecoder('utf-8').decode(entry.raw);
  }
  return iconv.decode(Buffer.from(entry.raw.buffer, entry.raw.byteOffset, entry.raw.byteLength), 'cp437');
}

/**
 * The name as a safe relative path with forward slashes, or an explanation of why it is not one:
 * absolute, a drive letter, a `..` segment, a NUL. Windows tools write backslashes; those are
 * separators, not characters.
 */
export function checkEntryPath(name: string): { path: string } | { problem: string } {
  const path = name.replace(/\\/g, '/');
  if (path.includes('\0')) {
    return { problem: 'the entry name contains a NUL character' };
  }
  if (path.startsWith('/') || /^[A-Za-z]:/.test(path)) {
    return { problem: `the entry name "${name}" is an absolute path` };
  }
  const segments = path.split('/');
  if (segments.some((segment) => segment === '..')) {
    return { problem: `the entry name "${name}" climbs out of the archive (zip-slip)` };
  }
  return { path: segments.filter((segment) => segment !== '' && segment !== '.').join('/') };
}
