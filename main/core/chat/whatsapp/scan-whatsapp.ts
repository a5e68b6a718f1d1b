/**
 * The first of a WhatsApp export's two passes: what the whole file must be read for before any
 * message can be built. The date order needs every header's day and month fields (a single
 * line cannot tell 03/04 apart), and the chat's name may come from any line. Nothing else is
 * kept, so the pass costs a few objects however many lines the export has.
 */
import { chatNameFromLine, quotedGroupName } from './chat-name.js';
import { DateOrderEvidence } from './date-order.js';
import { startsWithSystemMark, stripInvisibleMarks } from './invisible-marks.js';
import { readMessageHeader, splitSender } from './message-header.js';
import { classifyText, looksLikeEncryptionNotice } from './system-events.js';
import { textLines } from './text-lines.js';

export type WhatsAppScan = {
  /** The day and month fields of every header. */
  dateEvidence: DateOrderEvidence;
  /** The chat's name as its own lines show it (`chat-name.ts`), '' when none does. */
  conversation: string;
  /** The name the group was created with ('Loris created group “Example”'), '' when not shown. */
  createdGroupName: string;
};

/** Reads `text` (BOM already removed) once, keeping only what `WhatsAppScan` holds. */
export function scanWhatsAppExport(text: string): WhatsAppScan {
  const dateEvidence = new DateOrderEvidence();
  let conversation = '';
  let createdGroupName = '';
  for (const line of textLines(text)) {
    const header = readMessageHeader(line.text);
    if (header === null) {
      continue;
    }
    if (!header.yearFirst) {
      dateEvidence.add(header.fields[0], header.fields[1], line.number, stripInvisibleMarks(header.dateRaw));
    }
    if (conversation !== '' && createdGroupName !== '') {
      continue;
    }
    // Only WhatsApp's own lines can name the chat; a person's line is classified only when it
    // may be the notice Android 2016 wrote under the contact's name, so most lines cost nothing.
    const { sender, body, hasSender } = splitSender(header.rest);
    const marked = startsWithSystemMark(body);
    const plain = stripInvisibleMarks(body);
    if (hasSender && !marked && !looksLikeEncryptionNotice(plain)) {
      continue;
    }
    const classified = classifyText(plain, !hasSender || marked);
    if (conversation === '') {
      conversation = chatNameFromLine(stripInvisibleMarks(sender).trim(), classified.text, classified.event, marked);
    }
    if (createdGroupName === '' && classified.event?.kind === 'group-created') {
      createdGroupName = quotedGroupName(classified.text);
    }
  }
  return { dateEvidence, conversation, createdGroupName };
}
