/**
 * A chat transcript section: a conversation's released messages of one day, as the review
 * screen shows them, "HH:MM Sender: text", one message after another, with each message's
 * redactions burned in (sender and text) and system events in brackets.
 *
 * Times are the wall-clock time the export recorded (the ISO date's own offset), like the
 * conversation's day, so a transcript reads as the participants saw it. The conversation's name
 * is taken with the redactions the messages' titles carry (marked-record.ts); a message's own
 * title is never printed, because it repeats the start of the message text.
 */
import { cleanLine, type MeasureText } from './font-runs.js';
import { headerRows, continuationRows } from './layout-record.js';
import { conversationTitle, senderLine, type MarkedRecord } from './marked-record.js';
import { markedRows } from './marked-rows.js';
import { eventWords, platformLabel } from '../../../shared/model/chat-words.js';
import type { PacketItem } from './packet-input.js';
import { contentWidth, type PageGeometry } from './page-geometry.js';
import { ruleRow, textRow, type Row } from './page-rows.js';
import { concatMarked, hasRedactions, isMarkedEmpty, placeholderText, plainMarked, type MarkedText } from './redacted-runs.js';

const NO_TIME = '--:--';
const NO_TEXT = '(no text)';
const UNNAMED = '(unnamed conversation)';
const UNKNOWN_SENDER = 'Unknown sender';

/** "14:05" from an ISO date with its own offset; "--:--" when undated. */
export function messageTime(date: string | null): string {
  return date !== null && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(date) ? date.slice(11, 16) : NO_TIME;
}

/** The sender as a transcript line names them: the From field with its boxes if it has redactions, else the name. */
function senderMarked(item: PacketItem, marked: MarkedRecord): MarkedText {
  if (hasRedactions(marked.from)) {
    return marked.from;
  }
  return plainMarked(senderLine(item.record, marked) || UNKNOWN_SENDER);
}

/**
 * One message as marked text: "HH:MM Sender: text", or "HH:MM [Event] text" for a system event.
 * An event's subjects (names) are not printed: no redaction can cover them, while the event's
 * own text (the record body) can be redacted.
 */
export function messageLine(item: PacketItem, marked: MarkedRecord): { prefix: string; line: MarkedText } {
  const time = messageTime(item.record.date);
  const event = item.record.chat?.event ?? null;
  if (event !== null) {
    const prefix = `${time} `;
    const text = isMarkedEmpty(marked.body) ? [] : concatMarked(plainMarked(' '), marked.body);
    return { prefix, line: concatMarked(plainMarked(`${prefix}[${eventWords(event)}]`), text) };
  }
  const prefix = `${time} `;
  const text = isMarkedEmpty(marked.body) ? plainMarked(NO_TEXT) : marked.body;
  return { prefix, line: concatMarked(plainMarked(prefix), senderMarked(item, marked), plainMarked(': '), text) };
}

/** "Platform · Conversation · day", with the conversation's redactions as placeholders. */
export function transcriptLabel(items: readonly PacketItem[]): string {
  const chat = items[0]?.record.chat ?? null;
  const name = placeholderText(conversationTitle(items)).trim() || UNNAMED;
  return [chat === null ? 'Chat' : platformLabel(chat.platform), name, chat?.day || 'undated'].join(' · ');
}

/** What the index (and each message's entry) calls the transcript. */
export function transcriptTitle(items: readonly PacketItem[]): string {
  return `Chat transcript: ${transcriptLabel(items)}`;
}

export type TranscriptRows = {
  /** Heading and header block, then a rule. */
  header: Row[];
  /** Each message's rows, with its record id (for reporting characters no font has). */
  messages: Array<{ recordId: string; rows: Row[] }>;
  continuation: Row[];
};

/** The transcript of `items` (one conversation-day, in order) under `heading`. */
export function transcriptRows(
  items: readonly PacketItem[],
  marks: ReadonlyMap<string, MarkedRecord>,
  heading: string,
  measure: MeasureText,
  geometry: PageGeometry,
): TranscriptRows {
  const first = items[0]?.record;
  const chat = first?.chat ?? null;
  const left = geometry.marginLeft;
  const width = contentWidth(geometry);
  const conversation = conversationTitle(items);
  const sources = [...new Set(items.map((item) => item.record.fileSha256).filter((sha) => sha !== ''))];
  const header: Row[] = [
    textRow(geometry.heading, [{ text: heading, x: left, size: geometry.heading.size, style: 'bold' }]),
    ...headerRows(
      [
        ['Platform', plainMarked(chat === null ? 'Chat' : platformLabel(chat.platform))],
        ['Conversation', isMarkedEmpty(conversation) ? plainMarked(UNNAMED) : conversation],
        ['Day', plainMarked(chat?.day || 'Undated')],
        ['Custodian', plainMarked(cleanLine(first?.custodian ?? '').trim() || '—')],
        ['Messages', plainMarked(String(items.length))],
        ['Source SHA-256', plainMarked(sources.join(', ') || '—')],
      ],
      measure,
      geometry,
    ),
    ruleRow(geometry),
  ];
  const body = geometry.body;
  const messages = items.map((item) => {
    const marked = marks.get(item.record.id);
    if (marked === undefined) {
      return { recordId: item.record.id, rows: [] };
    }
    const { prefix, line } = messageLine(item, marked);
    // Later lines of a message start under its text, clear of the time.
    const hangingIndent = Math.min(measure(prefix, body.size, 'regular'), width / 4);
    return { recordId: item.record.id, rows: markedRows(line, { line: body, style: 'regular', measure, x: left, width, hangingIndent }) };
  });
  return { header, messages, continuation: continuationRows(transcriptLabel(items), measure, geometry) };
}
