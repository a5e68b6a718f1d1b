/**
 * How a list of people is written into the index's text columns ("Name <address>, …"): the
 * form the to:, cc: and bcc: searches read, and threading's people-in-common test parses.
 */
import type { Participant } from '../../../../shared/model/record.js';

export function participantsText(list: readonly Participant[]): string {
  return list.map((p) => (p.name && p.address ? `${p.name} <${p.address}>` : p.name || p.address)).join(', ');
}

/** The same from the JSON the records table keeps; '' when the JSON is not a list. */
export function participantsTextFromJson(json: string): string {
  const parsed = JSON.parse(json) as unknown;
  return Array.isArray(parsed) ? participantsText(parsed as Participant[]) : '';
}
