import { Buffer } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { decodeBase64 } from '../../../../../../main/core/mail/mime/base64.js';
import { decodeQEncoding, decodeQuotedPrintable } from '../../../../../../main/core/mail/mime/quoted-printable.js';
import { decodeTransferEncoding } from '../../../../../../main/core/mail/mime/transfer-encoding.js';
import { decodeUuencode } from '../../../../../../main/core/mail/mime/uuencode.js';

const text = (bytes: Uint8Array): string => Buffer.from(bytes).toString('latin1');

describe('decodeQuotedPrintable', () => {
  it('decodes escapes, joins soft breaks, keeps hard breaks as written', () => {
    expect(text(decodeQuotedPrintable(Buffer.from('caf=E9 =\r\nsuite\r\nnext=\nline\n')))).toBe('caf\xe9 suite\r\nnextline\n');
  });
  it('keeps a stray "=" and drops transport padding before line ends', () => {
    expect(text(decodeQuotedPrintable(Buffer.from('a=b 1+1=2 \t\r\nend=  \r\nx')))).toBe('a=b 1+1=2\r\nendx');
    expect(text(decodeQuotedPrintable(Buffer.from('ends with =')))).toBe('ends with ');
  });
});

describe('decodeQEncoding', () => {
  it('maps _ to space', () => {
    expect(text(decodeQEncoding('Keith_Moore=3F'))).toBe('Keith Moore?');
  });
});

describe('decodeBase64', () => {
  it('decodes across line breaks, with or without padding', () => {
    expect(text(decodeBase64(Buffer.from('SGVs\r\nbG8=\r\n')).bytes)).toBe('Hello');
    expect(text(decodeBase64(Buffer.from('SGVsbG8')).bytes)).toBe('Hello');
  });
  it('skips and counts garbage, flags a truncated group and data after padding', () => {
    const broken = decodeBase64(Buffer.from('SGVs*bG8=!!QQ'));
    expect(text(broken.bytes)).toBe('HelloA');
    expect(broken.invalidCharacters).toBe(3);
    expect(broken.dataAfterPadding).toBe(true);
    expect(decodeBase64(Buffer.from('SGVsbG8hQ')).truncated).toBe(true);
  });
});

describe('decodeUuencode', () => {
  it('decodes a begin/end block and reads its name', () => {
    const encoded = 'begin 644 cat.txt\n#0V%T\n`\nend\n';
    const result = decodeUuencode(Buffer.from(encoded));
    expect(text(result.bytes)).toBe('Cat');
    expect(result.filename).toBe('cat.txt');
    expect(result.sawEnd).toBe(true);
  });
});

describe('decodeTransferEncoding', () => {
  it('dispatches on the encoding name, any case', () => {
    expect(text(decodeTransferEncoding(Buffer.from('SGk='), ' BASE64 ').bytes)).toBe('Hi');
    expect(text(decodeTransferEncoding(Buffer.from('H=69'), 'Quoted-Printable').bytes)).toBe('Hi');
    expect(text(decodeTransferEncoding(Buffer.from('begin 600 x\n"2&D\n`\nend\n'), 'x-uuencode').bytes)).toBe('Hi');
    expect(decodeTransferEncoding(Buffer.from('Hi'), '8bit')).toEqual({ bytes: Buffer.from('Hi'), problem: null });
  });
  it('reports broken base64 and unknown encodings without losing bytes', () => {
    expect(decodeTransferEncoding(Buffer.from('SGk=%%%'), 'base64').problem).toMatch(/broken base64: 3 invalid characters/);
    const unknown = decodeTransferEncoding(Buffer.from('raw'), 'x-gzip64');
    expect(text(unknown.bytes)).toBe('raw');
    expect(unknown.problem).toContain('x-gzip64');
  });
});
