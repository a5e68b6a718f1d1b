/**
 * Messages between the ingest pipeline (main thread) and its parsing workers.
 *
 * Flow control: a worker posts a batch and waits for `ack` before posting the next, so at most
 * one batch per worker is in flight and memory stays bounded however fast parsing runs.
 */
import type { SourceReadOptions } from '../../../../shared/model/case.js';
import type { ExtractedItem } from '../adapter.js';

export type FileTask = {
  type: 'file';
  fileId: number;
  absolutePath: string;
  relativePath: string;
  size: number;
  resume: string;
  /** The file's modification time, for documents' metadata. */
  modifiedMs: number;
  options: SourceReadOptions;
  custodian: string;
};

/** The adapter id a file-done carries when no adapter could read the file (its error is among the items). */
export const UNRECOGNISED = 'unrecognised';

export type ToWorker = FileTask | { type: 'ack' };

export type FromWorker =
  | { type: 'ready' }
  /** The worker begins reading this file: if it dies now, this file is the one that killed it. */
  | { type: 'file-start'; fileId: number }
  /** Items of the file so far; `bytes` read since the previous message. */
  | { type: 'batch'; fileId: number; items: ExtractedItem[]; bytes: number }
  | { type: 'file-done'; fileId: number; items: ExtractedItem[]; bytes: number; sha256: string; adapterId: string }
  /** The file could not be read at all, or its reader gave up part-way (items before that stand). */
  | { type: 'file-failed'; fileId: number; items: ExtractedItem[]; bytes: number; message: string; adapterId: string | null };

/** The messages that carry a file's items to the pipeline. */
export type FileMessage = Extract<FromWorker, { type: 'batch' | 'file-done' | 'file-failed' }>;
