/**
 * The threading form of a subject: reply and forward prefixes in the languages mail clients
 * write them ("Re:", "RE[2]:", "AW:", "SV:", "Fwd:", "WG:", "TR:", "RV:", "Antw:"…) and
 * mailing-list tags ("[board]") removed, whitespace collapsed, lower case.
 */

/** Prefixes that mean "a reply to": the parent message should exist. */
const REPLY_PREFIXES = ['re', 'aw', 'sv', 'vs', 'antw', 'antwort', 'odp', 'rif', 'res', 'ynt', 'atb', 'vá', 'απ', 'отв', '回复', '答复', '返信'];
/** Prefixes that mean "forwarded": the message carries its source within it. */
const FORWARD_PREFIXES = ['fw', 'fwd', 'wg', 'tr', 'rv', 'enc', 'doorst', 'pd', 'fs', 'vl', 'továbbítás', 'πρθ', 'пересл', '转发', '転送'];

const PREFIX = new RegExp(
  `^\\s*(?:\\[[^\\]]{1,40}\\]\\s*)?(${[...REPLY_PREFIXES, ...FORWARD_PREFIXES].join('|')})\\s*(?:\\[\\d+\\]|\\(\\d+\\))?\\s*[:：]\\s*`,
  'iu',
);
const LIST_TAG = /^\s*\[[^\]]{1,40}\]\s*/u;

export type SubjectKey = {
  /** The subject without prefixes and tags, lower case; '' when nothing is left. */
  key: string;
  /** True when the first prefix met was a reply prefix. */
  isReply: boolean;
};

export function subjectKey(subject: string): SubjectKey {
  let rest = subject.normalize('NFKC');
  let isReply: boolean | null = null;
  // Bounded: each pass removes at least one character.
  for (let pass = 0; pass < 50; pass += 1) {
    const prefix = PREFIX.exec(rest);
    if (prefix) {
      if (isReply === null) {
        isReply = REPLY_PREFIXES.includes((prefix[1] ?? '').toLowerCase());
      }
      rest = rest.slice(prefix[0].length);
      continue;
    }
    const tag = LIST_TAG.exec(rest);
    if (tag && tag[0].length < rest.length) {
      rest = rest.slice(tag[0].length);
      continue;
    }
    break;
  }
  return { key: rest.replace(/\s+/g, ' ').trim().toLowerCase(), isReply: isReply === true };
}
