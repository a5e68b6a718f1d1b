/**
 * A WhatsApp chat export (`_chat.txt`, already decoded to a string) as `ChatItem`s. Pure: no
 * file, zip or clock access. Never throws on bad input; what it cannot read goes to `problems`.
 *
 * Two passes: the first finds message headers and their continuation lines, the second decides
 * the date order over the whole file (a single line cannot tell 03/04 apart) and builds items.
 */
import { emptyChatItem, MAX_CHAT_TEXT_CHARS, textCutProblem, type ChatItem, type ChatProblem } from '../chat-message.js';
import { decideDateOrder, type DateOrder } from './date-order.js';
import { startsWithSystemMark, stripInvisibleMarks } from './invisible-marks.js';
import { looksLikeMessageStart, readMessageHeader, type MessageHeader } from './message-header.js';
import { classifyText } from './system-events.js';
import { isValidTimeZone, wallClockToIso } from '../zoned-time.js';

export type WhatsAppParseOptions = {
  /** IANA zone the officer chose (`America/New_York`); exports carry none. */
  timeZone: string;
  /** Day/month order; 'auto' (the default) reads it from the data. */
  dateOrder?: DateOrder | 'auto';
};

export type WhatsAppParseResult = {
  /** The group name when the export shows it (iOS encryption notice sent "by" the group), else ''. */
  conversation: string;
  /** In file order; out-of-order timestamps are kept as written. */
  items: ChatItem[];
  problems: ChatProblem[];
  dateOrder: DateOrder;
  /** Why that order: the field that proved it, or that the file was ambiguous. */
  dateOrderEvidence: string;
};

type RawMessage = { line: number; header: MessageHeader; lines: string[] };

/** Splits on CRLF, LF or CR without building intermediate copies per line. */
function splitLines(text: string): string[] {
  return text.split(/\r\n|\n|\r/);
}

/** `Name: text` → sender and text; a line with no `: ` is a system line with no sender. */
function splitSender(rest: string): { sender: string; body: string; hasSender: boolean } {
  const colon = rest.indexOf(': ');
  if (colon < 0) {
    // `John Doe:.` (chat-miner) has no space after the colon yet is a message.
    const bare = /^([^:]{1,200}):(?=\S|$)/.exec(rest);
    if (bare && !/^\d/.test(rest)) {return { sender: bare[1] ?? '', body: rest.slice(bare[0].length), hasSender: true };}
    return { sender: '', body: rest, hasSender: false };
  }
  return { sender: rest.slice(0, colon), body: rest.slice(colon + 2), hasSender: true };
}

/** Keeps the first MAX_CHAT_TEXT_CHARS of a message, before any copy of it is made. */
function cutLongMessage(message: RawMessage, problems: ChatProblem[]): void {
  let length = 0;
  for (const line of message.lines) {length += line.length + 1;}
  if (length <= MAX_CHAT_TEXT_CHARS) {return;}
  problems.push(textCutProblem(`line ${message.line}`, length - 1));
  const kept: string[] = [];
  let room = MAX_CHAT_TEXT_CHARS;
  for (const line of message.lines) {
    if (room <= 0) {break;}
    kept.push(line.slice(0, room));
    room -= line.length + 1;
  }
  message.lines = kept;
}

/** Parse a WhatsApp export. See `WhatsAppParseResult`. */
export function parseWhatsAppExport(text: string, options: WhatsAppParseOptions): WhatsAppParseResult {
  const problems: ChatProblem[] = [];
  const messages: RawMessage[] = [];
  const lines = splitLines(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

  lines.forEach((line, index) => {
    const header = readMessageHeader(line);
    const current = messages[messages.length - 1];
    if (header) {
      messages.push({ line: index + 1, header, lines: [header.rest] });
      return;
    }
    if (looksLikeMessageStart(line)) {
      problems.push({ locator: `line ${index + 1}`, message: 'starts like a timestamp but does not parse; kept as continuation' });
    }
    if (current) {current.lines.push(line);}
    else if (line.trim() !== '') {problems.push({ locator: `line ${index + 1}`, message: 'text before the first message' });}
  });

  const decision = decideDateOrder(
    messages.filter((m) => !m.header.yearFirst).map((m) => [m.header.fields[0], m.header.fields[1]] as const),
    options.dateOrder ?? 'auto',
  );
  const zoneOk = isValidTimeZone(options.timeZone);
  if (!zoneOk) {problems.push({ locator: '', message: `unknown time zone "${options.timeZone}"; dates left unread` });}

  for (const message of messages) {cutLongMessage(message, problems);}

  let conversation = '';
  const items: ChatItem[] = messages.map((message) => {
    const locator = `line ${message.line}`;
    const { header } = message;
    // Trailing blank lines belong to the gap between messages, not to the text.
    while (message.lines.length > 1 && (message.lines[message.lines.length - 1] ?? '').trim() === '') {message.lines.pop();}
    const { sender: rawSender, body, hasSender } = splitSender(message.lines.join('\n'));
    const sender = stripInvisibleMarks(rawSender).trim();
    const classified = classifyText(stripInvisibleMarks(body), !hasSender || startsWithSystemMark(body));
    if (classified.event?.kind === 'encryption-notice' && hasSender && conversation === '') {
      // iOS writes the notice "from" the group; Android 2016 from the contact, which is the chat's name too.
      conversation = sender;
    }
    const dateIso = zoneOk ? wallClockToIso(wallClockOf(header, decision.order), options.timeZone) : null;
    if (zoneOk && dateIso === null) {problems.push({ locator, message: `unreadable date "${header.dateRaw}" as ${decision.order}` });}
    return {
      ...emptyChatItem(),
      locator,
      sender,
      dateIso,
      dateRaw: stripInvisibleMarks(header.dateRaw),
      text: classified.text,
      event: classified.event,
      attachments: classified.attachments,
    };
  });
  for (const item of items) {
    item.conversation = conversation;
    // iOS writes system lines "from" the group; the group sent nothing, so they have no sender.
    if (item.event !== null && conversation !== '' && item.sender === conversation) {item.sender = '';}
  }

  return { conversation, items, problems, dateOrder: decision.order, dateOrderEvidence: decision.evidence };
}

function wallClockOf(header: MessageHeader, order: DateOrder) {
  const [a, b, c] = header.fields;
  const [year, month, day] = header.yearFirst ? [a, b, c] : order === 'dmy' ? [c, b, a] : [c, a, b];
  return {
    year: year < 100 ? 2000 + year : year,
    month,
    day,
    hour: header.hour,
    minute: header.minute,
    second: header.second,
  };
}
