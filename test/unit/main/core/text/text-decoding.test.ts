import { describe, expect, it } from 'vitest';
import { decodeText, detectionSample, guessEncoding, utf16Pattern, utf8Evidence } from '../../../../../main/core/text/text-decoding.js';

const latin1 = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'latin1'));

describe('decodeText', () => {
  it('follows byte-order marks and drops them', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x68, 0x69]))).toEqual({ text: 'hi', encoding: 'utf-8', basis: 'bom', truncated: false });
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x68, 0x00, 0x69, 0x00]))).toMatchObject({ text: 'hi', encoding: 'utf-16le', basis: 'bom' });
    expect(decodeText(new Uint8Array([0xfe, 0xff, 0x00, 0x68, 0x00, 0x69]))).toMatchObject({ text: 'hi', encoding: 'utf-16be', basis: 'bom' });
  });

  it('recognises BOM-less UTF-16 by its NULs before trying UTF-8 (ASCII in UTF-16 is valid UTF-8)', () => {
    const bytes = new Uint8Array(Buffer.from('Name\tValue\r\nalpha\t1\r\n', 'utf16le'));
    expect(decodeText(bytes)).toMatchObject({ text: 'Name\tValue\r\nalpha\t1\r\n', encoding: 'utf-16le', basis: 'utf-16-pattern' });
    expect(utf16Pattern(new Uint8Array(Buffer.from('Name\tValue', 'utf16le').swap16()))).toBe('utf-16be');
  });

  it('reads valid UTF-8 and plain ASCII as UTF-8', () => {
    expect(decodeText(new TextEncoder().encode('Grüße'))).toMatchObject({ text: 'Grüße', encoding: 'utf-8', basis: 'valid-utf-8' });
    expect(decodeText(latin1('plain'))).toMatchObject({ encoding: 'utf-8' });
  });

  it('keeps UTF-8 with a damaged byte among many good sequences as UTF-8', () => {
    const good = new TextEncoder().encode('Größe ä ö ü ß é è à ç ñ '.repeat(4));
    const bytes = new Uint8Array([...good, 0xff, ...good]);
    expect(decodeText(bytes)).toMatchObject({ encoding: 'utf-8', basis: 'mostly-utf-8' });
  });

  it('falls back to windows-1252 for a few Western 8-bit bytes', () => {
    expect(decodeText(latin1('\x93quoted\x94 and 5\x80'))).toMatchObject({ text: '“quoted” and 5€', encoding: 'windows-1252', basis: 'fallback' });
  });

  it('detects a legacy Cyrillic code page from the letters', () => {
    const cp1251 = latin1('\xcf\xf0\xe8\xe2\xe5\xf2, \xea\xe0\xea \xe4\xe5\xeb\xe0? \xdd\xf2\xee \xef\xf0\xee\xf1\xf2\xee\xe9 \xf2\xe5\xea\xf1\xf2 \xed\xe0 \xf0\xf3\xf1\xf1\xea\xee\xec \xff\xe7\xfb\xea\xe5.');
    expect(decodeText(cp1251)).toMatchObject({ text: 'Привет, как дела? Это простой текст на русском языке.', encoding: 'windows-1251', basis: 'detected' });
  });

  it('stops after maxChars without cutting a character in half', () => {
    const bytes = new TextEncoder().encode('ab€cd');
    expect(decodeText(bytes, { maxChars: 3 })).toMatchObject({ text: 'ab', truncated: true });
    expect(decodeText(bytes, { maxChars: 5 })).toMatchObject({ text: 'ab€', truncated: true });
    expect(decodeText(new Uint8Array(Buffer.from('\ufeffab😀c', 'utf16le')), { maxChars: 3 })).toMatchObject({ text: 'ab', truncated: true });
  });
});

describe('detection helpers', () => {
  it('counts UTF-8 sequences and stray bytes', () => {
    expect(utf8Evidence(new Uint8Array([0xc3, 0xa4, 0x41, 0xe2, 0x82, 0xac, 0xff, 0xc3]))).toEqual({ sequences: 2, invalid: 2 });
  });

  it('samples the stretches around non-ASCII bytes of a large file', () => {
    const bytes = new Uint8Array(1_000_000).fill(0x61);
    bytes.set(latin1(' \xe9t\xe9 '), 900_000);
    const sample = detectionSample(bytes, 1000);
    expect(sample.length).toBeLessThanOrEqual(3000);
    expect([...sample]).toContain(0xe9);
  });

  it('never picks EBCDIC or an encoding iconv-lite cannot decode', () => {
    expect(guessEncoding(latin1('\xc8\x85\x93\x93\x96')).encoding).not.toMatch(/^cp(037|500|1140|273|1026|875|424)$/);
  });
});
