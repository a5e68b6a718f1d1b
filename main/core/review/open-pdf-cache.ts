/**
 * The few PDFs the officer is paging through, kept open between calls: reading a record's bytes
 * back means finding its source, re-reading a message or a zip member and hashing it, and
 * opening it costs pdf.js a parse, so paging through a 50-page PDF must not repeat that per page.
 *
 * Least recently used goes first once there are more than `maxDocuments` open or they hold more
 * than `maxBytes`; a document left alone for `idleMilliseconds` is closed, so a closed case or a
 * finished review does not hold memory. A document still being drawn when it is pushed out is
 * closed when its last use ends. A failed open is not kept: the next call tries again.
 */

/** What the cache holds: something with a size that must be closed (a RenderablePdf). */
export type Closable = { readonly sizeBytes: number; close(): Promise<void> };

export type OpenPdfCacheOptions = { maxDocuments: number; maxBytes: number; idleMilliseconds: number };

export const DEFAULT_OPEN_PDF_CACHE: OpenPdfCacheOptions = { maxDocuments: 4, maxBytes: 512 * 1024 * 1024, idleMilliseconds: 5 * 60 * 1000 };

type Entry<T> = {
  opening: Promise<T>;
  /** Set once open: what trimming counts. */
  opened: T | null;
  users: number;
  evicted: boolean;
  idle: NodeJS.Timeout | null;
};

export class OpenPdfCache<T extends Closable> {
  /** In use order: the first is the least recently used (a Map keeps insertion order). */
  private readonly entries = new Map<string, Entry<T>>();

  constructor(private readonly options: OpenPdfCacheOptions = DEFAULT_OPEN_PDF_CACHE) {}

  /** Keys of the open (or opening) documents, least recently used first. */
  keys(): string[] {
    return [...this.entries.keys()];
  }

  /** Runs `work` on the document under `key`, opening it with `open` unless it is already open. */
  async use<R>(key: string, open: () => Promise<T>, work: (document: T) => Promise<R>): Promise<R> {
    let entry = this.entries.get(key);
    if (entry === undefined) {
      entry = { opening: open(), opened: null, users: 0, evicted: false, idle: null };
    } else {
      this.entries.delete(key);
    }
    this.entries.set(key, entry);
    entry.users += 1;
    if (entry.idle !== null) {
      clearTimeout(entry.idle);
      entry.idle = null;
    }
    try {
      let document: T;
      try {
        document = await entry.opening;
      } catch (error) {
        if (this.entries.get(key) === entry) {
          this.entries.delete(key);
        }
        throw error;
      }
      if (entry.opened === null) {
        entry.opened = document;
        await this.trim(key);
      }
      return await work(document);
    } finally {
      entry.users -= 1;
      await this.released(key, entry);
    }
  }

  /** Closes every document (those in use, when their use ends). */
  async clear(): Promise<void> {
    const keys = [...this.entries.keys()];
    await Promise.all(keys.map((key) => this.evict(key)));
  }

  private async released(key: string, entry: Entry<T>): Promise<void> {
    if (entry.users > 0) {
      return;
    }
    if (entry.evicted) {
      await entry.opened?.close().catch(() => undefined);
      return;
    }
    if (entry.opened !== null && this.entries.get(key) === entry) {
      entry.idle = setTimeout(() => void this.evict(key), this.options.idleMilliseconds);
      // An idle document must not keep the process alive (the CLI, the tests).
      entry.idle.unref();
    }
  }

  private async evict(key: string): Promise<void> {
    const entry = this.entries.get(key);
    if (entry === undefined) {
      return;
    }
    this.entries.delete(key);
    entry.evicted = true;
    if (entry.idle !== null) {
      clearTimeout(entry.idle);
      entry.idle = null;
    }
    if (entry.users === 0) {
      await entry.opened?.close().catch(() => undefined);
    }
  }

  /** Closes the least recently used documents, never `keep`, until the rest fit the limits. */
  private async trim(keep: string): Promise<void> {
    const total = (): number => [...this.entries.values()].reduce((sum, entry) => sum + (entry.opened?.sizeBytes ?? 0), 0);
    for (const key of [...this.entries.keys()]) {
      if (this.entries.size <= this.options.maxDocuments && total() <= this.options.maxBytes) {
        return;
      }
      if (key !== keep) {
        await this.evict(key);
      }
    }
  }
}
