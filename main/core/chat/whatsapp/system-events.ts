/**
 * WhatsApp's system lines and markers, in the wordings the corpus holds (English, Spanish,
 * German, Portuguese, Dutch) and, for lines no genuine export in the corpus has (disappearing
 * timers, security codes, invite links, unanswered calls), in WhatsApp's own wordings: its
 * messages as WhatsApp Web writes them ("{name} uses a default timer for disappearing messages in
 * new chats. All new messages will disappear from this chat 24 hours after they're sent…",
 * "Disappearing messages were turned off.") and its help centre's names for them. Each is a
 * `ChatEvent` because the gap register reads them: a disappearing-message timer or a deleted
 * message is evidence that something is missing.
 *
 * Sentences are matched on a message's first line only. WhatsApp writes each of its sentences
 * on one line; a second line is text the export glued to it. Matching there also keeps every
 * pattern linear: the lazy `(.+?) added (.+?)$` groups, run over a line that ends in another
 * line, retried every " added " in the text before failing (quadratic in its length).
 */
import { chatEvent, type ChatEvent } from '../chat-message.js';

export type ClassifiedText = {
  /** The text with markers taken out ('' when the line was only a marker). */
  text: string;
  event: ChatEvent | null;
  attachments: string[];
};

/** Whole-text markers that replace a message; the text becomes ''. */
const DELETED = /^(?:this message was deleted\.?|you deleted this message\.?|se eliminó este mensaje\.?|eliminaste este mensaje\.?|diese nachricht wurde gelöscht\.?|du hast diese nachricht gelöscht\.?|essa mensagem foi apagada\.?|você apagou esta mensagem\.?)$/i;
const MEDIA_OMITTED =
  /^(?:<media omitted>|<multimedia omitido>|<medien ausgeschlossen>|(?:image|video|audio|sticker|gif|document|contact card) omitted|(?:sticker|imagen|audio|video|gif|documento) omitid[oa]|(?:bild|video|audio|sticker|gif|dokument) weggelassen|(?:imagem|vídeo|áudio|figurinha|sticker|gif|documento) ocultad[oa])$/i;

/** Edit markers appended to a message that stays (tested on trimmed text: no leading `\s*` to retry at every space). */
const EDITED = /<(?:this message was edited|se editó este mensaje\.?|diese nachricht wurde bearbeitet\.?|mensagem editada)>$/i;

/** Attachment markers: iOS `<attached: f.jpg>` (and its translations), Android `f.jpg (file attached)`, old Dutch `3.jpg <bijgevoegd>`. */
const IOS_ATTACHED = /<(?:attached|adjunto|anhang|anexado): ([^>\n]+)>/gi;
const ANDROID_ATTACHED = /^(.+?\.[A-Za-z0-9]{1,5}) \((?:file attached|archivo adjunto|Datei angehängt|arquivo anexado)\)$/gim;
const DUTCH_ATTACHED = /^(\S+\.[A-Za-z0-9]{1,5}) <bijgevoegd>$/gim;

/** Longer text is a message, never one of WhatsApp's own sentences or attachment markers. */
const MAX_SENTENCE_CHARS = 4096;

/** Sentences that only WhatsApp writes: events whoever the export names as sender. */
const ENCRYPTION =
  /^(?:messages and calls are end-to-end encrypted|messages (?:you send )?to this (?:group|chat)(?: and calls)? are now secured with end-to-end encryption|los mensajes y las llamadas están cifrados de extremo a extremo|nachrichten und anrufe sind ende-zu-ende-verschlüsselt)/i;
/** Turned on by a person, turned on by nobody named, or on from a person's default timer for new chats. */
const DISAPPEARING_ON =
  /turned on disappearing messages|disappearing messages were turned on|uses? a default timer for disappearing messages|activó los mensajes temporales/i;
const DISAPPEARING_OFF = /turned off disappearing messages|disappearing messages were turned off|desactivó los mensajes temporales/i;
const DURATION = /(\d+) (seconds?|minutes?|hours?|days?|weeks?|segundos?|minutos?|horas?|días?|semanas?)\b/i;
const SECURITY_CODE = /^your security code with (.+?) changed/i;
const MISSED_CALL = /^missed (?:group )?(?:voice|video) call/i;
/** A call that connected, as iOS writes it: "Voice call. 12 min", "Video call, 45 sec". */
const CALL = /^(?:voice|video|group voice|group video) call(?:[.,]?\s*(\d+)\s*(sec|min|hr|hour)s?\b)?\.?\s*$/i;
/** A call nobody picked up, as iOS writes it on the caller's side: "Video call, No answer". */
const UNANSWERED_CALL = /^(?:group )?(?:voice|video) call[.,]?\s*no answer\.?$/i;

/** Sentences a person could also type ("I left"): events only on a system line. */
const GROUP_CREATED = /^(.+?) created (?:group|this group)\b|^(.+?) creó (?:el )?grupo\b/i;
/** A group's member's code, as the group shows it: "Bob's security code changed. Tap to learn more." */
const MEMBER_SECURITY_CODE = /^(.+?)['’]s security code changed\b/i;
/** Joining through the group's invite link is a member added, by nobody but themselves. */
const MEMBER_JOINED =
  /^(.+?) joined using this group['’]s invite link\.?$|^(.+?) se unió usando el enlace de invitación de este grupo\.?$|^te uniste usando el enlace de invitación de este grupo\.?$/i;
const MEMBER_ADDED = /^(.+?) added (.+?)\.?$|^you were added\.?$|^(.+?) añadió a (.+?)\.?$/i;
const MEMBER_REMOVED = /^(.+?) removed (.+?)\.?$|^(.+?) eliminó a (.+?)\.?$/i;
const MEMBER_LEFT = /^(.+?) left\.?$|^(.+?) salió del grupo\.?$/i;
const GROUP_RENAMED = /^(.+?) changed (?:the|this group's) (?:subject|group name)\b|^(.+?) cambió el (?:asunto|nombre del grupo)\b/i;

function durationSeconds(text: string): number | null {
  const match = DURATION.exec(text);
  if (!match) {return null;}
  const unit = (match[2] ?? '').toLowerCase();
  const seconds = /^(?:s|segundo)/.test(unit) ? 1 : /^(?:m|minuto)/.test(unit) ? 60 : /^h/.test(unit) ? 3600 : /^(?:w|semana)/.test(unit) ? 604_800 : 86_400;
  return Number(match[1]) * seconds;
}

/** A named person list from "X added Y, Z and W" as written, split on the separators WhatsApp uses. */
function splitNames(names: string): string[] {
  return names
    .split(/, | and | y /)
    .map((name) => name.trim())
    .filter((name) => name !== '');
}

/** True for WhatsApp's encryption notice (of any year and language this reader knows). */
export function looksLikeEncryptionNotice(text: string): boolean {
  return ENCRYPTION.test(text.trim());
}

function fixedSentenceEvent(text: string): ChatEvent | null {
  if (ENCRYPTION.test(text)) {return chatEvent('encryption-notice');}
  if (DISAPPEARING_OFF.test(text)) {return chatEvent('disappearing-off');}
  if (DISAPPEARING_ON.test(text)) {return chatEvent('disappearing-on', [], durationSeconds(text));}
  const security = SECURITY_CODE.exec(text);
  if (security) {return chatEvent('security-code-changed', [security[1] ?? '']);}
  if (MISSED_CALL.test(text)) {return chatEvent('missed-call');}
  return null;
}

function callEvent(text: string): ChatEvent | null {
  if (UNANSWERED_CALL.test(text)) {return chatEvent('missed-call');}
  const call = CALL.exec(text);
  if (!call) {return null;}
  const amount = call[1] === undefined ? null : Number(call[1]);
  const unit = (call[2] ?? '').toLowerCase();
  return chatEvent('call', [], amount === null ? null : amount * (unit === 'sec' ? 1 : unit === 'min' ? 60 : 3600));
}

function systemLineEvent(text: string): ChatEvent | null {
  const call = callEvent(text);
  if (call) {return call;}
  if (GROUP_CREATED.test(text)) {return chatEvent('group-created');}
  if (GROUP_RENAMED.test(text)) {return chatEvent('group-renamed');}
  const security = MEMBER_SECURITY_CODE.exec(text);
  if (security) {return chatEvent('security-code-changed', [security[1] ?? '']);}
  const joined = MEMBER_JOINED.exec(text);
  if (joined) {return chatEvent('member-added', [joined[1] ?? joined[2] ?? 'You']);}
  const added = MEMBER_ADDED.exec(text);
  if (added) {return chatEvent('member-added', added[2] ?? added[4] ? splitNames(added[2] ?? added[4] ?? '') : ['You']);}
  const removed = MEMBER_REMOVED.exec(text);
  if (removed) {return chatEvent('member-removed', splitNames(removed[2] ?? removed[4] ?? ''));}
  const left = MEMBER_LEFT.exec(text);
  if (left) {return chatEvent('member-left', [left[1] ?? left[2] ?? '']);}
  return null;
}

/**
 * Classify a message's text (invisible marks already removed). `systemLine` says the export
 * marked the line as WhatsApp's own: no sender (Android, old iOS) or a leading U+200E (iOS).
 * Wordings a person could type ("Bob left") count as events only then.
 */
export function classifyText(text: string, systemLine: boolean): ClassifiedText {
  let body = text.trim();
  if (DELETED.test(body)) {return { text: '', event: chatEvent('message-deleted'), attachments: [] };}
  if (MEDIA_OMITTED.test(body)) {return { text: '', event: chatEvent('media-omitted'), attachments: [] };}

  let found: ChatEvent | null = null;
  const edited = EDITED.exec(body);
  if (edited) {
    body = body.slice(0, edited.index).trimEnd();
    found = chatEvent('message-edited');
  }

  if (body.length > MAX_SENTENCE_CHARS) {
    // No WhatsApp sentence or attachment marker is this long: a long text is a message.
    return { text: body, event: systemLine ? chatEvent('other') : null, attachments: [] };
  }
  const attachments: string[] = [];
  const collect = (_whole: string, name: string): string => {
    attachments.push(name.trim());
    return '';
  };
  body = body.replace(IOS_ATTACHED, collect).replace(ANDROID_ATTACHED, collect).replace(DUTCH_ATTACHED, collect).trim();
  if (found || attachments.length > 0) {return { text: body, event: found, attachments };}

  const lineEnd = body.indexOf('\n');
  const firstLine = lineEnd < 0 ? body : body.slice(0, lineEnd);
  found = fixedSentenceEvent(firstLine) ?? (systemLine ? (systemLineEvent(firstLine) ?? chatEvent('other')) : null);
  // System sentences keep their wording as text: it names who did what, which subjects alone lose.
  return { text: body, event: found, attachments };
}
