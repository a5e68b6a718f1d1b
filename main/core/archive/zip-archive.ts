/**
 * Reading zip archives (zipped chat exports, Slack workspaces, the parts of DOCX and XLSX files)
 * without trusting them. yauzl reads the central directory and inflates; this file adds what an
 * evidence tool needs on top:
 *
 * - names are decoded and checked here, so a zip-slip name is a problem of its entry instead of an
 *   error that ends the archive (yauzl's own check would close it);
 * - every read is capped: by the caller's `maxBytes`, by a compression ratio no honest file
 *   reaches, and by a budget for the whole archive, so a zip bomb costs bounded time and memory;
 * - entries that share their data with another entry (the overlapping-entry bomb) are refused;
 * - yauzl checks each entry's real size against the size its header declares while inflating.
 */
import type { Readable } from 'node:stream';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { checkEntryPath, decodeEntryName } from './entry-name.js';

export type ZipEntry = {
  /** Position in the central directory. */
  index: number;
  /** The name as written in the archive, decoded. */
  name: string;
  /** The safe relative path (forward slashes), or null when the name is unsafe: see `problem`. */
  path: string | null;
  /** Why the entry cannot be read, named for the officer; null when it can. */
  problem: string | null;
  isDirectory: boolean;
  compressedSize: number;
  uncompressedSize: number;
  /** The modification time the archive records (local time of the zipping machine, read as UTC). */
  modified: Date | null;
};

export type ZipLimits = {
  /** Bytes all reads of this archive may inflate together. */
  totalBytes: number;
  /** Uncompressed-to-compressed ratio above which an entry is refused as a bomb. */
  maxRatio: number;
};

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  totalBytes: 8 * 1024 ** 3,
  // Plain text and XML reach 20–100; only crafted data goes past a thousand.
  maxRatio: 1000,
};

/** Ratios are checked only above this size: a tiny file of zeros is no threat. */
const RATIO_FLOOR_BYTES = 1024 * 1024;

/** The archive could not be opened at all (not a zip, or its directory is damaged). */
export class ZipOpenError extends Error {}

/** One entry could not be read; the rest of the archive still can. */
export class ZipEntryError extends Error {}

/** True when the bytes start like a zip archive (a local header, or the end record of an empty one). */
export function looksLikeZip(head: Uint8Array): boolean {
  return head[0] === 0x50 && head[1] === 0x4b && ((head[2] === 3 && head[3] === 4) || (head[2] === 5 && head[3] === 6));
}

const YAUZL_OPTIONS = {
  lazyEntries: true,
  autoClose: false,
  // Names are checked by us, per entry: yauzl's check would end the archive at the first bad one.
  decodeStrings: false,
  validateEntrySizes: true,
} as const;

export class ZipArchive {
  private inflated = 0;

  private constructor(
    private readonly zip: ZipFile,
    private readonly raw: readonly Entry[],
    readonly entries: readonly ZipEntry[],
    private readonly limits: ZipLimits,
  ) {}

  /** Opens an archive from a file (random access, nothing read up front but the directory) or from bytes. */
  static async open(source: { path: string } | { bytes: Uint8Array }, limits: ZipLimits = DEFAULT_ZIP_LIMITS): Promise<ZipArchive> {
    const zip = await new Promise<ZipFile>((resolve, reject) => {
      const done = (error: Error | null, file?: ZipFile) => (error || !file ? reject(new ZipOpenError(describeOpenError(error))) : resolve(file));
      if ('path' in source) {
        yauzl.open(source.path, YAUZL_OPTIONS, done);
      } else {
        yauzl.fromBuffer(Buffer.from(source.bytes.buffer, source.bytes.byteOffset, source.bytes.byteLength), YAUZL_OPTIONS, done);
      }
    });
    try {
      const raw = await readDirectory(zip);
      return new ZipArchive(zip, raw, describeEntries(raw, limits), limits);
    } catch (error) {
      zip.close();
      throw new ZipOpenError(describeOpenError(error instanceof Error ? error : null));
    }
  }

  /** The readable entry at a safe path, or undefined. */
  find(path: string): ZipEntry | undefined {
    return this.entries.find((entry) => entry.path === path && entry.problem === null && !entry.isDirectory);
  }

  /** Inflates one entry into memory; throws ZipEntryError when it is unsafe, too big or damaged. */
  async read(entry: ZipEntry, maxBytes: number): Promise<Uint8Array> {
    const chunks: Buffer[] = [];
    for await (const chunk of await this.stream(entry, maxBytes)) {
      chunks.push(chunk as Buffer);
    }
    return Buffer.concat(chunks);
  }

  /** A bounded stream of one entry's bytes, for entries too large to hold (an SMS backup in a zip). */
  async stream(entry: ZipEntry, maxBytes: number): Promise<AsyncIterable<Uint8Array>> {
    if (entry.problem !== null) {
      throw new ZipEntryError(entry.problem);
    }
    if (entry.uncompressedSize > maxBytes) {
      throw new ZipEntryError(`"${entry.name}" is ${entry.uncompressedSize} bytes uncompressed, more than the ${maxBytes} this reader takes`);
    }
    if (this.inflated + entry.uncompressedSize > this.limits.totalBytes) {
      throw new ZipEntryError(`"${entry.name}" would take the archive past ${this.limits.totalBytes} inflated bytes (a zip bomb?)`);
    }
    this.inflated += entry.uncompressedSize;
    const rawEntry = this.raw[entry.index];
    if (!rawEntry) {
      throw new ZipEntryError(`no entry ${entry.index}`);
    }
    let stream: Readable;
    try {
      stream = await this.zip.openReadStreamPromise(rawEntry);
    } catch (error) {
      throw new ZipEntryError(`"${entry.name}" cannot be read: ${error instanceof Error ? error.message : String(error)}`);
    }
    return guardStream(stream, entry.name);
  }

  close(): void {
    this.zip.close();
  }
}

async function* guardStream(stream: Readable, name: string): AsyncGenerator<Uint8Array> {
  try {
    for await (const chunk of stream) {
      yield chunk as Buffer;
    }
  } catch (error) {
    // yauzl names a size that lied ("too many bytes in the stream") or a broken deflate stream.
    throw new ZipEntryError(`"${name}" is damaged: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    stream.destroy();
  }
}

function readDirectory(zip: ZipFile): Promise<Entry[]> {
  return new Promise((resolve, reject) => {
    const entries: Entry[] = [];
    zip.on('entry', (entry: Entry) => {
      entries.push(entry);
      zip.readEntry();
    });
    zip.on('end', () => resolve(entries));
    zip.on('error', reject);
    zip.readEntry();
  });
}

function describeEntries(raw: readonly Entry[], limits: ZipLimits): ZipEntry[] {
  const firstAtOffset = new Map<number, number>();
  return raw.map((entry, index) => {
    const name = decodeEntryName({
      raw: entry.fileName as unknown as Buffer,
      generalPurposeBitFlag: entry.generalPurposeBitFlag,
      extraFields: entry.extraFields,
    });
    const checked = checkEntryPath(name);
    const isDirectory = name.endsWith('/') || name.endsWith('\\');
    let problem = 'problem' in checked ? checked.problem : null;
    const earlier = firstAtOffset.get(entry.relativeOffsetOfLocalHeader);
    if (earlier === undefined) {
      firstAtOffset.set(entry.relativeOffsetOfLocalHeader, index);
    } else if (!isDirectory && entry.compressedSize > 0) {
      problem ??= `"${name}" shares its data with entry ${earlier} (an overlapping-entry zip bomb)`;
    }
    if (!isDirectory && (entry.generalPurposeBitFlag & 1) !== 0) {
      problem ??= `"${name}" is encrypted`;
    } else if (!isDirectory && !entry.canDecodeFileData()) {
      problem ??= `"${name}" uses compression method ${entry.compressionMethod}, which is not supported`;
    }
    const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
    if (entry.uncompressedSize > RATIO_FLOOR_BYTES && ratio > limits.maxRatio) {
      problem ??= `"${name}" would inflate ${Math.round(ratio)} times (${entry.uncompressedSize} bytes): refused as a zip bomb`;
    }
    return {
      index,
      name,
      path: 'path' in checked ? checked.path : null,
      problem,
      isDirectory,
      compressedSize: entry.compressedSize,
      uncompressedSize: entry.uncompressedSize,
      modified: safeDate(entry),
    };
  });
}

function safeDate(entry: Entry): Date | null {
  try {
    const date = entry.getLastModDate({ timezone: 'UTC' });
    return Number.isNaN(date.getTime()) ? null : date;
  } catch {
    return null;
  }
}

function describeOpenError(error: Error | null): string {
  const detail = error?.message ?? 'unknown error';
  return /end of central directory/i.test(detail)
    ? 'not a zip archive, or its end is missing (truncated?)'
    : `the zip archive is damaged: ${detail}`;
}
