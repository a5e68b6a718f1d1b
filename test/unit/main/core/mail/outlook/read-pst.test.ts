/**
 * readPst against the real stores in the shared corpus. Counts are compared with what
 * MANIFEST.tsv says readpst (libpst 0.6.76) found; where we differ, the comment says why.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusPath, tempFolder } from '../../../../../support/corpus.js';
import { readPst } from '../../../../../../main/core/mail/outlook/read-pst.js';
import type { PstItem } from '../../../../../../main/core/mail/outlook/read-pst.js';
import type { MailMessage } from '../../../../../../main/core/mail/mail-message.js';

const OUTLOOK = corpusPath('email', 'pst', 'aspose-email', 'Outlook.pst');
const OST = corpusPath('email', 'pst', 'aspose-email', 'SampleOstFile.ost');
const PASSWORD = corpusPath('email', 'pst', 'aspose-email', 'passwordprotectedPST.pst');
const CONTACTS = corpusPath('email', 'pst', 'aspose-email', 'PersonalStorageFile1.pst');
const FRENCH = corpusPath('email', 'pst', 'ingest-file', 'testPST.pst');
const ATTACH_AND_INLINE = corpusPath('email', 'pst', 'ruby-msg', 'attachAndInline.pst');
const MSG_IN_MSG = corpusPath('email', 'pst', 'ruby-msg', 'msgInMsg.pst');
const DIST_LIST = corpusPath('email', 'libpst', 'dist-list.pst');
const PASSWORDED = corpusPath('email', 'libpst', 'passworded.pst');

/** Each store is read once per run; the tests look at the items. */
const cache = new Map<string, PstItem[]>();
function itemsOf(path: string): PstItem[] {
  let items = cache.get(path);
  if (items === undefined) {
    items = [...readPst(path)];
    cache.set(path, items);
  }
  return items;
}

/** "folder path → kind → count", errors under the kind 'error'. */
function tally(items: PstItem[]): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  for (const item of items) {
    const folder = (out[item.folderPath.join('/')] ??= {});
    const kind = item.type === 'error' ? 'error' : item.itemKind;
    folder[kind] = (folder[kind] ?? 0) + 1;
  }
  return out;
}

function messages(items: PstItem[]): Array<{ locator: string; message: MailMessage }> {
  const out: Array<{ locator: string; message: MailMessage }> = [];
  for (const item of items) {
    if (item.type === 'message' && item.message !== null) {
      out.push({ locator: item.locator, message: item.message });
    }
  }
  return out;
}

function messageAt(path: string, locator: string): MailMessage {
  const found = messages(itemsOf(path)).find((entry) => entry.locator === locator);
  if (found === undefined) {
    throw new Error(`no message at ${locator}`);
  }
  return found.message;
}

function describedAt(path: string, locator: string): string {
  const item = itemsOf(path).find((entry) => entry.locator === locator);
  return item?.type === 'message' ? item.description : '';
}

describe('readPst: Outlook.pst (aspose-email)', () => {
  it('finds every item, folder by folder', () => {
    // readpst: 14 emails (Inbox, Sent Items), 1 vCard, 1 VEVENT, and "6 items skipped". The six
    // are folder-associated configuration items (2 in Inbox: RSS rule, message manager; 4 in
    // Calendar: calendar, availability, work-hours and time-zone settings), which we do not walk
    // either. The Freebusy item readpst writes nowhere; we count it as 'other'.
    expect(tally(itemsOf(OUTLOOK))).toEqual({
      'Top of Personal Folders/Inbox': { email: 8 },
      'Top of Personal Folders/Sent Items': { email: 6 },
      'Top of Personal Folders/Calendar': { calendar: 1 },
      'Top of Personal Folders/Contacts': { contact: 1 },
      'Freebusy Data': { other: 1 },
    });
  });

  it('reads 34 attachments: the 30 files readpst counts and 4 embedded messages', () => {
    // readpst writes the embedded messages as message/rfc822 parts without a disposition and
    // counts only the 30 file parts.
    const attachments = messages(itemsOf(OUTLOOK)).flatMap((entry) => entry.message.attachments);
    expect(attachments).toHaveLength(34);
    expect(attachments.filter((attachment) => attachment.message !== null)).toHaveLength(4);
    expect(attachments.filter((attachment) => attachment.content !== null)).toHaveLength(30);
  });

  it('reads sender, recipients, dates, ids and headers of a received message', () => {
    const message = messageAt(OUTLOOK, 'Top of Personal Folders/Inbox#2097700');
    expect(message.subject).toBe('message 1');
    expect(message.from).toEqual([{ name: 'Saqib Razzaq', address: 'saqib.razzaq@xp.local' }]);
    expect(message.to).toEqual([{ name: 'saqib.razzaq@xp.local', address: 'saqib.razzaq@xp.local' }]);
    expect(message.dateIso).toBe('2011-06-21T23:46:39.000Z');
    expect(message.dateRaw).toBe('Wed, 22 Jun 2011 04:46:39 +0500');
    expect(message.messageId).toBe('<000001cc306d$76f41d20$64dc5760$@razzaq@xp.local>');
    expect(message.text).toBe('This is first message\r\n\r\n');
    expect(message.html).toContain('This is first message');
    expect(message.headers.find((header) => header.name === 'Subject')?.value).toBe('message 1');
    expect(message.extra).toEqual({ 'outlook-message-class': 'IPM.Note' });
  });

  it('keeps the millisecond submit time of a sent copy, which has no transport headers', () => {
    const message = messageAt(OUTLOOK, 'Top of Personal Folders/Sent Items#2097220');
    expect(message.subject).toBe('message 1');
    expect(message.dateIso).toBe('2011-06-21T23:46:39.156Z');
    expect(message.dateRaw).toBe('');
    expect(message.headers).toEqual([]);
  });

  it('prefers long attachment names and hashes the bytes', () => {
    // The sent copy's 8.3 names are TEXTFI~1.TXT and BLUEHI~1.JPG.
    const message = messageAt(OUTLOOK, 'Top of Personal Folders/Sent Items#2097444');
    expect(message.attachments.map((attachment) => [attachment.partId, attachment.filename, attachment.contentType, attachment.size])).toEqual([
      ['att-0', 'text file.txt', 'text/plain', 29],
      ['att-1', 'Sunset.jpg', 'image/jpeg', 71189],
      ['att-2', 'Blue hills.jpg', 'image/jpeg', 28521],
    ]);
    for (const attachment of message.attachments) {
      expect(attachment.content).not.toBeNull();
      expect(attachment.sha256).toBe(createHash('sha256').update(attachment.content ?? new Uint8Array()).digest('hex'));
    }
  });

  it('parses embedded messages, which pst-extractor alone returns as null', () => {
    const message = messageAt(OUTLOOK, 'Top of Personal Folders/Inbox#2097540');
    expect(message.subject).toBe('this message contains embedded MSG');
    const embedded = message.attachments.map((attachment) => attachment.message);
    expect(embedded.map((inner) => inner?.subject)).toEqual(['message 1', 'message 2']);
    expect(embedded[0]?.text).toBe('This is first message\r\n\r\n');
    expect(embedded[0]?.from).toEqual([{ name: 'Saqib Razzaq', address: 'saqib.razzaq@xp.local' }]);
    expect(message.attachments[0]).toMatchObject({ contentType: 'application/vnd.ms-outlook', content: null, size: 0, sha256: '' });
  });

  it('marks images the HTML body shows by cid as inline', () => {
    const message = messageAt(OUTLOOK, 'Top of Personal Folders/Inbox#2097508');
    expect(message.attachments).toHaveLength(12);
    expect(message.attachments.every((attachment) => attachment.disposition === 'inline')).toBe(true);
    expect(message.attachments[0]?.contentId).toBe('image001.png@01CC3097.BF0BAC70');
  });

  it('describes the contact, the appointment and the free/busy item it does not make records of', () => {
    expect(describedAt(OUTLOOK, 'Top of Personal Folders/Contacts#2097796')).toBe('Saqib Razzaq — <saqib.razzaq@xp.local>');
    expect(describedAt(OUTLOOK, 'Top of Personal Folders/Calendar#2097860')).toBe('Weekly meeting — 2011-06-22T05:30:00.000Z — at Room 5');
    expect(describedAt(OUTLOOK, 'Freebusy Data#2097188')).toBe('IPM.Microsoft.ScheduleData.FreeBusy — LocalFreebusy');
  });

  it('reads the same from the file as from memory', () => {
    // Small stores are read into memory first; big ones from the file (maxInMemoryBytes).
    const summary = (items: PstItem[]): string[] =>
      items.map((item) => (item.type === 'error' ? `${item.locator} ${item.message}` : `${item.locator} ${item.description} ${item.message?.attachments.map((attachment) => attachment.sha256).join(',') ?? ''}`));
    expect(summary([...readPst(OUTLOOK, { maxInMemoryBytes: 0 })])).toEqual(summary(itemsOf(OUTLOOK)));
  });

  it('gives every item a unique locator, the same on every run', () => {
    const first = itemsOf(OUTLOOK).map((item) => item.locator);
    const second = [...readPst(OUTLOOK)].map((item) => item.locator);
    expect(second).toEqual(first);
    expect(new Set(first).size).toBe(first.length);
    expect(first.every((locator) => /^[^#]*#\d+$/.test(locator))).toBe(true);
  });
});

describe('readPst: SampleOstFile.ost (an offline store)', () => {
  it('finds the 87 emails readpst finds, in the same six folders, and the 5 calendar items', () => {
    // readpst counts meeting requests and the non-delivery report as emails too (6 + 1 of the 87);
    // its 5 VEVENTs are the 4 appointments in Deleted Items and the one in Calendar.
    expect(tally(itemsOf(OST))).toEqual({
      'Root - Mailbox/IPM_SUBTREE/Deleted Items': { email: 6, calendar: 4 },
      'Root - Mailbox/IPM_SUBTREE/Inbox': { email: 12 },
      'Root - Mailbox/IPM_SUBTREE/Inbox/sub1': { email: 25 },
      'Root - Mailbox/IPM_SUBTREE/Inbox/sub2': { email: 29 },
      'Root - Mailbox/IPM_SUBTREE/Sent Items': { email: 6 },
      'Root - Mailbox/IPM_SUBTREE/Calendar': { calendar: 1 },
      'Root - Mailbox/IPM_SUBTREE/Sync Issues': { email: 9 },
    });
    const classes = itemsOf(OST).flatMap((item) => (item.type === 'message' && item.itemKind === 'email' ? [item.messageClass] : []));
    expect(classes.filter((name) => name === 'IPM.Schedule.Meeting.Request')).toHaveLength(6);
    expect(classes.filter((name) => name.startsWith('REPORT.'))).toEqual(['REPORT.IPM.Note.NotSupportedICal.NDR']);
  });

  it('gives folder paths from the top folder the store holds', () => {
    const item = itemsOf(OST).find((entry) => entry.locator === 'Root - Mailbox/IPM_SUBTREE/Inbox/sub1#2174244');
    expect(item?.folderPath).toEqual(['Root - Mailbox', 'IPM_SUBTREE', 'Inbox', 'sub1']);
  });

  it('resolves Exchange senders to their SMTP address', () => {
    const message = messageAt(OST, 'Root - Mailbox/IPM_SUBTREE/Inbox#2176548');
    expect(message.subject).toBe('first email to saqib');
    expect(message.from).toEqual([{ name: 'Saqib Razzaq', address: 'saqib.razzaq@ex2010.local' }]);
    expect(message.to).toEqual([{ name: 'Saqib Razzaq', address: 'saqib.razzaq@ex2010.local' }]);
    expect(message.dateIso).toBe('2011-04-28T11:39:15.000Z');
  });

  it('reads a report with the returned message inside, and that message\'s own attachments', () => {
    const report = messageAt(OST, 'Root - Mailbox/IPM_SUBTREE/Inbox#2177572');
    expect(report.subject).toBe('Undeliverable: 05 - test email - single meeting request');
    expect(report.inReplyTo).toEqual(['<d839e7f7-aca3-4a02-9d5e-c19e05ba9ace@ex2010.ex2010.local>']);
    const returned = report.attachments[0]?.message;
    expect(returned?.subject).toBe('05 - test email - single meeting request');
    expect(returned?.attachments.map((attachment) => [attachment.filename, attachment.contentType, attachment.size])).toEqual([
      ['not supported calendar message.ics', 'text/calendar', 1053],
      // Declared application/octet-stream; the extension says more.
      ['Aspose.Netwrok for Java.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 12280],
    ]);
  });

  it('takes the text of an RTF-only body from the RTF, and keeps OLE objects as compound files', () => {
    const message = messageAt(OST, 'Root - Mailbox/IPM_SUBTREE/Inbox#2182916');
    expect(message.subject).toBe('RTF newsletter copy');
    expect(message.text).toContain('Celebrating 10,000 customers');
    expect(message.text).toContain('Danny Cooper, Aspose Texas Team Leader');
    expect(message.attachments.map((attachment) => attachment.filename)).toEqual(['ATT51928', 'ATT63152', 'ATT30864', 'ATT00580', 'ATT47502', 'ATT03825']);
    expect(Buffer.from(message.attachments[0]?.content ?? []).subarray(0, 4).toString('hex')).toBe('d0cf11e0');
  });

  it('reads the meeting request\'s attached invitation', () => {
    const message = messageAt(OST, 'Root - Mailbox/IPM_SUBTREE/Inbox#2181668');
    expect(message.extra['outlook-message-class']).toBe('IPM.Schedule.Meeting.Request');
    expect(message.attachments.map((attachment) => [attachment.filename, attachment.size])).toEqual([['Invitation.pdf', 10642]]);
  });
});

describe('readPst: the other stores', () => {
  it('opens the password-flagged store and finds its 18 emails', () => {
    // readpst: 18 emails, 26 attachment parts = 14 "rtf-body.rtf" parts it makes from RTF
    // bodies + 12 files. We return the 12 files and the 5 messages returned inside reports.
    const items = itemsOf(PASSWORD);
    expect(tally(items)).toEqual({ 'Top of Personal Folders/Deleted Items': { email: 14 }, 'Top of Personal Folders/Inbox': { email: 4 } });
    const attachments = messages(items).flatMap((entry) => entry.message.attachments);
    expect(attachments.filter((attachment) => attachment.content !== null)).toHaveLength(12);
    expect(attachments.filter((attachment) => attachment.message !== null)).toHaveLength(5);
    const chinese = messageAt(PASSWORD, 'Top of Personal Folders/Deleted Items#2097348');
    expect(chinese.subject).toBe('采购成本为何居高不下呢？');
    expect(chinese.attachments[0]).toMatchObject({ filename: '降低采购成本及供应商谈判技巧.doc', contentType: 'application/msword', size: 58368 });
  });

  it('counts the 72 contacts of a store that holds no email', () => {
    expect(tally(itemsOf(CONTACTS))).toEqual({ 'Top of Personal Folders/myInbox': { contact: 72 } });
  });

  it('keeps French folder names and decodes each message in its charset', () => {
    // readpst names this folder after the store ("hong-thai.nguyen"); the folder itself is
    // called as below. Its subfolder "Éléments supprimés" is empty.
    const items = itemsOf(FRENCH);
    expect(tally(items)).toEqual({ 'Début du fichier de données Outlook': { email: 6 } });
    const message = messageAt(FRENCH, 'Début du fichier de données Outlook#2097188');
    expect(message.subject).toBe('Re: Feature Generators');
    expect(message.from).toEqual([{ name: 'Jörn Kottmann', address: 'kottmann@gmail.com' }]);
    expect(message.dateRaw).toBe('Wed, 26 Feb 2014 08:50:04 +0100');
    expect(message.references).toEqual(['<CAJ+FrY6C_Hp_b-Pzx2VqUqnonx9Dei8kcXDV7j1wPT99mNKsuA@mail.gmail.com>']);
  });

  it('reads an inline image and a file attachment that has no MIME type', () => {
    // readpst lists 3 parts: it adds the RTF body as "rtf-body.rtf".
    const [entry] = messages(itemsOf(ATTACH_AND_INLINE));
    expect(entry?.message.subject).toBe('Attach and inline');
    expect(entry?.message.attachments.map((attachment) => [attachment.filename, attachment.contentType, attachment.disposition, attachment.size])).toEqual([
      ['attach.png', 'image/png', 'attachment', 1558],
      ['image001.png', 'image/png', 'inline', 809],
    ]);
    // The HTML exists only inside the RTF body.
    expect(entry?.message.html).toContain('cid:image001.png@01D78380.EF6DC500');
  });

  it('reads a message attached to a message, with its Japanese subject', () => {
    const [entry] = messages(itemsOf(MSG_IN_MSG));
    expect(entry?.message.subject).toBe('I have attachments!');
    const [inner, green] = entry?.message.attachments ?? [];
    expect(inner?.message?.subject).toBe('Microsoft Outlook テスト メッセージ');
    expect(inner?.message?.text).toContain('Microsoft Outlook から自動送信されたものです');
    expect(green).toMatchObject({ filename: 'green.png', size: 134 });
  });

  it('counts a distribution list, a contact and an appointment', () => {
    expect(tally(itemsOf(DIST_LIST))).toEqual({
      'Top of Personal Folders/Calendar': { calendar: 1 },
      'Top of Personal Folders/Contacts': { contact: 1, 'distribution-list': 1 },
      'Freebusy Data': { other: 1 },
    });
    expect(describedAt(DIST_LIST, 'Top of Personal Folders/Contacts#2097188')).toBe('test dist list');
    expect(describedAt(DIST_LIST, 'Top of Personal Folders/Contacts#2097252')).toBe('contact name 1 — <contact1@rjohnson.id.au>');
    expect(describedAt(DIST_LIST, 'Top of Personal Folders/Calendar#2097348')).toBe('Test appointment — 2016-08-02T15:00:00.000Z');
  });

  it('opens libpst\'s password-protected store: the password is not encryption', () => {
    expect(tally(itemsOf(PASSWORDED))).toEqual({
      'Top of Personal Folders/Contacts': { contact: 1, 'distribution-list': 1 },
      'Freebusy Data': { other: 1 },
    });
  });
});

describe('readPst: resuming and stopping', () => {
  it('skips up to and including the resume locator, and reads the rest', () => {
    const all = itemsOf(OUTLOOK);
    const resumeAt = all[4]?.locator ?? '';
    const rest = [...readPst(OUTLOOK, { skipUntil: resumeAt })];
    expect(rest.map((item) => item.locator)).toEqual(all.slice(5).map((item) => item.locator));
  });

  it('throws when the resume locator is not in the store, so that the caller reads it all again', () => {
    expect(() => [...readPst(OUTLOOK, { skipUntil: 'Nowhere#1' })]).toThrow(/resume point Nowhere#1 was not found/);
  });

  it('stops at the next item once the signal is aborted', () => {
    const controller = new AbortController();
    const seen: string[] = [];
    for (const item of readPst(OST, { signal: controller.signal })) {
      seen.push(item.locator);
      controller.abort();
    }
    expect(seen).toHaveLength(1);
  });
});

describe('readPst: damaged files', () => {
  let temp: { path: string; cleanup(): Promise<void> };
  beforeAll(async () => {
    temp = await tempFolder('foia-pst-');
  });
  afterAll(async () => {
    await temp.cleanup();
  });

  it('reports a truncated copy, then reads what the copy still holds', () => {
    // Outlook.pst's second half is unallocated space, so every item survives the cut.
    const bytes = readFileSync(OUTLOOK);
    const half = join(temp.path, 'half.pst');
    writeFileSync(half, bytes.subarray(0, bytes.length / 2));
    const items = [...readPst(half)];
    expect(items[0]).toEqual({
      type: 'error',
      locator: '#truncated',
      folderPath: [],
      message: 'the file is truncated: it has 1659392 of the 3318784 bytes its header declares; items stored in the missing part are reported as errors',
    });
    expect(items.slice(1).map((item) => item.locator)).toEqual(itemsOf(OUTLOOK).map((item) => item.locator));
  });

  it('throws a clear error when the cut removed the store\'s index', () => {
    const bytes = readFileSync(OST);
    const half = join(temp.path, 'half.ost');
    writeFileSync(half, bytes.subarray(0, bytes.length / 2));
    expect(() => [...readPst(half)]).toThrow(/not a readable Outlook store \(the file is truncated: it has 2040320 of the 4080640 bytes/);
  });

  it('turns items it cannot read into error items and carries on', () => {
    // 64 KiB of zeros over part of the store's data: some folders and items become unreadable.
    const bytes = Buffer.from(readFileSync(OUTLOOK));
    bytes.fill(0, 127645, 127645 + 65536);
    const damaged = join(temp.path, 'damaged.pst');
    writeFileSync(damaged, bytes);
    const items = [...readPst(damaged)];
    const errors = items.filter((item) => item.type === 'error');
    expect(errors.length).toBeGreaterThan(0);
    expect(items.filter((item) => item.type === 'message').length).toBeGreaterThan(0);
    for (const error of errors) {
      expect(error.locator).toMatch(/#\d+$/);
      expect(error.type === 'error' ? error.message : '').toMatch(/could not be read/);
    }
  });

  it('refuses a file that is not a store', () => {
    expect(() => [...readPst(corpusPath('email', 'msgreader', 'EmailWithAttachments.msg'))]).toThrow(/not a readable Outlook store: .*!BDN/);
  });
});
