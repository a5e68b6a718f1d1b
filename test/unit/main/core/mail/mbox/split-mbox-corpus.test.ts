/**
 * The splitter on the real mbox files of the shared corpus. Expected counts come from
 * MANIFEST.tsv and were cross-checked with Python's `mailbox.mbox` (offsets below are its table
 * of contents). Python differs in two documented ways: it splits at every line that begins
 * "From " and ignores Content-Length, and it strips a trailing blank line only when it is a bare
 * LF; this splitter also strips a CRLF one.
 */
import { describe, expect, it } from 'vitest';
import type { MboxEntry } from '../../../../../../main/core/mail/mbox/split-mbox.js';
import { fingerprints, latin1, readMbox, splitBytes } from './mbox-test-helpers.js';

type CorpusCase = { parts: string[]; count: number; pythonOffsets: number[] };

const CASES: CorpusCase[] = [
  { parts: ['mbox', 'perceval', 'mbox_complex.mbox'], count: 2, pythonOffsets: [0, 2496] },
  { parts: ['mbox', 'perceval', 'mbox_iso8859_encoding.mbox'], count: 1, pythonOffsets: [0] },
  { parts: ['mbox', 'perceval', 'mbox_multipart.mbox'], count: 2, pythonOffsets: [0, 5430] },
  { parts: ['mbox', 'perceval', 'mbox_no_fields.mbox'], count: 6, pythonOffsets: [0, 328, 656, 946, 1244, 1542] },
  { parts: ['mbox', 'perceval', 'mbox_single.mbox'], count: 1, pythonOffsets: [0] },
  { parts: ['mbox', 'perceval', 'mbox_unixfrom_encoding.mbox'], count: 1, pythonOffsets: [0] },
  { parts: ['mbox', 'perceval', 'mbox_unknown_encoding.mbox'], count: 1, pythonOffsets: [0] },
  { parts: ['mbox', 'perceval', 'pipermail_2016_april.mbox'], count: 3, pythonOffsets: [0, 1379, 3578] },
  { parts: ['mbox', 'perceval', 'pipermail_2016_march.mbox'], count: 1, pythonOffsets: [0] },
  { parts: ['mbox', 'aspose-email', 'ExampleMbox.mbox'], count: 1, pythonOffsets: [0] },
  { parts: ['mbox', 'ingest-file', 'plan.mbox'], count: 1, pythonOffsets: [0] },
  { parts: ['mbox', 'gmail-takeout', 'All mail Including Spam and Trash.mbox'], count: 1, pythonOffsets: [0] },
  // Every "From " line of this Netscape file is a separator and its body From lines are escaped,
  // so Python (29) and Content-Length agree on the split.
  {
    parts: ['mimekit', 'mbox', 'content-length.mbox.txt'],
    count: 29,
    pythonOffsets: [
      0, 1889, 8123, 14395, 22486, 771038, 818963, 822462, 825432, 830016, 837040, 853722, 856577, 862355, 867093, 868864, 872492, 876423, 883132,
      894463, 898685, 899789, 903919, 907232, 911300, 915250, 920886, 926072, 928496,
    ],
  },
  { parts: ['mimekit', 'mbox', 'issue1189.mbox.txt'], count: 4, pythonOffsets: [0, 559, 6446, 7005] },
  // "From - " separators with no blank line before them, followed by a header.
  { parts: ['mimekit', 'mbox', 'simple.mbox.txt'], count: 3, pythonOffsets: [0, 526, 1029] },
];

/** mboxrd quoting, the inverse of what the splitter undoes: enough to rebuild the corpus files. */
function quoteFromLines(bytes: Uint8Array): Buffer {
  return latin1(Buffer.from(bytes).toString('latin1').replace(/^(>*From )/gm, '>$1'));
}

/** The file bytes an entry covers, rebuilt from what it yields. */
function checkEntryCoversItsBytes(file: Buffer, entry: MboxEntry, quoted = true): void {
  const raw = file.subarray(entry.offset, entry.offset + entry.length);
  const lineEnd = raw.indexOf(0x0a);
  expect(raw.subarray(0, 5).toString('latin1')).toBe('From ');
  const fromLine = raw.subarray(0, lineEnd === -1 ? raw.length : lineEnd + 1).toString('latin1');
  expect(fromLine.replace(/\r?\n$/, '')).toBe(entry.separator);
  const rest = raw.subarray(fromLine.length);
  const body = quoted ? quoteFromLines(entry.bytes) : Buffer.from(entry.bytes);
  expect(rest.subarray(0, body.length).equals(body)).toBe(true);
  // What is left is the blank line that belongs to the mbox format, or nothing.
  expect(['', '\n', '\r\n']).toContain(rest.subarray(body.length).toString('latin1'));
}

describe('splitMbox on the corpus mbox files', () => {
  it.each(CASES)('$parts.2: message count, offsets, separators and bytes', async ({ parts, count, pythonOffsets }) => {
    const file = await readMbox(...parts);
    const { entries, summary } = await splitBytes(file);
    expect(entries).toHaveLength(count);
    expect(entries.map((entry) => entry.offset)).toEqual(pythonOffsets);
    expect(entries.map((entry) => entry.index)).toEqual(entries.map((_, i) => i));
    expect(summary).toEqual({ endOffset: file.length, entryCount: count, leadingBytes: 0 });
    let next = 0;
    for (const entry of entries) {
      expect(entry.offset).toBe(next);
      next = entry.offset + entry.length;
      expect(entry.oversized).toBe(false);
      expect(entry.size).toBe(entry.bytes.length);
      checkEntryCoversItsBytes(file, entry);
    }
    expect(next).toBe(file.length);
  });

  it.each(CASES)('$parts.2: the same entries whatever the chunk size', async ({ parts }) => {
    const file = await readMbox(...parts);
    const whole = await fingerprints(splitBytes(file, file.length + 1));
    // One-byte chunks put every chunk boundary inside every "\nFrom "; the 935 KB file gets 7.
    const sizes = file.length > 100_000 ? [7, 4096] : [1, 7, 4096];
    for (const size of sizes) {
      expect(await fingerprints(splitBytes(file, size))).toEqual(whole);
    }
  });

  it('hashes whole messages as Python reads them (LF files) and strips a CRLF blank line too', async () => {
    const sha = async (...parts: string[]) => (await splitBytes(await readMbox(...parts))).entries.map((entry) => [entry.size, entry.sha256]);
    // Python mailbox.mbox get_bytes() of the only message.
    expect(await sha('mbox', 'perceval', 'mbox_single.mbox')).toEqual([[278, '7b3dbf599586ac2f0e28c20526a84cc0e1700a9dade4c77fdbd140efc81e4ae9']]);
    expect(await sha('mbox', 'perceval', 'pipermail_2016_march.mbox')).toEqual([[823, '364d0a2be3e1fffec54b7e559ac407b079e036bf2431ed8d292a32a2455a3e69']]);
    // Python keeps the final CRLF blank line (98,188 bytes); without it: bytes 63..98247 of the file.
    expect(await sha('mbox', 'gmail-takeout', 'All mail Including Spam and Trash.mbox')).toEqual([[98186, '900464be2d29ae42e771f74be7967f7eeeb799867a47d284e57bba715c643abd']]);
  });

  it('keeps CRLF line ends inside a message that mixes them with LF, and strips only the LF blank line', async () => {
    const file = await readMbox('mbox', 'ingest-file', 'plan.mbox');
    const [entry] = (await splitBytes(file)).entries;
    expect(entry?.separator).toBe('From - Tue Feb 21 10:04:06 2017');
    expect(entry?.size).toBe(6199);
    expect(entry?.sha256).toBe('9fc6bb51ef0bedaff8dc366e9db587ca52067f348ab4c06cfdb0ab509fc7666b');
    expect(Buffer.from(entry?.bytes ?? []).toString('latin1').endsWith('--\r\n')).toBe(true);
  });

  it('decodes separators byte for byte as latin1', async () => {
    const first = async (...parts: string[]) => (await splitBytes(await readMbox(...parts))).entries[0]?.separator;
    expect(await first('mbox', 'aspose-email', 'ExampleMbox.mbox')).toBe('From - Fri Aug 05 10:57:20 2016');
    expect(await first('mbox', 'gmail-takeout', 'All mail Including Spam and Trash.mbox')).toBe('From 1789175065060252787@xxx Fri Jan 26 17:31:47 +0000 2024');
    expect(await first('mbox', 'perceval', 'pipermail_2016_april.mbox')).toBe('From jgb at example.com  Thu Apr 14 11:06:56 2016');
    expect(await first('mbox', 'perceval', 'mbox_iso8859_encoding.mbox')).toBe('From luc\u00edacharlie at wellsfargo.com  Mon Nov  7 18:44:27 2016');
    // UTF-8 curly quotes, one latin1 character per byte.
    expect(await first('mbox', 'perceval', 'mbox_unixfrom_encoding.mbox')).toBe('From christian at \u00e2\u0080\u009cexample.org\u00e2\u0080\u009d  Thu Jan 15 13:22:25 2015');
    expect(await first('mimekit', 'mbox', 'simple.mbox.txt')).toBe('From - ');
  });

  it('does not split at "From Russia with love" after a blank line (MimeKit finds 4 messages, Python 3)', async () => {
    // MimeKit's own test expects 4 (every "From " after a blank line); Python skips the first
    // message, whose From_ line follows a byte order mark, and splits at both body lines.
    const file = await readMbox('mimekit', 'mbox', 'unmunged.mbox.txt');
    const { entries, summary } = await splitBytes(file);
    expect(entries.map((entry) => [entry.offset, entry.separator])).toEqual([
      [3, 'From -'],
      [245, 'From -'],
    ]);
    expect(summary.leadingBytes).toBe(3);
    expect(entries[0]?.problems).toEqual([]);
    for (const entry of entries) {
      expect(Buffer.from(entry.bytes).toString('latin1')).toContain('\n\nFrom Russia with love\n');
      // This file leaves its body "From " lines unquoted.
      checkEntryCoversItsBytes(file, entry, false);
    }
  });

  it('reports the Content-Length headers of the Netscape file that do not land on a From_ line', async () => {
    // Read by hand: messages 0-2 declare less than their bodies hold; message 4 counted its body
    // before the file was re-encoded (six UTF-8 bytes where there were three). The rest declare
    // their body exactly, without the blank line before the next From_ line or the final LF.
    const { entries } = await splitBytes(await readMbox('mimekit', 'mbox', 'content-length.mbox.txt'));
    const flagged = entries.filter((entry) => entry.problems.length > 0);
    expect(flagged.map((entry) => entry.index)).toEqual([0, 1, 2, 4]);
    expect(flagged[0]?.problems).toEqual(['Content-Length header says 1213 bytes but the next From_ line is elsewhere; split at the From_ line']);
    // The escaped ">From - Fri Dec 13 ..." line of message 15 comes back unescaped.
    const text = Buffer.from(entries[15]?.bytes ?? []).toString('latin1');
    expect(text).toContain('\n\nFrom - Fri Dec 13 15:01:21 1996\n');
    expect(text).not.toContain('>From - Fri Dec 13');
  });
});
