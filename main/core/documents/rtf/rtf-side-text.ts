/**
 * The text an RTF document keeps beside its body: the \info group (title, author, dates…) and Word
 * comments (an {\*\atnauthor …} group, then the comment's text in {\*\annotation …}). The body
 * reader (mail/outlook/rtf-to-text.ts) skips both on purpose, because a mail body must not show
 * them; a document record must keep them, so this second, small pass collects only them.
 *
 * Bounded like the body reader: one pass over the tokens, group depth and collected text capped.
 */
import { decodeCodePage } from '../../mail/outlook/code-page.js';
import { rtfTokens } from '../../mail/outlook/rtf-tokens.js';

/** One Word comment in RTF: \atnauthor, \atnid (initials) and the \annotation text. */
export type RtfComment = { author: string; initials: string; text: string };

/** What the side pass collects. */
export type RtfSideText = {
  info: Partial<Record<'title' | 'subject' | 'author' | 'operator' | 'keywords' | 'doccomm' | 'company' | 'manager', string>>;
  /** \creatim and \revtim as ISO local times (RTF records no zone). */
  created: string | null;
  modified: string | null;
  pageCount: number | null;
  comments: RtfComment[];
};

/** \info sub-destinations kept as text. */
const INFO_TEXT = new Set(['title', 'subject', 'author', 'operator', 'keywords', 'doccomm', 'company', 'manager']);
/** Destinations whose text is collected; everything inside them is theirs. */
const COLLECTED = new Set([...INFO_TEXT, 'atnauthor', 'atnid', 'annotation']);
/** Destinations inside a collected one that hold no text (the comment's anchor id and date). */
const NOT_TEXT = new Set(['atnref', 'atndate', 'atnparent', 'atntime', 'atnicn', 'fldinst', 'pict', 'objdata', 'bkmkstart', 'bkmkend']);

const MAX_DEPTH = 512;
const MAX_COLLECTED_CHARS = 1024 * 1024;

type Group = { collecting: string | null; skip: boolean; uc: number; atStart: boolean; ignorable: boolean; time: string | null };

type Time = { yr?: number; mo?: number; dy?: number; hr?: number; min?: number; sec?: number };

function pad(value: number | undefined, width = 2): string {
  return String(value ?? 0).padStart(width, '0');
}

function isoTime(time: Time): string | null {
  if (!time.yr || !time.mo || !time.dy) {
    return null;
  }
  return `${pad(time.yr, 4)}-${pad(time.mo)}-${pad(time.dy)}T${pad(time.hr)}:${pad(time.min)}:${pad(time.sec)}`;
}

/** Collects \info properties and comments from RTF bytes. */
export function rtfSideText(rtf: Uint8Array): RtfSideText {
  const result: RtfSideText = { info: {}, created: null, modified: null, pageCount: null, comments: [] };
  let codePage = 1252;
  let group: Group = { collecting: null, skip: false, uc: 1, atStart: false, ignorable: false, time: null };
  const stack: Group[] = [];
  let overflow = 0;
  let pendingBytes: number[] = [];
  let collected = '';
  let collectedChars = 0;
  let fallback = 0;
  let author = '';
  let initials = '';
  const times: Record<string, Time> = {};

  const flush = (): void => {
    if (pendingBytes.length > 0) {
      collected += decodeCodePage(Uint8Array.from(pendingBytes), codePage);
      pendingBytes = [];
    }
  };
  const add = (text: string): void => {
    if (group.collecting !== null && !group.skip && collectedChars < MAX_COLLECTED_CHARS) {
      flush();
      collected += text;
      collectedChars += text.length;
    }
  };
  const addByte = (byte: number): void => {
    if (fallback > 0) {
      fallback--;
      return;
    }
    if (group.collecting !== null && !group.skip && collectedChars < MAX_COLLECTED_CHARS) {
      pendingBytes.push(byte);
      collectedChars++;
    }
  };
  const finish = (name: string): void => {
    flush();
    const value = collected.replace(/\s+/g, ' ').trim();
    collected = '';
    if (INFO_TEXT.has(name)) {
      // Word writes an ANSI \title and then, in {\*\ud …}, the Unicode one: the last one wins.
      if (value !== '') {
        result.info[name as keyof RtfSideText['info']] = value;
      }
    } else if (name === 'atnauthor') {
      author = value;
    } else if (name === 'atnid') {
      initials = value;
    } else if (name === 'annotation' && value !== '') {
      result.comments.push({ author, initials, text: value });
      author = '';
      initials = '';
    }
  };

  for (const token of rtfTokens(rtf)) {
    switch (token.kind) {
      case 'open':
        if (stack.length >= MAX_DEPTH) {
          overflow++;
        } else {
          stack.push(group);
          group = { ...group, atStart: true, ignorable: false };
        }
        break;
      case 'close': {
        if (overflow > 0) {
          overflow--;
          break;
        }
        const closing = group;
        group = stack.pop() ?? group;
        fallback = 0;
        if (closing.collecting !== null && closing.collecting !== group.collecting) {
          finish(closing.collecting);
        }
        if (closing.time !== null && closing.time !== group.time) {
          const iso = isoTime(times[closing.time] ?? {});
          if (closing.time === 'creatim') {
            result.created = iso;
          } else if (closing.time === 'revtim') {
            result.modified = iso;
          }
        }
        break;
      }
      case 'symbol':
        if (token.char === '*') {
          group.ignorable = true;
        } else if (token.char === '~') {
          add('\u00a0');
        } else if (token.char === '\\' || token.char === '{' || token.char === '}') {
          add(token.char);
        }
        break;
      case 'word': {
        const { name, param } = token;
        if (group.atStart) {
          group.atStart = false;
          if (COLLECTED.has(name) && group.collecting === null) {
            group.collecting = name;
            group.skip = false;
            collected = '';
            break;
          }
          if (name === 'creatim' || name === 'revtim') {
            group.time = name;
            times[name] = {};
            break;
          }
          if (group.collecting !== null && (NOT_TEXT.has(name) || group.ignorable)) {
            group.skip = true;
            break;
          }
        }
        if (group.time !== null && ['yr', 'mo', 'dy', 'hr', 'min', 'sec'].includes(name)) {
          (times[group.time] ??= {})[name as keyof Time] = param ?? 0;
        } else if (name === 'ansicpg' && param !== null) {
          codePage = param;
        } else if (name === 'nofpages' && param !== null) {
          result.pageCount = param;
        } else if (name === 'uc') {
          group.uc = Math.max(0, param ?? 1);
        } else if (name === 'u' && param !== null) {
          add(String.fromCharCode(param < 0 ? param + 0x10000 : param & 0xffff));
          fallback = group.uc;
        } else if (name === 'par' || name === 'line') {
          add('\n');
        } else if (name === 'tab') {
          add('\t');
        }
        break;
      }
      case 'hex':
        group.atStart = false;
        addByte(token.byte);
        break;
      case 'text':
        group.atStart = false;
        for (const byte of token.bytes) {
          addByte(byte);
        }
        break;
    }
  }
  return result;
}
