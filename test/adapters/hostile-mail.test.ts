/**
 * Bad input, built on purpose: a truncated mbox, binary garbage, malformed headers, a 200 MB
 * message, MIME nested 1,000 levels deep, a zip bomb as an attachment. Each must give a per-item
 * error (or warning) naming its place, in bounded time and memory, and lose nothing already
 * indexed from the rest of the source.
 */
import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { copyFile, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { once } from 'node:events';
import { deflateRawSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SqliteRecordIndex } from '../../main/core/index/sqlite/sqlite-record-index.js';
import { runIngest } from '../../main/core/ingest/pipeline.js';
import type { IngestOutcome } from '../../main/core/ingest/pipeline.js';
import type { RecordDetail } from '../../shared/model/record.js';
import { corpusPath, tempFolder } from '../support/corpus.js';
import { TEST_WORKER_PATH } from '../support/test-host.js';
import { NEUTRAL_READ_OPTIONS } from '../../shared/model/case.js';
import { indexQuery } from '../support/index-query.js';

const CRLF = '\r\n';

/** A message of ~`megabytes` MB: one base64 attachment, written in 1 MB lines so memory stays small. */
async function writeHugeMbox(path: string, megabytes: number): Promise<void> {
  const out = createWriteStream(path);
  const write = async (text: string | Buffer) => {
    if (!out.write(text)) {
      await once(out, 'drain');
    }
  };
  await write('From sender@example.org Mon Jan  1 00:00:00 2024\n');
  await write(
    [
      'From: Big Sender <sender@example.org>',
      'To: officer@example.gov',
      'Subject: The very large message',
      'Date: Mon, 1 Jan 2024 00:00:00 +0000',
      'Message-ID: <huge@example.org>',
      'MIME-Version: 1.0',
      'Content-Type: multipart/mixed; boundary="b"',
      '',
      '--b',
      'Content-Type: text/plain',
      '',
      'See the attached video.',
      '--b',
      'Content-Type: video/mp4; name="site-visit.mp4"',
      'Content-Transfer-Encoding: base64',
      '',
      '',
    ].join('\n'),
  );
  const line = `${Buffer.alloc(57 * 1024 * 16, 7).toString('base64').match(/.{1,76}/g)?.join('\n')}\n`;
  let written = 0;
  while (written < megabytes * 1024 * 1024) {
    await write(line);
    written += line.length;
  }
  await write('--b--\n\nFrom sender@example.org Mon Jan  1 00:00:01 2024\nFrom: Small <sender@example.org>\nSubject: After the big one\nDate: Mon, 1 Jan 2024 00:00:01 +0000\n\nStill read.\n');
  out.end();
  await once(out, 'finish');
}

/** A zip whose one entry inflates 1,000-fold (256 MB of zeros from ~250 KB), as an attachment. */
function zipBombMessage(): string {
  const zeros = Buffer.alloc(256 * 1024 * 1024);
  const deflated = deflateRawSync(zeros, { level: 9 });
  const name = Buffer.from('zeros.bin');
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(deflated.length, 18);
  local.writeUInt32LE(zeros.length, 22);
  local.writeUInt16LE(name.length, 26);
  const zip = Buffer.concat([local, name, deflated]);
  return [
    'From: a@example.org',
    'To: b@example.org',
    'Subject: Quarterly figures',
    'Date: Tue, 2 Jan 2024 10:00:00 +0000',
    'MIME-Version: 1.0',
    'Content-Type: multipart/mixed; boundary="z"',
    '',
    '--z',
    'Content-Type: text/plain',
    '',
    'Figures attached.',
    '--z',
    'Content-Type: application/zip; name="figures.zip"',
    'Content-Transfer-Encoding: base64',
    '',
    zip.toString('base64').match(/.{1,76}/g)?.join(CRLF) ?? '',
    '--z--',
    '',
  ].join(CRLF);
}

function deeplyNested(levels: number): string {
  let body = 'Content-Type: text/plain\r\n\r\nthe innermost words\r\n';
  for (let level = 0; level < levels; level += 1) {
    body = `Content-Type: multipart/mixed; boundary="n${level}"\r\n\r\n--n${level}\r\n${body}--n${level}--\r\n`;
  }
  return `From: deep@example.org\r\nSubject: Nested a thousand times\r\nDate: Wed, 3 Jan 2024 10:00:00 +0000\r\nMIME-Version: 1.0\r\n${body}`;
}

describe('hostile and broken mail', () => {
  let dir: { path: string; cleanup(): Promise<void> };
  let outcome: IngestOutcome;
  let records: RecordDetail[];
  let rssGrowth = 0;
  let seconds = 0;

  beforeAll(async () => {
    dir = await tempFolder();
    const source = join(dir.path, 'collected');
    const { mkdir } = await import('node:fs/promises');
    await mkdir(source);
    await copyFile(corpusPath('email', 'enron', 'maildir', 'fischer-m', 'all_documents', '1.'), join(source, 'good.eml'));
    const complex = await readFile(corpusPath('email', 'mbox', 'perceval', 'mbox_complex.mbox'));
    await writeFile(join(source, 'truncated.mbox'), complex.subarray(0, Math.floor(complex.length * 0.75)));
    await writeFile(join(source, 'garbage.eml'), randomBytes(64 * 1024));
    await writeFile(join(source, 'malformed.eml'), 'From: <<<>>>\r\nTo: ,,,;;;\r\nSubject: =?utf-8?B?////?=\r\nDate: the day after tomorrow\r\nContent-Type: multipart/mixed\r\n\r\nno boundary at all\r\n');
    await writeFile(join(source, 'nested.eml'), deeplyNested(1000));
    await writeFile(join(source, 'bomb.eml'), zipBombMessage());
    await writeHugeMbox(join(source, 'huge.mbox'), 200);
    const index = SqliteRecordIndex.open(':memory:');
    const before = process.memoryUsage().rss;
    let peak = before;
    const timer = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().rss);
    }, 20);
    const started = performance.now();
    outcome = await runIngest(
      { jobId: 'job_h', sourceId: 's_00000001', path: source, custodian: 'Custodian', options: NEUTRAL_READ_OPTIONS, rereadAll: false, lastRunFinished: true },
      { index, signal: new AbortController().signal, onProgress: () => undefined, workerPath: TEST_WORKER_PATH, workerCount: 1 },
    );
    seconds = (performance.now() - started) / 1000;
    clearInterval(timer);
    rssGrowth = peak - before;
    const page = await index.search(indexQuery());
    records = await index.getRecords(page.hits.map((hit) => hit.id));
    index.close();
  }, 180_000);
  afterAll(async () => dir.cleanup());

  const errorsFor = (path: string) => outcome.errors.filter((error) => error.path === path);
  const titled = (title: string) => records.find((record) => record.title === title);

  it('still indexes the good message beside the bad ones', () => {
    expect(titled('Distribution Disclaimer')).toBeDefined();
    expect(outcome.status).toBe('completed');
  });

  it('indexes the messages before the cut of a truncated mbox', () => {
    expect(records.some((record) => record.locations.some((location) => location.path === 'truncated.mbox'))).toBe(true);
  });

  it('reports binary garbage as a file it could not recognise', () => {
    expect(errorsFor('garbage.eml')).toEqual([expect.objectContaining({ severity: 'error', message: expect.stringContaining('not recognised') })]);
  });

  it('indexes a message with malformed headers, with warnings naming the problems', () => {
    expect(records.some((record) => record.locations.some((location) => location.path === 'malformed.eml'))).toBe(true);
    expect(errorsFor('malformed.eml').length).toBeGreaterThan(0);
  });

  it('reports MIME nested 1,000 levels deep at its part and keeps the message', () => {
    expect(titled('Nested a thousand times')).toBeDefined();
    expect(errorsFor('nested.eml')).toContainEqual(expect.objectContaining({ severity: 'warning', message: expect.stringMatching(/deeper|nest/i) }));
  });

  it('lists a zip bomb as an attachment with its name, size and hash, never inflating it', () => {
    const bomb = records.find((record) => record.filename === 'figures.zip');
    expect(bomb).toMatchObject({ kind: 'attachment', mimeType: 'application/zip' });
    expect(bomb?.sizeBytes).toBeLessThan(2 * 1024 * 1024);
    expect(bomb?.fileSha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('indexes the headers of a 200 MB message, reports that its body was not read, and reads the next message', () => {
    const huge = titled('The very large message');
    expect(huge?.fromParticipant).toEqual({ name: 'Big Sender', address: 'sender@example.org' });
    expect(huge?.sizeBytes).toBeGreaterThan(200 * 1024 * 1024);
    expect(errorsFor('huge.mbox')).toContainEqual(expect.objectContaining({ severity: 'error', locator: 'offset 0', message: expect.stringContaining('parse limit') }));
    expect(titled('After the big one')?.body).toContain('Still read.');
  });

  it('stays within bounded time and memory', () => {
    // Generous bounds for a loaded CI machine; the benchmark reports the real figures.
    expect(seconds).toBeLessThan(120);
    expect(rssGrowth).toBeLessThan(700 * 1024 * 1024);
  });
});
