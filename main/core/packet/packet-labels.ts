/**
 * The words a packet prints for record kinds, decisions, chat platforms and chat events.
 *
 * The chat words match the review screen's (renderer/state/transcript-view.ts), so an officer
 * sees the same wording in review and in the released packet; main/core cannot import the
 * renderer, hence the copy. Event subjects (names) are not printed: they are not a field a
 * redaction can cover, while the event's own text (the record body) is.
 */
import { assertNever } from '../../../shared/errors.js';
import type { ExemptionApplication } from '../../../shared/exemptions/exemption-application.js';
import { formatExemptionApplication } from '../../../shared/exemptions/format-exemption-application.js';
import type { ChatEvent, ChatEventKind, ChatPlatform } from '../../../shared/model/chat.js';
import type { RecordKind } from '../../../shared/model/record.js';
import type { PacketDecision, PacketItem } from './packet-input.js';

export function kindLabel(kind: RecordKind): string {
  switch (kind) {
    case 'email':
      return 'Email';
    case 'document':
      return 'Document';
    case 'chat-message':
      return 'Chat message';
    case 'attachment':
      return 'Attachment';
    default:
      return assertNever(kind, 'record kind');
  }
}

/** The index's decision column. */
export function decisionLabel(decision: PacketDecision): string {
  switch (decision) {
    case 'release-in-full':
      return 'Released in full';
    case 'release-in-part':
      return 'Released in part';
    case 'withhold-in-full':
      return 'Withheld (slip sheet)';
    case 'referral':
      return 'Referred';
    default:
      return assertNever(decision, 'packet decision');
  }
}

/** Every label of the index's decision column, for sizing it. */
export const INDEX_DECISION_LABELS: readonly string[] = (['release-in-full', 'release-in-part', 'withhold-in-full', 'referral'] as const).map(decisionLabel);

/** Every exemption applied to `items`, in packet order: each item's own, then its redactions'. */
export function exemptionsApplied(items: readonly PacketItem[]): ExemptionApplication[] {
  return items.flatMap((item) => [...item.exemptions, ...item.redactions.flatMap((redaction) => redaction.exemptions)]);
}

/** Each application's printed label ("(b)(6)", "(b)(3): 26 U.S.C. 6103") once, in first-use order. */
export function exemptionLabels(applications: readonly ExemptionApplication[]): string[] {
  return [...new Set(applications.map(formatExemptionApplication))];
}

/** The heading of a slip sheet. */
export function slipHeading(decision: 'withhold-in-full' | 'referral'): string {
  return decision === 'withhold-in-full' ? 'Withheld in full' : 'Referred to another agency for consultation/direct response';
}

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

/** "7 days", "1 hour", "3 min 20 s". */
function formatDuration(seconds: number): string {
  const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;
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

/** "Disappearing messages turned on (7 days)"; no subjects (see the file comment). */
export function eventWords(event: ChatEvent): string {
  const words = EVENT_WORDS[event.kind] ?? event.kind;
  return event.durationSeconds !== null && event.durationSeconds > 0 ? `${words} (${formatDuration(event.durationSeconds)})` : words;
}
