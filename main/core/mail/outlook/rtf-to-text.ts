/**
 * Plain text (and, for RTF that encapsulates HTML, the original HTML) from an RTF body.
 *
 * Outlook keeps many bodies only as RTF: Exchange items often have no PR_BODY, and HTML mail
 * saved by Outlook may keep its HTML only inside the RTF ([MS-OXRTFEX] "\fromhtml1"). This is
 * deliberately small: it follows groups, skips destinations that are not document text (font and
 * colour tables, stylesheets, document info, pictures, field instructions, every \* destination it
 * does not know), decodes \'hh through the current font's code page (\fcharset) or \ansicpg, and
 * \uN with its \ucN fallback. It does not lay anything out.
 *
 * Bounded: one pass over the tokens, group nesting capped, output capped (what fits is kept), and
 * text decoded in pieces of about a megabyte, so memory follows the output, not the input. A word
 * too long to be one is cut by the tokenizer (rtf-tokens.ts) and counted in `cutWords`; the text
 * around it is read as usual.
 */
import { codePageOfRtfCharset, decodeCodePage } from './code-page.js';
import { MAX_WORD_BYTES, rtfTokens } from './rtf-tokens.js';

export type RtfContent = {
  /** The document's text, paragraphs ending in CRLF as Outlook's own plain bodies do. */
  text: string;
  /** The de-encapsulated HTML when the RTF says \fromhtml1; '' otherwise. */
  html: string;
  /** True when the output was cut at the size cap. */
  truncated: boolean;
  /** Words longer than MAX_WORD_BYTES, each kept to its first MAX_WORD_BYTES bytes. */
  cutWords: number;
};

export { MAX_WORD_BYTES };

/** Destinations whose content is never document text. */
const SKIPPED_DESTINATIONS = new Set([
  'fonttbl', 'colortbl', 'stylesheet', 'info', 'pict', 'objdata', 'themedata', 'colorschememapping',
  'datastore', 'latentstyles', 'listtable', 'listoverridetable', 'revtbl', 'rsidtbl', 'generator',
  'xmlnstbl', 'mmathPr', 'fldinst', 'filetbl', 'pgdsctbl', 'protusertbl', 'userprops', 'docvar',
  'nonshppict', 'shpinst', 'pntxta', 'pntxtb', 'bkmkstart', 'bkmkend', 'mhtmltag', 'header',
  'footer', 'headerl', 'headerr', 'headerf', 'footerl', 'footerr', 'footerf', 'xe', 'tc',
]);

/** Control words that stand for one character. */
const CHARACTER_WORDS: Record<string, string> = {
  par: '\r\n', line: '\r\n', sect: '\r\n', page: '\r\n', row: '\r\n', cell: '\t', tab: '\t',
  lquote: '\u2018', rquote: '\u2019', ldblquote: '\u201c', rdblquote: '\u201d', bullet: '\u2022',
  endash: '\u2013', emdash: '\u2014', enspace: '\u2002', emspace: '\u2003', qmspace: '\u2005',
  zwj: '\u200d', zwnj: '\u200c', ltrmark: '\u200e', rtlmark: '\u200f',
};

const CHARACTER_SYMBOLS: Record<string, string> = { '\\': '\\', '{': '{', '}': '}', '~': '\u00a0', _: '\u2011' };

const MAX_DEPTH = 512;
const MAX_OUTPUT_CHARS = 16 * 1024 * 1024;
/** Pending text bytes are decoded once there are this many, at a point no character spans. */
const FLUSH_BYTES = 1024 * 1024;
/** How far back a flush looks for that point before it gives up and decodes everything. */
const SPLIT_SEARCH_BYTES = 4096;
/** Bytes below this are never part of a multi-byte character in UTF-8 or the Asian DBCS code pages. */
const SINGLE_BYTE_BELOW = 0x40;

type Group = {
  /** Inside a destination whose text is not document text. */
  skip: boolean;
  /** Inside {\*\htmltagN …}: the content is HTML source. */
  htmlTag: boolean;
  /** \htmlrtf is on: RTF-only rendering that is not part of the encapsulated HTML. */
  htmlRtf: boolean;
  inFontTable: boolean;
  /** Code page of the current font; null means the document's \ansicpg. */
  fontCodePage: number | null;
  /** \ucN: how many fallback characters follow each \uN. */
  uc: number;
  /** Nothing but \* has been seen since this group opened. */
  atStart: boolean;
  ignorable: boolean;
};

/** Converts RTF bytes (already decompressed) to text and, when encapsulated, HTML. */
export function rtfToText(rtf: Uint8Array): RtfContent {
  return new RtfReader().read(rtf);
}

class RtfReader {
  private readonly text: string[] = [];
  private readonly html: string[] = [];
  private outputChars = 0;
  private truncated = false;
  private cutWords = 0;
  private fromHtml = false;
  private ansiCodePage = 1252;
  private defaultFont = 0;
  private readonly fontCodePages = new Map<number, number | null>();
  private fontBeingDefined = 0;
  private readonly stack: Group[] = [];
  private overflowDepth = 0;
  private group: Group = {
    skip: false, htmlTag: false, htmlRtf: false, inFontTable: false, fontCodePage: null, uc: 1, atStart: false, ignorable: false,
  };
  /** \uN fallback characters still to skip. */
  private fallbackToSkip = 0;
  /** Text bytes not yet decoded, all bound for the same outputs in the same code page. */
  private readonly pending = new ByteBuffer();
  private pendingRoute = { text: false, html: false, codePage: 1252 };

  read(rtf: Uint8Array): RtfContent {
    for (const token of rtfTokens(rtf)) {
      if (this.truncated) {
        break;
      }
      switch (token.kind) {
        case 'open':
          this.flush();
          this.fallbackToSkip = 0;
          if (this.stack.length >= MAX_DEPTH) {
            this.overflowDepth++;
          } else {
            this.stack.push(this.group);
            this.group = { ...this.group, atStart: true, ignorable: false };
          }
          break;
        case 'close':
          this.flush();
          this.fallbackToSkip = 0;
          if (this.overflowDepth > 0) {
            this.overflowDepth--;
          } else {
            this.group = this.stack.pop() ?? this.group;
          }
          break;
        case 'word':
          this.word(token.name, token.param);
          break;
        case 'symbol':
          this.symbol(token.char);
          break;
        case 'hex':
          this.group.atStart = false;
          if (!this.consumeFallback()) {
            this.addByte(token.byte);
          }
          break;
        case 'text': {
          this.group.atStart = false;
          let from = 0;
          while (from < token.bytes.length && this.consumeFallback()) {
            from++;
          }
          this.addBytes(token.bytes.subarray(from));
          break;
        }
        case 'cut':
          this.cutWords++;
          break;
      }
    }
    this.flush();
    return { text: this.text.join(''), html: this.fromHtml ? this.html.join('') : '', truncated: this.truncated, cutWords: this.cutWords };
  }

  private word(name: string, param: number | null): void {
    const group = this.group;
    if (group.atStart) {
      group.atStart = false;
      if (name === 'htmltag' && group.ignorable) {
        group.skip = true;
        group.htmlTag = true;
        return;
      }
      if (SKIPPED_DESTINATIONS.has(name) || group.ignorable) {
        group.skip = true;
        group.inFontTable = name === 'fonttbl';
        return;
      }
    }
    if (this.fallbackToSkip > 0 && name !== 'u') {
      this.fallbackToSkip--;
      return;
    }
    const character = CHARACTER_WORDS[name];
    if (character !== undefined) {
      this.addText(character);
      return;
    }
    switch (name) {
      case 'u':
        if (param !== null) {
          this.addText(String.fromCharCode(param < 0 ? param + 0x10000 : param & 0xffff));
          this.fallbackToSkip = group.uc;
        }
        break;
      case 'uc':
        group.uc = Math.max(0, param ?? 1);
        break;
      case 'ansicpg':
        this.ansiCodePage = param ?? this.ansiCodePage;
        break;
      case 'mac':
        this.ansiCodePage = 10000;
        break;
      case 'pc':
        this.ansiCodePage = 437;
        break;
      case 'pca':
        this.ansiCodePage = 850;
        break;
      case 'deff':
        this.defaultFont = param ?? 0;
        break;
      case 'f':
        if (group.inFontTable) {
          this.fontBeingDefined = param ?? 0;
        } else {
          this.flush();
          group.fontCodePage = this.fontCodePages.get(param ?? this.defaultFont) ?? null;
        }
        break;
      case 'fcharset':
        if (group.inFontTable) {
          this.fontCodePages.set(this.fontBeingDefined, codePageOfRtfCharset(param ?? 0));
        }
        break;
      case 'plain':
        this.flush();
        group.fontCodePage = this.fontCodePages.get(this.defaultFont) ?? null;
        break;
      case 'htmlrtf':
        this.flush();
        group.htmlRtf = param !== 0;
        break;
      case 'fromhtml':
        this.fromHtml = true;
        break;
      default:
        break;
    }
  }

  private symbol(char: string): void {
    if (char === '*') {
      this.group.ignorable = true;
      return;
    }
    this.group.atStart = false;
    if (this.consumeFallback()) {
      return;
    }
    const character = CHARACTER_SYMBOLS[char];
    if (character !== undefined) {
      this.addText(character);
    }
  }

  private consumeFallback(): boolean {
    if (this.fallbackToSkip > 0) {
      this.fallbackToSkip--;
      return true;
    }
    return false;
  }

  private route(): { text: boolean; html: boolean; codePage: number } {
    const group = this.group;
    const html = this.fromHtml && (group.htmlTag || (!group.skip && !group.htmlRtf));
    // Encapsulated HTML tags are written in the document's code page whatever font is current.
    const codePage = group.htmlTag ? this.ansiCodePage : (group.fontCodePage ?? this.ansiCodePage);
    return { text: !group.skip, html, codePage };
  }

  private addByte(byte: number): void {
    this.addBytes(Uint8Array.of(byte));
  }

  /** Adds text bytes in the current group's route (one route for the whole run: no control word is inside it). */
  private addBytes(bytes: Uint8Array): void {
    const route = this.route();
    if (bytes.length === 0 || (!route.text && !route.html)) {
      return;
    }
    const current = this.pendingRoute;
    if (this.pending.length > 0 && (current.text !== route.text || current.html !== route.html || current.codePage !== route.codePage)) {
      this.flush();
    }
    this.pendingRoute = route;
    // NUL is never text; Outlook ends some RTF bodies with one after the last brace.
    for (let at = 0; at < bytes.length; ) {
      const nul = bytes.indexOf(0, at);
      const stop = nul < 0 ? bytes.length : nul;
      this.pending.append(bytes.subarray(at, stop));
      at = stop + 1;
    }
    if (this.pending.length >= FLUSH_BYTES) {
      this.flush(true);
    }
  }

  private addText(value: string): void {
    this.flush();
    const route = this.route();
    this.emit(value, route.text, route.html);
  }

  /**
   * Decodes the pending bytes. `partial`: more of the same run may follow, so stop after the last
   * byte that cannot be half of a character and keep the rest pending.
   */
  private flush(partial = false): void {
    if (this.pending.length === 0) {
      return;
    }
    const bytes = this.pending.view();
    let stop = bytes.length;
    if (partial) {
      const floor = Math.max(0, bytes.length - SPLIT_SEARCH_BYTES);
      let at = bytes.length - 1;
      while (at >= floor && (bytes[at] ?? 0) >= SINGLE_BYTE_BELOW) {
        at--;
      }
      stop = at >= floor ? at + 1 : bytes.length;
    }
    const { text, html, codePage } = this.pendingRoute;
    const decoded = decodeCodePage(bytes.subarray(0, stop), codePage);
    this.pending.dropFirst(stop);
    this.emit(decoded, text, html);
  }

  /** Adds output up to the cap; what does not fit is dropped and the result marked truncated. */
  private emit(value: string, toText: boolean, toHtml: boolean): void {
    if (this.truncated) {
      return;
    }
    let kept = value;
    if (this.outputChars + value.length > MAX_OUTPUT_CHARS) {
      kept = value.slice(0, MAX_OUTPUT_CHARS - this.outputChars);
      this.truncated = true;
    }
    this.outputChars += kept.length;
    if (toText) {
      this.text.push(kept);
    }
    if (toHtml) {
      this.html.push(kept);
    }
  }
}

/** A growable byte array: pending text is copied once into it, not held as one JS number per byte. */
class ByteBuffer {
  private bytes = new Uint8Array(4096);
  private size = 0;

  get length(): number {
    return this.size;
  }

  append(chunk: Uint8Array): void {
    if (this.size + chunk.length > this.bytes.length) {
      const grown = new Uint8Array(Math.max(this.bytes.length * 2, this.size + chunk.length));
      grown.set(this.bytes.subarray(0, this.size));
      this.bytes = grown;
    }
    this.bytes.set(chunk, this.size);
    this.size += chunk.length;
  }

  /** The bytes held; valid until the next change. */
  view(): Uint8Array {
    return this.bytes.subarray(0, this.size);
  }

  dropFirst(count: number): void {
    this.bytes.copyWithin(0, count, this.size);
    this.size -= count;
  }
}
