/**
 * Words for a transcript: system events named in plain language with their durations, and each
 * line's time as the export's clock showed it. Pure, so the wording is tested without a browser.
 */
import type { ChatEvent, ChatEventKind, ChatPlatform } from '../../shared/model/chat.js';

const EVENT_WORDS: Record<ChatEventKind, string> = {
  'disappearing-on': 'Disappearing messages turned on',
  'disappearing-off': 'Disappearing messages turned off',
  'message-deleted': 'Message deleted',
  'media-omitted': 'Media left out of the export',
  'message-edited': 'Edited',
  'member-added': 'Member added',
  'member-removed': 'Member removed',
  'member-left': 'Member left',
  'group-created': 'Group created',
  'group-renamed': 'Group renamed',
  'security-code-changed': 'Security code changed',
  'encryption-notice': 'Encryption notice',
  'missed-call': 'Missed call',
  call: 'Call',
  other: 'System message',
};

const PLATFORM_WORDS: Record<ChatPlatform, string> = {
  whatsapp: 'WhatsApp',
  slack: 'Slack',
  sms: 'SMS / MMS',
  telegram: 'Telegram',
  discord: 'Discord',
  messenger: 'Messenger',
  linkedin: 'LinkedIn',
  wickr: 'Wickr',
  teams: 'Microsoft Teams',
  mapped: 'Chat export (column mapping)',
};

export function platformLabel(platform: ChatPlatform): string {
  return PLATFORM_WORDS[platform] ?? platform;
}

/** "7 days", "1 hour", "3 min 20 s". */
export function formatDuration(seconds: number): string {
  const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  if (seconds >= 86_400 && seconds % 86_400 === 0) {
    return plural(seconds / 86_400, 'day');
  }
  if (seconds >= 3600 && seconds % 3600 === 0) {
    return plural(seconds / 3600, 'hour');
  }
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  if (minutes === 0) {
    return `${rest} s`;
  }
  return rest === 0 ? `${minutes} min` : `${minutes} min ${rest} s`;
}

/** The event in words: "Disappearing messages turned on (7 days)", "Member added: Emily". */
export function eventLabel(event: ChatEvent): string {
  const words = EVENT_WORDS[event.kind] ?? event.kind;
  const duration = event.durationSeconds !== null && event.durationSeconds > 0 ? ` (${formatDuration(event.durationSeconds)})` : '';
  const subjects = event.subjects.length > 0 ? `: ${event.subjects.join(', ')}` : '';
  return `${words}${duration}${subjects}`;
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
