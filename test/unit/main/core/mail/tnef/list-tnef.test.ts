import { Buffer } from 'node:buffer';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { listTnefAttachments } from '../../../../../../main/core/mail/tnef/list-tnef.js';
import { corpusPath } from '../../../../../support/corpus.js';

const TNEF_DIR = corpusPath('email', 'mimekit', 'tnef');
const read = (name: string): Buffer => readFileSync(`${TNEF_DIR}/${name}`);

/** One TNEF attribute: level, id, length, data, checksum (sum of the data bytes). */
function attribute(level: number, id: number, data: Buffer): Buffer {
  const head = Buffer.alloc(9);
  head[0] = level;
  head.writeUInt32LE(id, 1);
  head.writeUInt32LE(data.length, 5);
  const checksum = Buffer.alloc(2);
  checksum.writeUInt16LE(data.reduce((sum, byte) => (sum + byte) & 0xffff, 0));
  return Buffer.concat([head, data, checksum]);
}

function stream(...attributes: Buffer[]): Buffer {
  const signature = Buffer.alloc(6);
  signature.writeUInt32LE(0x223e9f78);
  signature.writeUInt16LE(0x0001, 4);
  return Buffer.concat([signature, ...attributes]);
}

/** An attAttachment block holding PR_ATTACH_LONG_FILENAME as a PT_UNICODE value. */
function longFilenameProperties(name: string): Buffer {
  const text = Buffer.from(`${name}\u0000`, 'utf16le');
  const padded = Buffer.concat([text, Buffer.alloc((4 - (text.length % 4)) % 4)]);
  const head = Buffer.alloc(16);
  head.writeUInt32LE(2, 0); // two properties
  head.writeUInt16LE(0x0003, 4); // PT_LONG PR_ATTACH_METHOD first, to be skipped
  head.writeUInt16LE(0x3705, 6);
  head.writeUInt32LE(1, 8);
  head.writeUInt16LE(0x001f, 12);
  head.writeUInt16LE(0x3707, 14);
  const counts = Buffer.alloc(8);
  counts.writeUInt32LE(1, 0);
  counts.writeUInt32LE(text.length, 4);
  return Buffer.concat([head, counts, padded]);
}

const REND_DATA = 0x00069002;
const TITLE = 0x00018010;
const ATTACHMENT = 0x00069005;

describe('listTnefAttachments on MimeKit test files', () => {
  // The *.list files name what MimeKit's test finds among the parts it builds, including the
  // message body it synthesises (body.rtf / body.html / body.txt), which is not an attachment.
  const bodies = new Set(['body.rtf', 'body.html', 'body.txt']);
  const files = readdirSync(TNEF_DIR).filter((name) => name.endsWith('.tnef'));

  it('finds every attachment name listed in the matching .list file', () => {
    expect(files).toHaveLength(19);
    for (const file of files) {
      const expected = readFileSync(`${TNEF_DIR}/${file.replace(/\.tnef$/, '.list')}`, 'utf8')
        .split(/\r?\n/)
        .filter((name) => name !== '' && !bodies.has(name));
      const { names } = listTnefAttachments(read(file));
      for (const name of expected) {
        expect(names, `${file}: ${name}`).toContain(name);
      }
    }
  });

  it('lists names in stream order, preferring PR_ATTACH_LONG_FILENAME to the 8.3 title', () => {
    expect(listTnefAttachments(read('two-files.tnef'))).toEqual({ names: ['AUTHORS', 'README'], problems: [] });
    expect(listTnefAttachments(read('data-before-name.tnef')).names).toEqual(['AUTOEXEC.BAT', 'CONFIG.SYS', 'boot.ini']);
    expect(listTnefAttachments(read('attachments.tnef')).names).toEqual(['zappa_av1.jpg', 'bookmark.htm']);
    // The title is ALLPRO~1.DAT; the long name is what the tnef tool extracted.
    expect(listTnefAttachments(read('long-filename.tnef')).names).toEqual(['allproductsmar2000.dat']);
    expect(listTnefAttachments(read('unicode-mapi-attr-name.tnef')).names).toEqual(['spaconsole2.cfg', 'image001.png', 'image002.png', 'image003.png']);
    expect(listTnefAttachments(read('christmas.tnef')).names).toEqual([
      'kitten-playing-with-a-christmas-tree.jpg',
      'Untitled Attachment',
      'Untitled Attachment',
    ]);
  });

  it('names the files of missing-filenames.tnef as the tnef tool extracted them', () => {
    const names = listTnefAttachments(read('missing-filenames.tnef')).names;
    expect([...names].sort()).toEqual(readdirSync(`${TNEF_DIR}/missing-filenames`).filter((name) => name !== 'message.rtf').sort());
  });

  it('reports a damaged end and keeps the names read before it', () => {
    const garbage = listTnefAttachments(read('garbage-at-end.tnef'));
    expect(garbage.names).toEqual([]);
    expect(garbage.problems).toEqual(['stream ends inside an attribute header at byte 4183']);
    const panic = listTnefAttachments(read('panic.tnef'));
    expect(panic.names).toEqual(['image001.jpg', 'image002.jpg', 'image003.png']);
    expect(panic.problems).toEqual(['invalid attribute level 75 at byte 49862; the rest was skipped']);
  });
});

describe('listTnefAttachments on constructed streams', () => {
  it('takes the title, and the long file name over it when present', () => {
    const bytes = stream(
      attribute(2, REND_DATA, Buffer.alloc(14)),
      attribute(2, TITLE, Buffer.from('SHORT~1.TXT\u0000', 'latin1')),
      attribute(2, REND_DATA, Buffer.alloc(14)),
      attribute(2, TITLE, Buffer.from('LONGNA~1.DOC\u0000', 'latin1')),
      attribute(2, ATTACHMENT, longFilenameProperties('A long name, é.docx')),
    );
    expect(listTnefAttachments(bytes)).toEqual({ names: ['SHORT~1.TXT', 'A long name, é.docx'], problems: [] });
  });

  it('reports a length larger than what remains instead of reading past the end', () => {
    const whole = stream(attribute(2, REND_DATA, Buffer.alloc(14)), attribute(2, TITLE, Buffer.from('a.txt\u0000')));
    const cut = whole.subarray(0, whole.length - 3);
    const result = listTnefAttachments(cut);
    expect(result.names).toEqual([]);
    expect(result.problems[0]).toMatch(/attribute 0x18010 at byte 31 declares 6 bytes but only \d+ remain/);
    const huge = Buffer.from(whole);
    huge.writeUInt32LE(0xffffffff, 6 + 5);
    expect(listTnefAttachments(huge).problems[0]).toMatch(/declares 4294967295 bytes/);
  });

  it('never throws on any truncation of a real stream, on a bad property block or on non-TNEF bytes', () => {
    const real = read('unicode-mapi-attr-name.tnef');
    for (let end = 0; end < real.length; end += 97) {
      expect(() => listTnefAttachments(real.subarray(0, end))).not.toThrow();
    }
    const badBlock = stream(attribute(2, REND_DATA, Buffer.alloc(14)), attribute(2, ATTACHMENT, Buffer.from([5, 0, 0, 0, 0x1f, 0x00, 0x07, 0x37, 9, 9])));
    expect(listTnefAttachments(badBlock).problems).toEqual(['attachment properties end early at byte 8 of 10']);
    // A named property whose name length is above 2^31 (found by fuzzing).
    const named = Buffer.alloc(32);
    named.writeUInt32LE(1, 0);
    named.writeUInt16LE(0x001f, 4);
    named.writeUInt16LE(0x8001, 6);
    named.writeUInt32LE(1, 24); // MNID_STRING
    named.writeUInt32LE(0x90000000, 28);
    expect(listTnefAttachments(stream(attribute(2, REND_DATA, Buffer.alloc(14)), attribute(2, ATTACHMENT, named))).problems).toEqual([
      'attachment properties end early at byte 32 of 32',
    ]);
    expect(listTnefAttachments(Buffer.from('PK\u0003\u0004 not tnef'))).toEqual({ names: [], problems: ['not a TNEF stream (no 0x223E9F78 signature)'] });
  });

  it('counts checksum mismatches', () => {
    const bytes = stream(attribute(2, REND_DATA, Buffer.alloc(14)), attribute(2, TITLE, Buffer.from('x.txt\u0000')));
    bytes.writeUInt8(bytes.readUInt8(bytes.length - 1) ^ 0xff, bytes.length - 1);
    expect(listTnefAttachments(bytes)).toEqual({ names: ['x.txt'], problems: ['1 attribute checksum did not match'] });
  });
});
