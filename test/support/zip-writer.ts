/**
 * Writes small zip archives for tests, including hostile ones that no honest tool produces:
 * names that climb out of the archive, sizes that lie, entries that share their data. Only
 * what the tests need: stored or deflated entries, no zip64.
 */
import { crc32, deflateRawSync } from 'node:zlib';

export type TestZipEntry = {
  name: string;
  data: Uint8Array | string;
  /** Deflate the data (default true). */
  deflate?: boolean;
  /** Write this as the uncompressed size instead of the true one (a lying header). */
  declaredSize?: number;
  /** Point this entry's directory record at the data of an earlier entry (overlap bomb). */
  sameDataAs?: number;
  /** `data` already deflated, so a large entry written several times is deflated once. */
  deflated?: Uint8Array;
};

export function buildZip(entries: readonly TestZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  const offsets: number[] = [];
  const sizes: { compressed: number; crc: number; size: number; method: number }[] = [];
  let offset = 0;
  entries.forEach((entry, index) => {
    const name = Buffer.from(entry.name, 'utf-8');
    const data = typeof entry.data === 'string' ? Buffer.from(entry.data, 'utf-8') : Buffer.from(entry.data);
    const method = entry.deflate === false ? 0 : 8;
    const body = method === 8 ? (entry.deflated ? Buffer.from(entry.deflated) : deflateRawSync(data)) : data;
    const crc = crc32(data);
    const size = entry.declaredSize ?? data.length;
    if (entry.sameDataAs !== undefined) {
      const shared = sizes[entry.sameDataAs];
      const sharedOffset = offsets[entry.sameDataAs];
      if (!shared || sharedOffset === undefined) {throw new Error('sameDataAs names a later entry');}
      centrals.push(centralRecord(name, shared.method, shared.crc, shared.compressed, shared.size, sharedOffset));
      sizes.push(shared);
      offsets.push(sharedOffset);
      return;
    }
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x800, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, body);
    offsets.push(offset);
    sizes.push({ compressed: body.length, crc, size, method });
    centrals.push(centralRecord(name, method, crc, body.length, size, offset));
    offset += local.length + name.length + body.length;
    void index;
  });
  const central = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(central.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, central, end]);
}

function centralRecord(name: Buffer, method: number, crc: number, compressed: number, size: number, offset: number): Buffer {
  const record = Buffer.alloc(46);
  record.writeUInt32LE(0x02014b50, 0);
  record.writeUInt16LE(20, 4);
  record.writeUInt16LE(20, 6);
  record.writeUInt16LE(0x800, 8);
  record.writeUInt16LE(method, 10);
  record.writeUInt32LE(crc, 16);
  record.writeUInt32LE(compressed, 20);
  record.writeUInt32LE(size, 24);
  record.writeUInt16LE(name.length, 28);
  record.writeUInt32LE(offset, 42);
  return Buffer.concat([record, name]);
}

/**
 * A copy of `zip` whose entry `name` has damaged deflate data (its first block type is the
 * reserved one), as a bad sector or a cut download leaves it: the directory still lists the
 * entry, and inflating it fails. The entry must be deflated.
 */
export function damageEntry(zip: Uint8Array, name: string): Buffer {
  const bytes = Buffer.from(zip);
  const end = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) {throw new Error('no end of central directory');}
  let at = bytes.readUInt32LE(end + 16);
  const count = bytes.readUInt16LE(end + 10);
  for (let i = 0; i < count; i++) {
    const method = bytes.readUInt16LE(at + 10);
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    const local = bytes.readUInt32LE(at + 42);
    if (bytes.toString('utf8', at + 46, at + 46 + nameLength) === name) {
      if (method !== 8) {throw new Error(`${name} is not deflated`);}
      const data = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
      bytes[data] = 0xff;
      return bytes;
    }
    at += 46 + nameLength + extraLength + commentLength;
  }
  throw new Error(`no entry ${name}`);
}
