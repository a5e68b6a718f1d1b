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

/** True when the head is a JSON object whose first keys belong to a chat export this adapter reads. */
export function looksLikeChatJson(head: Uint8Array): boolean {
  const text = new TextDecoder('utf-8').decode(head.subarray(0, 4096)).replace(/^\uFEFF/, '').trimStart();
  return text.startsWith('{') && HEAD_MARKERS.some((marker) => marker.test(text));
}
