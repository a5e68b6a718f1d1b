/**
 * Words for a transcript: system events named in plain language with their durations, and each
 * line's time as the export's clock showed it. Pure, so the wording is tested without a browser.
 */
import type { ChatEvent } from '../../shared/model/chat.js';
import { eventWords } from '../../shared/model/chat-words.js';

export { formatDuration, platformLabel } from '../../shared/model/chat-words.js';

/** The event in words: "Disappearing messages turned on (7 days)", "Member added: Emily". */
export function eventLabel(event: ChatEvent): string {
  const subjects = event.subjects.length > 0 ? `: ${event.subjects.join(', ')}` : '';
  return `${eventWords(event)}${subjects}`;
}

/** The time of day as the export's clock showed it ("15:58:47"); '—' when undated. */
export function lineTime(dateIso: string | null): string {
  return dateIso !== null && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}/.test(dateIso) ? dateIso.slice(11, 19) : '—';
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "Thu 20 Jun 2019", read from the day's own digits so no zone can move it. */
export function dayHeading(day: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) {
    return 'Undated messages';
  }
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  // Spelled out here: ICU builds differ in their commas, and a heading must not change with them.
  return `${WEEKDAYS[date.getUTCDay()]} ${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}
