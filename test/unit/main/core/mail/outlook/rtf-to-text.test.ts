/** The RTF body helpers: LZFu decompression and the small RTF-to-text converter. */
import { readFileSync } from 'node:fs';
import MsgReaderModule from '@kenjiuno/msgreader';
import { describe, expect, it } from 'vitest';
import { corpusPath } from '../../../../../support/corpus.js';
import { decompressRtf } from '../../../../../../main/core/mail/outlook/decompress-rtf.js';
import { MAX_WORD_BYTES, rtfToText } from '../../../../../../main/core/mail/outlook/rtf-to-text.js';
import { MAX_TEXT_TOKEN_BYTES, rtfTokens } from '../../../../../../main/core/mail/outlook/rtf-tokens.js';

// Node hands over msgreader's exports object (class on `default`); vitest unwraps it.
type MsgReaderClass = typeof MsgReaderModule.default;
const MsgReader: MsgReaderClass = (MsgReaderModule as { default?: MsgReaderClass }).default ?? (MsgReaderModule as unknown as MsgReaderClass);

/** PR_RTF_COMPRESSED and PR_BODY of a corpus .msg, as msgreader reads them. */
function bodiesOf(name: string): { compressedRtf: Uint8Array; body: string } {
  const fields = new MsgReader(new Uint8Array(readFileSync(corpusPath('email', 'msgreader', name))).buffer).getFileData();
  if (fields.compressedRtf === undefined) {
    throw new Error(`${name} has no RTF body`);
  }
  return { compressedRtf: fields.compressedRtf, body: fields.body ?? '' };
}

function rtf(source: string): Uint8Array {
  return Buffer.from(source, 'latin1');
}

describe('decompressRtf', () => {
  it('decompresses an Outlook RTF body to the size its header declares', () => {
    const { compressedRtf } = bodiesOf('RtfSampleEmail.msg');
    const declared = new DataView(compressedRtf.buffer, compressedRtf.byteOffset).getUint32(4, true);
    const out = decompressRtf(compressedRtf);
    expect(out.length).toBe(declared);
    expect(Buffer.from(out.subarray(0, 6)).toString('latin1')).toBe('{\\rtf1');
  });

  it('rejects data that is not compressed RTF', () => {
    expect(() => decompressRtf(new Uint8Array(8))).toThrow(/shorter than its 16-byte header/);
    expect(() => decompressRtf(new Uint8Array(32).fill(7))).toThrow(/unknown type/);
  });
});

describe('rtfToText', () => {
  it('gives the same text as Outlook\'s own plain body, for RTF, HTML and text mail', () => {
    for (const name of ['RtfWithShortRussianString.msg', 'TxtSampleEmail.msg', 'EmailWithSpecialCharsInSubject_2.msg']) {
      const { compressedRtf, body } = bodiesOf(name);
      // No-break spaces differ between the two in both directions (Outlook turns some into spaces
      // in PR_BODY, and writes others as plain spaces in the RTF); everything else is the same.
      const spaced = (text: string): string => text.replaceAll('\u00a0', ' ');
      expect(spaced(rtfToText(decompressRtf(compressedRtf)).text)).toBe(spaced(body));
    }
  });

  it('de-encapsulates HTML (\\fromhtml1), decoding text in the font\'s code page', () => {
    const { compressedRtf } = bodiesOf('RtfWithShortRussianString.msg');
    const { html, truncated } = rtfToText(decompressRtf(compressedRtf));
    expect(truncated).toBe(false);
    expect(html.startsWith('<html xmlns:v="urn:schemas-microsoft-com:vml"')).toBe(true);
    expect(html).toContain('«Пароль» (');
  });

  it('decodes \\\'hh by the font charset or \\ansicpg, \\uN with its fallback, and DBCS pairs', () => {
    const cyrillic = '{\\rtf1\\ansi\\ansicpg1252{\\fonttbl{\\f0\\fcharset0 Arial;}{\\f1\\fcharset204 Arial;}}\\f1 \\\'cf\\\'f0\\\'e8\\f0  caf\\\'e9 \\u1087?\\u-4064?\\par}';
    expect(rtfToText(rtf(cyrillic)).text).toBe('При café п\uf020\r\n');
    // Shift-JIS: 82 A0 is あ; in 82 61 (Ｂ) the trail byte is written as a plain 'a'.
    expect(rtfToText(rtf("{\\rtf1\\ansi\\ansicpg932 \\'82\\'a0\\'82a}")).text).toBe('あＢ');
  });

  it('skips tables, document info, field instructions and unknown \\* destinations', () => {
    const source =
      '{\\rtf1{\\fonttbl{\\f0 Arial;}}{\\colortbl;\\red0\\green0\\blue0;}{\\stylesheet{\\s0 Normal;}}{\\info{\\title T}}' +
      '{\\*\\generator W;}{\\*\\unknown x}Hello {\\field{\\*\\fldinst HYPERLINK "http://x"}{\\fldrslt link}}\\~\\{a\\}\\tab b}';
    expect(rtfToText(rtf(source)).text).toBe('Hello link\u00a0{a}\tb');
  });

  it('separates encapsulated HTML from the RTF that only renders it', () => {
    const source =
      '{\\rtf1\\ansi\\fromhtml1 {\\*\\htmltag19 <html>}{\\*\\htmltag64 <p>}\\htmlrtf {\\htmlrtf0 A {\\*\\htmltag84 &amp;}\\htmlrtf &\\htmlrtf0  B' +
      '{\\*\\htmltag72 </p>}\\htmlrtf\\par}\\htmlrtf0 {\\*\\htmltag27 </html>}}';
    expect(rtfToText(rtf(source))).toEqual({ text: 'A & B\r\n', html: '<html><p>A &amp; B</p></html>', truncated: false, cutWords: 0 });
  });

  it('cuts a word longer than 1 MiB to its first MiB, across the line breaks RTF ignores, and reads on', () => {
    const half = 'y'.repeat(600_000);
    const content = rtfToText(rtf(`{\\rtf1\\ansi before ${half}\r\n${half}${half} after\\par second\\par}`));
    expect(content.text).toBe(`before ${'y'.repeat(MAX_WORD_BYTES)} after\r\nsecond\r\n`);
    expect(content).toMatchObject({ cutWords: 1, truncated: false });
    expect([...rtfTokens(rtf(`${'z'.repeat(MAX_WORD_BYTES + 5)} a`))].map((token) => (token.kind === 'text' ? token.bytes.length : token))).toEqual([
      ...Array.from({ length: MAX_WORD_BYTES / MAX_TEXT_TOKEN_BYTES }, () => MAX_TEXT_TOKEN_BYTES),
      { kind: 'cut', bytes: 5 },
      2,
    ]);
  });

  it('keeps what fits of a body longer than 16 Mi characters, and says it was cut', () => {
    const content = rtfToText(rtf(`{\\rtf1\\ansi ${'word '.repeat(4 * 1024 * 1024)}\\par}`));
    expect(content.truncated).toBe(true);
    expect(content.text).toHaveLength(16 * 1024 * 1024);
    expect(content.text.startsWith('word word ')).toBe(true);
  });

  it('decodes a long run in pieces without splitting a double-byte character', () => {
    const pairs = Buffer.alloc(3 * 600_000);
    for (let i = 0; i < pairs.length; i += 3) {
      pairs[i] = 0x82;
      pairs[i + 1] = 0xa0;
      pairs[i + 2] = 0x20;
    }
    const source = Buffer.concat([rtf('{\\rtf1\\ansi\\ansicpg932 '), pairs, rtf('}')]);
    expect(rtfToText(source).text).toBe('あ '.repeat(600_000));
  });

  it('survives nesting far deeper than any real document', () => {
    const deep = `{\\rtf1 ${'{'.repeat(100_000)}x${'}'.repeat(100_000)}}`;
    expect(rtfToText(rtf(deep)).text).toBe('x');
  });
});
