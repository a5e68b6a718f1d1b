/**
 * How a list of people is written into the index's text columns ("Name <address>, …"): the
 * form the to:, cc: and bcc: searches read, and threading's people-in-common test parses.
 */
import type { Participant } from '../../../../shared/model/record.js';
import { participantsLine } from '../../../../shared/model/redactable-text.js';

/** The viewer's one-line form, so a to: hit and a redaction on the To line read the same text. */
export function participantsText(list: readonly Participant[]): string {
  return participantsLine(list);
}

/** The same from the JSON the records table keeps; '' when the JSON is not a list. */
export function participantsTextFromJson(json: string): string {
  const parsed = JSON.parse(json) as unknown;
  return Array.isArray(parsed) ? participantsText(parsed as Participant[]) : '';
}
