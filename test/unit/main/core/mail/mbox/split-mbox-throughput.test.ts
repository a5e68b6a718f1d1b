/**
 * A large mbox built from the real Enron messages of the corpus (each a separate file, CRLF, a
 * few with body lines that begin "From "), written mboxrd-style the way Python's mailbox and
 * mutt write, then split from disk as the ingest pipeline will read it. Checks that every
 * message comes back byte for byte, and prints the speed; timings are never asserted.
 *
 * 32 MiB by default; MBOX_THROUGHPUT_MB=200 gives the figure quoted for the splitter.
 */
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { once } from 'node:events';
import { afterAll, describe, expect, it } from 'vitest';
import { splitMbox } from '../../../../../../main/core/mail/mbox/split-mbox.js';
import { corpusPath, tempFolder } from '../../../../../support/corpus.js';
import { MIB } from './mbox-test-helpers.js';

const TARGET_BYTES = Number(process.env['MBOX_THROUGHPUT_MB'] ?? '32') * MIB;

const cleanups: Array<() => Promise<void>> = [];
afterAll(async () => {
  for (const cleanup of cleanups) {
    await cleanup();
  }
});

async function filesUnder(folder: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      found.push(...(await filesUnder(path)));
    } else {
      found.push(path);
    }
  }
  return found.sort();
}

type Sample = { record: Buffer; sha256: string; size: number };

/** One message as an mbox record, and the hash of the message the splitter should give back. */
function toRecord(message: Buffer, ordinal: number): Sample {
  // A writer ends the message with a line end if it lacks one; that line end is the message's.
  const expected = message.length === 0 || message[message.length - 1] === 0x0a ? message : Buffer.concat([message, Buffer.from('\n')]);
  const quoted = Buffer.from(expected.toString('latin1').replace(/^(>*From )/gm, '>$1'), 'latin1');
  const fromLine = Buffer.from(`From enron-${ordinal}@example.invalid Mon May 14 16:39:00 2001\n`, 'latin1');
  return {
    record: Buffer.concat([fromLine, quoted, Buffer.from('\n')]),
    sha256: createHash('sha256').update(expected).digest('hex'),
    size: expected.length,
  };
}

describe('splitMbox throughput on a large mbox of real messages', () => {
  it('gives back every message and reports MB/s', async () => {
    const paths = await filesUnder(corpusPath('email', 'enron', 'maildir'));
    const samples = await Promise.all(paths.map(async (path, i) => toRecord(await readFile(path), i)));
    expect(samples.filter((sample) => sample.record.includes('\n>From ')).length).toBeGreaterThan(10);

    const folder = await tempFolder('foia-mbox-');
    cleanups.push(folder.cleanup);
    const path = join(folder.path, 'large.mbox');
    const out = createWriteStream(path);
    let written = 0;
    let records = 0;
    while (written < TARGET_BYTES) {
      const sample = samples[records % samples.length] as Sample;
      written += sample.record.length;
      records += 1;
      if (!out.write(sample.record)) {
        await once(out, 'drain');
      }
    }
    out.end();
    await once(out, 'finish');

    const started = performance.now();
    const generator = splitMbox(createReadStream(path, { highWaterMark: MIB }), { maxMessageBytes: 64 * MIB });
    let count = 0;
    let mismatches = 0;
    for (;;) {
      const step = await generator.next();
      if (step.done === true) {
        expect(step.value).toEqual({ endOffset: written, entryCount: records, leadingBytes: 0 });
        break;
      }
      const sample = samples[count % samples.length] as Sample;
      if (step.value.sha256 !== sample.sha256 || step.value.size !== sample.size || step.value.problems.length > 0) {
        mismatches += 1;
      }
      count += 1;
    }
    const seconds = (performance.now() - started) / 1000;
    expect(count).toBe(records);
    expect(mismatches).toBe(0);
    console.log(`mbox split: ${(written / MIB).toFixed(0)} MiB, ${records} messages in ${seconds.toFixed(2)} s = ${(written / MIB / seconds).toFixed(0)} MiB/s`);
  }, 120_000);
});
