/**
 * WhatsApp's system lines and markers, in the wordings the corpus holds (English, Spanish,
 * German, Portuguese, Dutch). Each is a `ChatEvent` because the gap register reads them: a
 * disappearing-message timer or a deleted message is evidence that something is missing.
 */
import type { ChatEvent, ChatEventKind } from '../chat-message.js';

export type ClassifiedText = {
  /** The text with markers taken out ('' when the line was only a marker). */
  text: string;
  event: ChatEvent | null;
  attachments: string[];
};

function event(kind: ChatEventKind, subjects: string[] = [], durationSeconds: number | null = null): ChatEvent {
  return { kind, durationSeconds, subjects };
}

/** Whole-text markers that replace a message; the text becomes ''. */
const DELETED = /^(?:this message was deleted\.?|you deleted this message\.?|se eliminó este mensaje\.?|eliminaste este mensaje\.?|diese nachricht wurde gelöscht\.?|du hast diese nachricht gelöscht\.?|essa mensagem foi apagada\.?|você apagou esta mensagem\.?)$/i;
const MEDIA_OMITTED =
  /^(?:<media omitted>|<multimedia omitido>|<medien ausgeschlossen>|(?:image|video|audio|sticker|gif|document|contact card) omitted|(?:sticker|imagen|audio|video|gif|documento) omitid[oa]|(?:bild|video|audio|sticker|gif|dokument) weggelassen|(?:imagem|vídeo|áudio|figurinha|sticker|gif|documento) ocultad[oa])$/i;

/** Edit markers appended to a message that stays. */
const EDITED = /\s*<(?:this message was edited|se editó este mensaje\.?|diese nachricht wurde bearbeitet\.?|mensagem editada)>\s*$/i;

/** Attachment markers: iOS `<attached: f.jpg>` (and its translations), Android `f.jpg (file attached)`, old Dutch `3.jpg <bijgevoegd>`. */
const IOS_ATTACHED = /<(?:attached|adjunto|anhang|anexado): ([^>\n]+)>/gi;
const ANDROID_ATTACHED = /^(.+?\.[A-Za-z0-9]{1,5}) \((?:file attached|archivo adjunto|Datei angehängt|arquivo anexado)\)$/gim;
const DUTCH_ATTACHED = /^(\S+\.[A-Za-z0-9]{1,5}) <bijgevoegd>$/gim;

/** Longer text is a message, never one of WhatsApp's own sentences or attachment markers. */
const MAX_SENTENCE_CHARS = 4096;

/** Sentences that only WhatsApp writes: events whoever the export names as sender. */
const ENCRYPTION =
  /^(?:messages and calls are end-to-end encrypted|messages (?:you send )?to this (?:group|chat)(?: and calls)? are now secured with end-to-end encryption|los mensajes y las llamadas están cifrados de extremo a extremo|nachrichten und anrufe sind ende-zu-ende-verschlüsselt)/i;
const DISAPPEARING_ON = /turned on disappearing messages|activó los mensajes temporales/i;
const DISAPPEARING_OFF = /turned off disappearing messages|desactivó los mensajes temporales/i;
const DURATION = /(\d+) (hours?|days?|horas?|días?)/i;
const SECURITY_CODE = /^your security code with (.+?) changed/i;
const MISSED_CALL = /^missed (?:group )?(?:voice|video) call/i;
/** A call that connected, as iOS writes it: "Voice call. 12 min", "Video call, 45 sec". */
const CALL = /^(?:voice|video|group voice|group video) call(?:[.,]?\s*(\d+)\s*(sec|min|hr|hour)s?\b)?\.?\s*$/i;

/** Sentences a person could also type ("I left"): events only on a system line. */
const GROUP_CREATED = /^(.+?) created (?:group|this group)\b|^(.+?) creó (?:el )?grupo\b/i;
const MEMBER_ADDED = /^(.+?) added (.+?)\.?$|^you were added\.?$|^(.+?) añadió a (.+?)\.?$/i;
const MEMBER_REMOVED = /^(.+?) removed (.+?)\.?$|^(.+?) eliminó a (.+?)\.?$/i;
const MEMBER_LEFT = /^(.+?) left\.?$|^(.+?) salió del grupo\.?$/i;
const GROUP_RENAMED = /^(.+?) changed (?:the|this group's) (?:subject|group name)\b|^(.+?) cambió el (?:asunto|nombre del grupo)\b/i;

function durationSeconds(text: string): number | null {
  const match = DURATION.exec(text);
  if (!match) {return null;}
  const unit = (match[2] ?? '').toLowerCase();
  return Number(match[1]) * (unit.startsWith('h') ? 3600 : 86_400);
}

/** A named person list from "X added Y, Z and W" as written, split on the separators WhatsApp uses. */
function splitNames(names: string): string[] {
  return names
    .split(/, | and | y /)
    .map((name) => name.trim())
    .filter((name) => name !== '');
}

function fixedSentenceEvent(text: string): ChatEvent | null {
  if (ENCRYPTION.test(text)) {return event('encryption-notice');}
  if (DISAPPEARING_OFF.test(text)) {return event('disappearing-off');}
  if (DISAPPEARING_ON.test(text)) {return event('disappearing-on', [], durationSeconds(text));}
  const security = SECURITY_CODE.exec(text);
  if (security) {return event('security-code-changed', [security[1] ?? '']);}
  if (MISSED_CALL.test(text)) {return event('missed-call');}
  return null;
}

function callEvent(text: string): ChatEvent | null {
  const call = CALL.exec(text);
  if (!call) {return null;}
  const amount = call[1] === undefined ? null : Number(call[1]);
  const unit = (call[2] ?? '').toLowerCase();
  return event('call', [], amount === null ? null : amount * (unit === 'sec' ? 1 : unit === 'min' ? 60 : 3600));
}

function systemLineEvent(text: string): ChatEvent | null {
  const call = callEvent(text);
  if (call) {return call;}
  if (GROUP_CREATED.test(text)) {return event('group-created');}
  if (GROUP_RENAMED.test(text)) {return event('group-renamed');}
  const added = MEMBER_ADDED.exec(text);
  if (added) {return event('member-added', added[2] ?? added[4] ? splitNames(added[2] ?? added[4] ?? '') : ['You']);}
  const removed = MEMBER_REMOVED.exec(text);
  if (removed) {return event('member-removed', splitNames(removed[2] ?? removed[4] ?? ''));}
  const left = MEMBER_LEFT.exec(text);
  if (left) {return event('member-left', [left[1] ?? left[2] ?? '']);}
  return null;
}

/**
 * Classify a message's text (invisible marks already removed). `systemLine` says the export
 * marked the line as WhatsApp's own: no sender (Android, old iOS) or a leading U+200E (iOS).
 * Wordings a person could type ("Bob left") count as events only then.
 */
export function classifyText(text: string, systemLine: boolean): ClassifiedText {
  let body = text.trim();
  if (DELETED.test(body)) {return { text: '', event: event('message-deleted'), attachments: [] };}
  if (MEDIA_OMITTED.test(body)) {return { text: '', event: event('media-omitted'), attachments: [] };}

  let found: ChatEvent | null = null;
  if (EDITED.test(body)) {
    body = body.replace(EDITED, '');
    found = event('message-edited');
  }

  if (body.length > MAX_SENTENCE_CHARS) {
    // No WhatsApp sentence is this long; the lazy patterns below would cost quadratic time on it.
    return { text: body, event: systemLine ? event('other') : null, attachments: [] };
  }
  const attachments: string[] = [];
  const collect = (_whole: string, name: string): string => {
    attachments.push(name.trim());
    return '';
  };
  body = body.replace(IOS_ATTACHED, collect).replace(ANDROID_ATTACHED, collect).replace(DUTCH_ATTACHED, collect).trim();
  if (found || attachments.length > 0) {return { text: body, event: found, attachments };}

  found = fixedSentenceEvent(body) ?? (systemLine ? (systemLineEvent(body) ?? event('other')) : null);
  // System sentences keep their wording as text: it names who did what, which subjects alone lose.
  return { text: body, event: found, attachments };
}
