/**
 * Windows code pages as Outlook records them: PR_MESSAGE_CODEPAGE / PR_INTERNET_CPID on an item,
 * \ansicpg and \fcharset in an RTF body. Outlook writes numbers (1252, 932, 65001, 20127…), not
 * the labels MIME uses, so this file maps the numbers onto decoders.
 *
 * Unknown or missing code pages never fail: the bytes are read as UTF-8 when they are valid UTF-8
 * and as windows-1252 otherwise, which is right for most old Western mail.
 */
import { Buffer, isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';

/** Code pages iconv-lite does not know by "cp" + number, by the name it does know them under. */
const NAMED: Record<number, string> = {
  1200: 'utf-16le',
  1201: 'utf-16be',
  10000: 'macintosh',
  20866: 'koi8-r',
  21866: 'koi8-u',
  51932: 'euc-jp',
  51949: 'euc-kr',
  54936: 'gb18030',
  936: 'gbk',
};

/** The ISO-2022-JP family is stateful; iconv-lite lacks it, Node's ICU TextDecoder has it. */
const ISO_2022_JP = new Set([50220, 50221, 50222]);

/** US-ASCII is declared over 8-bit bytes all the time; reading it as windows-1252 loses nothing. */
const ASCII_LIKE = new Set([20127, 0]);

/**
 * Decodes bytes written in a Windows code page. `codePage` null or unknown falls back to UTF-8
 * when the bytes are valid UTF-8, else windows-1252.
 */
export function decodeCodePage(bytes: Uint8Array, codePage: number | null): string {
  if (bytes.length === 0) {
    return '';
  }
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (codePage === 65001) {
    return buffer.toString('utf8');
  }
  if (codePage !== null && ISO_2022_JP.has(codePage)) {
    return new TextDecoder('iso-2022-jp').decode(buffer);
  }
  const name = codePage === null || ASCII_LIKE.has(codePage) ? null : encodingName(codePage);
  if (name !== null) {
    return iconv.decode(buffer, name);
  }
  return isUtf8(buffer) ? buffer.toString('utf8') : iconv.decode(buffer, 'cp1252');
}

/** The iconv-lite name for a Windows code page, or null when iconv-lite cannot decode it. */
function encodingName(codePage: number): string | null {
  const named = NAMED[codePage];
  if (named !== undefined) {
    return named;
  }
  if (codePage >= 28591 && codePage <= 28606) {
    return `iso-8859-${codePage - 28590}`;
  }
  const candidate = `cp${codePage}`;
  return iconv.encodingExists(candidate) ? candidate : null;
}

/**
 * The Windows code page an RTF \fcharsetN font charset stands for, or null for "use the
 * document's \ansicpg" (ANSI_CHARSET 0, DEFAULT_CHARSET 1, SYMBOL_CHARSET 2 and unknown values).
 */
export function codePageOfRtfCharset(charset: number): number | null {
  return RTF_CHARSET_CODE_PAGES[charset] ?? null;
}

const RTF_CHARSET_CODE_PAGES: Record<number, number> = {
  77: 10000,
  128: 932,
  129: 949,
  134: 936,
  136: 950,
  161: 1253,
  162: 1254,
  163: 1258,
  177: 1255,
  178: 1256,
  186: 1257,
  204: 1251,
  222: 874,
  238: 1250,
  254: 437,
  255: 850,
};
