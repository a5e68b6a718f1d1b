/**
 * Sniffs for the chat adapters, kept apart from the readers so that choosing an adapter (on the
 * main thread too) never loads a parser.
 */
import { readMessageHeader } from '../chat/whatsapp/message-header.js';
import { decodeText } from '../text/text-decoding.js';

/** True when the first line with text is a WhatsApp message header. */
export function looksLikeWhatsApp(head: Uint8Array): boolean {
  const text = decodeText(head.subarray(0, 2048)).text.replace(/^\uFEFF/, '');
  const first = text.split(/\r\n|\n|\r/).find((line) => line.trim() !== '');
  return first !== undefined && readMessageHeader(first) !== null;
}

/** Keys the first lines of each export carry: cheap to test before the whole file is parsed. */
const HEAD_MARKERS = [/"guild"\s*:\s*\{/, /"participants"\s*:\s*\[/, /"thread_path"\s*:/, /"messages"\s*:\s*\[/, /"chats"\s*:\s*\{/, /"personal_information"\s*:/];

/**
 * Microsoft Teams (Graph chatMessage lists): an object or, when a tool saved the `value` array
 * alone, an array. Graph writes `@odata.context` first, and a message's `@odata.type` and
 * `messageType` before its body, so one of these is in the head of any file saved as Graph sent it.
 */
const TEAMS_HEAD_MARKERS = [
  /"@odata\.context"\s*:\s*"[^"]*\$metadata#(?:Collection\(chatMessage\)|[^"]*\/(?:messages|replies)")/,
  /"@odata\.type"\s*:\s*"#?microsoft\.graph\.chatMessage"/,
  /"messageType"\s*:\s*"(?:message|systemEventMessage|chatEvent|typing|unknownFutureValue)"/,
];

/** True when the head is JSON whose first keys belong to a chat export this adapter reads. */
export function looksLikeChatJson(head: Uint8Array): boolean {
  const text = new TextDecoder('utf-8').decode(head.subarray(0, 4096)).replace(/^\uFEFF/, '').trimStart();
  if (text.startsWith('{') && HEAD_MARKERS.some((marker) => marker.test(text))) {
    return true;
  }
  return (text.startsWith('{') || text.startsWith('[')) && TEAMS_HEAD_MARKERS.some((marker) => marker.test(text));
}

/** The name of the first element in an XML head, past its declaration, comments and stylesheet instructions. */
function firstXmlElement(head: Uint8Array): string | null {
  const text = decodeText(head.subarray(0, 4096)).text.replace(/^\uFEFF/, '');
  const match = /<([A-Za-z_][\w.-]*)[\s>/]/.exec(text.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<![A-Z][^>]*>/g, ''));
  return match?.[1] ?? null;
}

/** True for an SMS Backup & Restore file: its root is `<smses>` (messages) or `<calls>` (call log). */
export function looksLikeSmsBackup(head: Uint8Array): boolean {
  const root = firstXmlElement(head);
  return root === 'smses' || root === 'calls';
}

/** True for LinkedIn's messages.csv: its header row is LinkedIn's own. */
export function looksLikeLinkedInMessages(head: Uint8Array): boolean {
  return /^\uFEFF?CONVERSATION ID,CONVERSATION TITLE,FROM,/.test(new TextDecoder('utf-8').decode(head.subarray(0, 512)));
}

/** True for the Wickr retention bot's JSON: message records with Wickr's own keys. */
export function looksLikeWickrRetention(head: Uint8Array): boolean {
  const text = new TextDecoder('utf-8').decode(head.subarray(0, 4096)).replace(/^\uFEFF/, '').trimStart();
  return (text.startsWith('{') || text.startsWith('[')) && /"msgtype"\s*:/.test(text) && /"(vgroupid|msg_ts|sender_type)"\s*:/.test(text);
}
