import { describe, expect, it } from 'vitest';
import { decodeEncodedWords } from '../../../../../../main/core/mail/mime/encoded-words.js';

describe('decodeEncodedWords', () => {
  it('decodes B and Q words', () => {
    expect(decodeEncodedWords('=?UTF-8?B?SGVsbG8gV8O2cmxk?=')).toBe('Hello Wörld');
    expect(decodeEncodedWords('=?iso-8859-1?q?Caf=E9_cr=E8me?=')).toBe('Café crème');
  });

  it('joins adjacent words separated by whitespace, keeps other text as written', () => {
    expect(decodeEncodedWords('=?utf-8?q?a?= =?utf-8?q?b?=')).toBe('ab');
    expect(decodeEncodedWords('=?utf-8?q?a?=\t =?iso-8859-1?q?b?=')).toBe('ab');
    expect(decodeEncodedWords('Re: =?utf-8?q?caf=C3=A9?= now')).toBe('Re: café now');
  });

  it('decodes a multi-byte character split across two words', () => {
    // "é" is C3 A9; the sender cut the word between the two bytes.
    expect(decodeEncodedWords('=?UTF-8?B?w6k=?= =?UTF-8?Q?=C3?= =?UTF-8?Q?=A9?=')).toBe('éé');
  });

  it('drops an RFC 2231 language tag from the charset', () => {
    expect(decodeEncodedWords('=?US-ASCII*EN?Q?Keith_Moore?=')).toBe('Keith Moore');
  });

  it('leaves malformed words as written', () => {
    expect(decodeEncodedWords('=?utf-8?B?###?=')).toBe('=?utf-8?B?###?=');
    expect(decodeEncodedWords('=?utf-8?X?abc?=')).toBe('=?utf-8?X?abc?=');
    expect(decodeEncodedWords('=?utf-8?q?unterminated')).toBe('=?utf-8?q?unterminated');
    expect(decodeEncodedWords('plain = text ?= no words')).toBe('plain = text ?= no words');
  });

  it('reports an unknown charset and decodes with the fallback', () => {
    const problems: string[] = [];
    expect(decodeEncodedWords('=?x-martian?Q?caf=C3=A9?=', problems)).toBe('café');
    expect(problems).toEqual([expect.stringContaining('x-martian')]);
  });

  it('decodes the ISO-2022-JP subject of MimeKit japanese.txt', () => {
    const subject =
      '=?ISO-2022-JP?B?GyRCRnxLXDhsJWEhPCVrJUYlOSVIGyhCICh0ZXN0aW5nIEph?= =?ISO-2022-JP?B?cGFuZXNlIGVtYWlscyk=?=';
    expect(decodeEncodedWords(subject)).toBe('日本語メールテスト (testing Japanese emails)');
  });
});
