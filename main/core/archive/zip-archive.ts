/**
 * Reading zip archives (zipped chat exports, Slack workspaces, the parts of DOCX and XLSX files)
 * without trusting them. yauzl reads the central directory and inflates; this file adds what an
 * evidence tool needs on top:
 *
 * - names are decoded and checked here, so a zip-slip name is a problem of its entry instead of an
 *   error that ends the archive (yauzl's own check would close it);
 * - every read is capped: by the caller's `maxBytes`, by a compression ratio no honest file
 *   reaches, and by a budget for the whole archive that grows with the archive's size
 *   (`zipLimitsFor`), so a zip bomb costs time and memory in proportion to what it is, and the
 *   entries the budget refuses are named (`budgetSkipped`);
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

/**
 * Inflated bytes an archive may give per byte it holds. Text and XML deflate 5–20 times, logs
 * and CSV up to about 100; photos, audio, video and PDFs (most of a real export) barely shrink.
 */
export const BUDGET_BYTES_PER_ARCHIVE_BYTE = 100;

/**
 * Inflated bytes every archive may give on top, so a small zip of very repetitive text (a 1 MB
 * zip of a 200 MB log) is still read whole.
 */
export const BUDGET_ALLOWANCE_BYTES = 256 * 1024 * 1024;

/** Plain text and XML reach 20–100; only crafted data goes past a thousand. */
const MAX_RATIO = 1000;

/**
 * The limits for an archive of `archiveBytes`: it may inflate 100 times its own size plus
 * 256 MiB in all. A fixed budget (it was 8 GiB) let a 3.5 MB zip of eight 250 MB entries inflate
 * 2 GB; with this one it inflates 606 MB, and the entries past that are reported, not read.
 */
export function zipLimitsFor(archiveBytes: number): ZipLimits {
  return { totalBytes: BUDGET_BYTES_PER_ARCHIVE_BYTE * archiveBytes + BUDGET_ALLOWANCE_BYTES, maxRatio: MAX_RATIO };
}

/** Ratios are checked only above this size: a tiny file of zeros is no threat. */
const RATIO_FLOOR_BYTES = 1024 * 1024;

/** The archive could not be opened at all (not a zip, or its directory is damaged). */
export class ZipOpenError extends Error {}

/** One entry could not be read; the rest of the archive still can. */
export class ZipEntryError extends Error {}

/** An entry was not read because the archive's inflate budget could not take it (see `zipLimitsFor`). */
export class ZipBudgetError extends ZipEntryError {}

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
  private readonly refused: string[] = [];

  private constructor(
    private readonly zip: ZipFile,
    private readonly raw: readonly Entry[],
    readonly entries: readonly ZipEntry[],
    private readonly limits: ZipLimits,
  ) {}

  /**
   * Opens an archive from a file (random access, nothing read up front but the directory) or from
   * bytes. Without `limits`, the archive's size sets them (`zipLimitsFor`).
   */
  static async open(source: { path: string } | { bytes: Uint8Array }, limits?: ZipLimits): Promise<ZipArchive> {
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
      const chosen = limits ?? zipLimitsFor(zip.fileSize);
      return new ZipArchive(zip, raw, describeEntries(raw, chosen), chosen);
    } catch (error) {
      zip.close();
      throw new ZipOpenError(describeOpenError(error instanceof Error ? error : null));
    }
  }

  /** The readable entry at a safe path, or undefined. */
  find(path: string): ZipEntry | undefined {
    return this.entries.find((entry) => entry.path === path && entry.problem === null && !entry.isDirectory);
  }

  /** Bytes all reads may inflate together, and how many they have inflated so far. */
  get budget(): { totalBytes: number; inflatedBytes: number } {
    return { totalBytes: this.limits.totalBytes, inflatedBytes: this.inflated };
  }

  /** Names of the entries refused so far because the budget could not take them, in order. */
  get budgetSkipped(): readonly string[] {
    return this.refused;
  }

  /** Inflates one entry into memory; throws ZipEntryError when it is unsafe, too big or damaged. */
  async read(entry: ZipEntry, maxBytes: number): Promise<Uint8Array> {
    const chunks: Buffer[] = [];
    for await (const chunk of await this.stream(entry, maxBytes)) {
      chunks.push(chunk as Buffer);
    }
    return Buffer.concat(chunks);
  }

  /**
   * The first `headBytes` of an entry (fewer when it is shorter), to tell what it is without
   * inflating all of it; only what was inflated counts against the budget.
   */
  async readHead(entry: ZipEntry, headBytes: number): Promise<Uint8Array> {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of await this.openEntry(entry, Math.min(entry.uncompressedSize, headBytes))) {
      chunks.push(chunk as Buffer);
      size += chunk.length;
      if (size >= headBytes) {
        break;
      }
    }
    return Buffer.concat(chunks).subarray(0, headBytes);
  }

  /** A bounded stream of one entry's bytes, for entries too large to hold (an SMS backup in a zip). */
  async stream(entry: ZipEntry, maxBytes: number): Promise<AsyncIterable<Uint8Array>> {
    if (entry.problem === null && entry.uncompressedSize > maxBytes) {
      throw new ZipEntryError(`"${entry.name}" is ${entry.uncompressedSize} bytes uncompressed, more than the ${maxBytes} this reader takes`);
    }
    return this.openEntry(entry, entry.uncompressedSize);
  }

  close(): void {
    this.zip.close();
  }

  /**
   * Opens an entry's inflating stream after reserving `reserve` bytes of the budget; when the
   * stream ends, the reservation becomes what was really inflated (less for a head read, never
   * more than the header declares: yauzl stops an entry whose size lied).
   */
  private async openEntry(entry: ZipEntry, reserve: number): Promise<AsyncIterable<Uint8Array>> {
    if (entry.problem !== null) {
      throw new ZipEntryError(entry.problem);
    }
    if (this.inflated + reserve > this.limits.totalBytes) {
      this.refused.push(entry.name);
      throw new ZipBudgetError(
        `"${entry.name}" (${entry.uncompressedSize} bytes) not read: the archive may inflate ${this.limits.totalBytes} bytes in all and ${this.inflated} are spent (a zip bomb?)`,
      );
    }
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
    this.inflated += reserve;
    return guardStream(stream, entry.name, (inflated) => {
      this.inflated += inflated - reserve;
    });
  }
}

/** The entry's bytes, its errors as ZipEntryError; `settle` gets the bytes inflated when it stops. */
async function* guardStream(stream: Readable, name: string, settle: (inflated: number) => void): AsyncGenerator<Uint8Array> {
  let inflated = 0;
  try {
    for await (const chunk of stream) {
      inflated += (chunk as Buffer).length;
      yield chunk as Buffer;
    }
  } catch (error) {
    // yauzl names a size that lied ("too many bytes in the stream") or a broken deflate stream.
    throw new ZipEntryError(`"${name}" is damaged: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    stream.destroy();
    settle(inflated);
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
