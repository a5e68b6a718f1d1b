/**
 * A Teams message's words: its subject (channel posts may have one), its body, and what its
 * attachments say. Graph writes `body.contentType` `text` or `html`, and always HTML when the
 * message mentions someone (`Hello <at id="0">Jane Smith</at>`). HTML becomes text through
 * html-to-text, which never runs or fetches anything; markers Teams puts in the HTML
 * (`<attachment id="…">`, `<systemEventMessage/>`) carry no words and drop out.
 *
 * Files are never in the export: an attachment of type `reference` is a link to SharePoint or
 * OneDrive, and an inline image is a link to the message's hosted content. The file's name is
 * kept as an attachment name, and its link in the text, because the link is where the officer
 * must collect the file. Cards (bots, forwarded messages, code snippets) carry their own text as
 * JSON in `content`; its titles and texts are kept.
 */
import { MAX_CHAT_TEXT_CHARS, textCutProblem, type ChatProblem } from '../chat-message.js';
import { arrayField, isRecord, recordField, stringField, type JsonRecord } from '../json-fields.js';
import { baseName } from '../../util/base-name.js';
import { looksLikeHtml } from '../mapped/message-text.js';
import { htmlToText } from '../../text/html-to-text.js';
import { htmlTokens } from '../../text/html-tokens.js';

/** What a message says and which files it names. */
export type TeamsBody = { text: string; attachments: string[] };

/** Card JSON above this is not parsed: no real card comes near it. */
const MAX_CARD_JSON_CHARS = 1024 * 1024;
/** Nesting followed into a card, and strings kept from one: bounds on a hostile card. */
const MAX_CARD_DEPTH = 16;
const MAX_CARD_STRINGS = 500;
/** The keys of hero, thumbnail and adaptive cards that hold what a person reads. */
const CARD_TEXT_KEYS: ReadonlySet<string> = new Set(['title', 'subtitle', 'text']);

/** Cuts text to MAX_CHAT_TEXT_CHARS, saying so once per message however many of its parts are cut. */
type Cut = (value: string, locator: string) => string;

function cutter(problems: ChatProblem[]): Cut {
  let said = false;
  return (value, locator) => {
    if (value.length <= MAX_CHAT_TEXT_CHARS) {
      return value;
    }
    if (!said) {
      problems.push(textCutProblem(locator, value.length));
      said = true;
    }
    return value.slice(0, MAX_CHAT_TEXT_CHARS);
  };
}

/** How many `<img>` the HTML holds: inline images whose bytes are hosted content, not in the file. */
function imageCount(html: string): number {
  let count = 0;
  for (const token of htmlTokens(html)) {
    if (token.kind === 'start' && token.name === 'img') {
      count += 1;
    }
  }
  return count;
}

function bodyText(message: JsonRecord, locator: string, cut: Cut): string {
  const body = recordField(message, 'body');
  if (!body) {
    return '';
  }
  const content = cut(stringField(body, 'content'), locator);
  if (stringField(body, 'contentType').toLowerCase() !== 'html') {
    return content;
  }
  const images = imageCount(content);
  const text = htmlToText(content);
  const marker = images === 0 ? '' : `[${images} inline image${images === 1 ? '' : 's'}, not in the export]`;
  return [text, marker].filter((part) => part !== '').join('\n');
}

/** Titles and texts of a card, depth first, in the card's order. */
function cardStrings(value: unknown, depth: number, out: string[]): void {
  if (depth > MAX_CARD_DEPTH || out.length >= MAX_CARD_STRINGS) {
    return;
  }
  if (Array.isArray(value)) {
    for (const entry of value) {
      cardStrings(entry, depth + 1, out);
    }
    return;
  }
  if (!isRecord(value)) {
    return;
  }
  for (const [key, entry] of Object.entries(value)) {
    if (CARD_TEXT_KEYS.has(key) && typeof entry === 'string') {
      if (entry.trim() !== '' && out.length < MAX_CARD_STRINGS) {
        out.push(looksLikeHtml(entry) ? htmlToText(entry) : entry.trim());
      }
    } else {
      cardStrings(entry, depth + 1, out);
    }
  }
}

/** The words of an attachment's inline `content`: a card's texts, or the content itself when it is no JSON. */
function contentText(content: string, locator: string, problems: ChatProblem[]): string {
  const trimmed = content.trim();
  if (trimmed === '') {
    return '';
  }
  if (!trimmed.startsWith('{') && !trimmed.startsWith('[')) {
    return looksLikeHtml(trimmed) ? htmlToText(trimmed) : trimmed;
  }
  if (trimmed.length > MAX_CARD_JSON_CHARS) {
    problems.push({ locator, message: `attachment content of ${trimmed.length} characters not read as a card` });
    return '';
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(trimmed) as unknown;
  } catch {
    return trimmed;
  }
  const strings: string[] = [];
  cardStrings(parsed, 0, strings);
  return strings.join('\n');
}

function attachmentsOf(message: JsonRecord, locator: string, problems: ChatProblem[], cut: Cut): TeamsBody {
  const names: string[] = [];
  const lines: string[] = [];
  arrayField(message, 'attachments').forEach((attachment, index) => {
    if (!isRecord(attachment)) {
      return;
    }
    const where = `${locator}.attachments[${index}]`;
    const url = stringField(attachment, 'contentUrl').trim();
    // A link's file name is the last segment of its URL when the attachment gives no name.
    const name = stringField(attachment, 'name').trim() || (url === '' ? '' : safeDecode(baseName(url.split(/[?#]/)[0] ?? '')));
    if (name !== '' && !names.includes(name)) {
      names.push(name);
    }
    if (url !== '') {
      lines.push(`[Attachment${name === '' ? '' : `: ${name}`}] ${url}`);
    }
    const content = attachment['content'];
    if (typeof content === 'string') {
      const text = contentText(cut(content, where), where, problems);
      if (text !== '') {
        lines.push(text);
      }
    }
  });
  return { text: lines.join('\n'), attachments: names };
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** The subject, body and attachment text of a message, and the names of the files it links. */
export function teamsBody(message: JsonRecord, locator: string, problems: ChatProblem[]): TeamsBody {
  const cut = cutter(problems);
  const subject = stringField(message, 'subject').trim();
  const attached = attachmentsOf(message, locator, problems, cut);
  const text = [subject, bodyText(message, locator, cut), attached.text].filter((part) => part.trim() !== '').join('\n');
  return { text: cut(text, locator), attachments: attached.attachments };
}
