/**
 * A WhatsApp chat export (`_chat.txt`, already decoded to a string) as `ChatItem`s. Pure: no
 * file, zip or clock access. Never throws on bad input; what it cannot read becomes a problem.
 *
 * Two passes over the text, neither holding more than one message: the first (`scan-whatsapp.ts`)
 * decides the date order over the whole file and finds the chat's name; the second yields each
 * message as soon as its last line is read, so a million-line export flows to the index one
 * record at a time instead of being built whole in memory first.
 */
import { emptyChatItem, MAX_CHAT_TEXT_CHARS, textCutProblem, type ChatItem, type ChatProblem } from '../chat-message.js';
import { isValidTimeZone, wallClockToIso } from '../zoned-time.js';
import { decideDateOrder, type DateOrder, type DateOrderDecision } from './date-order.js';
import { startsWithSystemMark, stripInvisibleMarks } from './invisible-marks.js';
import { headerTimeKey, looksLikeMessageStart, readMessageHeader, splitSender, type MessageHeader } from './message-header.js';
import { scanWhatsAppExport } from './scan-whatsapp.js';
import { classifyText } from './system-events.js';
import { textLines } from './text-lines.js';

export type WhatsAppParseOptions = {
  /** IANA zone the officer chose (`America/New_York`); exports carry none. */
  timeZone: string;
  /** Day/month order for a file whose dates leave it open; 'auto' (the default) assumes dmy. */
  dateOrder?: DateOrder | 'auto';
};

/** One thing the second pass yields: a message or event, or a problem, in file order. */
export type WhatsAppOutput = ChatItem | { problem: ChatProblem };

/** An export read by the first pass, its messages still to come. */
export type WhatsAppExport = {
  /** The chat's name as its own lines show it (`chat-name.ts`), else ''. */
  conversation: string;
  /** The name the group was created with, when the export shows it, else ''. */
  createdGroupName: string;
  dateOrder: DateOrderDecision;
  /** The second pass: every message and problem in file order, built one at a time. */
  outputs(): Generator<WhatsAppOutput>;
};

export type WhatsAppParseResult = {
  /** The chat's name as its own lines show it (`chat-name.ts`), else ''. */
  conversation: string;
  /** In file order; out-of-order timestamps are kept as written. */
  items: ChatItem[];
  problems: ChatProblem[];
  dateOrder: DateOrder;
  /** Why that order: the field that proved it, or that the file was ambiguous. */
  dateOrderEvidence: string;
  dateOrderDecision: DateOrderDecision;
};

/** A message whose lines are still being read. */
type Pending = { line: number; header: MessageHeader; lines: string[]; chars: number };

type Context = { conversation: string; order: DateOrder; timeZone: string | null };

function wallClockOf(header: MessageHeader, order: DateOrder) {
  const [a, b, c] = header.fields;
  const [year, month, day] = header.yearFirst ? [a, b, c] : order === 'dmy' ? [c, b, a] : [c, a, b];
  return { year: year < 100 ? 2000 + year : year, month, day, hour: header.hour, minute: header.minute, second: header.second };
}

/** Adds a line, keeping only the first MAX_CHAT_TEXT_CHARS of the message before any copy of it is made. */
function addLine(message: Pending, line: string): void {
  const room = MAX_CHAT_TEXT_CHARS - message.chars;
  if (room > 0) {
    message.lines.push(line.length <= room ? line : line.slice(0, room));
  }
  message.chars += line.length + 1;
}

function* finish(message: Pending, context: Context): Generator<WhatsAppOutput> {
  const locator = `line ${message.line}`;
  const { header, lines } = message;
  if (message.chars > MAX_CHAT_TEXT_CHARS) {
    yield { problem: textCutProblem(locator, message.chars - 1) };
  }
  // Trailing blank lines belong to the gap between messages, not to the text.
  while (lines.length > 1 && (lines[lines.length - 1] ?? '').trim() === '') {
    lines.pop();
  }
  const { sender: rawSender, body, hasSender } = splitSender(lines.join('\n'));
  const sender = stripInvisibleMarks(rawSender).trim();
  const classified = classifyText(stripInvisibleMarks(body), !hasSender || startsWithSystemMark(body));
  const dateIso = context.timeZone === null ? null : wallClockToIso(wallClockOf(header, context.order), context.timeZone);
  if (context.timeZone !== null && dateIso === null) {
    yield { problem: { locator, message: `unreadable date "${header.dateRaw}" as ${context.order}` } };
  }
  yield {
    ...emptyChatItem(),
    locator,
    conversation: context.conversation,
    // iOS writes system lines "from" the group; the group sent nothing, so they have no sender.
    sender: classified.event !== null && context.conversation !== '' && sender === context.conversation ? '' : sender,
    dateIso,
    dateRaw: stripInvisibleMarks(header.dateRaw),
    timeKey: headerTimeKey(header),
    text: classified.text,
    event: classified.event,
    attachments: classified.attachments,
  };
}

function* messagesOf(text: string, context: Context, zoneProblem: ChatProblem | null): Generator<WhatsAppOutput> {
  if (zoneProblem !== null) {
    yield { problem: zoneProblem };
  }
  let current: Pending | null = null;
  for (const line of textLines(text)) {
    const header = readMessageHeader(line.text);
    if (header) {
      if (current !== null) {
        yield* finish(current, context);
      }
      current = { line: line.number, header, lines: [], chars: 0 };
      addLine(current, header.rest);
      continue;
    }
    if (looksLikeMessageStart(line.text)) {
      yield { problem: { locator: `line ${line.number}`, message: 'starts like a timestamp but does not parse; kept as continuation' } };
    }
    if (current !== null) {
      addLine(current, line.text);
    } else if (line.text.trim() !== '') {
      yield { problem: { locator: `line ${line.number}`, message: 'text before the first message' } };
    }
  }
  if (current !== null) {
    yield* finish(current, context);
  }
}

/**
 * Runs the first pass over a WhatsApp export and returns what it found, with the second pass
 * ready to run (`outputs`). The text is read, never copied: its lines are slices of it.
 */
export function readWhatsAppExport(text: string, options: WhatsAppParseOptions): WhatsAppExport {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const scan = scanWhatsAppExport(body);
  const dateOrder = decideDateOrder(scan.dateEvidence, options.dateOrder ?? 'auto');
  const zoneOk = isValidTimeZone(options.timeZone);
  const context: Context = { conversation: scan.conversation, order: dateOrder.order, timeZone: zoneOk ? options.timeZone : null };
  const zoneProblem = zoneOk ? null : { locator: '', message: `unknown time zone "${options.timeZone}"; dates left unread` };
  return {
    conversation: scan.conversation,
    createdGroupName: scan.createdGroupName,
    dateOrder,
    outputs: () => messagesOf(body, context, zoneProblem),
  };
}

/** Parse a WhatsApp export whole, items and problems apart. For small exports and tests; ingest streams `readWhatsAppExport`. */
export function parseWhatsAppExport(text: string, options: WhatsAppParseOptions): WhatsAppParseResult {
  const read = readWhatsAppExport(text, options);
  const items: ChatItem[] = [];
  const problems: ChatProblem[] = [];
  for (const output of read.outputs()) {
    if ('problem' in output) {
      problems.push(output.problem);
    } else {
      items.push(output);
    }
  }
  return {
    conversation: read.conversation,
    items,
    problems,
    dateOrder: read.dateOrder.order,
    dateOrderEvidence: read.dateOrder.evidence,
    dateOrderDecision: read.dateOrder,
  };
}
