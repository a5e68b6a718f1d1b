import { Buffer } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { decodeCharset, decodeUtf8OrWindows1252, normaliseCharset } from '../../../../../../main/core/mail/mime/charset.js';

describe('normaliseCharset', () => {
  it('maps the labels mail really uses onto decodable names', () => {
    expect(normaliseCharset('ANSI_X3.4-1968')).toBe('us-ascii');
    expect(normaliseCharset('US-ASCII')).toBe('us-ascii');
    expect(normaliseCharset('"utf8"')).toBe('utf-8');
    expect(normaliseCharset('ks_c_5601-1987')).toBe('cp949');
    expect(normaliseCharset('x-mac-cyrillic')).toBe('maccyrillic');
    expect(normaliseCharset('x-mac-roman')).toBe('macroman');
    expect(normaliseCharset('cp1252')).toBe('windows-1252');
    expect(normaliseCharset('ISO-8859-1')).toBe('windows-1252');
    expect(normaliseCharset('iso8859_15')).toBe('iso-8859-15');
    expect(normaliseCharset('unicode-1-1-utf-7')).toBe('utf7');
    expect(normaliseCharset('utf-8*en')).toBe('utf-8');
    expect(normaliseCharset('x-unknown')).toBe('');
  });
});

describe('decodeCharset', () => {
  it('decodes single-byte, multi-byte and stateful charsets', () => {
    expect(decodeCharset(Buffer.from('dbcfd3d4c9ca', 'hex'), 'koi8-r').text).toBe('шостий');
    expect(decodeCharset(Buffer.from('93637572766564942096', 'hex'), 'windows-1252').text).toBe('\u201ccurved\u201d \u2013');
    // "案字" in ISO-2022-JP (iconv-lite lacks it; Node's ICU decoder supplies it).
    expect(decodeCharset(Buffer.from('1b244230463b7a1b2842', 'hex'), 'ISO-2022-JP').text).toBe('案字');
    expect(decodeCharset(Buffer.from('c7d1b1b9beee', 'hex'), 'ks_c_5601-1987').text).toBe('한국어');
    expect(decodeCharset(Buffer.from('8ff0e8e2e5f2', 'hex'), 'x-mac-cyrillic').text).toBe('Привет');
    expect(decodeCharset(Buffer.from('Hi +AKM-1', 'latin1'), 'unicode-1-1-utf-7').text).toBe('Hi £1');
  });

  it('reads ISO-8859-1 C1 bytes as windows-1252, as mail means them', () => {
    expect(decodeCharset(Buffer.from([0x93, 0x61, 0x94]), 'iso-8859-1').text).toBe('\u201ca\u201d');
  });

  it('reads undeclared 8-bit bytes in us-ascii as UTF-8 when valid, else windows-1252', () => {
    expect(decodeCharset(Buffer.from('café', 'utf8'), 'us-ascii').text).toBe('café');
    expect(decodeCharset(Buffer.from([0x63, 0x61, 0x66, 0xe9]), 'us-ascii').text).toBe('café');
    expect(decodeCharset(Buffer.from([0x63, 0x61, 0x66, 0xe9]), 'us-ascii').problem).toBeNull();
  });

  it('names an unknown charset in a problem and falls back', () => {
    const utf8 = decodeCharset(Buffer.from('naïve', 'utf8'), 'x-klingon');
    expect(utf8.text).toBe('naïve');
    expect(utf8.problem).toContain('x-klingon');
    const legacy = decodeCharset(Buffer.from([0x6e, 0x61, 0xef, 0x76, 0x65]), 'x-klingon');
    expect(legacy.text).toBe('naïve');
    expect(legacy.problem).toContain('windows-1252');
  });

  it('keeps a declared UTF-8 but reports bytes that are not UTF-8', () => {
    const result = decodeCharset(Buffer.from([0x63, 0x61, 0x66, 0xe9]), 'utf-8');
    expect(result.text).toBe('caf\ufffd');
    expect(result.problem).toBe('declared UTF-8 but holds invalid bytes; they read as U+FFFD');
  });

  it('never throws on odd labels', () => {
    for (const label of ['', '***', "utf-8'en'", 'iso-8859-99', '\u0000', 'x-mac-nothing']) {
      expect(() => decodeCharset(Buffer.from('abc'), label)).not.toThrow();
    }
  });
});

describe('decodeUtf8OrWindows1252', () => {
  it('is the reading used for raw 8-bit header bytes', () => {
    expect(decodeUtf8OrWindows1252(Buffer.from('Müller', 'utf8'))).toBe('Müller');
    expect(decodeUtf8OrWindows1252(Buffer.from([0x4d, 0xfc, 0x6c, 0x6c, 0x65, 0x72]))).toBe('Müller');
  });
});
