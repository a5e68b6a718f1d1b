/**
 * Typed access to the MAPI properties msgreader found on one object of a .msg file (the message,
 * a recipient, an attachment, an embedded message), by property id.
 *
 * msgreader maps only some properties to named fields, and decodes 8-bit strings (PT_STRING8)
 * byte for byte as Latin-1 and times to second-precision strings. So the reader asks it for the
 * raw property list (includeRawProps), re-decodes 8-bit strings in the item's code page
 * (PR_MESSAGE_CODEPAGE) from those Latin-1 code units, which is lossless, and reads times from the
 * 8 raw bytes it captures itself.
 */
import { Buffer } from 'node:buffer';
import type { FieldsData } from '@kenjiuno/msgreader';
import { decodeCodePage } from './code-page.js';
import { filetimeToIso } from './outlook-time.js';

const PT_LONG = 0x0003;
const PT_BOOLEAN = 0x000b;
const PT_STRING8 = 0x001e;
const PT_UNICODE = 0x001f;
const PT_SYSTIME = 0x0040;
const PT_BINARY = 0x0102;

/** PR_MESSAGE_CODEPAGE and PR_INTERNET_CPID: the code pages of 8-bit strings and of the HTML body. */
export const PR_MESSAGE_CODEPAGE = 0x3ffd;
export const PR_INTERNET_CPID = 0x3fde;

/** Raw PT_SYSTIME values by full property tag, captured per object while msgreader parses. */
export type CapturedTimes = WeakMap<FieldsData, Map<number, Uint8Array>>;

/** A propertyObserver for msgreader that keeps the raw bytes of every time property. */
export function captureTimes(times: CapturedTimes): (fields: FieldsData, tag: number, raw: Uint8Array | null) => void {
  return (fields, tag, raw) => {
    if ((tag & 0xffff) !== PT_SYSTIME || raw === null) {
      return;
    }
    let forObject = times.get(fields);
    if (forObject === undefined) {
      forObject = new Map();
      times.set(fields, forObject);
    }
    forObject.set(tag >>> 0, raw.slice(0, 8));
  };
}

type RawValue = string | Uint8Array | number | boolean | number[];

export class MsgProperties {
  private readonly values = new Map<number, RawValue>();

  /**
   * @param codePage the code page of the message this object belongs to (null for the top
   *   message); the object's own PR_MESSAGE_CODEPAGE wins over it.
   */
  constructor(
    readonly fields: FieldsData,
    private readonly times: Map<number, Uint8Array> | undefined,
    private codePage: number | null,
  ) {
    for (const prop of fields.rawProps ?? []) {
      if (prop.propertyTag === undefined || prop.value === undefined) {
        continue;
      }
      this.values.set(Number.parseInt(prop.propertyTag, 16) >>> 0, prop.value as RawValue);
    }
    // An item without PR_MESSAGE_CODEPAGE most likely wrote its strings like its MIME body.
    this.codePage = this.integer(PR_MESSAGE_CODEPAGE) ?? codePage ?? this.integer(PR_INTERNET_CPID);
  }

  /** The code page this object's 8-bit strings are in. */
  get stringCodePage(): number | null {
    return this.codePage;
  }

  string(id: number): string {
    const unicode = this.values.get(tag(id, PT_UNICODE));
    if (typeof unicode === 'string') {
      return unicode;
    }
    const ansi = this.values.get(tag(id, PT_STRING8));
    if (typeof ansi === 'string') {
      return decodeCodePage(Buffer.from(ansi, 'latin1'), this.codePage);
    }
    return '';
  }

  integer(id: number): number | null {
    const value = this.values.get(tag(id, PT_LONG));
    return typeof value === 'number' ? value : null;
  }

  boolean(id: number): boolean {
    return this.values.get(tag(id, PT_BOOLEAN)) === true;
  }

  binary(id: number): Uint8Array | null {
    const value = this.values.get(tag(id, PT_BINARY));
    if (value instanceof Uint8Array) {
      return value;
    }
    return Array.isArray(value) ? Uint8Array.from(value) : null;
  }

  /** A PT_SYSTIME property as ISO 8601 UTC, or null. */
  time(id: number): string | null {
    return filetimeToIso(this.times?.get(tag(id, PT_SYSTIME)));
  }
}

function tag(id: number, type: number): number {
  return ((id << 16) | type) >>> 0;
}
