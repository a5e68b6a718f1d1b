/**
 * Display formatting shared by the screens. Pure functions, so they behave the same in every
 * locale the officer's machine might be set to where it matters (dates are shown as written).
 */
import type { Participant } from '../../shared/model/record.js';
import type { SourceChannel } from '../../shared/model/case.js';

const ISO_WITH_ZONE = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$/;

/**
 * A record date in the sender's own zone ("2001-05-14 16:39 −07:00"). Converting to the
 * reviewer's zone would change the calendar day of late-evening mail, which matters when a
 * request covers a date range.
 */
export function formatRecordDate(iso: string | null): string {
  if (iso === null) {
    return 'No date';
  }
  const match = ISO_WITH_ZONE.exec(iso);
  if (!match) {
    return iso;
  }
  const [, day, time, zone] = match;
  return zone === undefined ? `${day} ${time}` : `${day} ${time} ${zone === 'Z' ? 'UTC' : zone}`;
}

/** A timestamp written by the backend (always UTC), shown as date and minute. */
export function formatTimestamp(iso: string): string {
  return formatRecordDate(iso);
}

export function formatCount(count: number, singular: string, plural = `${singular}s`): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? singular : plural}`;
}

/**
 * How long something took, to the precision a person reads ("42 s", "3 min 5 s", "1 h 2 min");
 * seconds stop mattering once a run takes an hour.
 */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms < 1000) {
    return 'less than a second';
  }
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) {
    return `${seconds} s`;
  }
  if (seconds < 3600) {
    const rest = seconds % 60;
    return rest === 0 ? `${Math.floor(seconds / 60)} min` : `${Math.floor(seconds / 60)} min ${rest} s`;
  }
  const minutes = Math.round(seconds / 60);
  const rest = minutes % 60;
  return rest === 0 ? `${Math.floor(minutes / 60)} h` : `${Math.floor(minutes / 60)} h ${rest} min`;
}

export function formatBytes(bytes: number): string {
  const units = ['bytes', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return unit === 0 ? `${bytes} bytes` : `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}

/** "Name <address>", or whichever of the two is known. */
export function formatParticipant(participant: Participant): string {
  if (participant.name && participant.address) {
    return `${participant.name} <${participant.address}>`;
  }
  return participant.name || participant.address;
}

export function formatParticipants(participants: readonly Participant[]): string {
  return participants.map(formatParticipant).join(', ');
}

const KIND_LABELS = {
  email: 'Email',
  document: 'Document',
  'chat-message': 'Chat message',
  attachment: 'Attachment',
} as const;

/** Singular and plural, lower case, for counts in sentences. */
const KIND_WORDS = {
  email: ['email', 'emails'],
  document: ['document', 'documents'],
  'chat-message': ['chat message', 'chat messages'],
  attachment: ['attachment', 'attachments'],
} as const;

export function kindLabel(kind: keyof typeof KIND_LABELS): string {
  return KIND_LABELS[kind];
}

/** "3 emails", "1 attachment": a record count with its kind in words. */
export function formatKindCount(kind: keyof typeof KIND_LABELS, count: number): string {
  return formatCount(count, KIND_WORDS[kind][0], KIND_WORDS[kind][1]);
}

const CHANNEL_LABELS: Record<SourceChannel, string> = {
  'official-email': 'Official email',
  'personal-email': 'Personal email',
  'official-chat': 'Official chat',
  'personal-chat': 'Personal chat',
  'text-messages': 'Text messages',
  'social-media': 'Social media',
  documents: 'Documents',
  other: 'Other',
};

export function channelLabel(channel: SourceChannel): string {
  return CHANNEL_LABELS[channel];
}

/** What each channel means, for the officer choosing one (the channel decides which gaps apply). */
const CHANNEL_HINTS: Record<SourceChannel, string> = {
  'official-email': 'mail from the agency’s own accounts',
  'personal-email': 'a private account used for agency business',
  'official-chat': 'an agency workspace or app: Slack, Teams, an official WhatsApp or Wickr',
  'personal-chat': 'a private messaging account used for agency business: WhatsApp, Signal, Telegram',
  'text-messages': 'SMS and MMS from a phone backup',
  'social-media': 'LinkedIn, Facebook Messenger and similar direct messages',
  documents: 'files: reports, spreadsheets, scans, exports',
  other: 'anything else: phone extracts, call logs',
};

export function channelHint(channel: SourceChannel): string {
  return CHANNEL_HINTS[channel];
}
