/**
 * Helpers for the mbox splitter tests: feed bytes in chunks of a chosen size, collect entries
 * and the generator's return value, and read corpus files.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { splitMbox } from '../../../../../../main/core/mail/mbox/split-mbox.js';
import type { MboxEntry, MboxSplitSummary, SplitMboxOptions } from '../../../../../../main/core/mail/mbox/split-mbox.js';
import { corpusPath } from '../../../../../support/corpus.js';

export const MIB = 1024 * 1024;

export async function* chunksOf(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let at = 0; at < bytes.length; at += size) {
    yield bytes.subarray(at, at + size);
  }
}

export type SplitResult = { entries: MboxEntry[]; summary: MboxSplitSummary };

/** Runs the splitter to the end, keeping the generator's return value. */
export async function splitAll(source: AsyncIterable<Uint8Array>, options: Partial<SplitMboxOptions> = {}): Promise<SplitResult> {
  const generator = splitMbox(source, { maxMessageBytes: 64 * MIB, ...options });
  const entries: MboxEntry[] = [];
  for (;;) {
    const step = await generator.next();
    if (step.done === true) {
      return { entries, summary: step.value };
    }
    entries.push(step.value);
  }
}

export function splitBytes(bytes: Uint8Array, chunkSize = MIB, options: Partial<SplitMboxOptions> = {}): Promise<SplitResult> {
  return splitAll(chunksOf(bytes, chunkSize), options);
}

export function latin1(text: string): Buffer {
  return Buffer.from(text, 'latin1');
}

export function readMbox(...parts: string[]): Promise<Buffer> {
  return readFile(corpusPath('email', ...parts));
}

/** An entry with its bytes replaced by their hash: deep equality on large buffers is slow. */
export function fingerprint(entry: MboxEntry): Omit<MboxEntry, 'bytes'> & { bytes: string } {
  return { ...entry, bytes: createHash('sha256').update(entry.bytes).digest('hex') };
}

export async function fingerprints(result: Promise<SplitResult>): Promise<{ entries: Array<ReturnType<typeof fingerprint>>; summary: MboxSplitSummary }> {
  const { entries, summary } = await result;
  return { entries: entries.map(fingerprint), summary };
}
