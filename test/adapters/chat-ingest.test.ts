/**
 * Chat exports through the real pipeline and worker thread, on the corpus's real exports:
 * messages as records, conversations and conversation-day transcripts, media in zipped exports as
 * children, duplicates across exports, the officer's time zone and date order, and hostile zips.
 */
import { readFile, stat, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ZipArchive } from '../../main/core/archive/zip-archive.js';
import { resolveSourceOptions } from '../../main/core/handlers/source-options.js';
import { SqliteRecordIndex } from '../../main/core/index/sqlite/sqlite-record-index.js';
import { runIngest, type IngestOutcome } from '../../main/core/ingest/pipeline.js';
import { runPool } from '../../main/core/ingest/worker/worker-pool.js';
import { readOriginalBytes } from '../../main/core/review/original-bytes.js';
import type { FileTask } from '../../main/core/ingest/worker/worker-protocol.js';
import { sha256Hex } from '../../main/core/util/hash.js';
import type { SourceReadOptions } from '../../shared/model/case.js';
import type { TranscriptLine } from '../../shared/model/chat.js';
import { REPO_ROOT, corpusPath } from '../support/corpus.js';
import { TEST_WORKER_PATH } from '../support/test-host.js';
import { useTestScratch } from '../support/test-scratch.js';
import { buildZip } from '../support/zip-writer.js';
import { indexQuery } from '../support/index-query.js';

const ZURICH: SourceReadOptions = { timeZone: 'Europe/Zurich', dateOrder: 'auto', chatMapping: null };

const testScratch = useTestScratch();
const scratch = () => testScratch.folder();

async function ingest(path: string, options: SourceReadOptions = ZURICH, into?: SqliteRecordIndex): Promise<{ index: SqliteRecordIndex; outcome: IngestOutcome }> {
  const index = into ?? testScratch.keep(SqliteRecordIndex.open(':memory:'));
  const outcome = await runIngest(
    // Reading into an index that has the source is what a change of options does: every file again.
    { jobId: 'job_c', sourceId: 's_00000001', path, custodian: 'Custodian', options, rereadAll: into !== undefined, lastRunFinished: true },
    { index, signal: new AbortController().signal, onProgress: () => undefined, workerPath: TEST_WORKER_PATH, workerCount: 1 },
  );
  return { index, outcome };
}

/** Every line of every day of every conversation, day by day. */
async function allLines(index: SqliteRecordIndex, conversationKey: string): Promise<TranscriptLine[][]> {
  const days: TranscriptLine[][] = [];
  for (let day = await index.conversationDay(conversationKey, null); day !== null; day = day.nextDay === null ? null : await index.conversationDay(conversationKey, day.nextDay)) {
    days.push(day.lines);
  }
  return days;
}

describe('WhatsApp exports', () => {
  it('indexes every corpus export, each message a record, identical messages across exports one record', async () => {
    const { index, outcome } = await ingest(corpusPath('chat', 'whatsapp'));
    // 16 files; the zip holds 4 media files named by messages.
    expect(outcome.counts.filesIndexed).toBe(16);
    expect(outcome.counts.recordsByKind.attachment).toBe(4);
    // 4A_11M.txt and 4A_11M.zip hold the same 14 lines (LF against CRLF); the five chat-miner
    // files hold the same 9 messages in five date layouts: 14 + 4 × 9 copies found again.
    expect(outcome.counts.duplicates).toBe(50);
    const conversations = await index.conversations(null);
    expect(conversations).toHaveLength(16);
    const txt = conversations.find((c) => c.path === 'chat-analytics/4A_11M.txt');
    const zipped = conversations.find((c) => c.path === 'chat-analytics/4A_11M.zip');
    expect(txt?.title).toBe('Some cool group chat');
    expect(zipped?.messageCount).toBe(14);
    expect(txt?.key).not.toBe(zipped?.key);
    const [a, b] = await Promise.all([index.conversationDay(txt!.key, null), index.conversationDay(zipped!.key, null)]);
    expect(a?.lines.map((line) => line.recordId)).toEqual(b?.lines.map((line) => line.recordId));
    // The Peruvian group (genuine export): its name, and system lines that have no sender.
    const peru = conversations.find((c) => c.path === 'An-lisis-chat-Whatsapp/_chat.txt');
    expect(peru?.title).toBe('GPC UPC - Preparación');
    expect(peru?.participants).not.toContain('GPC UPC - Preparación');
  });

  it('reads a zipped export with its media as children of the messages that sent them', async () => {
    const { index } = await ingest(corpusPath('chat', 'whatsapp', 'whatsapp-chat-parser-website'));
    const [conversation] = await index.conversations(null);
    expect(conversation).toMatchObject({ title: 'WhatsApp Chat Parser Example', messageCount: 52, firstDay: '2019-06-20', dayCount: 1, platform: 'whatsapp' });
    expect(new Set(conversation?.participants)).toEqual(new Set(['Loris', 'John', 'Emily']));
    const day = await index.conversationDay(conversation!.key, '2019-06-20');
    const lines = day!.lines;
    expect(lines).toHaveLength(52);
    expect(lines.slice(0, 4).map((line) => [line.sender, line.event?.kind])).toEqual([
      ['', 'encryption-notice'],
      ['', 'group-created'],
      ['', 'member-added'],
      ['', 'member-added'],
    ]);
    expect(lines[2]?.event?.subjects).toEqual(['Emily']);
    expect(lines[4]).toMatchObject({ sender: 'John', text: 'Hey 👋', date: '2019-06-20T15:58:53+02:00' });
    // "Emily: Come on...\ndon't be so mysterious" is one message over two lines.
    expect(lines.find((line) => line.text.startsWith('Come on'))?.text).toBe("Come on...\ndon't be so mysterious and show us!");
    const photoLine = lines.find((line) => line.attachments.some((file) => file.name === '00000001-PHOTO-2019-06-20-16-00-15.jpg'));
    expect(photoLine?.sender).toBe('Loris');
    const [photo] = await index.getRecords([photoLine!.attachments[0]!.recordId]);
    const zip = await ZipArchive.open({ path: corpusPath('chat', 'whatsapp', 'whatsapp-chat-parser-website', 'whatsapp-chat-parser-example.zip') });
    const bytes = await zip.read(zip.find('00000001-PHOTO-2019-06-20-16-00-15.jpg')!, 1e7);
    zip.close();
    expect(photo).toMatchObject({ kind: 'attachment', mimeType: 'image/jpeg', sizeBytes: 146284, fileSha256: sha256Hex(bytes), parentId: photoLine!.recordId });
    expect(day?.previousDay).toBeNull();
    expect(day?.nextDay).toBeNull();
  });

  it('reads wall-clock times in the zone the officer set, and the date order the officer set', async () => {
    const folder = corpusPath('chat', 'whatsapp', 'language-whatsapp');
    const dayFirst = await ingest(folder, { timeZone: 'Europe/London', dateOrder: 'auto', chatMapping: null });
    const monthFirst = await ingest(folder, { timeZone: 'America/New_York', dateOrder: 'mdy', chatMapping: null });
    const [londonConversation] = await dayFirst.index.conversations(null);
    const [newYorkConversation] = await monthFirst.index.conversations(null);
    // "[02/11/2020, 9:47:19 pm]": 2 November in London (GMT), 11 February in New York (EST).
    expect(londonConversation?.firstDay).toBe('2020-11-02');
    expect(newYorkConversation?.firstDay).toBe('2020-02-11');
    const london = await dayFirst.index.conversationDay(londonConversation!.key, null);
    expect(london?.lines[0]?.date).toMatch(/^2020-11-02T\d\d:\d\d:\d\d\+00:00$/);
    const newYork = await monthFirst.index.conversationDay(newYorkConversation!.key, null);
    expect(newYork?.lines[0]?.date).toMatch(/^2020-02-11T\d\d:\d\d:\d\d-05:00$/);
    // The file cannot tell the order itself, and the officer is told so when it is left to the data.
    expect(dayFirst.outcome.errors.some((error) => /Date order: ambiguous/.test(error.message))).toBe(true);
    expect(monthFirst.outcome.errors.some((error) => /Date order/.test(error.message))).toBe(false);
  });

  it('keeps every record id when the source is read again in another zone and date order, with new dates', async () => {
    // Codings in case.json point at record ids: a change of reading options must not orphan them.
    const folder = await scratch();
    await writeFile(join(folder, 'WhatsApp Chat with Bob.txt'), await readFile(corpusPath('chat', 'whatsapp', 'language-whatsapp', '_chat.txt')));
    await writeFile(join(folder, 'example.zip'), await readFile(corpusPath('chat', 'whatsapp', 'whatsapp-chat-parser-website', 'whatsapp-chat-parser-example.zip')));
    // A Telegram export with wall-clock `date` only (no date_unixtime) is read in the officer's zone too.
    await writeFile(join(folder, 'DM_2A_7M.json'), await readFile(corpusPath('chat', 'telegram', 'chat-analytics', 'DM_2A_7M.json')));
    const zurich = await ingest(folder, ZURICH);
    const snapshot = async () => {
      const lines = await Promise.all((await zurich.index.conversations(null)).map((conversation) => allLines(zurich.index, conversation.key)));
      return lines.flat(2).map((line) => [line.recordId, line.date] as const).sort(([a], [b]) => a.localeCompare(b));
    };
    const before = await snapshot();
    const again = await ingest(folder, { timeZone: 'America/New_York', dateOrder: 'mdy', chatMapping: null }, zurich.index);
    expect(again.outcome.counts.filesIndexed).toBe(3);
    const after = await snapshot();
    expect(before).toHaveLength(13 + 52 + 8);
    expect(after.map(([id]) => id)).toEqual(before.map(([id]) => id));
    // "[02/11/2020, 9:47:19 pm]": 2 November in Zurich (ambiguous, dmy), 11 February in New York (mdy);
    // the zip's "20.06.19" can only be 20 June, in either setting.
    const dates = new Map(after);
    expect(before.find(([, date]) => date?.startsWith('2020-11-02T21:47:19'))).toBeDefined();
    expect([...dates.values()].some((date) => date === '2020-02-11T21:47:19-05:00')).toBe(true);
    expect([...dates.values()].some((date) => date === '2019-06-20T15:58:53-04:00')).toBe(true);
    expect(before.some(([, date]) => date === '2019-07-05T16:55:32+02:00')).toBe(true);
    expect([...dates.values()].some((date) => date === '2019-07-05T16:55:32-04:00')).toBe(true);
  });

  it('reads a file whose dates prove day-first as day-first when the officer set month-first, and says why', async () => {
    const folder = await scratch();
    await writeFile(join(folder, 'test_ddmmyy_24hrs.txt'), await readFile(corpusPath('chat', 'whatsapp', 'chat-miner', 'test_ddmmyy_24hrs.txt')));
    const { index, outcome } = await ingest(folder, { timeZone: 'UTC', dateOrder: 'mdy', chatMapping: null });
    const [conversation] = await index.conversations(null);
    const lines = (await allLines(index, conversation!.key)).flat();
    // Every date read, "10/06/20" as 10 June, not 6 October.
    expect(lines.every((line) => line.date !== null)).toBe(true);
    expect(lines.find((line) => line.text === 'Lorem ipsum : dolor sit amet.')?.date).toBe('2020-06-10T15:55:00+00:00');
    const warning = outcome.errors.find((error) => /^Date order/.test(error.message));
    expect(warning).toMatchObject({ severity: 'warning', path: 'test_ddmmyy_24hrs.txt', locator: 'line 2' });
    expect(warning?.message).toMatch(/set to month\/day, but line 2 of test_ddmmyy_24hrs\.txt reads "20\/01\/19, 11:23".*read as day\/month/);
  });
});

describe('transcript order', () => {
  it('shows newest-first exports oldest first, and WhatsApp in the order the phone listed it', async () => {
    const isChronological = (lines: TranscriptLine[]) => lines.every((line, i) => i === 0 || Date.parse(line.date ?? '') >= Date.parse(lines[i - 1]?.date ?? ''));
    // Messenger writes newest first.
    const messenger = await ingest(corpusPath('chat', 'messenger'), { timeZone: 'America/Vancouver', dateOrder: 'auto', chatMapping: null });
    const [thread] = await messenger.index.conversations(null);
    const [messengerDay] = await allLines(messenger.index, thread!.key);
    expect(messengerDay?.map((line) => line.date)).toEqual([
      '2014-11-04T16:27:20-08:00', '2014-11-04T16:27:34-08:00', '2014-11-04T16:28:17-08:00', '2014-11-04T16:28:28-08:00',
      '2014-11-04T16:28:45-08:00', '2014-11-04T16:34:41-08:00', '2014-11-04T16:35:32-08:00',
    ]);
    // LinkedIn writes each conversation newest first.
    const linkedin = await ingest(corpusPath('chat', 'linkedin'), { timeZone: 'UTC', dateOrder: 'auto', chatMapping: null });
    const days = (await Promise.all((await linkedin.index.conversations(null)).map((conversation) => allLines(linkedin.index, conversation.key)))).flat();
    expect(days.filter((lines) => lines.length > 1).length).toBeGreaterThan(10);
    expect(days.every(isChronological)).toBe(true);
    // 2A_5M's last line is dated a minute before the one above it: kept where the phone listed it.
    const folder = await scratch();
    await writeFile(join(folder, '2A_5M.txt'), await readFile(corpusPath('chat', 'whatsapp', 'chat-analytics', '2A_5M.txt')));
    const whatsapp = await ingest(folder, { timeZone: 'UTC', dateOrder: 'mdy', chatMapping: null });
    const [chat] = await whatsapp.index.conversations(null);
    const [whatsappDay] = await allLines(whatsapp.index, chat!.key);
    expect(whatsappDay?.map((line) => line.locator)).toEqual(['line 1', 'line 2', 'line 3', 'line 4', 'line 5']);
    expect(whatsappDay?.[4]?.text).toBe('This message should be reordered');
  });
});

describe('Slack, Telegram, Discord and Messenger exports', () => {
  const VANCOUVER: SourceReadOptions = { timeZone: 'America/Vancouver', dateOrder: 'auto', chatMapping: null };

  it('reads a Slack workspace zip: channels as conversations, users by name, joins as events', async () => {
    const { index, outcome } = await ingest(corpusPath('chat', 'slack'), VANCOUVER);
    // 158 messages in 17 day files, and the 30 entries of integration_logs.json.
    expect(outcome.counts.recordsByKind['chat-message']).toBe(188);
    expect(outcome.errors.filter((error) => error.severity === 'error')).toEqual([]);
    const conversations = await index.conversations(null);
    const enrique = conversations.find((conversation) => conversation.title === 'enrique');
    expect(enrique).toMatchObject({ platform: 'slack', messageCount: 108, firstDay: '2016-01-14', lastDay: '2016-03-28' });
    expect(enrique?.participants).toContain('Hermione Granger');
    const first = await index.conversationDay(enrique!.key, null);
    expect(first?.lines[0]?.event?.kind).toBe('member-added');
    expect(first?.nextDay).not.toBeNull();
  });

  it('tells Telegram, Discord and Messenger JSON apart and reads each', async () => {
    const telegram = await ingest(corpusPath('chat', 'telegram'), VANCOUVER);
    const discord = await ingest(corpusPath('chat', 'discord'), VANCOUVER);
    const messenger = await ingest(corpusPath('chat', 'messenger'), VANCOUVER);
    expect(telegram.outcome.counts.recordsByKind['chat-message']).toBe(10);
    expect(discord.outcome.counts.recordsByKind['chat-message']).toBe(9);
    expect(messenger.outcome.counts.recordsByKind['chat-message']).toBe(7);
    const bob = (await telegram.index.conversations(null)).find((conversation) => conversation.path.endsWith('DM_2A_7M.json'));
    expect(bob).toMatchObject({ platform: 'telegram', title: 'Bob', messageCount: 8 });
    const group = (await discord.index.conversations(null)).find((conversation) => conversation.path.endsWith('GC_3A_5M.json'));
    expect(group).toMatchObject({ platform: 'discord', title: 'a group chat', messageCount: 6 });
    // Days are the officer's, as for Slack and Telegram: 2019-01-25T00:11Z was 24 January in Vancouver.
    const dm = (await discord.index.conversations(null)).find((conversation) => conversation.path.endsWith('DM_2A_2M.json'));
    const dmDays = await allLines(discord.index, dm!.key);
    expect(dmDays.map((lines) => lines[0]?.date)).toEqual(['2019-01-04T09:52:39-08:00', '2019-01-24T16:11:04-08:00', '2020-07-17T10:03:14-07:00']);
    // The file's own count is wrong (5 for 6 messages): said, and every message kept.
    expect(discord.outcome.errors.some((error) => /messageCount says 5 but the file holds 6/.test(error.message))).toBe(true);
    const [thread] = await messenger.index.conversations(null);
    expect(thread).toMatchObject({ platform: 'messenger', title: 'Alice', messageCount: 7 });
    expect(new Set(thread?.participants)).toEqual(new Set(['Alice', 'Bob']));
  });

  it('indexes a JSON file that is no chat export as a document, saying so', async () => {
    const folder = await scratch();
    await writeFile(join(folder, 'settings.json'), '{ "messages": [1, 2], "note": "not a chat" }');
    const { outcome } = await ingest(folder);
    expect(outcome.counts.recordsByKind.document).toBe(1);
    expect(outcome.errors[0]?.message).toMatch(/no chat export this version reads/);
  });

  it('names the place of malformed JSON and still reads the other files', async () => {
    const folder = await scratch();
    await writeFile(join(folder, 'broken.json'), '{\n  "guild": { "id": "1" },\n  "channel": {,\n}');
    await writeFile(join(folder, 'c-chat.txt'), '[01/02/2021, 10:00:00] Ann: hello\n');
    const { outcome } = await ingest(folder);
    expect(outcome.counts.recordsByKind['chat-message']).toBe(1);
    expect(outcome.errors.find((error) => error.path === 'broken.json')?.message).toMatch(/broken\.json: not valid JSON.*line 3/);
  });
});

describe('Microsoft Teams exports', () => {
  const NEW_YORK: SourceReadOptions = { timeZone: 'America/New_York', dateOrder: 'auto', chatMapping: null };

  it('reads Graph chatMessage lists (constructed from Microsoft’s documentation): each chat a conversation, deletions, edits, calls and members as events', async () => {
    const { index, outcome } = await ingest(join(REPO_ROOT, 'test', 'fixtures', 'teams'), NEW_YORK);
    // 14 chat messages, a channel page of 6, and 4 of the damaged array's 5 entries.
    expect(outcome.counts.recordsByKind['chat-message']).toBe(24);
    const problems = outcome.errors.map((error) => `${error.path} ${error.locator}: ${error.message}`);
    expect(problems.some((problem) => /^channel-page-constructed\.json @odata\.nextLink: .*one page of a longer list/.test(problem))).toBe(true);
    expect(problems.some((problem) => /^chat-array-damaged-constructed\.json \[2\]: entry is a number/.test(problem))).toBe(true);
    const conversations = (await index.conversations(null)).filter((conversation) => conversation.platform === 'teams');
    expect(conversations).toHaveLength(4);
    const review = conversations.find((conversation) => conversation.title === 'Permit 2024-117 review');
    expect(review).toMatchObject({ path: 'getallmessages-chats-constructed.json', messageCount: 11, eventCount: 7, firstDay: '2024-03-04', dayCount: 1 });
    expect(new Set(review?.participants)).toEqual(new Set(['Dana Whitfield', 'Omar Haddad', 'Priya Raman', 'Permit Tracker']));
    expect(conversations.find((conversation) => conversation.title === 'Permits Office / Inspections')).toMatchObject({ messageCount: 6, eventCount: 4 });
    const day = await index.conversationDay(review!.key, '2024-03-04');
    const lines = day!.lines;
    expect(lines.map((line) => line.event?.kind ?? null)).toEqual([
      'member-added', 'group-renamed', null, null, 'message-edited', 'message-deleted', null, 'call', 'member-left', 'member-removed', null,
    ]);
    expect(lines[0]?.event?.subjects).toEqual(['Omar Haddad', 'Priya Raman']);
    expect(lines[7]?.event).toMatchObject({ kind: 'call', durationSeconds: 845 });
    expect(lines[3]).toMatchObject({ sender: 'Omar Haddad', date: '2024-03-04T09:10:37-05:00' });
    expect(lines[3]?.text).toMatch(/^Thanks Dana Whitfield\. Draft decision attached\./);
    const [draft] = await index.getRecords([lines[3]!.recordId]);
    expect(draft).toMatchObject({ kind: 'chat-message', chat: { platform: 'teams', event: null } });
  });
});

describe('SMS backups, LinkedIn, Wickr and mapped exports', () => {
  const LOS_ANGELES: SourceReadOptions = { timeZone: 'America/Los_Angeles', dateOrder: 'auto', chatMapping: null };

  it('reads SMS Backup & Restore files: each other party a conversation, MMS parts as children, the truncated file up to its cut', async () => {
    const { index, outcome } = await ingest(corpusPath('chat', 'sms', 'sms-backup-reader-2'), LOS_ANGELES);
    expect(outcome.counts.filesIndexed).toBe(5);
    // 41 sms + 9 mms (the ninth cut short), 12, 5 + 2, 4 and 2: every element each file holds.
    expect(outcome.counts.recordsByKind['chat-message']).toBe(75);
    // sms_and_mms.xml stops inside its ninth <mms>: everything before the cut is kept and the cut is named.
    expect(outcome.errors.some((error) => error.path === 'sms_and_mms.xml' && /line 136/.test(`${error.locator} ${error.message}`))).toBe(true);
    const conversations = (await index.conversations(null)).filter((conversation) => conversation.path === 'sms_and_mms.xml');
    expect(conversations.every((conversation) => conversation.platform === 'sms')).toBe(true);
    const lines = (await Promise.all(conversations.map((conversation) => index.conversationDay(conversation.key, null)))).flatMap((day) => day?.lines ?? []);
    expect(lines.some((line) => line.attachments.length > 0)).toBe(true);
    // Sent messages come from the phone's owner: the source's custodian.
    expect(lines.some((line) => line.sender === 'Custodian')).toBe(true);
  });

  it('makes each MMS image an image record waiting for OCR, whose bytes read back from the XML; a corrupt part is an error and the rest are read', async () => {
    const folder = await scratch();
    for (const file of ['sms-backup-reader-2/sample_mms.xml', 'sms-backup-reader-2/sms_and_mms.xml', 'sms-backup-reader-2/corrupt_attachments.xml', 'sms-backup-restore-parser/minimal_mms.xml']) {
      await writeFile(join(folder, basename(file)), await readFile(corpusPath('chat', 'sms', ...file.split('/'))));
    }
    const { index, outcome } = await ingest(folder, LOS_ANGELES);
    expect(outcome.counts).toMatchObject({ filesIndexed: 4, filesFailed: 0 });
    const waiting = await index.ocrWaiting();
    const images = await index.getRecords(waiting.map((record) => record.recordId));
    expect(images.map((image) => `${image.locations[0]?.path} ${image.locations[0]?.locator} ${image.filename}`).sort()).toEqual([
      'minimal_mms.xml mms[1] part 1 image.jpg',
      'sample_mms.xml mms[1] part 1 image.png',
      'sms_and_mms.xml mms[7] part 1 image_8.png',
      'sms_and_mms.xml mms[8] part 1 image_10.png',
    ]);
    for (const image of images) {
      expect(image).toMatchObject({ kind: 'attachment', document: { format: 'image' } });
      expect(image.parentId).not.toBeNull();
      // What the OCR run reads: the part decoded again from the XML, checked against its hash.
      const back = await readOriginalBytes(image, [{ id: 's_00000001', path: folder }]);
      expect(sha256Hex(back.bytes)).toBe(image.fileSha256);
    }
    // The image whose base64 is corrupt is not a record: an error names the file and its message, a warning says why.
    const corrupt = outcome.errors.filter((error) => error.path === 'corrupt_attachments.xml').map((error) => `${error.severity} ${error.locator}: ${error.message}`);
    expect(corrupt).toContain('error mms[1]: "corrupt_image.png" is named in the export but its data could not be read');
    expect(corrupt.some((line) => /^warning mms\[1\]: part "corrupt_image\.png" \(line 7\): its data is not valid base64/.test(line))).toBe(true);
    // …and its message, the next message of that file and the other backups are all read.
    const [corruptSource] = (await index.conversations(null)).filter((conversation) => conversation.path === 'corrupt_attachments.xml');
    const lines = (await index.conversationDay(corruptSource!.key, null))?.lines ?? [];
    expect(lines.map((line) => line.text)).toEqual(['MMS with corrupted base64 image data', 'MMS with unsupported attachment type']);
  });

  it('reads LinkedIn messages.csv: 760 messages in 217 conversations', async () => {
    const { index, outcome } = await ingest(corpusPath('chat', 'linkedin'), { timeZone: 'Asia/Kolkata', dateOrder: 'auto', chatMapping: null });
    expect(outcome.counts.recordsByKind['chat-message']).toBe(760);
    expect(await index.conversations(null)).toHaveLength(217);
  });

  it('reads the Wickr retention output (constructed from AWS documentation), its timers as events', async () => {
    const { index, outcome } = await ingest(join(REPO_ROOT, 'test', 'fixtures', 'chat', 'wickr'));
    expect(outcome.counts.recordsByKind['chat-message']).toBeGreaterThan(5);
    const conversations = await index.conversations(null);
    expect(conversations.every((conversation) => conversation.platform === 'wickr')).toBe(true);
    const days = await Promise.all(conversations.map((conversation) => index.conversationDay(conversation.key, null)));
    const timers = days.flatMap((day) => day?.lines ?? []).filter((line) => line.event?.kind === 'disappearing-on');
    expect(timers.length).toBeGreaterThan(0);
    expect(timers[0]?.event?.durationSeconds).toBeGreaterThan(0);
  });

  it('reads any CSV through the officer’s column mapping, and refuses a mapping with mistakes at once', async () => {
    const folder = await scratch();
    const fixtures = join(REPO_ROOT, 'test', 'fixtures', 'chat', 'mapped');
    await writeFile(join(folder, 'signal.csv'), await readFile(join(fixtures, 'signal-style.csv')));
    const mapping = await readFile(join(fixtures, 'signal-style.mapping.json'), 'utf8');
    const { index, outcome } = await ingest(folder, { timeZone: 'UTC', dateOrder: 'auto', chatMapping: mapping });
    expect(outcome.counts.recordsByKind['chat-message']).toBeGreaterThan(3);
    const [budget] = (await index.conversations(null)).filter((conversation) => conversation.title === 'Budget team');
    expect(budget?.platform).toBe('mapped');
    const day = await index.conversationDay(budget!.key, null);
    expect(day?.lines[0]).toMatchObject({ sender: 'Ann Lee', text: 'Morning, all.', date: '2023-11-14T22:13:20+00:00' });
    expect(day?.lines.find((line) => line.event?.kind === 'disappearing-on')?.event?.durationSeconds).toBe(604_800);
    expect(() => resolveSourceOptions({ chatMapping: '{"format": "csv", "fields": {}}' }, undefined, 'UTC')).toThrow(/fields\.timestamp/);
  });
});

describe('large chat exports', () => {
  /**
   * Reads one generated file in a real ingest worker whose heap is capped at `heapLimitMb`, keeping
   * only a count of what comes back: a reader that builds the export whole in memory (a line array,
   * every item, a parsed JSON document) is killed by the cap, one that streams never comes near it.
   */
  async function readInSmallHeap(path: string, heapLimitMb: number): Promise<{ records: number; failure: string | null }> {
    let records = 0;
    let failure: string | null = null;
    const size = (await stat(path)).size;
    const task: FileTask = { type: 'file', fileId: 1, absolutePath: path, relativePath: basename(path), size, resume: '', modifiedMs: 0, options: ZURICH, custodian: 'Custodian' };
    await runPool([task], {
      workerPath: TEST_WORKER_PATH,
      workerCount: 1,
      heapLimitMb,
      signal: new AbortController().signal,
      onMessage: async (message) => {
        records += message.items.filter((item) => item.type === 'record').length;
        failure = message.type === 'file-failed' ? message.message : failure;
      },
    });
    return { records, failure };
  }

  // The worker's own code takes about 25 MB of its heap; 48 MB leaves room for one message at a
  // time and the text of the file, not for 80,000 messages built at once.
  const HEAP_MB = 48;
  const MESSAGES = 80_000;

  it('reads an 80,000-line WhatsApp export in a 48 MB worker heap, record by record', async () => {
    const folder = await scratch();
    const path = join(folder, '_chat.txt');
    const lines = Array.from({ length: MESSAGES }, (_, n) => `[${String(1 + (n % 28)).padStart(2, '0')}/03/2021, 10:${String(Math.floor(n / 60) % 60).padStart(2, '0')}:${String(n % 60).padStart(2, '0')}] Alice: message number ${n} lorem ipsum dolor\n`);
    await writeFile(path, lines.join(''));
    expect(await readInSmallHeap(path, HEAP_MB)).toEqual({ records: MESSAGES, failure: null });
  }, 60_000);

  it('reads an 80,000-message Telegram result.json in a 48 MB worker heap, message by message', async () => {
    const folder = await scratch();
    const path = join(folder, 'result.json');
    const message = (n: number) =>
      `  {\n   "id": ${n},\n   "type": "message",\n   "date": "2021-03-01T10:00:00",\n   "date_unixtime": "${1614592800 + n * 7}",\n   "from": "Alice",\n   "from_id": "user${n % 2 === 0 ? 1 : 4242}",\n` +
      `   "text": "message number ${n} lorem ipsum",\n   "text_entities": [\n    {\n     "type": "plain",\n     "text": "message number ${n} lorem ipsum"\n    }\n   ]\n  }`;
    const messages = Array.from({ length: MESSAGES }, (_, n) => message(n));
    await writeFile(path, `{\n "name": "Big",\n "type": "personal_chat",\n "id": 4242,\n "messages": [\n${messages.join(',\n')}\n ]\n}\n`);
    expect(await readInSmallHeap(path, HEAP_MB)).toEqual({ records: MESSAGES, failure: null });
  }, 60_000);
});

describe('hostile chat exports', () => {
  const chat = '[01/02/2021, 10:00:00] Ann: hello\n[01/02/2021, 10:01:00] Ann: <attached: 00000001-PHOTO.jpg>\n[13/02/2021, 10:02:00] Bob: <attached: 00000002-PHOTO.jpg>\n';

  it('reads the chat of a zip with a zip-slip entry, reporting the entry and the media it could not give', async () => {
    const folder = await scratch();
    await writeFile(
      join(folder, 'WhatsApp Chat - Evidence.zip'),
      buildZip([
        { name: '_chat.txt', data: chat },
        { name: '00000001-PHOTO.jpg', data: 'jpeg bytes' },
        { name: '../../00000002-PHOTO.jpg', data: 'climbing' },
      ]),
    );
    const { index, outcome } = await ingest(folder);
    expect(outcome.counts.recordsByKind['chat-message']).toBe(3);
    expect(outcome.counts.recordsByKind.attachment).toBe(1);
    const [conversation] = await index.conversations(null);
    expect(conversation?.title).toBe('Evidence');
    const messages = outcome.errors.map((error) => `${error.severity} ${error.locator}: ${error.message}`);
    expect(messages.some((message) => /^error \.\.\/\.\.\/00000002-PHOTO\.jpg: .*zip-slip/.test(message))).toBe(true);
    expect(messages.some((message) => /^error line 3: "00000002-PHOTO\.jpg" is in the export but cannot be read/.test(message))).toBe(true);
  });

  it('names a damaged zip, reads a zip of documents as the folder it is, and reads the next file', async () => {
    const folder = await scratch();
    const good = buildZip([{ name: '_chat.txt', data: chat }]);
    await writeFile(join(folder, 'a-truncated.zip'), good.subarray(0, good.length - 30));
    await writeFile(join(folder, 'b-documents.zip'), buildZip([{ name: 'minutes.docx', data: 'x' }, { name: 'notes/plan.txt', data: 'This is the plan.' }, { name: 'photo.jpg', data: 'jpeg' }]));
    await writeFile(join(folder, 'c-chat.txt'), chat);
    const { index, outcome } = await ingest(folder);
    expect(outcome.counts.recordsByKind['chat-message']).toBe(3);
    const truncated = outcome.errors.find((error) => error.path === 'a-truncated.zip');
    expect(truncated?.message).toMatch(/not a zip archive, or its end is missing|damaged/);
    // Each file of the archive is a record in the archive's folder: the text file read, the
    // "docx" that is not one named as unreadable, the photo an image record waiting for OCR.
    expect(outcome.counts.recordsByKind.document).toBe(3);
    const inArchive = await index.search(indexQuery({ phrase: 'the plan', pageSize: 5 }));
    const [plan] = await index.getRecords(inArchive.hits.map((hit) => hit.id));
    expect(plan?.locations[0]).toMatchObject({ path: 'b-documents.zip', locator: 'notes/plan.txt', folder: 'b-documents.zip/notes' });
    const archiveProblems = outcome.errors.filter((error) => error.path === 'b-documents.zip').map((error) => `${error.severity} ${error.locator}: ${error.message}`);
    expect(archiveProblems.some((problem) => /^error minutes\.docx: Text not read/.test(problem))).toBe(true);
    expect(archiveProblems.filter((problem) => /photo\.jpg/.test(problem))).toEqual([]);
    expect((await index.ocrWaiting()).length).toBe(1);
  });

  it('indexes a 100 MB single-line message in bounded time, its text cut with a warning', async () => {
    const folder = await scratch();
    const long = `[01/02/2021, 10:00:00] Ann: ${'word '.repeat(20 * 1024 * 1024)}\n[01/02/2021, 10:05:00] Bob: after the long one\n`;
    await writeFile(join(folder, '_chat.txt'), long);
    const started = performance.now();
    const { index, outcome } = await ingest(folder);
    expect(performance.now() - started).toBeLessThan(60_000);
    expect(outcome.counts.recordsByKind['chat-message']).toBe(2);
    expect(outcome.errors.some((error) => error.locator === 'line 1' && /cut to the first/.test(error.message))).toBe(true);
    const [conversation] = await index.conversations(null);
    const day = await index.conversationDay(conversation!.key, null);
    expect(day?.lines[1]?.text).toBe('after the long one');
  }, 120_000);
});
