/**
 * Lists the file names inside a TNEF stream (winmail.dat, application/ms-tnef), the container
 * Outlook sends instead of plain MIME attachments. A reviewer needs to know that a message's
 * winmail.dat holds, say, "budget.xlsx", even before anything extracts it.
 *
 * Format facts from [MS-OXTNEF]: a 32-bit signature 0x223E9F78, a 16-bit legacy key, then
 * attributes, each a level byte (1 message, 2 attachment), a 32-bit attribute id, a 32-bit length,
 * the data and a 16-bit checksum (sum of the data bytes). attAttachRendData starts an attachment;
 * attAttachTitle holds its short name in the OEM code page (attOemCodepage); attAttachment holds
 * its MAPI properties, where PR_ATTACH_LONG_FILENAME (0x3707) is the full name and preferred;
 * PR_ATTACH_FILENAME (0x3704, an 8.3 name) is used only when neither of the others is present.
 * Names inside embedded messages (attach method 5) are not listed: the embedded message is one
 * attachment, named by its title.
 *
 * Every length is checked against what remains, so a truncated or corrupt stream yields the names
 * read so far and a problem, never an exception or a read past the end.
 */
import { Buffer } from 'node:buffer';
import iconv from 'iconv-lite';

export type TnefListing = {
  /** Attachment file names in stream order; attachments without any name are left out. */
  names: string[];
  /** Sentences describing what could not be read. */
  problems: string[];
};

const SIGNATURE = 0x223e9f78;

// Attribute ids compared on their low 16 bits (the high word repeats the attribute's type).
const ATT_ATTACH_REND_DATA = 0x9002;
const ATT_ATTACHMENT = 0x9005;
const ATT_ATTACH_TITLE = 0x8010;
const ATT_OEM_CODEPAGE = 0x9007;

const PR_ATTACH_LONG_FILENAME = 0x3707;
const PR_ATTACH_FILENAME = 0x3704;

const PT_STRING8 = 0x001e;
const PT_UNICODE = 0x001f;
const PT_BINARY = 0x0102;
const PT_OBJECT = 0x000d;
const MV_FLAG = 0x1000;

/** Bytes taken by one fixed-size value; 16-bit values are padded to 4. */
const FIXED_WIDTH: Record<number, number> = {
  0x0001: 4, // PtypNull
  0x0002: 4, // PtypInteger16
  0x0003: 4, // PtypInteger32
  0x0004: 4, // PtypFloating32
  0x0005: 8, // PtypFloating64
  0x0006: 8, // PtypCurrency
  0x0007: 8, // PtypFloatingTime
  0x000a: 4, // PtypErrorCode
  0x000b: 4, // PtypBoolean
  0x0014: 8, // PtypInteger64
  0x0040: 8, // PtypTime
  0x0048: 16, // PtypGuid
};

type AttachmentNames = { title: string; fileName: string; longName: string };

/** `size` rounded up to a multiple of 4; arithmetic, because lengths can exceed 2^31. */
function pad4(size: number): number {
  return size + ((4 - (size % 4)) % 4);
}

function stripNuls(text: string): string {
  const nul = text.indexOf('\u0000');
  return (nul < 0 ? text : text.slice(0, nul)).trim();
}

function decode8Bit(bytes: Buffer, codepage: number): string {
  const label = codepage === 65001 ? 'utf8' : codepage >= 1250 && codepage <= 1258 ? `windows-${codepage}` : `cp${codepage}`;
  return stripNuls(iconv.encodingExists(label) ? iconv.decode(bytes, label) : iconv.decode(bytes, 'windows-1252'));
}

/** Reads the string properties of interest from an attAttachment MAPI property block. */
function readAttachmentProperties(data: Buffer, codepage: number, names: AttachmentNames, problems: string[]): void {
  const fail = (offset: number): void => {
    problems.push(`attachment properties end early at byte ${Math.min(offset, data.length)} of ${data.length}`);
  };
  if (data.length < 4) {
    fail(0);
    return;
  }
  const count = data.readUInt32LE(0);
  let p = 4;
  for (let k = 0; k < count; k++) {
    if (p + 4 > data.length) {
      fail(p);
      return;
    }
    const type = data.readUInt16LE(p);
    const id = data.readUInt16LE(p + 2);
    p += 4;
    if (id >= 0x8000) {
      // Named property: GUID, kind, then a numeric id or a counted UTF-16 name.
      if (p + 20 > data.length) {
        fail(p);
        return;
      }
      const kind = data.readUInt32LE(p + 16);
      p += 20;
      if (kind === 0) {
        p += 4;
      } else {
        if (p + 4 > data.length) {
          fail(p);
          return;
        }
        p += 4 + pad4(data.readUInt32LE(p));
      }
    }
    const base = type & ~MV_FLAG & 0x0fff;
    const variable = base === PT_STRING8 || base === PT_UNICODE || base === PT_BINARY || base === PT_OBJECT;
    let values = 1;
    if (variable || (type & MV_FLAG) !== 0) {
      if (p + 4 > data.length) {
        fail(p);
        return;
      }
      values = data.readUInt32LE(p);
      p += 4;
    }
    for (let v = 0; v < values; v++) {
      if (variable) {
        if (p + 4 > data.length) {
          fail(p);
          return;
        }
        const size = data.readUInt32LE(p);
        p += 4;
        if (size > data.length - p) {
          fail(p);
          return;
        }
        if (v === 0 && (id === PR_ATTACH_LONG_FILENAME || id === PR_ATTACH_FILENAME) && (base === PT_STRING8 || base === PT_UNICODE)) {
          const raw = data.subarray(p, p + size);
          const text = base === PT_UNICODE ? stripNuls(raw.toString('utf16le')) : decode8Bit(raw, codepage);
          if (id === PR_ATTACH_LONG_FILENAME) {
            names.longName = text;
          } else {
            names.fileName = text;
          }
        }
        p += pad4(size);
      } else {
        const width = FIXED_WIDTH[base];
        if (width === undefined) {
          problems.push(`attachment property 0x${id.toString(16)} has unknown type 0x${type.toString(16)}; the rest were skipped`);
          return;
        }
        p += width;
      }
      if (p > data.length) {
        fail(data.length);
        return;
      }
    }
  }
}

/** Lists the attachment names in a TNEF stream. Never throws. */
export function listTnefAttachments(bytes: Uint8Array): TnefListing {
  try {
    return readTnef(bytes);
  } catch (error) {
    // Every read is bounds-checked; this is the last guard, so that one bad file never stops a mailbox.
    return { names: [], problems: [`unreadable TNEF stream: ${error instanceof Error ? error.message : String(error)}`] };
  }
}

function readTnef(bytes: Uint8Array): TnefListing {
  const data = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const problems: string[] = [];
  const attachments: AttachmentNames[] = [];
  if (data.length < 6 || data.readUInt32LE(0) !== SIGNATURE) {
    return { names: [], problems: ['not a TNEF stream (no 0x223E9F78 signature)'] };
  }
  let codepage = 1252;
  let current: AttachmentNames | null = null;
  const attachment = (): AttachmentNames => {
    if (!current) {
      current = { title: '', fileName: '', longName: '' };
      attachments.push(current);
    }
    return current;
  };
  let pos = 6;
  let badChecksums = 0;
  while (pos < data.length) {
    if (data.length - pos < 9) {
      problems.push(`stream ends inside an attribute header at byte ${pos}`);
      break;
    }
    const level = data[pos];
    const id = data.readUInt32LE(pos + 1);
    const size = data.readUInt32LE(pos + 5);
    if (level !== 1 && level !== 2) {
      problems.push(`invalid attribute level ${level ?? ''} at byte ${pos}; the rest was skipped`);
      break;
    }
    const start = pos + 9;
    if (size > data.length - start - 2) {
      problems.push(`attribute 0x${id.toString(16)} at byte ${pos} declares ${size} bytes but only ${Math.max(0, data.length - start - 2)} remain`);
      break;
    }
    const value = data.subarray(start, start + size);
    let sum = 0;
    for (let i = 0; i < value.length; i++) {
      sum = (sum + (value[i] ?? 0)) & 0xffff;
    }
    if (sum !== data.readUInt16LE(start + size)) {
      badChecksums++;
    }
    const tag = id & 0xffff;
    if (tag === ATT_OEM_CODEPAGE && value.length >= 4) {
      codepage = value.readUInt32LE(0);
    } else if (tag === ATT_ATTACH_REND_DATA && level === 2) {
      current = null;
      attachment();
    } else if (tag === ATT_ATTACH_TITLE && level === 2) {
      attachment().title = decode8Bit(value, codepage);
    } else if (tag === ATT_ATTACHMENT && level === 2) {
      readAttachmentProperties(value, codepage, attachment(), problems);
    }
    pos = start + size + 2;
  }
  if (badChecksums > 0) {
    problems.push(`${badChecksums} attribute checksum${badChecksums === 1 ? '' : 's'} did not match`);
  }
  const names = attachments.map((names) => names.longName || names.title || names.fileName).filter((name) => name !== '');
  return { names, problems };
}
