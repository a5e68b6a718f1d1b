/**
 * Disappearing-message timers and deleted-message markers. The chat readers turn both into
 * events (chat.ts); this detector turns the events into proposals:
 *
 * - a timer period: from the event that turned disappearing messages on until the one that
 *   turned them off (or the export's end), one proposal per conversation and period. Messages
 *   sent in that period vanished from every phone after the timer ran out, except those kept.
 *   An "off" with no "on" before it means the timer was on before the export begins.
 * - deleted messages: each "This message was deleted" marker is one message a person removed;
 *   markers are grouped per conversation-day (or per conversation), counted exactly.
 *
 * A conversation is taken across exports (conversation-groups.ts), so a timer seen in two
 * custodians' copies of a group is one proposal.
 */
import type { ChatEvent } from '../../../shared/model/chat.js';
import type { GapEvidence, GapProposal } from '../../../shared/model/gap.js';
import type { ConversationGroup } from './conversation-groups.js';
import { conversationGroups } from './conversation-groups.js';
import type { GapInput, GapRecord } from './detector-input.js';
import { byDate, custodiansOf } from './detector-input.js';
import { gapChannelOf } from './gap-channel.js';
import { proposalKey } from './proposal-key.js';

export type EphemeralMarkerOptions = {
  /** Deleted-message markers: one proposal per conversation-day, or one per conversation. */
  deletedGrouping: 'day' | 'conversation';
};

export const DEFAULT_EPHEMERAL_MARKER_OPTIONS: EphemeralMarkerOptions = { deletedGrouping: 'day' };

/** Longest event text quoted as evidence; longer texts are quoted by their first line. */
const MAX_QUOTE = 300;

/**
 * Wickr keeps two timers (expiry, and burn-on-read) and may turn one off while the other stays
 * on; its reader names burn-on-read in the event text. Messages disappear while any timer runs.
 */
function timerOf(record: GapRecord): string {
  return /burn/i.test(record.body) ? 'burn-on-read' : 'expiry';
}

function quoteOf(record: GapRecord): string {
  const firstLine = record.body.split('\n')[0] ?? '';
  return firstLine.length <= MAX_QUOTE ? firstLine.trim() === '' ? '' : firstLine : '';
}

export function formatTimer(seconds: number | null): string {
  if (seconds === null) {
    return 'timer length unknown';
  }
  const units: Array<[number, string]> = [[604_800, 'week'], [86_400, 'day'], [3_600, 'hour'], [60, 'minute'], [1, 'second']];
  const [size, name] = units.find(([unit]) => seconds % unit === 0 && seconds >= unit) ?? [1, 'second'];
  const count = seconds / size;
  return `${count} ${name}${count === 1 ? '' : 's'}`;
}

function channelOf(group: ConversationGroup) {
  const record = group.records[0];
  const copy = record?.copies[0];
  return (record && copy ? gapChannelOf(copy.sourceChannel, record.platform) : null) ?? 'other';
}

function titleOf(group: ConversationGroup): string {
  return group.records.find((record) => record.conversationTitle !== '')?.conversationTitle ?? 'a conversation';
}

type Period = { on: GapRecord[]; off: GapRecord | null; startedBeforeExport: boolean };

function timerPeriods(events: readonly GapRecord[]): Period[] {
  const periods: Period[] = [];
  const running = new Set<string>();
  let current: Period | null = null;
  for (const record of events) {
    const kind = (record.event as ChatEvent).kind;
    const timer = timerOf(record);
    if (kind === 'disappearing-on') {
      running.add(timer);
      current ??= { on: [], off: null, startedBeforeExport: false };
      current.on.push(record);
    } else if (kind === 'disappearing-off') {
      if (current === null) {
        // Turned off before anything turned it on: it ran from before the export's first line.
        periods.push({ on: [], off: record, startedBeforeExport: true });
        continue;
      }
      running.delete(timer);
      if (running.size === 0) {
        current.off = record;
        periods.push(current);
        current = null;
      }
    }
  }
  if (current !== null) {
    periods.push(current);
  }
  return periods;
}

function timerProposal(group: ConversationGroup, period: Period, firstDay: string, lastDay: string): GapProposal {
  const evidence: GapEvidence[] = [
    ...period.on.map((record) => ({
      recordId: record.id,
      quote: quoteOf(record),
      why: `Disappearing messages turned on (${formatTimer(record.event?.durationSeconds ?? null)}).`,
    })),
    ...(period.off ? [{ recordId: period.off.id, quote: quoteOf(period.off), why: 'Disappearing messages turned off.' }] : []),
  ];
  const start = period.startedBeforeExport ? firstDay : (period.on[0]?.day ?? firstDay);
  const end = period.off?.day || lastDay;
  const timers = [...new Set(period.on.map((record) => formatTimer(record.event?.durationSeconds ?? null)))];
  const title = titleOf(group);
  const began = period.startedBeforeExport ? 'before the export’s first message' : `on ${start}`;
  const ended = period.off ? `turned off on ${end}` : `still on at the end of the export (${end})`;
  return {
    key: proposalKey('ephemeral-markers', ['timer', group.id, period.on[0]?.id ?? `before:${period.off?.id ?? ''}`]),
    detector: 'ephemeral-markers',
    title: `Disappearing messages in “${title}”${timers.length > 0 ? ` (${timers.join(', ')})` : ''}`,
    channel: channelOf(group),
    custodians: custodiansOf(group.records),
    periodStart: start || null,
    periodEnd: end || null,
    cause: 'auto-delete',
    volume: null,
    evidence,
    explanation:
      `Disappearing messages were on in “${title}” from ${began}, ${ended}. Messages sent in that time vanished from the phones ` +
      `when the timer ran out, except those a participant kept; the export holds only what was left.`,
  };
}

function deletedProposal(group: ConversationGroup, deleted: readonly GapRecord[], grouping: EphemeralMarkerOptions['deletedGrouping']): GapProposal {
  const days = deleted.map((record) => record.day).filter((day) => day !== '').sort();
  const title = titleOf(group);
  const count = deleted.length;
  const first = days[0] ?? '';
  const last = days[days.length - 1] ?? '';
  const when = first === last ? (first === '' ? '' : ` on ${first}`) : ` between ${first} and ${last}`;
  return {
    key: proposalKey('ephemeral-markers', ['deleted', group.id, ...(grouping === 'day' ? [first] : [])]),
    detector: 'ephemeral-markers',
    title: `${count === 1 ? 'A message' : `${count} messages`} deleted in “${title}”${when}`,
    channel: channelOf(group),
    custodians: custodiansOf(deleted),
    periodStart: first || null,
    periodEnd: last || null,
    cause: 'not-retained',
    volume: { low: count, high: count, unit: 'messages' },
    evidence: deleted.map((record) => ({ recordId: record.id, quote: quoteOf(record), why: `The export shows a deleted message${record.from?.name ? ` from ${record.from.name}` : ''} here.` })),
    explanation: `The export of “${title}” shows ${count === 1 ? 'a “message deleted” marker' : `${count} “message deleted” markers`}${when}: each is a message someone deleted, which no export holds.`,
  };
}

/**
 * Proposes a gap per disappearing-message period and per conversation-day (or conversation)
 * with deleted-message markers.
 */
export function detectEphemeralMarkers(input: GapInput, options: Partial<EphemeralMarkerOptions> = {}): GapProposal[] {
  const settings = { ...DEFAULT_EPHEMERAL_MARKER_OPTIONS, ...options };
  const proposals: GapProposal[] = [];
  for (const group of conversationGroups(input)) {
    const ordered = [...group.records].sort(byDate);
    const days = ordered.map((record) => record.day).filter((day) => day !== '').sort();
    const timerEvents = ordered.filter((record) => record.event?.kind === 'disappearing-on' || record.event?.kind === 'disappearing-off');
    for (const period of timerPeriods(timerEvents)) {
      proposals.push(timerProposal(group, period, days[0] ?? '', days[days.length - 1] ?? ''));
    }
    const deleted = ordered.filter((record) => record.event?.kind === 'message-deleted');
    const batches = new Map<string, GapRecord[]>();
    for (const record of deleted) {
      const batch = settings.deletedGrouping === 'day' ? record.day : '';
      batches.set(batch, [...(batches.get(batch) ?? []), record]);
    }
    for (const batch of batches.values()) {
      proposals.push(deletedProposal(group, batch, settings.deletedGrouping));
    }
  }
  return proposals;
}
