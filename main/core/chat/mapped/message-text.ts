/**
 * A message body as text. Some exports write HTML bodies for some rows and plain text for others
 * (LinkedIn's InMail versus its chat), so 'auto' converts only a body that carries HTML tags: a
 * plain message such as "a <3 b > c" must not lose the words between its angle brackets.
 */
import { htmlToText } from '../../text/html-to-text.js';

/** Whether bodies are HTML: 'auto' when they carry tags, or always, or never. */
export type HtmlMode = 'auto' | 'always' | 'never';

const HTML_TAG = /<\/?(?:p|br|div|span|ul|ol|li|strong|b|i|em|u|a|h[1-6]|table|tbody|tr|td|th|blockquote|img|font|hr|pre|code)\b[^<>]*>/i;

/** True when the text holds at least one common HTML tag. */
export function looksLikeHtml(text: string): boolean {
  return HTML_TAG.test(text);
}

/** The body as plain text: HTML converted by `htmlToText` (never run, never fetched), plain text kept as written. */
export function messageText(body: string, html: HtmlMode): string {
  const convert = html === 'always' || (html === 'auto' && looksLikeHtml(body));
  return convert ? htmlToText(body) : body;
}
