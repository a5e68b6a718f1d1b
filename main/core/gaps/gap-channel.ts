/**
 * Which channel of the gap register a copy of a record belongs to. The register names channels
 * by where records were kept (WhatsApp, SMS, personal email…), while the case names sources by
 * how they reached the custodian; this is the one place that maps one onto the other.
 */
import type { SourceChannel } from '../../../shared/model/case.js';
import type { ChatPlatform } from '../../../shared/model/chat.js';
import { GAP_CHANNEL_LABELS } from '../../../shared/model/gap.js';
import type { GapChannel } from '../../../shared/model/gap.js';

const PLATFORM_CHANNELS: Partial<Record<ChatPlatform, GapChannel>> = {
  whatsapp: 'whatsapp',
  wickr: 'wickr',
  sms: 'sms',
  linkedin: 'linkedin',
};

/**
 * The register's channel for a copy: chats by their platform (Signal arrives through a mapped
 * export, so it is 'other' unless the officer says more), email by the source's channel;
 * null for sources that hold no messages (documents).
 */
export function gapChannelOf(sourceChannel: SourceChannel, platform: ChatPlatform | null): GapChannel | null {
  if (platform !== null) {
    return PLATFORM_CHANNELS[platform] ?? (sourceChannel === 'text-messages' ? 'sms' : 'other');
  }
  switch (sourceChannel) {
    case 'official-email':
      return 'official-email';
    case 'personal-email':
      return 'personal-email';
    case 'text-messages':
      return 'sms';
    case 'documents':
      return null;
    case 'official-chat':
    case 'personal-chat':
    case 'social-media':
    case 'other':
      return 'other';
  }
}

/** Email or messages: the unit a volume estimate counts in. */
export function volumeUnitOf(channel: GapChannel): 'emails' | 'messages' {
  return channel === 'official-email' || channel === 'personal-email' ? 'emails' : 'messages';
}

/** The channel's name inside a sentence: "official email", but "WhatsApp" and "SMS / text messages" as written. */
export function channelInSentence(channel: GapChannel): string {
  const label = GAP_CHANNEL_LABELS[channel];
  return channel === 'official-email' || channel === 'personal-email' || channel === 'phone-calls' || channel === 'other' ? label.toLowerCase() : label;
}
