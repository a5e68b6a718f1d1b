/**
 * Finding a file an MMS carried in its backup: the locator grammar, and a read that stops at the
 * message it wants (a backup of gigabytes is never read past it). Reading back through
 * readOriginalBytes, against the corpus, is tested in original-bytes.test.ts.
 */
import type { FileHandle } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { backupPartBytes, closeBackupReaders, SmsBackupCursor, smsPartBytes, smsPartLocator } from '../../../../../main/core/review/sms-part-bytes.js';
import { tempFolder } from '../../../../support/corpus.js';

/** A stand-in for an open backup: `head`, then `sms` copies of one <sms> in 64 KiB chunks, counting the chunks pulled. */
function backup(head: string, sms: number): { handle: FileHandle; pulled: () => number } {
  let pulled = 0;
  const line = '  <sms address="+15550000001" date="1721161760000" type="1" body="Later message" />\n';
  const block = line.repeat(Math.ceil((64 * 1024) / line.length));
  async function* chunks(): AsyncGenerator<Buffer> {
    pulled++;
    yield Buffer.from(head);
    for (let sent = 0; sent < sms; sent += block.length / line.length) {
      pulled++;
      yield Buffer.from(block);
    }
    yield Buffer.from('</smses>\n');
  }
  const handle = { createReadStream: () => Readable.from(chunks(), { objectMode: false, highWaterMark: 1 }) } as unknown as FileHandle;
  return { handle, pulled: () => pulled };
}

const GIF_BASE64 = Buffer.from('GIF89a', 'latin1').toString('base64');

describe('smsPartLocator', () => {
  it('reads the locators ingest gives MMS files, and nothing else', () => {
    expect(smsPartLocator('mms[3] part 1')).toEqual({ message: 'mms[3]', part: '1' });
    expect(smsPartLocator('mms[120] part 12')).toEqual({ message: 'mms[120]', part: '12' });
    expect(smsPartLocator('mms[3]')).toBeNull();
    expect(smsPartLocator('sms[3] part 1')).toBeNull();
    expect(smsPartLocator('mms[0] part 1')).toBeNull();
    expect(smsPartLocator('mms[3] part 0')).toBeNull();
    expect(smsPartLocator('mms[3] part 1 part 1')).toBeNull();
    expect(smsPartLocator('offset 1234 part 2')).toBeNull();
    expect(smsPartLocator('line 12 part 1')).toBeNull();
  });
});

describe('smsPartBytes', () => {
  it('stops reading at the message it wants', async () => {
    const head = [
      "<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>",
      '<smses>',
      '  <mms date="1721161764000" msg_box="1" address="+15550000003">',
      `    <parts><part seq="0" ct="image/gif" name="photo.gif" data="${GIF_BASE64}" /></parts>`,
      '  </mms>',
      '',
    ].join('\n');
    // About 64 MB of later messages: read whole, they would take a thousand chunks.
    const file = backup(head, 800_000);
    const found = await smsPartBytes(file.handle, { message: 'mms[1]', part: '1' }, 1024);
    expect(found).toEqual({ bytes: new Uint8Array(Buffer.from('GIF89a', 'latin1')) });
    expect(file.pulled()).toBeLessThan(5);
  });

  it('says what the backup lacks: the message, or a part with data', async () => {
    const head = '<?xml version="1.0"?>\n<smses>\n  <mms date="1" msg_box="1" address="1"><parts><part ct="image/png" name="a.png" data="!!" /></parts></mms>\n';
    expect(await smsPartBytes(backup(head, 10).handle, { message: 'mms[2]', part: '1' }, 1024)).toEqual({ changed: 'has no mms[2]' });
    expect(await smsPartBytes(backup(head, 10).handle, { message: 'mms[1]', part: '1' }, 1024)).toEqual({ changed: 'has no part 1 in mms[1] (it carries 0 files with readable data)' });
  });

  it('reads the photos of a run in one pass, goes back to the top only for a message behind it, and gives a second part of the same message', async () => {
    const photo = (text: string) => Buffer.from(`GIF89a${text}`, 'latin1').toString('base64');
    const mms = (index: number) =>
      `  <mms date="1" msg_box="1" address="1"><parts><part ct="image/gif" name="a.gif" data="${photo(`a${index}`)}" /><part ct="image/gif" name="b.gif" data="${photo(`b${index}`)}" /></parts></mms>\n`;
    const text = ['<?xml version="1.0"?>', '<smses>', ...Array.from({ length: 40 }, (_, index) => `${mms(index + 1)}  <sms address="1" date="1" type="1" body="between" />`), '</smses>'].join('\n');
    let opens = 0;
    let pulled = 0;
    const cursor = new SmsBackupCursor(() => {
      opens += 1;
      const bytes = Buffer.from(text);
      async function* chunks(): AsyncGenerator<Buffer> {
        for (let start = 0; start < bytes.length; start += 512) {
          pulled += 1;
          yield bytes.subarray(start, start + 512);
        }
      }
      return { chunks: chunks(), close: () => undefined };
    });
    const read = async (message: number, part: number) => {
      const found = await cursor.find({ message: `mms[${message}]`, part: String(part) }, 1024);
      return 'bytes' in found ? Buffer.from(found.bytes).toString('latin1') : found;
    };
    // In file order: one reader, and the file read once (its chunks pulled once each).
    for (const message of [2, 3, 10, 10, 25, 40]) {
      expect(await read(message, 1)).toBe(`GIF89aa${message}`);
    }
    expect(await read(40, 2)).toBe('GIF89ab40');
    expect(opens).toBe(1);
    const once = Math.ceil(Buffer.byteLength(text) / 512);
    expect(pulled).toBeLessThanOrEqual(once);
    // Behind the reader: from the top again.
    expect(await read(5, 2)).toBe('GIF89ab5');
    expect(opens).toBe(2);
    expect(await read(41, 1)).toEqual({ changed: 'has no mms[41]' });
    expect(await read(6, 1)).toBe('GIF89aa6');
    expect(opens).toBe(3);
    cursor.close();
  });

  it('keeps a reader per backup file while it is the same file, and closes idle readers on request', async () => {
    const scratch = await tempFolder();
    try {
      const gif = (text: string) => Buffer.from(`GIF89a${text}`, 'latin1').toString('base64');
      const message = (text: string) => `  <mms date="1" msg_box="1" address="1"><parts><part ct="image/gif" name="a.gif" data="${gif(text)}" /></parts></mms>\n`;
      const file = join(scratch.path, 'sms.xml');
      await writeFile(file, `<?xml version="1.0"?>\n<smses>\n${message('one')}${message('two')}</smses>\n`);
      const text = async (identity: string, index: number) => {
        const found = await backupPartBytes(file, identity, { message: `mms[${index}]`, part: '1' }, 1024);
        return 'bytes' in found ? Buffer.from(found.bytes).toString('latin1') : found;
      };
      expect(await text('v1', 1)).toBe('GIF89aone');
      expect(await text('v1', 2)).toBe('GIF89atwo');
      // The file was rewritten: a new identity reads it afresh.
      await writeFile(file, `<?xml version="1.0"?>\n<smses>\n${message('three')}</smses>\n`);
      expect(await text('v2', 1)).toBe('GIF89athree');
      expect(await text('v2', 2)).toEqual({ changed: 'has no mms[2]' });
      closeBackupReaders();
      expect(await text('v2', 1)).toBe('GIF89athree');
      closeBackupReaders();
    } finally {
      await scratch.cleanup();
    }
  });
});

