/**
 * Display formatting shared by the screens. Pure functions, so they behave the same in every
 * locale the officer's machine might be set to where it matters (dates are shown as written).
 */
import type { Participant } from '../../shared/model/record.js';

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

export function kindLabel(kind: keyof typeof KIND_LABELS): string {
  return KIND_LABELS[kind];
}

const CHANNEL_LABELS = {
  'official-email': 'Official email',
  'personal-email': 'Personal email',
  documents: 'Documents',
  other: 'Other',
} as const;

export function channelLabel(channel: keyof typeof CHANNEL_LABELS): string {
  return CHANNEL_LABELS[channel];
}
