import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../../../shared/errors.js';
import { DEFAULT_MAX_VALUE_CHARS, readSmsBackup, type SmsBackupItem, type SmsBackupOptions } from '../../../../../../main/core/chat/sms/read-sms-backup.js';
import { corpusPath } from '../../../../../support/corpus.js';
import { collect, fileChunks, hugeInput, textChunks } from '../mapped/chunks.js';

const LA = 'America/Los_Angeles';

function sms(file: string, options: Partial<SmsBackupOptions> = {}, chunkSize = 64 * 1024) {
  return collect(readSmsBackup(fileChunks(corpusPath('chat', 'sms', file), chunkSize), { timeZone: LA, ...options }));
}

function xml(body: string, options: Partial<SmsBackupOptions> = {}) {
  return collect(readSmsBackup(textChunks(`<?xml version="1.0" encoding="UTF-8"?>\n${body}`), { timeZone: 'UTC', ...options }));
}

function byLocator(items: SmsBackupItem[], locator: string): SmsBackupItem {
  const item = items.find((candidate) => candidate.locator === locator);
  if (!item) {
    throw new Error(`no item ${locator}`);
  }
  return item;
}

describe('readSmsBackup on the corpus', () => {
  it('reads the truncated sms_and_mms.xml up to the cut and names where it stops', async () => {
    const { items, problems, all } = await sms('sms-backup-reader-2/sms_and_mms.xml');
    // 41 <sms> and 9 <mms> start tags (grep); the count attribute claims 58.
    expect(items.filter((item) => item.locator.startsWith('sms[')).length).toBe(41);
    expect(items.filter((item) => item.locator.startsWith('mms[')).length).toBe(9);
    expect(items.map((item) => item.locator).slice(39, 43)).toEqual(['sms[40]', 'sms[41]', 'mms[1]', 'mms[2]']);
    expect(problems).toContainEqual({ locator: 'line 3', message: 'the backup says it holds 58 messages; 50 were read' });
    const cut = problems.find((problem) => problem.locator === 'line 136');
    expect(cut?.message).toMatch(/^the file ends at line 136 inside <parts> in <mms> in <smses>, in mms\[9\] \(begun on line 133\): it is cut short/);
    expect(problems).toContainEqual({ locator: 'mms[9]', message: 'the file ends inside this message: parts and addresses after the cut are missing (line 133)' });
    expect(problems).toHaveLength(3);
    // The last message read comes before the problem that says the file stops.
    expect(all.findIndex((output) => 'locator' in output && output.locator === 'mms[9]')).toBeLessThan(all.findIndex((output) => 'problem' in output && output.problem.locator === 'line 136'));
  });

  it('gives each sms its direction, parties and exact time (sms_and_mms.xml)', async () => {
    const { items } = await sms('sms-backup-reader-2/sms_and_mms.xml');
    const smsItems = items.filter((item) => item.locator.startsWith('sms['));
    // <sms … type="1"> 21 times, type="2" 20 times in the file.
    expect(smsItems.filter((item) => item.folder === 'inbox')).toHaveLength(21);
    expect(smsItems.filter((item) => item.folder === 'sent')).toHaveLength(20);
    expect(byLocator(items, 'sms[1]')).toMatchObject({
      conversation: 'Contact A',
      conversationId: '+15550000001',
      sender: 'Contact A',
      senderId: '+15550000001',
      recipients: [],
      // readable_date "Dec 2, 2017 06:49:27": the phone was on Pacific time.
      dateIso: '2017-12-02T06:49:27-08:00',
      dateRaw: '1512226167463',
      text: 'Body text 1',
      event: null,
    });
    expect(byLocator(items, 'sms[5]')).toMatchObject({
      folder: 'sent',
      sender: '',
      senderId: '',
      recipients: [{ name: 'Contact A', id: '+15550000001' }],
      dateIso: '2017-12-02T09:39:30-08:00',
    });
    expect(byLocator(items, 'sms[10]').text).toBe('Body text 10\nBody text 11\nBody text 12');
    expect(byLocator(items, 'sms[24]').text).toBe('Body text 26\n\nBody text 27');
    // Two contacts share the name "Contact B" with different numbers: the key keeps them apart.
    expect(new Set(items.filter((item) => item.conversation === 'Contact B').map((item) => item.conversationId))).toEqual(new Set(['+15550000003', '+15550000005']));
  });

  it('reads MMS parts, addresses and groups (sms_and_mms.xml)', async () => {
    const { items } = await sms('sms-backup-reader-2/sms_and_mms.xml');
    expect(byLocator(items, 'mms[1]')).toMatchObject({
      folder: 'inbox',
      sender: 'Contact D',
      senderId: '+15550000006',
      recipients: [{ name: '', id: '+15550000007' }],
      dateIso: '2024-07-14T15:53:13-07:00',
      text: 'Body text 45',
      attachments: [],
      inlineFiles: [],
    });
    // A sent MMS: the 137 address is the owner's own number, kept as the sender's id.
    expect(byLocator(items, 'mms[2]')).toMatchObject({ folder: 'sent', sender: '', senderId: '+15550000007', recipients: [{ name: 'Contact D', id: '+15550000006' }], text: 'Body text 46' });
    // An RCS group: the thread is the group id, the sender the 137 address, the rest recipients.
    expect(byLocator(items, 'mms[3]')).toMatchObject({
      conversation: 'group_8@rcs.google.com',
      conversationId: 'group_8@rcs.google.com',
      sender: '+15550000009',
      senderId: '+15550000009',
      recipients: [
        { name: '', id: '+15550000006' },
        { name: '', id: '+15550000010' },
        { name: '', id: '+15550000007' },
      ],
    });
    expect(byLocator(items, 'mms[6]').text).toBe('Body text 50\nBody text 51\nBody text 52\nBody text 53');
    const photo = byLocator(items, 'mms[7]');
    expect(photo).toMatchObject({ conversation: '+15550000011', text: 'Body text 54', attachments: ['image_8.png'], messageId: 'bcc6da4b4955a542f886ebb270107add' });
    expect(photo.inlineFiles).toHaveLength(1);
    expect(photo.inlineFiles[0]?.mimeType).toBe('image/png');
    expect(photo.inlineFiles[0]?.content?.byteLength).toBe(70);
    expect([...(photo.inlineFiles[0]?.content?.subarray(0, 4) ?? [])]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    // The SMIL layout part is not an attachment.
    expect(items.flatMap((item) => item.attachments).some((name) => name.includes('smil'))).toBe(false);
    // The cut group MMS keeps its three recipients and date but lost its text part.
    expect(byLocator(items, 'mms[9]')).toMatchObject({
      conversation: 'Contact E',
      conversationId: '+15550000009~+15550000012~+15550000013',
      folder: 'sent',
      text: '',
      recipients: [
        { name: '', id: '+15550000009' },
        { name: '', id: '+15550000012' },
        { name: '', id: '+15550000013' },
      ],
      dateIso: '2024-07-18T13:20:48-07:00',
    });
  });

  it('reads sms_small.xml whole and in 1-byte chunks alike', async () => {
    const whole = await sms('sms-backup-reader-2/sms_small.xml');
    expect(whole.items).toHaveLength(12);
    expect(whole.problems).toEqual([]);
    expect(new Set(whole.items.map((item) => item.conversation))).toEqual(new Set(['Contact A', 'Contact B', 'Contact C']));
    const bytewise = await sms('sms-backup-reader-2/sms_small.xml', {}, 1);
    expect(bytewise.items).toEqual(whole.items);
  });

  it('keeps sms and mms in file order (sample_small.xml)', async () => {
    const { items, problems } = await sms('sms-backup-reader-2/sample_small.xml');
    expect(problems).toEqual([]);
    expect(items.map((item) => item.locator)).toEqual(['sms[1]', 'sms[2]', 'sms[3]', 'mms[1]', 'sms[4]', 'sms[5]', 'mms[2]']);
    expect(items.map((item) => item.text)).toEqual([
      'SMS 1 in Thread 1',
      'SMS 2 in Thread 1',
      'SMS 3 in Thread 1',
      'MMS 1 text in Thread 1',
      'SMS 4 in Thread 2',
      'SMS 5 in Thread 2',
      'MMS 2 text in Thread 2',
    ]);
    // The hand-made sent MMS names the contact as 137; it is not taken for the owner's number.
    expect(items[6]).toMatchObject({ folder: 'sent', senderId: '', recipients: [{ name: 'Contact B', id: '+15550000002' }] });
  });

  it('decodes every attachment type of sample_mms.xml with its bytes', async () => {
    const { items, problems } = await sms('sample_mms.xml'.replace(/^/, 'sms-backup-reader-2/'));
    expect(problems).toEqual([]);
    expect(items.map((item) => item.inlineFiles.map((file) => [file.name, file.mimeType, file.content?.byteLength]))).toEqual([
      [['image.png', 'image/png', 70]],
      [['video.mp4', 'video/mp4', 42]],
      [['audio.mp3', 'audio/mp3', 56]],
      [['document.pdf', 'application/pdf', 139]],
    ]);
    expect(items.map((item) => item.text)).toEqual(['Here is an image attachment', 'Here is a video attachment', 'Here is an audio attachment', 'Here is a PDF attachment']);
    expect(new TextDecoder().decode(items[3]?.inlineFiles[0]?.content?.subarray(0, 5))).toBe('%PDF-');
  });

  it('keeps a part with broken base64 without bytes and says why (corrupt_attachments.xml)', async () => {
    const { items, problems } = await sms('sms-backup-reader-2/corrupt_attachments.xml');
    expect(items).toHaveLength(2);
    expect(items[0]).toMatchObject({ text: 'MMS with corrupted base64 image data', attachments: ['corrupt_image.png'], inlineFiles: [{ name: 'corrupt_image.png', mimeType: 'image/png', content: null }] });
    expect(items[1]?.inlineFiles).toEqual([{ name: 'corrupt.file', mimeType: 'application/x-corrupt', content: null }]);
    expect(problems).toEqual([
      { locator: 'mms[1]', message: 'part "corrupt_image.png" (line 7): its data is not valid base64 (5 character(s) outside base64 ("-", "!")); the file is kept without its bytes' },
      { locator: 'mms[2]', message: 'part "corrupt.file" (line 18): its data is not valid base64 (5 character(s) outside base64 ("-", "!")); the file is kept without its bytes' },
    ]);
  });

  it('decodes only the files of the messages asked for, listing the others without bytes or problems', async () => {
    const { items, problems } = await sms('sms-backup-reader-2/sample_mms.xml', { decodeFilesOf: (locator) => locator === 'mms[3]' });
    expect(problems).toEqual([]);
    expect(items.map((item) => item.inlineFiles.map((file) => [file.name, file.content?.byteLength ?? null]))).toEqual([[['image.png', null]], [['video.mp4', null]], [['audio.mp3', 56]], [['document.pdf', null]]]);
    // The text is read whatever is asked: only files' bytes are left undecoded.
    expect(items[0]?.text).toBe('Here is an image attachment');
    const corrupt = await sms('sms-backup-reader-2/corrupt_attachments.xml', { decodeFilesOf: () => false });
    expect(corrupt.problems).toEqual([]);
    expect(corrupt.items[0]?.inlineFiles).toEqual([{ name: 'corrupt_image.png', mimeType: 'image/png', content: null }]);
  });

  it('reads the minimal files (sms-backup-restore-parser)', async () => {
    const one = await sms('sms-backup-restore-parser/minimal_sms.xml', { timeZone: 'UTC' });
    expect(one.problems).toEqual([]);
    expect(one.items).toEqual([
      expect.objectContaining({ locator: 'sms[1]', conversation: 'Alice Smith', sender: 'Alice Smith', senderId: '+15551234567', dateIso: '2021-01-01T00:00:00+00:00', text: 'Happy New Year! This is a test message.' }),
    ]);
    const mms = await sms('sms-backup-restore-parser/minimal_mms.xml', { timeZone: 'UTC' });
    expect(mms.problems).toEqual([]);
    expect(mms.items[0]).toMatchObject({
      conversation: 'Alice Smith',
      sender: '+15559876543',
      recipients: [{ name: 'Alice Smith', id: '+15551234567' }],
      dateIso: '2021-01-02T00:00:00+00:00',
      text: 'Subject: Test MMS Subject\n\nHello from MMS!',
      attachments: ['image.jpg'],
      messageId: 'message001@example.com',
    });
    // Labelled image/jpeg, the bytes are a PNG: kept as the backup says, bytes untouched.
    expect(mms.items[0]?.inlineFiles[0]?.content?.byteLength).toBe(70);
  });

  it('names the line and column of malformed XML and reads on (malformed.xml)', async () => {
    const { items, problems } = await sms('sms-backup-restore-parser/malformed.xml');
    expect(problems[0]).toEqual({ locator: 'line 4, column 3', message: 'XML error: disallowed character in attribute name' });
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ text: 'This is fine', dateIso: null, dateRaw: 'bad' });
    expect(problems).toContainEqual({ locator: 'sms[1]', message: 'unreadable date "bad" (line 4)' });
    expect(problems.at(-1)?.message).toMatch(/^the file ends at line 5 inside <sms> in <smses>/);
  });
});

describe('readSmsBackup on hostile and unusual input', () => {
  it('does not expand entities declared in a DOCTYPE (billion laughs)', async () => {
    const lol = Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`).join('');
    const { items, problems } = await xml(`<!DOCTYPE smses [<!ENTITY lol0 "lol">${lol}]>\n<smses count="1"><sms address="1" date="1" type="1" body="&lol9;" /></smses>`);
    expect(items).toHaveLength(1);
    expect(items[0]?.text).toBe('&lol9;');
    expect(problems[0]).toEqual({ locator: 'line 2', message: 'the file declares entities in a DOCTYPE; they are not expanded (references to them stay as written)' });
    // saxes notices the reference at its closing ';', column 64.
    expect(problems).toContainEqual({ locator: 'line 3, column 64', message: 'XML error: undefined entity' });
  });

  it('never resolves an external entity', async () => {
    const { items, problems } = await xml('<!DOCTYPE smses [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n<smses><sms address="1" date="1" type="1" body="&xxe;" />&xxe;</smses>');
    expect(items[0]?.text).toBe('&xxe;');
    expect(problems.some((problem) => problem.message === 'XML error: undefined entity')).toBe(true);
    expect(JSON.stringify(items)).not.toContain('root:');
  });

  it('keeps memory bounded on a 100 MB attribute and reads the next message', async () => {
    const peak = { heapGrowth: 0 };
    const input = hugeInput('<smses count="2">\n<sms address="+1 555 000 0001" date="1609459200000" type="1" body="', 'abcdefgh', 100 * 1024 * 1024, '" contact_name="X"/>\n<sms address="+15550000001" date="1609459200000" type="2" body="after"/>\n</smses>\n', peak);
    const { items, problems } = await collect(readSmsBackup(input, { timeZone: 'UTC', maxValueChars: 1024 * 1024 }));
    expect(items.map((item) => [item.locator, item.text, item.conversationId])).toEqual([
      ['sms[1]', '', '+15550000001'],
      ['sms[2]', 'after', '+15550000001'],
    ]);
    expect(problems).toEqual([{ locator: 'sms[1]', message: `attribute "body" (line 2) is ${100 * 1024 * 1024} characters, over the limit of 1048576; left out` }]);
    expect(peak.heapGrowth).toBeLessThan(48 * 1024 * 1024);
  });

  it('bounds a 100 MB text run and an endless comment, with line numbers kept right', async () => {
    const peak = { heapGrowth: 0 };
    const input = hugeInput('<smses>\n<!--', 'x\n', 100 * 1024 * 1024, '-->\n<sms address="2" date="1" type="1" body="ok"/>\n<sms bad< />\n</smses>', peak);
    const { items, problems } = await collect(readSmsBackup(input, { timeZone: 'UTC', maxValueChars: 1024 * 1024 }));
    // saxes still makes an element of the broken tag; its text is empty.
    expect(items.map((item) => item.text)).toEqual(['ok', '']);
    expect(problems[0]).toEqual({ locator: 'line 2', message: `comment of ${100 * 1024 * 1024} characters is over the limit of 1048576; the rest was left out` });
    // The comment starts on line 2 and holds 52,428,800 newlines, so it ends on line 52,428,802;
    // the sms is on the next line and the broken tag on the one after: dropped newlines still count.
    const lineOfBrokenTag = 2 + (100 * 1024 * 1024) / 2 + 2;
    expect(problems.find((problem) => problem.message.startsWith('XML error'))?.locator).toMatch(new RegExp(`^line ${lineOfBrokenTag}, column \\d+$`));
    expect(peak.heapGrowth).toBeLessThan(48 * 1024 * 1024);
  });

  it('uses a 64 MiB bound by default', () => {
    expect(DEFAULT_MAX_VALUE_CHARS).toBe(64 * 1024 * 1024);
  });

  it('decodes emoji written as two character references, as older backups do', async () => {
    const body = 'smile &#55357;&#56832; bell&#7; &amp;#55357; lone &#xDE00;';
    const { items, problems } = await xml(`<smses><sms address="1" date="1" type="1" body="${body}" /></smses>\n`);
    // "&amp;#55357;" is text the sender typed and stays as it is; XML cannot carry a bell or half an emoji.
    expect(items[0]?.text).toBe('smile 😀 bell\uFFFD &#55357; lone \uFFFD');
    expect(problems).toEqual([
      { locator: 'line 2', message: '4 character reference(s) that XML does not allow were decoded (an emoji written as two halves, as older SMS Backup & Restore versions write it) or replaced with U+FFFD' },
    ]);
    // The same however the references are cut between chunks.
    const pieces = `<?xml version="1.0"?>\n<smses><sms address="1" date="1" type="1" body="${body}" /></smses>\n`.split('');
    const bytewise = await collect(readSmsBackup(textChunks(...pieces), { timeZone: 'UTC' }));
    expect(bytewise.items[0]?.text).toBe(items[0]?.text);
  });

  it('reads call-log backups as call events', async () => {
    const { items, problems } = await xml(
      [
        '<calls count="4">',
        '<call number="+15550000001" duration="65" date="1609459200000" type="1" contact_name="Alice" />',
        '<call number="5550000002" duration="0" date="1609459260000" type="3" contact_name="(Unknown)" />',
        '<call number="+15550000001" duration="12" date="1609459320000" type="2" contact_name="Alice" />',
        '<call number="+15550000003" duration="0" date="1609459380000" type="5" contact_name="Bob" />',
        '</calls>',
      ].join('\n'),
      { owner: { name: 'Officer Case', id: '+15559990000' } },
    );
    expect(problems).toEqual([]);
    expect(items.map((item) => [item.locator, item.folder, item.sender, item.text, item.event?.kind, item.event?.durationSeconds, item.dateIso])).toEqual([
      ['call[1]', 'calls', 'Alice', 'Incoming call', 'call', 65, '2021-01-01T00:00:00+00:00'],
      ['call[2]', 'calls', '5550000002', 'Missed call', 'missed-call', null, '2021-01-01T00:01:00+00:00'],
      ['call[3]', 'calls', 'Officer Case', 'Outgoing call', 'call', 12, '2021-01-01T00:02:00+00:00'],
      ['call[4]', 'calls', 'Bob', 'Rejected call', 'missed-call', null, '2021-01-01T00:03:00+00:00'],
    ]);
    expect(items[0]?.recipients).toEqual([{ name: 'Officer Case', id: '+15559990000' }]);
    expect(items[2]?.recipients).toEqual([{ name: 'Alice', id: '+15550000001' }]);
  });

  it('marks drafts and failed messages by folder and reports an unknown type', async () => {
    const { items, problems } = await xml(
      '<smses count="3"><sms address="1" date="1" type="3" body="never sent"/><sms address="1" date="1" type="5" body="failed"/><sms address="1" date="1" type="9" body="?"/></smses>',
    );
    expect(items.map((item) => [item.folder, item.sender, item.recipients.length])).toEqual([
      ['draft', '', 1],
      ['failed', '', 1],
      ['unknown', '', 0],
    ]);
    expect(problems).toEqual([{ locator: 'sms[3]', message: 'unknown sms type "9"; direction not known (line 2)' }]);
  });

  it('reads a file declared in another encoding', async () => {
    const bytes = Buffer.concat([
      Buffer.from('<?xml version="1.0" encoding="windows-1252"?>\n<smses><sms address="1" date="1" type="1" body="caf', 'latin1'),
      Buffer.from([0xe9, 0x20, 0x80]),
      Buffer.from('"/></smses>', 'latin1'),
    ]);
    const { items } = await collect(readSmsBackup((async function* () { yield bytes; })(), { timeZone: 'UTC' }));
    expect(items[0]?.text).toBe('café €');
  });

  it('reports a file that is not XML at all', async () => {
    const { items, problems } = await collect(readSmsBackup(textChunks('just text'), { timeZone: 'UTC' }));
    expect(items).toEqual([]);
    expect(problems.at(-1)).toEqual({ locator: 'line 1', message: 'no XML element found: this is not an SMS Backup & Restore backup' });
  });

  it('throws for a bad zone and when cancelled', async () => {
    await expect(collect(readSmsBackup(textChunks('<smses/>'), { timeZone: 'Mars/Olympus' }))).rejects.toThrow(AppError);
    const controller = new AbortController();
    controller.abort();
    await expect(collect(readSmsBackup(textChunks('<smses/>'), { timeZone: 'UTC', signal: controller.signal }))).rejects.toMatchObject({ code: 'cancelled' });
  });
});
