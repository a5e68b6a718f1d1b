/**
 * Every mailbox format through the real pipeline and worker thread, on the real files of the
 * corpus: mbox dialects (pipermail, Thunderbird, Gmail Takeout), Outlook stores and .msg files.
 * Counts, headers, families, folders, labels, threads and duplicates are checked against what the
 * files contain (MANIFEST.tsv, and the files themselves).
 */
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RecordDetail } from '../../shared/model/record.js';
import { SqliteRecordIndex } from '../../main/core/index/sqlite/sqlite-record-index.js';
import { runIngest } from '../../main/core/ingest/pipeline.js';
import type { IngestOutcome } from '../../main/core/ingest/pipeline.js';
import { corpusPath } from '../support/corpus.js';
import { TEST_WORKER_PATH } from '../support/test-host.js';
import { useTestScratch } from '../support/test-scratch.js';
import { NEUTRAL_READ_OPTIONS } from '../../shared/model/case.js';
import { indexQuery } from '../support/index-query.js';

const testScratch = useTestScratch();
const scratch = () => testScratch.folder();

type Ingested = { outcome: IngestOutcome; records: RecordDetail[]; byTitle(title: string): RecordDetail[] };

async function ingest(path: string): Promise<Ingested> {
  const index = SqliteRecordIndex.open(':memory:');
  testScratch.keep(index);
  const outcome = await runIngest(
    { jobId: 'job_t', sourceId: 's_00000001', path, custodian: 'Custodian', options: NEUTRAL_READ_OPTIONS, rereadAll: false, lastRunFinished: true },
    { index, signal: new AbortController().signal, onProgress: () => undefined, workerPath: TEST_WORKER_PATH, workerCount: 1 },
  );
  const ids: string[] = [];
  for (let page = 0; ; page += 1) {
    const result = await index.search(indexQuery({ page }));
    ids.push(...result.hits.map((hit) => hit.id));
    if (ids.length >= result.total) {
      break;
    }
  }
  const records = await index.getRecords(ids);
  return { outcome, records, byTitle: (title) => records.filter((record) => record.title === title) };
}

describe('mbox sources', () => {
  it('reads the pipermail, Thunderbird-less and odd-separator mailing-list archives (perceval)', async () => {
    const { outcome, records, byTitle } = await ingest(corpusPath('email', 'mbox', 'perceval'));
    // MANIFEST's per-file counts: 2+1+2+6+1+1+1+3+1 = 18 messages; the LICENSE file is a document.
    expect(outcome.counts.itemsRead).toBe(19);
    expect(outcome.counts.recordsByKind).toMatchObject({ email: 18, document: 1 });
    // mbox_single's message is also three times in mbox_no_fields: one record, four places.
    const [single] = byTitle('[List-name] Protocol Buffers anyone?');
    expect(single?.locations.map((location) => location.folder).sort()).toEqual(['mbox_no_fields', 'mbox_no_fields', 'mbox_no_fields', 'mbox_single']);
    // Pipermail hides addresses as "jo at example.org (Name)".
    expect(single?.fromParticipant).toEqual({ name: 'Göran Lastname', address: 'goran@domain.com' });
    expect(single?.locations.every((location) => /^offset \d+$/.test(location.locator))).toBe(true);
    // The April archive is one thread: the first message and two replies to it.
    const april = records.filter((record) => record.locations.some((location) => location.folder === 'pipermail_2016_april'));
    expect(april).toHaveLength(3);
    expect(new Set(april.map((record) => record.threadId)).size).toBe(1);
    expect(april.map((record) => record.threadParent).sort()).toEqual(['none', 'present', 'present']);
    // A reply whose parent is in no file of the source is flagged.
    expect(byTitle('Re: Low memory hacks')[0]).toMatchObject({ threadParent: 'missing', threadBasis: 'headers' });
    expect(outcome.errors).toContainEqual(expect.objectContaining({ severity: 'warning', path: 'mbox_no_fields.mbox', message: expect.stringContaining('RANDOM_Wed') }));
  });

  it('keeps Gmail Takeout labels on the copy and the file as its folder', async () => {
    const { outcome, records } = await ingest(corpusPath('email', 'mbox', 'gmail-takeout'));
    expect(outcome.counts.itemsRead).toBe(1);
    const [message] = records.filter((record) => record.parentId === null);
    expect(message).toMatchObject({ title: 'Jj22, finish setting up your new Google Account', date: '2024-01-26T09:31:41-08:00' });
    expect(message?.locations[0]).toMatchObject({ folder: 'All mail Including Spam and Trash', labels: ['Inbox', 'Category Updates', 'Unread'], locator: 'offset 0' });
    expect(message?.body).toContain('Google');
  });

  it('makes the attachments of a Thunderbird message its children', async () => {
    const { records } = await ingest(corpusPath('email', 'mbox', 'aspose-email', 'ExampleMbox.mbox'));
    const [message] = records.filter((record) => record.kind === 'email');
    expect(message?.childCount).toBe(3);
    const children = records.filter((record) => record.parentId === message?.id);
    expect(children).toHaveLength(3);
    expect(children.every((child) => child.familyId === message?.id && child.kind === 'attachment')).toBe(true);
    expect(children.filter((child) => child.mimeType === 'image/png')).toHaveLength(2);
    expect(message?.children.map((child) => child.id).sort()).toEqual(children.map((child) => child.id).sort());
  });
});

describe('mail folder layouts', () => {
  it('reads a Thunderbird profile: extension-less mbox files, .sbd subfolders, .msf summaries counted', async () => {
    const profile = await scratch();
    const local = join(profile, 'Mail', 'Local Folders');
    await mkdir(join(local, 'Archives.sbd'), { recursive: true });
    await copyFile(corpusPath('email', 'mbox', 'ingest-file', 'plan.mbox'), join(local, 'Inbox'));
    await writeFile(join(local, 'Inbox.msf'), '// <!-- <mdb:mork:z v="1.4"/> -->\n< <(a=c)> // (f=iso-8859-1)\n');
    await copyFile(corpusPath('email', 'mbox', 'aspose-email', 'ExampleMbox.mbox'), join(local, 'Archives.sbd', '2016'));
    const { outcome, records } = await ingest(profile);
    expect(outcome.errors.filter((error) => error.severity === 'error')).toEqual([]);
    expect(outcome.counts.notRecords).toEqual({ 'Thunderbird folder summary (.msf)': 1 });
    const folders = records.filter((record) => record.parentId === null).map((record) => record.locations[0]?.folder).sort();
    expect(folders).toEqual(['Mail/Local Folders/Archives/2016', 'Mail/Local Folders/Inbox']);
  });

  it('reads a Maildir: cur/ and new/ files with flags in their names, Maildir++ subfolders', async () => {
    const root = await scratch();
    const enron = corpusPath('email', 'enron', 'maildir', 'fischer-m', 'all_documents');
    for (const folder of ['cur', 'new', 'tmp', '.Projects.2001/cur']) {
      await mkdir(join(root, folder), { recursive: true });
    }
    await copyFile(join(enron, '1.'), join(root, 'cur', '988710900.M1P42.mailhost:2,RS'));
    await copyFile(join(enron, '2.'), join(root, '.Projects.2001', 'cur', '988710901.M2P42.mailhost:2,S'));
    await copyFile(join(enron, '2.'), join(root, 'new', '988710902.M3P42.mailhost'));
    await writeFile(join(root, 'dovecot-uidlist'), '3 V1 N3\n');
    const { outcome, records } = await ingest(root);
    expect(outcome.counts).toMatchObject({ itemsRead: 3, duplicates: 1, notRecords: { 'Dovecot index file': 1 } });
    const byFolder = records.flatMap((record) => record.locations.map((location) => location.folder)).sort();
    expect(byFolder).toEqual(['', '', 'Projects/2001']);
  });
});

describe('Outlook sources', () => {
  it('reads Outlook.pst: 14 emails, their attachments and embedded messages, folders, and counts the contact and calendar item', async () => {
    const { outcome, records, byTitle } = await ingest(corpusPath('email', 'pst', 'aspose-email', 'Outlook.pst'));
    expect(outcome.counts.itemsRead).toBe(14);
    // 14 emails + 4 embedded messages; 30 attachment files (MANIFEST's readpst count).
    expect(outcome.counts.recordsByKind).toEqual({ email: 18, attachment: 30 });
    expect(outcome.counts.notRecords).toEqual({ contact: 1, calendar: 1, other: 1 });
    // The sender's copy in Sent Items and the recipient's in Inbox are one record with two places.
    const [first] = byTitle('message 1');
    expect(first?.locations.map((location) => location.folder).sort()).toContain('Top of Personal Folders/Sent Items');
    expect(first?.locations.map((location) => location.folder)).toContain('Top of Personal Folders/Inbox');
    expect(outcome.duplicatesFound).toBe(5);
    const embedded = byTitle('this message contains embedded MSG')[0];
    expect(embedded?.children.filter((child) => child.kind === 'email')).toHaveLength(2);
    expect(records.filter((record) => record.kind === 'attachment').map((record) => record.filename)).toContain('Sunset.jpg');
  });

  it('keeps a Japanese embedded message and its attachment as a family three deep (msgInMsg.pst)', async () => {
    const { records } = await ingest(corpusPath('email', 'pst', 'ruby-msg', 'msgInMsg.pst'));
    const top = records.find((record) => record.parentId === null);
    const nested = records.find((record) => record.parentId === top?.id);
    const grandchild = records.find((record) => record.parentId === nested?.id);
    expect(nested).toMatchObject({ kind: 'email', title: 'Microsoft Outlook テスト メッセージ' });
    expect(top?.children.map((child) => child.title)).toContain('Microsoft Outlook テスト メッセージ');
    expect(grandchild === undefined || grandchild.familyId === top?.id).toBe(true);
    expect(top?.locations[0]?.folder).toBe('Outlook データ ファイルのトップ');
  });

  it('counts the 72 contacts of a contacts-only store, indexing no records', async () => {
    const { outcome } = await ingest(corpusPath('email', 'pst', 'aspose-email', 'PersonalStorageFile1.pst'));
    expect(outcome.counts.itemsRead).toBe(0);
    expect(outcome.counts.notRecords).toEqual({ contact: 72 });
  });

  it('reads a folder of .msg and .eml files, nested messages included', async () => {
    const { outcome, byTitle } = await ingest(corpusPath('email', 'msgreader'));
    expect(outcome.errors.filter((error) => error.severity === 'error')).toEqual([]);
    const [withTwo] = byTitle('E-mail with 2 attachments');
    expect(withTwo?.children).toHaveLength(2);
    const [forward] = byTitle('FW: Msg Attachment Test');
    expect(forward?.children.map((child) => [child.kind, child.title])).toEqual([['email', 'Msg Attachment Test']]);
  });
});
