/**
 * The splitter on constructed inputs, one dialect rule or failure mode per test. Real files are
 * in split-mbox-corpus.test.ts.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../../../shared/errors.js';
import { splitMbox } from '../../../../../../main/core/mail/mbox/split-mbox.js';
import type { MboxEntry } from '../../../../../../main/core/mail/mbox/split-mbox.js';
import { chunksOf, fingerprints, latin1, readMbox, splitAll, splitBytes } from './mbox-test-helpers.js';

const DATED = 'From jane@agency.example Mon Jan  1 00:00:00 2001';
const DATED_2 = 'From bob@agency.example Tue Jan  2 09:30:00 2001';

const text = (entry: MboxEntry | undefined): string => Buffer.from(entry?.bytes ?? []).toString('latin1');
const sha = (value: string): string => createHash('sha256').update(latin1(value)).digest('hex');

/** Splits at several chunk sizes, checks they agree, and returns the whole-input result. */
async function split(input: string, options: Parameters<typeof splitBytes>[2] = {}) {
  const bytes = latin1(input);
  const whole = await splitBytes(bytes, bytes.length + 1, options);
  const expected = await fingerprints(Promise.resolve(whole));
  for (const size of [1, 2, 3, 5, 7, 13]) {
    expect(await fingerprints(splitBytes(bytes, size, options))).toEqual(expected);
  }
  return whole;
}

describe('splitMbox: which lines split', () => {
  it('does not split at "From the desk of" after a text line, even when a header-like line follows', async () => {
    const { entries } = await split(`${DATED}\nSubject: memo\n\nDear all,\nFrom the desk of the Director\nSubject: budget\n\nthanks\n`);
    expect(entries).toHaveLength(1);
    expect(text(entries[0])).toContain('\nFrom the desk of the Director\n');
  });

  it('does not split at a prose "From " line after a blank line', async () => {
    const { entries } = await split(`${DATED}\nSubject: film\n\nMy favourite:\n\nFrom Russia with love\n\nbye\n`);
    expect(entries).toHaveLength(1);
  });

  it('splits at a dated line after a blank line, or before a header field, and not otherwise', async () => {
    const quoted = await split(`${DATED}\nSubject: a\n\nforwarded below\n${DATED_2}\nhello there\n`);
    expect(quoted.entries).toHaveLength(1);
    const afterBlank = await split(`${DATED}\nSubject: a\n\nbody\n\n${DATED_2}\nhello there\n`);
    expect(afterBlank.entries.map((entry) => entry.separator)).toEqual([DATED, DATED_2]);
    const beforeHeader = await split(`${DATED}\nSubject: a\n\nbody\n${DATED_2}\nSubject: b\n\nbody b\n`);
    expect(beforeHeader.entries.map((entry) => entry.separator)).toEqual([DATED, DATED_2]);
    expect(text(beforeHeader.entries[0])).toBe('Subject: a\n\nbody\n');
  });

  it('splits at bare Thunderbird, Takeout and Got Your Back lines only before a header field', async () => {
    const { entries } = await split('From - \nSubject: a\n\none\nFrom 1844347792267117879@xxx\nSubject: b\n\ntwo\nFrom \nSubject: c\n\nthree\n');
    expect(entries.map((entry) => [entry.separator, text(entry)])).toEqual([
      ['From - ', 'Subject: a\n\none\n'],
      ['From 1844347792267117879@xxx', 'Subject: b\n\ntwo\n'],
      ['From ', 'Subject: c\n\nthree\n'],
    ]);
    const body = await split('From - \nSubject: a\n\nsee\n\nFrom -\nthat was a dash\n');
    expect(body.entries).toHaveLength(1);
  });

  it('splits at MAILER-DAEMON and pipermail separators', async () => {
    const input = 'From MAILER-DAEMON Fri Jul  8 12:08:34 2011\nSubject: bounce\n\nx\n\nFrom user at host.org  Tue Mar  1 10:00:00 2016\nFrom: user at host.org\n\ny\n';
    const { entries } = await split(input);
    expect(entries.map((entry) => entry.separator)).toEqual(['From MAILER-DAEMON Fri Jul  8 12:08:34 2011', 'From user at host.org  Tue Mar  1 10:00:00 2016']);
  });

  it('ignores "From " lines longer than a From_ line can be', async () => {
    const { entries } = await split(`${DATED}\nSubject: a\n\nx\n\nFrom ${'y'.repeat(5000)} Mon Jan  1 00:00:00 2001\nSubject: b\n\n`);
    expect(entries).toHaveLength(1);
  });
});

describe('splitMbox: message bytes', () => {
  it('takes one ">" off lines matching /^>+From / (mboxrd) and nothing else', async () => {
    const input = `${DATED}\n>From the start\nSubject: q\n\n>From x\n>>From y\n> From z\nx>From w\n>>>Fro\n>From\n>From `;
    const { entries } = await split(input);
    expect(text(entries[0])).toBe('From the start\nSubject: q\n\nFrom x\n>From y\n> From z\nx>From w\n>>>Fro\n>From\nFrom ');
    expect(entries[0]?.size).toBe(entries[0]?.bytes.length);
    expect(entries[0]?.sha256).toBe(sha(text(entries[0])));
    const tail = await split(`${DATED}\nS: 1\n\n>From a\nb\n>>Fro`);
    expect(text(tail.entries[0])).toBe('S: 1\n\nFrom a\nb\n>>Fro');
  });

  it('strips exactly one blank line (LF or CRLF) before the next From_ line and at the end', async () => {
    const lf = await split(`${DATED}\nS: 1\n\nbody\n\n\n${DATED_2}\nS: 2\n\nend\n\n\n`);
    expect(lf.entries.map(text)).toEqual(['S: 1\n\nbody\n\n', 'S: 2\n\nend\n\n']);
    const crlf = await split(`${DATED}\r\nS: 1\r\n\r\nbody\r\n\r\n${DATED_2}\r\nS: 2\r\n\r\nend\r\n`);
    expect(crlf.entries.map((entry) => entry.separator)).toEqual([DATED, DATED_2]);
    expect(crlf.entries.map(text)).toEqual(['S: 1\r\n\r\nbody\r\n', 'S: 2\r\n\r\nend\r\n']);
    const mixed = await split(`${DATED}\nS: 1\r\n\r\nbody\r\n\n${DATED_2}\r\nS: 2\n\nend\r\r\n`);
    expect(mixed.entries.map(text)).toEqual(['S: 1\r\n\r\nbody\r\n', 'S: 2\n\nend\r\r\n']);
    const none = await split(`From - \nS: 1\n\nbody\nFrom - \nS: 2\n\nend`);
    expect(none.entries.map(text)).toEqual(['S: 1\n\nbody\n', 'S: 2\n\nend']);
  });

  it('gives an empty message when a From_ line follows another after a blank line', async () => {
    const { entries } = await split(`${DATED}\n\n${DATED_2}\nS: 2\n\nx\n`);
    expect(entries.map((entry) => [entry.size, entry.length])).toEqual([
      [0, DATED.length + 2],
      [8, DATED_2.length + 9],
    ]);
    expect(entries[0]?.sha256).toBe(sha(''));
  });

  it('reports a file that ends inside the header block, and not one that ends inside a body', async () => {
    const truncated = await split(`${DATED}\nS: 1\n\nbody\n\n${DATED_2}\nSubject: cut off\nTo: som`);
    expect(truncated.entries.map((entry) => entry.problems)).toEqual([[], ['file ends inside the header block (truncated)']]);
    expect(text(truncated.entries[1])).toBe('Subject: cut off\nTo: som');
    const midBody = await split(`${DATED}\nSubject: x\n\nhalf a sent`);
    expect(midBody.entries[0]?.problems).toEqual([]);
    const bareLine = await split(DATED);
    expect(bareLine.entries.map((entry) => [entry.separator, entry.size, entry.problems])).toEqual([[DATED, 0, ['file ends inside the header block (truncated)']]]);
  });

  it('keeps only the head of an oversized message, with the size and hash of the whole', async () => {
    const body = Array.from({ length: 400 }, (_, i) => (i % 50 === 0 ? `>From line ${i}\n` : `line ${i} of a long body\n`)).join('');
    const input = `${DATED}\nSubject: big\n\n${body}\n${DATED_2}\nSubject: small\n\nx\n`;
    const full = await split(input);
    const small = await split(input, { maxMessageBytes: 1000, headBytes: 200 });
    const [big, next] = small.entries;
    expect(big?.oversized).toBe(true);
    expect(big?.bytes.length).toBe(200);
    expect(text(big)).toBe(text(full.entries[0]).slice(0, 200));
    expect(big?.size).toBe(full.entries[0]?.size);
    expect(big?.sha256).toBe(full.entries[0]?.sha256);
    expect(big?.sha256).toBe(sha(text(full.entries[0])));
    expect(text(full.entries[0])).toContain('\nFrom line 50\n');
    expect(next?.oversized).toBe(false);
    expect(text(next)).toBe('Subject: small\n\nx\n');
  });

  it('calls a message oversized exactly when its bytes exceed maxMessageBytes', async () => {
    // 20 bytes of message, then a blank line that is not part of it.
    const input = `${DATED}\nSubject: 123456\n\nab\n\n${DATED_2}\n\n`;
    const at = async (maxMessageBytes: number) => (await split(input, { maxMessageBytes })).entries[0];
    expect((await at(20))?.oversized).toBe(false);
    expect((await at(20))?.size).toBe(20);
    expect((await at(19))?.oversized).toBe(true);
    expect((await at(19))?.sha256).toBe((await at(20))?.sha256);
  });
});

describe('splitMbox: Content-Length (mboxcl, mboxcl2)', () => {
  const body = `hello\n\n${DATED_2}\nSubject: not a message\n\nunescaped\n`;
  const withLength = (length: number, tail = '\n') => `${DATED}\nSubject: cl\nContent-Length: ${length}\n\n${body}${tail}From - Wed Jan  3 00:00:00 2001\nSubject: last\n\nz\n`;

  it('trusts a Content-Length that lands on the next From_ line, so an unescaped body line does not split', async () => {
    // Python's mailbox.mbox, which ignores Content-Length, finds 3 messages here.
    const { entries } = await split(withLength(latin1(body).length));
    expect(entries.map((entry) => entry.separator)).toEqual([DATED, 'From - Wed Jan  3 00:00:00 2001']);
    expect(text(entries[0])).toBe(`Subject: cl\nContent-Length: ${latin1(body).length}\n\n${body}`);
    expect(entries[0]?.problems).toEqual([]);
    // Counting the blank line before the next From_ line, as some writers do, is trusted too.
    const counted = await split(withLength(latin1(body).length + 1));
    expect(counted.entries.map((entry) => entry.problems)).toEqual([[], []]);
    expect(counted.entries).toHaveLength(2);
  });

  it('falls back to From_ lines when Content-Length is too long, exactly as without the header', async () => {
    // Lands inside the third message.
    const declared = latin1(body).length + 20;
    const { entries } = await split(withLength(declared));
    expect(entries.map((entry) => entry.separator)).toEqual([DATED, DATED_2, 'From - Wed Jan  3 00:00:00 2001']);
    expect(entries[0]?.problems).toEqual([`Content-Length header says ${declared} bytes but the next From_ line is elsewhere; split at the From_ line`]);
    expect(text(entries[0])).toBe(`Subject: cl\nContent-Length: ${declared}\n\nhello\n`);
    expect(text(entries[1])).toBe('Subject: not a message\n\nunescaped\n');
    expect(entries.map((entry) => entry.index)).toEqual([0, 1, 2]);
  });

  it('re-reads after a wrong Content-Length also when the message streams, within maxMessageBytes', async () => {
    const declared = latin1(body).length + 20;
    const padded = withLength(declared).replace('Subject: cl\n', `Subject: cl\nX-Padding: ${'p'.repeat(200)}\n`);
    const held = await split(padded);
    const shape = (entry: MboxEntry) => [entry.offset, entry.length, entry.size, entry.sha256, entry.problems];
    expect(held.entries).toHaveLength(3);
    // The first message streams; from the skipped From_ line to the end of the file is under 150 bytes.
    const streamed = await split(padded, { maxMessageBytes: 150, headBytes: 10 });
    expect(streamed.entries.map((entry) => entry.oversized)).toEqual([true, false, false]);
    expect(streamed.entries.map(shape)).toEqual(held.entries.map(shape));
    // Re-reading would need more than maxMessageBytes held: Content-Length is followed, and said so.
    const bounded = await split(padded, { maxMessageBytes: 100 });
    const skipped = held.entries[1]?.offset;
    const declaredEnd = padded.indexOf('\n\n') + 2 + declared;
    expect(bounded.entries.map((entry) => [entry.offset, entry.length, entry.problems])).toEqual([
      [
        0,
        latin1(padded).length,
        [
          `a From_ line at byte ${skipped} inside the Content-Length body could not be re-checked (message too large); Content-Length was followed`,
          `Content-Length header says ${declared} bytes but ${padded.length - declaredEnd} more bytes follow to the end of the file`,
        ],
      ],
    ]);
  });

  it('falls back to From_ lines when Content-Length is too short', async () => {
    const { entries } = await split(withLength(3));
    expect(entries.map((entry) => entry.separator)).toEqual([DATED, DATED_2, 'From - Wed Jan  3 00:00:00 2001']);
    expect(entries[0]?.problems).toHaveLength(1);
  });

  it('reports a last message whose Content-Length runs past the end of the file', async () => {
    const { entries } = await split(`${DATED}\nContent-Length: 500\n\nshort\n`);
    expect(entries.map((entry) => [text(entry), entry.problems])).toEqual([
      ['Content-Length: 500\n\nshort\n', ['Content-Length header says 500 bytes but the file ends 494 bytes before that (truncated)']],
    ]);
  });

  it('re-reads a wrongly skipped From_ line at the end of the file', async () => {
    const input = `${DATED}\nContent-Length: 20\n\nab\n\n${DATED_2}\nS: 2\n\ncd\n\n\n`;
    const { entries } = await split(input);
    expect(entries.map((entry) => [entry.separator, text(entry)])).toEqual([
      [DATED, 'Content-Length: 20\n\nab\n'],
      [DATED_2, 'S: 2\n\ncd\n\n'],
    ]);
  });

  it('re-reads after many wrong Content-Length headers, giving the plain From_ split', async () => {
    // Each declared body ends inside the next message's Content-Length line.
    const body = `${'x'.repeat(200)}\n`;
    const messages = Array.from({ length: 3000 }, (_, i) => `From m${i}@example.org Mon Jan  1 00:00:00 2001\nContent-Length: 250\n\n${body}\n`).join('');
    // The same bytes but for one letter, so that no header declares a length.
    const plain = messages.replaceAll('Content-Length', 'Content-Lxngth');
    const shape = (entries: MboxEntry[]) => entries.map((entry) => [entry.offset, entry.length]);
    const expected = shape((await splitBytes(latin1(plain))).entries);
    expect(expected).toHaveLength(3000);
    for (const size of [latin1(messages).length, 997]) {
      const { entries } = await splitBytes(latin1(messages), size);
      expect(shape(entries)).toEqual(expected);
      expect(entries.slice(0, -1).every((entry) => entry.problems.length === 1)).toBe(true);
    }
  });

  it('stops trusting Content-Length when re-reading would cost more than the file', async () => {
    // Every message declares a body running past the end of the file: each is found wrong only
    // there, and re-reading from the next message each time would be quadratic (about 5 GB to
    // scan here, beyond the test timeout); the replay budget stops it after 64 MiB.
    const messages = Array.from({ length: 600 }, (_, i) => `From m${i}@example.org Mon Jan  1 00:00:00 2001\nContent-Length: 999999999\n\n${'y'.repeat(30_000)}\n\n`).join('');
    const plain = messages.replaceAll('Content-Length', 'Content-Lxngth');
    const shape = (entries: MboxEntry[]) => entries.map((entry) => [entry.offset, entry.length]);
    const { entries } = await splitBytes(latin1(messages));
    expect(shape(entries)).toEqual(shape((await splitBytes(latin1(plain))).entries));
    const gaveUp = entries.findIndex((entry) => entry.problems.includes('Content-Length headers are ignored from this message on: too many were wrong'));
    expect(gaveUp).toBeGreaterThan(0);
    expect(entries.slice(gaveUp + 1).every((entry) => entry.problems.length === 0)).toBe(true);
  });

  it('works with CRLF files and ignores unusable values', async () => {
    const crlfBody = `hi\r\n\r\n${DATED_2}\r\nX: y\r\n`;
    const crlf = await split(`${DATED}\r\nContent-Length: ${latin1(crlfBody).length}\r\n\r\n${crlfBody}\r\n${DATED}\r\nS: 2\r\n\r\n`);
    expect(crlf.entries).toHaveLength(2);
    const junk = await split(`${DATED}\nContent-Length: lots\n\nx\n\n${DATED_2}\nS: 2\n\n`);
    expect(junk.entries.map((entry) => entry.problems)).toEqual([["Content-Length header 'lots' is not a byte count; split at From_ lines"], []]);
  });
});

describe('splitMbox: resume, edges and cancel', () => {
  it('resumes at startOffset with exactly the remaining entries, indices unchanged', async () => {
    const file = await readMbox('mimekit', 'mbox', 'content-length.mbox.txt');
    const full = await fingerprints(splitBytes(file));
    const tenth = full.entries[10]?.offset ?? 0;
    const atSeparator = await fingerprints(splitBytes(file, 64 * 1024, { startOffset: tenth }));
    expect(atSeparator.entries).toEqual(full.entries.slice(10));
    expect(atSeparator.summary).toEqual(full.summary);
    const inside = await fingerprints(splitBytes(file, 64 * 1024, { startOffset: tenth + 1 }));
    expect(inside.entries).toEqual(full.entries.slice(11));
    const past = await splitBytes(file, 64 * 1024, { startOffset: file.length });
    expect(past.entries).toEqual([]);
    expect(past.summary.entryCount).toBe(29);
  });

  it('resumes the same way across a Content-Length re-read', async () => {
    const input = latin1(`${DATED}\nContent-Length: 90\n\nab\n\n${DATED_2}\nS: 2\n\ncd\n\nFrom - Wed Jan  3 00:00:00 2001\nS: 3\n\nef\n`);
    const full = await fingerprints(splitBytes(input));
    expect(full.entries).toHaveLength(3);
    const second = full.entries[1]?.offset ?? 0;
    expect((await fingerprints(splitBytes(input, 3, { startOffset: second }))).entries).toEqual(full.entries.slice(1));
  });

  it('yields nothing for an empty file or blank lines, and reports bytes before the first From_ line', async () => {
    expect(await splitBytes(new Uint8Array(0))).toEqual({ entries: [], summary: { endOffset: 0, entryCount: 0, leadingBytes: 0 } });
    expect((await splitBytes(latin1('\n\r\n'))).summary).toEqual({ endOffset: 3, entryCount: 0, leadingBytes: 3 });
    const junk = await split(`junk line\nmore\n\n${DATED}\nS: 1\n\nx\n`);
    expect(junk.entries.map((entry) => [entry.offset, entry.problems])).toEqual([[16, ['16 bytes before the first From_ line belong to no message']]]);
    expect(junk.summary.leadingBytes).toBe(16);
    const bom = await split(`\uFEFF\n\n${DATED}\nS: 1\n\nx\n`.replace('\uFEFF', '\u00ef\u00bb\u00bf'));
    expect(bom.entries.map((entry) => [entry.offset, entry.problems])).toEqual([[5, []]]);
  });

  it('never throws on random bytes, and only splits at "From " lines', async () => {
    let seed = 0x2545f491;
    const random = new Uint8Array(3 * 1024 * 1024);
    for (let i = 0; i < random.length; i += 1) {
      seed ^= seed << 13;
      seed ^= seed >>> 17;
      seed ^= seed << 5;
      random[i] = seed & 0xff;
    }
    // Plant a few separators so that messages of random bytes are split too.
    const planted = latin1(`\n\n${DATED}\n`);
    for (const at of [1000, 900_000, 2_000_000]) {
      random.set(planted, at);
    }
    for (const maxMessageBytes of [64 * 1024 * 1024, 100_000]) {
      const { entries, summary } = await splitBytes(random, 1024 * 1024, { maxMessageBytes });
      expect(entries.map((entry) => entry.offset)).toEqual([1002, 900_002, 2_000_002]);
      expect(summary.leadingBytes + entries.reduce((sum, entry) => sum + entry.length, 0)).toBe(random.length);
      expect(entries.map((entry) => entry.oversized)).toEqual(maxMessageBytes === 100_000 ? [true, true, true] : [false, false, false]);
    }
    const bare = await splitBytes(random.subarray(0, 500_000), 4096);
    expect(bare.entries).toHaveLength(1);
  });

  it('stops with AppError cancelled when the signal aborts', async () => {
    const file = await readMbox('mimekit', 'mbox', 'content-length.mbox.txt');
    const controller = new AbortController();
    const seen: number[] = [];
    const run = async () => {
      for await (const entry of splitMbox(chunksOf(file, 4096), { maxMessageBytes: 1024 * 1024, signal: controller.signal })) {
        seen.push(entry.index);
        if (entry.index === 2) {
          controller.abort();
        }
      }
    };
    await expect(run()).rejects.toMatchObject({ code: 'cancelled' });
    expect(seen).toEqual([0, 1, 2]);
    const endless = async function* () {
      for (;;) {
        yield latin1(`${DATED}\nS: x\n\nbody\n\n`);
      }
    };
    const stopper = new AbortController();
    let count = 0;
    const runEndless = async () => {
      for await (const _entry of splitMbox(endless(), { maxMessageBytes: 1024, signal: stopper.signal })) {
        count += 1;
        if (count === 100) {
          stopper.abort();
        }
      }
    };
    await expect(runEndless()).rejects.toBeInstanceOf(AppError);
    expect(count).toBe(100);
  });

  it('rejects options that are not byte counts', async () => {
    await expect(splitAll(chunksOf(new Uint8Array(0), 1), { maxMessageBytes: -1 })).rejects.toMatchObject({ code: 'invalid-args' });
    await expect(splitAll(chunksOf(new Uint8Array(0), 1), { startOffset: 1.5 })).rejects.toMatchObject({ code: 'invalid-args' });
  });
});
