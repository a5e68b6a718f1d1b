/**
 * Messages between the ingest pipeline (main thread) and its parsing workers.
 *
 * Flow control: a worker posts a batch and waits for `ack` before posting the next, so at most
 * one batch per worker is in flight and memory stays bounded however fast parsing runs.
 */
import type { ExtractedItem } from '../adapter.js';

export type FileTask = {
  type: 'file';
  fileId: number;
  absolutePath: string;
  relativePath: string;
  size: number;
  resume: string;
};

export type ToWorker = FileTask | { type: 'ack' } | { type: 'stop' };

export type FromWorker =
  | { type: 'ready' }
  /** Items of the file so far; `bytes` read since the previous message. */
  | { type: 'batch'; fileId: number; items: ExtractedItem[]; bytes: number }
  | { type: 'file-done'; fileId: number; items: ExtractedItem[]; bytes: number; sha256: string; adapterId: string }
  /** The file could not be read at all, or its reader gave up part-way (items before that stand). */
  | { type: 'file-failed'; fileId: number; items: ExtractedItem[]; bytes: number; message: string; adapterId: string | null };
