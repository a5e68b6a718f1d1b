/**
 * Turns bytes in a declared charset into text. Mail declares charsets with every label ever
 * invented (ANSI_X3.4-1968 from Enron's Lotus gateway, ks_c_5601-1987 from Outlook, x-mac-* from
 * old Macs), and often declares the wrong one: 'us-ascii' over UTF-8 or windows-1252 bytes. So
 * labels are normalised first, and when a label cannot be honoured the bytes are read as UTF-8 if
 * they are valid UTF-8, else as windows-1252, which never fails and is right for most old mail.
 *
 * iconv-lite covers nearly everything; Node's ICU TextDecoder covers the stateful Japanese
 * encodings (iso-2022-jp) that iconv-lite lacks.
 */
import { Buffer, isUtf8 } from 'node:buffer';
import { TextDecoder } from 'node:util';
import iconv from 'iconv-lite';

/** The result of decoding: the text, and a problem sentence when the label could not be honoured. */
export type DecodedText = { text: string; problem: string | null };

/** Labels that say "we do not know"; read with the fallback, without calling it a problem. */
const UNSPECIFIED = new Set(['', 'unknown', 'unknown-8bit', 'x-unknown', 'default', 'none', '8bit', 'x-user-defined']);

const ASCII = new Set([
  'us-ascii', 'ascii', 'ansi_x3.4-1968', 'ansi_x3.4-1986', 'iso646-us', 'iso_646.irv:1991', 'us', '646',
  'cp367', 'ibm367', 'csascii', 'iso-ir-6', 'us_ascii', 'usascii', '7bit',
]);

/** ISO-8859-1 as mail means it: the C1 range is windows-1252 in practice (as WHATWG decoders do). */
const LATIN1 = new Set(['iso-8859-1', 'latin1', 'latin-1', 'l1', 'iso-ir-100', 'cp819', 'ibm819', 'csisolatin1', 'iso_8859-1:1987']);

const ALIASES: Record<string, string> = {
  utf8: 'utf-8',
  'unicode-1-1-utf-8': 'utf-8',
  'x-unicode20utf8': 'utf-8',
  'unicode-2-0-utf-8': 'utf-8',
  'utf-7': 'utf7',
  'x-utf-7': 'utf7',
  'unicode-1-1-utf-7': 'utf7',
  'unicode-2-0-utf-7': 'utf7',
  'x-unicode-2-0-utf-7': 'utf7',
  csunicode11utf7: 'utf7',
  'ks_c_5601-1987': 'cp949',
  'ks_c_5601-1989': 'cp949',
  ks_c_5601: 'cp949',
  ksc5601: 'cp949',
  ksc_5601: 'cp949',
  'euc-kr': 'cp949',
  euckr: 'cp949',
  korean: 'cp949',
  uhc: 'cp949',
  'windows-949': 'cp949',
  gb2312: 'gbk',
  'gb_2312-80': 'gbk',
  'euc-cn': 'gbk',
  'x-gbk': 'gbk',
  'x-euc-cn': 'gbk',
  'windows-936': 'gbk',
  'windows-31j': 'cp932',
  'x-sjis': 'shift_jis',
  sjis: 'shift_jis',
  'shift-jis': 'shift_jis',
  ms_kanji: 'shift_jis',
  'x-ms-cp932': 'cp932',
  'big5-hkscs': 'big5hkscs',
  'x-x-big5': 'big5',
  'cn-big5': 'big5',
  'windows-950': 'cp950',
  'iso-8859-8-i': 'iso-8859-8',
  'iso-8859-6-i': 'iso-8859-6',
  'iso-8859-8-e': 'iso-8859-8',
  'iso-8859-6-e': 'iso-8859-6',
  'tis-620': 'tis620',
  'x-mac-roman': 'macroman',
  'x-mac-cyrillic': 'maccyrillic',
  'x-mac-ukrainian': 'macukraine',
  'x-mac-greek': 'macgreek',
  'x-mac-turkish': 'macturkish',
  'x-mac-icelandic': 'maciceland',
  'x-mac-croatian': 'maccroatian',
  'x-mac-romanian': 'macromania',
  'x-mac-thai': 'macthai',
  'x-mac-ce': 'maccenteuro',
  'x-mac-centraleurope': 'maccenteuro',
  'x-mac-centeuro': 'maccenteuro',
  // Approximations: the old Mac CJK encodings are close supersets of these.
  'x-mac-japanese': 'shift_jis',
  'x-mac-korean': 'cp949',
  'x-mac-chinesetrad': 'big5',
  'x-mac-chinesesimp': 'gbk',
  'csiso2022jp': 'iso-2022-jp',
  'iso-2022-jp-1': 'iso-2022-jp',
  'iso-2022-jp-2': 'iso-2022-jp',
  'iso-2022-jp-3': 'iso-2022-jp',
  'x-cp50220': 'iso-2022-jp',
  'x-cp50221': 'iso-2022-jp',
  'x-cp50222': 'iso-2022-jp',
  'cp-850': 'cp850',
  'cp-866': 'cp866',
  'koi8r': 'koi8-r',
  'koi8u': 'koi8-u',
};

const WINDOWS_CODE_PAGE = /^(?:x-)?(?:windows|win|cp|ms|ibm)[-_ ]?(\d{3,5})$/;
const ISO_8859 = /^iso[-_ ]?8859[-_ ]?(\d{1,2})(?::\d{4})?$/;

/**
 * A canonical name for a charset label: 'utf-8', 'us-ascii', 'windows-1252' (for ISO-8859-1 too),
 * or a name iconv-lite or TextDecoder understands. Returns '' for labels that mean "unknown".
 * It does not check that the charset exists; see decodeCharset.
 */
export function normaliseCharset(label: string): string {
  let name = label.trim().replace(/^["']+|["']+$/g, '').toLowerCase();
  // RFC 2231 language suffix ('utf-8*en') and stray parameters ('utf-8; format=flowed').
  name = name.replace(/[*;].*$/, '').trim();
  if (UNSPECIFIED.has(name)) {
    return '';
  }
  if (ASCII.has(name)) {
    return 'us-ascii';
  }
  if (LATIN1.has(name)) {
    return 'windows-1252';
  }
  const alias = ALIASES[name];
  if (alias !== undefined) {
    return alias;
  }
  const iso = ISO_8859.exec(name);
  if (iso) {
    return iso[1] === '1' ? 'windows-1252' : `iso-8859-${iso[1]}`;
  }
  const windows = WINDOWS_CODE_PAGE.exec(name);
  if (windows) {
    const page = windows[1] ?? '';
    if (page === '65001') {
      return 'utf-8';
    }
    if (page === '20127') {
      return 'us-ascii';
    }
    if (page === '28591') {
      return 'windows-1252';
    }
    if (page === '50220' || page === '50221' || page === '50222') {
      return 'iso-2022-jp';
    }
    return page.startsWith('125') ? `windows-${page}` : `cp${page}`;
  }
  if (name.startsWith('x-mac-')) {
    return `mac${name.slice(6)}`;
  }
  return name;
}

/** True when every byte is below 0x80. */
export function isAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) {
    if ((bytes[i] ?? 0) >= 0x80) {
      return false;
    }
  }
  return true;
}

function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/**
 * The fallback reading for undeclared or unusable charsets: ASCII as is, valid UTF-8 as UTF-8,
 * anything else as windows-1252 (which maps every byte to a character).
 */
export function decodeUtf8OrWindows1252(bytes: Uint8Array): string {
  const buffer = asBuffer(bytes);
  if (isAscii(buffer)) {
    return buffer.toString('latin1');
  }
  if (isUtf8(buffer)) {
    return stripBom(buffer.toString('utf8'));
  }
  return iconv.decode(buffer, 'windows-1252');
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function textDecoderFor(name: string): TextDecoder | null {
  try {
    return new TextDecoder(name);
  } catch {
    return null;
  }
}

/**
 * Decodes bytes declared to be in `label`. Never throws: an unknown label gives the fallback
 * reading (UTF-8 when valid, else windows-1252) and a problem naming the label.
 */
export function decodeCharset(bytes: Uint8Array, label: string): DecodedText {
  const name = normaliseCharset(label);
  const buffer = asBuffer(bytes);
  if (name === '' || name === 'us-ascii') {
    // 'us-ascii' is the default and is routinely wrong; 8-bit bytes get the fallback reading.
    return { text: decodeUtf8OrWindows1252(buffer), problem: null };
  }
  if (name === 'utf-8') {
    if (isAscii(buffer)) {
      return { text: buffer.toString('latin1'), problem: null };
    }
    const valid = isUtf8(buffer);
    return { text: stripBom(buffer.toString('utf8')), problem: valid ? null : 'declared UTF-8 but holds invalid bytes; they read as U+FFFD' };
  }
  if (name === 'windows-1252' && isAscii(buffer)) {
    return { text: buffer.toString('latin1'), problem: null };
  }
  try {
    if (iconv.encodingExists(name)) {
      return { text: iconv.decode(buffer, name), problem: null };
    }
  } catch {
    // iconv-lite throws on some malformed labels; fall through to the other decoders.
  }
  const decoder = textDecoderFor(name);
  if (decoder) {
    return { text: decoder.decode(buffer), problem: null };
  }
  return {
    text: decodeUtf8OrWindows1252(buffer),
    problem: `unknown charset "${label.trim()}"; read as ${isAscii(buffer) || isUtf8(buffer) ? 'UTF-8' : 'windows-1252'}`,
  };
}
