/**
 * Reading a record's bytes back from its source. The locators come from the real ingest
 * adapters run over the same files, so a change to how ingest writes them breaks these tests,
 * not the viewer. The mailbox and message fixtures are constructed here around a real corpus PDF
 * (xray/rectangles_yes_2.pdf) as a base64 attachment; the corpus has no mail carrying a PDF. The
 * MMS files are the corpus's SMS Backup & Restore files, and backups built here to damage them.
 */
import { appendFile, copyFile, mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ExtractedRecord } from '../../../../../main/core/ingest/adapter.js';
import { chooseAdapter } from '../../../../../main/core/ingest/registry.js';
import { readOriginalBytes } from '../../../../../main/core/review/original-bytes.js';
import type { BytesRecord } from '../../../../../main/core/review/original-bytes.js';
import { sha256Hex } from '../../../../../main/core/util/hash.js';
import { NEUTRAL_READ_OPTIONS } from '../../../../../shared/model/case.js';
import { corpusPath } from '../../../../support/corpus.js';
import { expectCode } from '../../../../support/expect-code.js';
import { buildZip } from '../../../../support/zip-writer.js';
import { useTestScratch } from '../../../../support/test-scratch.js';

const scratch = useTestScratch();
const SOURCE = 's_00000001';
const PDF_PATH = corpusPath('docs', 'pdf', 'xray', 'rectangles_yes_2.pdf');

/** Every record (children included) the ingest adapter finds in `relativePath` under `folder`. */
async function ingestRecords(folder: string, relativePath: string): Promise<ExtractedRecord[]> {
  const absolutePath = join(folder, relativePath);
  const bytes = new Uint8Array(await readFile(absolutePath));
  const adapter = chooseAdapter(relativePath.split('/').pop() ?? relativePath, bytes.subarray(0, 8192));
  if (adapter === null) {
    throw new Error(`no adapter reads ${relativePath}`);
  }
  const extractor = await adapter.load();
  const input = {
    absolutePath, relativePath, size: bytes.length, preloaded: null, resume: '', modifiedMs: 0, options: NEUTRAL_READ_OPTIONS,
    custodian: 'Custodian', signal: new AbortController().signal, onBytes: () => undefined,
  };
  const records: ExtractedRecord[] = [];
  const visit = (record: ExtractedRecord): void => {
    records.push(record);
    record.children.forEach(visit);
  };
  for await (const item of extractor.extract(input)) {
    if (item.type === 'record') {
      visit(item.record);
    }
  }
  return records;
}

/** The record as the index gives it back: its hash and one location per copy. */
function asIndexed(record: ExtractedRecord, path: string): BytesRecord {
  return {
    id: 'r_00000001',
    fileSha256: record.itemSha256,
    locations: [{ sourceId: SOURCE, custodian: 'Custodian', path, locator: record.locator, folder: '', labels: [], itemSha256: record.itemSha256, messageId: '' }],
  };
}

function pdfAttachment(record: ExtractedRecord | undefined): ExtractedRecord {
  if (record === undefined) {
    throw new Error('the PDF attachment was not ingested');
  }
  return record;
}

async function pdfBase64(): Promise<string> {
  return (await readFile(PDF_PATH)).toString('base64').replace(/.{76}/g, '$&\n');
}

/** A message with a text part and the PDF attached (part 2). */
async function messageWithPdf(subject: string): Promise<string> {
  return [
    'From: Dana Clerk <dana@example.gov>',
    'To: Records Office <records@example.gov>',
    `Subject: ${subject}`,
    'Date: Tue, 2 Apr 2024 10:00:00 +0000',
    `Message-ID: <${subject.replace(/\W+/g, '-')}@example.gov>`,
    'MIME-Version: 1.0',
    'Content-Type: multipart/mixed; boundary="b1"',
    '',
    '--b1',
    'Content-Type: text/plain; charset=us-ascii',
    '',
    `${subject}: the filing is attached.`,
    '--b1',
    'Content-Type: application/pdf; name="filing.pdf"',
    'Content-Disposition: attachment; filename="filing.pdf"',
    'Content-Transfer-Encoding: base64',
    '',
    await pdfBase64(),
    '--b1--',
    '',
  ].join('\n');
}

describe('readOriginalBytes', () => {
  it('reads a PDF that is a file of a folder source, checked against its hash', async () => {
    const folder = await scratch.folder();
    await mkdir(join(folder, 'filings'));
    await copyFile(PDF_PATH, join(folder, 'filings', 'filing.pdf'));
    const [record] = await ingestRecords(folder, 'filings/filing.pdf');
    const indexed = asIndexed(pdfAttachment(record), 'filings/filing.pdf');
    const read = await readOriginalBytes(indexed, [{ id: SOURCE, path: folder }]);
    expect(sha256Hex(read.bytes)).toBe(indexed.fileSha256);
    expect(read.file).toBe(join(folder, 'filings', 'filing.pdf'));
    // A source added as one file.
    const single = await readOriginalBytes(asIndexed(pdfAttachment(record), 'filing.pdf'), [{ id: SOURCE, path: join(folder, 'filings', 'filing.pdf') }]);
    expect(sha256Hex(single.bytes)).toBe(indexed.fileSha256);
  });

  it('re-reads a PDF attached to the second message of an mbox, at its offset and part', async () => {
    const folder = await scratch.folder();
    const mbox = [
      'From dana@example.gov Mon Apr  1 09:00:00 2024',
      'From: Dana Clerk <dana@example.gov>',
      'Subject: First, no attachment',
      'Date: Mon, 1 Apr 2024 09:00:00 +0000',
      '',
      'Nothing attached.',
      '',
      'From dana@example.gov Tue Apr  2 10:00:00 2024',
      await messageWithPdf('Second, with the filing'),
    ].join('\n');
    await writeFile(join(folder, 'Inbox.mbox'), mbox);
    const records = await ingestRecords(folder, 'Inbox.mbox');
    const attachment = pdfAttachment(records.find((record) => record.filename === 'filing.pdf'));
    expect(attachment.locator).toMatch(/^offset [1-9]\d* part 2$/);
    const read = await readOriginalBytes(asIndexed(attachment, 'Inbox.mbox'), [{ id: SOURCE, path: folder }]);
    expect(Buffer.from(read.bytes).equals(await readFile(PDF_PATH))).toBe(true);
    // The message itself is a record whose bytes are its mbox entry.
    const email = records.find((record) => record.kind === 'email' && record.subject.startsWith('Second'));
    const message = await readOriginalBytes(asIndexed(pdfAttachment(email), 'Inbox.mbox'), [{ id: SOURCE, path: folder }]);
    expect(new TextDecoder().decode(message.bytes)).toMatch(/^From: Dana Clerk/);
  });

  it('re-reads a PDF attached to an .eml, and to a message attached to that one', async () => {
    const folder = await scratch.folder();
    const inner = await messageWithPdf('Forwarded filing');
    const outer = [
      'From: Sam Lee <sam@example.gov>',
      'To: Dana Clerk <dana@example.gov>',
      'Subject: Fwd: filing',
      'Date: Wed, 3 Apr 2024 11:00:00 +0000',
      'MIME-Version: 1.0',
      'Content-Type: multipart/mixed; boundary="outer"',
      '',
      '--outer',
      'Content-Type: text/plain',
      '',
      'See the message below.',
      '--outer',
      'Content-Type: message/rfc822',
      '',
      inner,
      '--outer--',
      '',
    ].join('\n');
    await writeFile(join(folder, 'direct.eml'), await messageWithPdf('Direct filing'));
    await writeFile(join(folder, 'forwarded.eml'), outer);
    const direct = pdfAttachment((await ingestRecords(folder, 'direct.eml')).find((record) => record.filename === 'filing.pdf'));
    expect(direct.locator).toBe('part 2');
    const nested = pdfAttachment((await ingestRecords(folder, 'forwarded.eml')).find((record) => record.filename === 'filing.pdf'));
    expect(nested.locator).toMatch(/^part 2 part 2\.\d+$/);
    for (const [record, path] of [[direct, 'direct.eml'], [nested, 'forwarded.eml']] as const) {
      const read = await readOriginalBytes(asIndexed(record, path), [{ id: SOURCE, path: folder }]);
      expect(Buffer.from(read.bytes).equals(await readFile(PDF_PATH))).toBe(true);
    }
  });

  it('reads a PDF from inside a zip of documents', async () => {
    const folder = await scratch.folder();
    await writeFile(join(folder, 'papers.zip'), buildZip([{ name: 'notes.txt', data: 'notes' }, { name: 'court/filing.pdf', data: await readFile(PDF_PATH) }]));
    const member = pdfAttachment((await ingestRecords(folder, 'papers.zip')).find((record) => record.filename === 'filing.pdf'));
    expect(member.locator).toBe('court/filing.pdf');
    const read = await readOriginalBytes(asIndexed(member, 'papers.zip'), [{ id: SOURCE, path: folder }]);
    expect(sha256Hex(read.bytes)).toBe(member.itemSha256);
  });

  it('refuses a source file that changed since it was indexed, naming the file and the place in it', async () => {
    const folder = await scratch.folder();
    await writeFile(join(folder, 'direct.eml'), await messageWithPdf('Direct filing'));
    await copyFile(PDF_PATH, join(folder, 'filing.pdf'));
    const attachment = pdfAttachment((await ingestRecords(folder, 'direct.eml')).find((record) => record.filename === 'filing.pdf'));
    const file = pdfAttachment((await ingestRecords(folder, 'filing.pdf'))[0]);
    // Appending to the PDF changes its hash; the message's PDF part is re-encoded with other bytes.
    await appendFile(join(folder, 'filing.pdf'), '\n% appended later\n');
    const eml = await readFile(join(folder, 'direct.eml'), 'utf8');
    await writeFile(join(folder, 'direct.eml'), eml.replace('JVBERi0', 'JVBERi1'));

    const changedFile = await expectCode(readOriginalBytes(asIndexed(file, 'filing.pdf'), [{ id: SOURCE, path: folder }]), 'source-unreadable');
    expect(changedFile.message).toBe(`The source changed since it was indexed: ${join(folder, 'filing.pdf')} no longer holds the bytes indexed (SHA-256 ${file.itemSha256.slice(0, 12)}…)`);
    const changedPart = await expectCode(readOriginalBytes(asIndexed(attachment, 'direct.eml'), [{ id: SOURCE, path: folder }]), 'source-unreadable');
    expect(changedPart.message).toContain(`${join(folder, 'direct.eml')} (part 2)`);
  });

  it('refuses a missing file, a link where a file was, and a path outside the source', async () => {
    const folder = await scratch.folder();
    await copyFile(PDF_PATH, join(folder, 'filing.pdf'));
    const file = pdfAttachment((await ingestRecords(folder, 'filing.pdf'))[0]);
    const sources = [{ id: SOURCE, path: folder }];
    const missing = await expectCode(readOriginalBytes(asIndexed(file, 'gone.pdf'), sources), 'source-unreadable');
    expect(missing.message).toMatch(/gone\.pdf is missing: it was moved or deleted/);
    await symlink(join(folder, 'filing.pdf'), join(folder, 'link.pdf'));
    await expectCode(readOriginalBytes(asIndexed(file, 'link.pdf'), sources), 'source-unreadable');
    await expectCode(readOriginalBytes(asIndexed(file, '../filing.pdf'), sources), 'source-unreadable');
    await expectCode(readOriginalBytes(asIndexed(file, 'filing.pdf'), []), 'source-unreadable');
  });

  it('says bytes are not available from an Outlook store, and tries the next copy', async () => {
    const folder = await scratch.folder();
    await writeFile(join(folder, 'mail.pst'), Buffer.concat([Buffer.from('!BDN'), Buffer.alloc(512)]));
    await copyFile(PDF_PATH, join(folder, 'filing.pdf'));
    const file = pdfAttachment((await ingestRecords(folder, 'filing.pdf'))[0]);
    const inPst = { ...asIndexed(file, 'mail.pst'), locations: [{ ...asIndexed(file, 'mail.pst').locations[0]!, locator: 'Inbox#2097188 part att-0' }] };
    const error = await expectCode(readOriginalBytes(inPst, [{ id: SOURCE, path: folder }]), 'unsupported');
    expect(error.message).toBe(`The original bytes are not available from ${join(folder, 'mail.pst')} (Inbox#2097188 part att-0): Outlook data files (.pst, .ost) are not read back`);
    const twoCopies = { ...inPst, locations: [...inPst.locations, ...asIndexed(file, 'filing.pdf').locations] };
    const read = await readOriginalBytes(twoCopies, [{ id: SOURCE, path: folder }]);
    expect(read.location.path).toBe('filing.pdf');
  });
});

describe('readOriginalBytes on files an MMS carried (SMS Backup & Restore XML)', () => {
  const SMS = corpusPath('chat', 'sms');
  const GIF = Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1');

  /** The files ingest made children of `mms[…]` messages in `file` (copied into `folder`). */
  async function mmsFiles(folder: string, file: string): Promise<ExtractedRecord[]> {
    return (await ingestRecords(folder, file)).filter((record) => record.kind === 'attachment');
  }

  async function pngBase64(): Promise<string> {
    const xml = await readFile(join(SMS, 'sms-backup-reader-2', 'sample_mms.xml'), 'utf8');
    return /ct="image\/png" name="image\.png" cl="image\.png" data="([^"]+)"/.exec(xml)?.[1] ?? '';
  }

  it('decodes each image (and every other file) of the corpus backups again from the XML, equal to what ingest read', async () => {
    const folder = await scratch.folder();
    const files = ['sms-backup-reader-2/sample_mms.xml', 'sms-backup-reader-2/sms_and_mms.xml', 'sms-backup-restore-parser/minimal_mms.xml'];
    const read: string[] = [];
    for (const file of files) {
      const name = file.split('/').pop() ?? file;
      await copyFile(join(SMS, file), join(folder, name));
      for (const record of await mmsFiles(folder, name)) {
        const back = await readOriginalBytes(asIndexed(record, name), [{ id: SOURCE, path: folder }]);
        expect(sha256Hex(back.bytes)).toBe(record.itemSha256);
        expect(Buffer.from(back.bytes).equals(Buffer.from(record.content ?? []))).toBe(true);
        read.push(`${name} ${record.locator} ${record.filename} ${record.mimeType}`);
      }
    }
    // Four images (the cut-short ninth <mms> of sms_and_mms.xml carries none), and sample_mms.xml's other files.
    expect(read).toEqual([
      'sample_mms.xml mms[1] part 1 image.png image/png',
      'sample_mms.xml mms[2] part 1 video.mp4 video/mp4',
      'sample_mms.xml mms[3] part 1 audio.mp3 audio/mp3',
      'sample_mms.xml mms[4] part 1 document.pdf application/pdf',
      'sms_and_mms.xml mms[7] part 1 image_8.png image/png',
      'sms_and_mms.xml mms[8] part 1 image_10.png image/png',
      'minimal_mms.xml mms[1] part 1 image.jpg image/jpeg',
    ]);
  });

  it('finds a file by its number among the message’s files with data, past a corrupt one and the slide layout', async () => {
    const folder = await scratch.folder();
    const xml = [
      "<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>",
      '<smses count="2">',
      '  <sms address="+15550000001" date="1721161760000" type="1" body="Before the photos" />',
      '  <mms date="1721161764000" msg_box="1" address="+15550000003" contact_name="Contact C">',
      '    <parts>',
      '      <part seq="-1" ct="application/smil" name="smil.xml" text="&lt;smil/&gt;" />',
      '      <part seq="0" ct="image/png" name="broken.png" data="not-valid-base64!!" />',
      `      <part seq="0" ct="image/png" name="first.png" data="${await pngBase64()}" />`,
      '      <part seq="0" ct="text/plain" name="text.txt" text="Two photos" />',
      `      <part seq="0" ct="image/gif" name="second.gif" data="${GIF.toString('base64')}" />`,
      '    </parts>',
      '    <addrs><addr address="+15550000003" type="137" /></addrs>',
      '  </mms>',
      '</smses>',
      '',
    ].join('\n');
    await writeFile(join(folder, 'sms-2024.xml'), xml);
    const records = await mmsFiles(folder, 'sms-2024.xml');
    expect(records.map((record) => `${record.locator} ${record.filename}`)).toEqual(['mms[1] part 1 first.png', 'mms[1] part 2 second.gif']);
    const second = await readOriginalBytes(asIndexed(records[1]!, 'sms-2024.xml'), [{ id: SOURCE, path: folder }]);
    expect(Buffer.from(second.bytes).equals(GIF)).toBe(true);
    const first = await readOriginalBytes(asIndexed(records[0]!, 'sms-2024.xml'), [{ id: SOURCE, path: folder }]);
    expect(sha256Hex(first.bytes)).toBe(records[0]!.itemSha256);
  });

  it('refuses a backup that changed since ingest, naming the file and the part, and still reads the other parts', async () => {
    const folder = await scratch.folder();
    const path = join(folder, 'sample_mms.xml');
    const original = await readFile(join(SMS, 'sms-backup-reader-2', 'sample_mms.xml'), 'utf8');
    await writeFile(path, original);
    const [image, video, , pdf] = await mmsFiles(folder, 'sample_mms.xml');
    const sources = [{ id: SOURCE, path: folder }];
    const png = await pngBase64();

    // The photo's data damaged: the message no longer has a first file with data.
    await writeFile(path, original.replace(png, 'not-valid-base64-content!!'));
    const damaged = await expectCode(readOriginalBytes(asIndexed(image!, 'sample_mms.xml'), sources), 'source-unreadable');
    expect(damaged.message).toBe(`The source changed since it was indexed: ${path} (mms[1] part 1) has no part 1 in mms[1] (it carries 0 files with readable data)`);
    const stillThere = await readOriginalBytes(asIndexed(video!, 'sample_mms.xml'), sources);
    expect(sha256Hex(stillThere.bytes)).toBe(video!.itemSha256);

    // Other bytes in the same place: the hash tells.
    await writeFile(path, original.replace(png, GIF.toString('base64')));
    const other = await expectCode(readOriginalBytes(asIndexed(image!, 'sample_mms.xml'), sources), 'source-unreadable');
    expect(other.message).toContain(`${path} (mms[1] part 1) no longer holds the bytes indexed`);

    // The backup cut short before the fourth message.
    await writeFile(path, original.slice(0, original.indexOf('<!-- Document (PDF) MMS -->')));
    const cut = await expectCode(readOriginalBytes(asIndexed(pdf!, 'sample_mms.xml'), sources), 'source-unreadable');
    expect(cut.message).toBe(`The source changed since it was indexed: ${path} (mms[4] part 1) has no mms[4]`);
  });

  it('says a file over the read-back limit is not available', async () => {
    const folder = await scratch.folder();
    await copyFile(join(SMS, 'sms-backup-reader-2', 'sample_mms.xml'), join(folder, 'sample_mms.xml'));
    const [image] = await mmsFiles(folder, 'sample_mms.xml');
    const error = await expectCode(readOriginalBytes(asIndexed(image!, 'sample_mms.xml'), [{ id: SOURCE, path: folder }], 64), 'unsupported');
    expect(error.message).toBe(`The original bytes are not available from ${join(folder, 'sample_mms.xml')} (mms[1] part 1): the file is 70 bytes, more than the 64 read back`);
  });
});
