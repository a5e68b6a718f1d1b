/**
 * The phrases that move a conversation off the record ("text me", "on Signal", "delete after
 * reading"), as data the officer can edit: agencies differ in the apps their staff use and in
 * the words they use for them. Each entry names the channel the phrase points to, so a proposal
 * can say where the records went.
 *
 * Pattern syntax, kept simple enough for an officer to write: words separated by spaces; between
 * words any run of spaces and punctuation matches ("text me", "text-me", "Text… me"); a word
 * ending in `*` matches any ending ("delet* after read*"); `a|b` inside a word gives alternatives
 * ("whatsapp|wa me"). Matching ignores case and never starts or ends inside a word.
 */
import type { GapCause, OffRecordEntry } from '../../../shared/model/gap.js';

// The entry's shape is part of the case's settings (the officer edits the lexicon), so it lives in
// the shared model; the syntax above is what `pattern` and `unless` hold.
export type { OffRecordEntry };

const entry = (id: string, pattern: string, channel: OffRecordEntry['channel'], cause: GapCause, label: string, unless?: string[]): OffRecordEntry => ({
  id,
  pattern,
  channel,
  cause,
  label,
  ...(unless ? { unless: [...unless] } : {}),
});

/**
 * An offer of a call that moves nothing off the record: the business letter's closing ("don't
 * hesitate to call me if you have any questions"), a call offered only if something happens
 * ("if you're ever in Denver"), or a call offered beside email ("call or email me").
 */
const COURTESY_CALL = [
  'hesitate', 'question*', 'if', 'should you', 'whenever', 'next time', 'information', 'clarification', 'concerns',
  'or e-mail|email', 'e-mail|email or', 'e-mail|email me', 'call e-mail|email',
];
/** Notices that ask for a newsletter to be deleted, not a record. */
const BOILERPLATE_DELETE = ['not interested', 'unsubscribe', 'in error', 'intended recipient', 'mailing list'];

export const DEFAULT_OFF_RECORD_LEXICON: readonly OffRecordEntry[] = [
  entry('text-me', 'text|txt|sms me', 'sms', 'not-retained', 'Asks to be texted'),
  entry('send-a-text', 'send|shoot|drop me a text|txt', 'sms', 'not-retained', 'Asks for a text message'),
  entry('text-you', "i'll|ill|will text|txt you", 'sms', 'not-retained', 'Offers to text'),
  entry('on-signal', 'on|via|over|use|using signal', 'signal', 'auto-delete', 'Moves to Signal'),
  entry('to-signal', 'switch|move|moving|switching|go|take|taking this|it to signal', 'signal', 'auto-delete', 'Moves to Signal'),
  entry('signal-me', 'signal me', 'signal', 'auto-delete', 'Asks to be reached on Signal'),
  entry('on-whatsapp', 'on|via|over|use|using whatsapp', 'whatsapp', 'auto-delete', 'Moves to WhatsApp'),
  entry('whatsapp-me', 'whatsapp me|you', 'whatsapp', 'auto-delete', 'Asks to be reached on WhatsApp'),
  entry('on-wickr', 'on|via|over|use|using wickr', 'wickr', 'auto-delete', 'Moves to Wickr'),
  entry('wickr-me', 'wickr me', 'wickr', 'auto-delete', 'Asks to be reached on Wickr'),
  entry('on-telegram', 'on|via|over|use|using telegram', 'other', 'auto-delete', 'Moves to Telegram'),
  entry('delete-after-reading', 'delete|destroy|shred this|it after read*', 'same', 'not-retained', 'Asks for the message to be destroyed'),
  entry('delete-this', 'please delete|destroy|shred this email|e-mail|message|note|text', 'same', 'not-retained', 'Asks for the message to be destroyed', BOILERPLATE_DELETE),
  entry('burn-after-reading', 'burn after read*', 'same', 'not-retained', 'Asks for the message to be destroyed'),
  entry('not-in-writing', "don't|dont|not put this|it|that in writing", 'phone-calls', 'not-retained', 'Avoids writing it down'),
  entry('call-me', 'call me', 'phone-calls', 'not-retained', 'Asks for a phone call', COURTESY_CALL),
  entry('give-me-a-call', 'give me a call|ring', 'phone-calls', 'not-retained', 'Asks for a phone call', COURTESY_CALL),
  entry('call-my-cell', 'call|ring my cell|mobile|home', 'phone-calls', 'not-retained', 'Asks for a call to a personal phone'),
  entry('call-me-on-my-cell', 'call|ring me on|at my cell|mobile|home', 'phone-calls', 'not-retained', 'Asks for a call to a personal phone'),
  entry('talk-offline', 'take|talk this|it offline', 'phone-calls', 'not-retained', 'Takes the discussion offline'),
  entry('personal-email', 'my personal|private|home email|e-mail|account|address', 'personal-email', 'personal-account-not-copied', 'Moves to a personal email account'),
  entry('my-webmail', 'my gmail|yahoo|hotmail|aol|icloud|proton*', 'personal-email', 'personal-account-not-copied', 'Moves to a personal webmail account'),
  entry('linkedin-me', 'message|dm me on|via linkedin', 'linkedin', 'not-retained', 'Moves to LinkedIn messages'),
];

export type CompiledEntry = OffRecordEntry & { regex: RegExp; unlessRegexes: RegExp[] };

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** One word of a pattern: alternatives, each possibly ending in a prefix wildcard. */
function wordSource(word: string): string {
  const alternatives = word.split('|').filter((alternative) => alternative !== '').map((alternative) => {
    const prefix = alternative.endsWith('*');
    const stem = prefix ? alternative.slice(0, -1) : alternative;
    // An apostrophe in a pattern matches the typographic one too.
    const source = escapeRegex(stem).replace(/'/g, "['’]");
    return prefix ? `${source}[\\p{L}\\p{N}]*` : source;
  });
  return alternatives.length === 1 ? (alternatives[0] ?? '') : `(?:${alternatives.join('|')})`;
}

/** Compiles an entry's pattern (see the header) into a case-insensitive, word-bounded regex. */
function patternRegex(pattern: string, flags: string): RegExp {
  const words = pattern.trim().split(/\s+/).filter((word) => word !== '');
  const body = words.map(wordSource).join('[\\s\\p{P}]+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, flags);
}

/** Compiles an entry's pattern and its exceptions (see the header) into case-insensitive, word-bounded regexes. */
export function compileOffRecordEntry(source: OffRecordEntry): CompiledEntry {
  return { ...source, regex: patternRegex(source.pattern, 'giu'), unlessRegexes: (source.unless ?? []).map((pattern) => patternRegex(pattern, 'iu')) };
}
