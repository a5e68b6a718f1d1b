/**
 * Chat platforms and system events in plain words, one wording for the review screen and the
 * released packet, so an officer reads in the packet what they saw while reviewing.
 */
import type { ChatEvent, ChatEventKind, ChatPlatform } from './chat.js';

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

/** The event in words with its duration, without the people it names: "Disappearing messages turned on (7 days)". */
export function eventWords(event: ChatEvent): string {
  const words = EVENT_WORDS[event.kind] ?? event.kind;
  return event.durationSeconds !== null && event.durationSeconds > 0 ? `${words} (${formatDuration(event.durationSeconds)})` : words;
}
