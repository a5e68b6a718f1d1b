/**
 * The text of each part of a record that a redaction can cover, exactly as the viewer shows it
 * and the packet prints it: a redaction's offsets point into these strings.
 */
import type { Participant, RecordDetail } from './record.js';
import type { RedactableField } from './review.js';

/** People as one line: "Name <address>, …", a bare name or address when that is all there is. */
export function participantsLine(list: readonly Participant[]): string {
  return list.map((p) => (p.name && p.address ? `${p.name} <${p.address}>` : p.name || p.address)).join(', ');
}

export function redactableText(record: Pick<RecordDetail, 'title' | 'from' | 'to' | 'cc' | 'body'>, field: RedactableField): string {
  switch (field) {
    case 'subject':
      return record.title;
    case 'from':
      return record.from;
    case 'to':
      return participantsLine(record.to);
    case 'cc':
      return participantsLine(record.cc);
    case 'body':
      return record.body;
  }
}
