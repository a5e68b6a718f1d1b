/**
 * Conversations one participant's export holds and another's lacks. When two custodians took
 * part in a chat and both handed over exports, each message should be in both; identical
 * messages are one record with a copy in each export, so a message with a copy in A's export
 * and none in B's is missing from B's.
 *
 * B is expected to hold a conversation when B's export has a copy of it (then over the days B's
 * copy spans: exports are taken at different times), or when B is a participant (sender, or
 * named in a member event, matched against B's name and the officer's list of B's chat names)
 * and B handed over exports of the same platform covering those days (then the whole
 * conversation is missing from B's export). Messages from before B joined or after B left are
 * not expected.
 *
 * Missing messages are grouped into runs of consecutive conversation-days: one proposal per run.
 * The cause is 'device-lost-or-wiped' when B's exports hold nothing at all on those days (the
 * phone was not there), else 'export-incomplete' (the phone was, the conversation was not).
 *
 * Limit: only exports that write a message the same way on both sides share records (WhatsApp,
 * Slack, Telegram, Wickr). An SMS backup writes "sent" on one phone and "received" on the other,
 * so the two sides are two records and a conversation of texts is compared only by participation.
 */
import type { GapEvidence, GapProposal } from '../../../shared/model/gap.js';
import type { ChatPlatform } from '../../../shared/model/chat.js';
import type { ConversationGroup } from './conversation-groups.js';
import { conversationGroups } from './conversation-groups.js';
import type { GapInput, GapRecord } from './detector-input.js';
import { byDate } from './detector-input.js';
import { gapChannelOf } from './gap-channel.js';
import { proposalKey } from './proposal-key.js';

export type OneSidedOptions = {
  /** Names, handles or phone numbers each custodian uses in chats, beside the custodian's own name. */
  chatIdentities: Readonly<Record<string, readonly string[]>>;
  /** Evidence items listed per proposal (the explanation gives the full count). */
  maxEvidence: number;
};

export const DEFAULT_ONE_SIDED_OPTIONS: OneSidedOptions = { chatIdentities: {}, maxEvidence: 25 };

type Span = { first: string; last: string };

/** A chat name for comparison: no invisible marks or WhatsApp's "~" for non-contacts, lower case; phone numbers as digits. */
export function normaliseChatName(name: string): string {
  const plain = name
    .normalize('NFKC')
    .replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069\u00a0]/g, ' ')
    .replace(/^[\s~]+/, '')
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ');
  const digits = plain.replace(/[^\d]/g, '');
  return /^[+\d\s().-]+$/.test(plain) && digits.length >= 7 ? digits : plain;
}

function widen(spans: Map<string, Span>, key: string, day: string): void {
  const span = spans.get(key);
  if (span === undefined) {
    spans.set(key, { first: day, last: day });
  } else {
    span.first = day < span.first ? day : span.first;
    span.last = day > span.last ? day : span.last;
  }
}

/** Who B is in chats: B's name and the officer's list, normalised. */
function identitiesOf(custodian: string, options: OneSidedOptions): Set<string> {
  return new Set([custodian, ...(options.chatIdentities[custodian] ?? [])].map(normaliseChatName).filter((name) => name !== ''));
}

function sendersOf(record: GapRecord): string[] {
  return record.from ? [record.from.name, record.from.address].filter((part) => part !== '').map(normaliseChatName) : [];
}

type CaseFacts = {
  /** Every custodian of the case (sources and copies). */
  custodians: Set<string>;
  /** Per custodian and platform: the first and last day their exports hold. */
  coverage: Map<string, Span>;
  /** Per custodian and platform: every day their exports hold a record. */
  activeDays: Map<string, Set<string>>;
};

function caseFacts(input: GapInput): CaseFacts {
  const coverage = new Map<string, Span>();
  const activeDays = new Map<string, Set<string>>();
  const custodians = new Set(input.sources.map((source) => source.custodian));
  for (const record of input.records) {
    for (const copy of record.copies) {
      custodians.add(copy.custodian);
    }
    if (record.kind !== 'chat-message' || record.day === '' || record.platform === null) {
      continue;
    }
    for (const copy of record.copies) {
      const key = `${copy.custodian}\u0000${record.platform}`;
      widen(coverage, key, record.day);
      const days = activeDays.get(key) ?? new Set<string>();
      activeDays.set(key, days);
      days.add(record.day);
    }
  }
  return { custodians, coverage, activeDays };
}

/** The instants B's membership allows: after B was added (if the export shows it), before B left. */
function membership(group: ConversationGroup, identities: ReadonlySet<string>): { from: string | null; until: string | null } {
  const ordered = [...group.records].sort(byDate);
  const own = ordered.filter((record) => record.event === null && sendersOf(record).some((name) => identities.has(name)));
  const names = (record: GapRecord) => (record.event?.subjects ?? []).map(normaliseChatName).some((name) => identities.has(name));
  const added = ordered.find((record) => record.event?.kind === 'member-added' && names(record));
  const left = [...ordered].reverse().find((record) => (record.event?.kind === 'member-left' || record.event?.kind === 'member-removed') && names(record));
  const firstOwn = own[0]?.dateUtc ?? null;
  const lastOwn = own[own.length - 1]?.dateUtc ?? null;
  return {
    from: added?.dateUtc && (firstOwn === null || added.dateUtc <= firstOwn) ? added.dateUtc : null,
    until: left?.dateUtc && (lastOwn === null || left.dateUtc >= lastOwn) ? left.dateUtc : null,
  };
}

function quoteOf(record: GapRecord): string {
  const line = record.body.split('\n')[0] ?? '';
  return line.length <= 200 ? line : '';
}

type Expected = { custodian: string; keys: Set<string>; span: Span };

function expectedHolders(group: ConversationGroup, platform: ChatPlatform, facts: CaseFacts, options: OneSidedOptions): Expected[] {
  const holders = new Map<string, Expected>();
  for (const record of group.records) {
    for (const copy of record.copies) {
      if (copy.conversationKey === '' || !group.keys.includes(copy.conversationKey) || record.day === '') {
        continue;
      }
      const holder = holders.get(copy.custodian) ?? { custodian: copy.custodian, keys: new Set<string>(), span: { first: record.day, last: record.day } };
      holders.set(copy.custodian, holder);
      holder.keys.add(copy.conversationKey);
      holder.span.first = record.day < holder.span.first ? record.day : holder.span.first;
      holder.span.last = record.day > holder.span.last ? record.day : holder.span.last;
    }
  }
  const participants = new Set(group.records.flatMap((record) => [...sendersOf(record), ...(record.event?.subjects ?? []).map(normaliseChatName)]));
  for (const custodian of facts.custodians) {
    const span = facts.coverage.get(`${custodian}\u0000${platform}`);
    if (holders.has(custodian) || span === undefined || ![...identitiesOf(custodian, options)].some((name) => participants.has(name))) {
      continue;
    }
    holders.set(custodian, { custodian, keys: new Set(), span });
  }
  return [...holders.values()];
}

function groupProposals(group: ConversationGroup, facts: CaseFacts, options: OneSidedOptions): GapProposal[] {
  const platform = group.records.find((record) => record.platform !== null)?.platform;
  if (platform === undefined || platform === null) {
    return [];
  }
  const expected = expectedHolders(group, platform, facts, options);
  if (expected.length < 2) {
    return [];
  }
  const messages = group.records.filter((record) => record.event === null && record.day !== '').sort(byDate);
  const days = [...new Set(messages.map((record) => record.day))].sort();
  const title = group.records.find((record) => record.conversationTitle !== '')?.conversationTitle ?? 'a conversation';
  const proposals: GapProposal[] = [];
  for (const holder of expected) {
    const window = membership(group, identitiesOf(holder.custodian, options));
    const missingByDay = new Map<string, GapRecord[]>();
    for (const record of messages) {
      const held = record.copies.some((copy) => holder.keys.has(copy.conversationKey));
      const inSpan = record.day >= holder.span.first && record.day <= holder.span.last;
      const member = (window.from === null || (record.dateUtc ?? '') >= window.from) && (window.until === null || (record.dateUtc ?? '') <= window.until);
      if (!held && inSpan && member) {
        missingByDay.set(record.day, [...(missingByDay.get(record.day) ?? []), record]);
      }
    }
    let run: string[] = [];
    const flush = () => {
      if (run.length > 0) {
        proposals.push(runProposal(group, title, holder, run, missingByDay, facts, platform, options));
      }
      run = [];
    };
    for (const day of days) {
      if (missingByDay.has(day)) {
        run.push(day);
      } else {
        flush();
      }
    }
    flush();
  }
  return proposals;
}

function runProposal(
  group: ConversationGroup,
  title: string,
  holder: Expected,
  run: readonly string[],
  missingByDay: ReadonlyMap<string, GapRecord[]>,
  facts: CaseFacts,
  platform: ChatPlatform,
  options: OneSidedOptions,
): GapProposal {
  const missing = run.flatMap((day) => missingByDay.get(day) ?? []);
  const start = run[0] ?? '';
  const end = run[run.length - 1] ?? '';
  const others = [...new Set(missing.flatMap((record) => record.copies.map((copy) => copy.custodian)))].filter((name) => name !== holder.custodian).sort();
  const active = facts.activeDays.get(`${holder.custodian}\u0000${platform}`) ?? new Set<string>();
  const deviceSilent = run.every((day) => !active.has(day));
  const whole = holder.keys.size === 0;
  const evidence: GapEvidence[] = missing.slice(0, options.maxEvidence).map((record) => ({
    recordId: record.id,
    quote: quoteOf(record),
    why: `In ${others.join(' and ')}’s export of “${title}”, not in ${holder.custodian}’s.`,
  }));
  const copy = missing[0]?.copies[0];
  const period = start === end ? `on ${start}` : `from ${start} to ${end}`;
  const more = missing.length > evidence.length ? ` The first ${evidence.length} are listed.` : '';
  return {
    key: proposalKey('one-sided-conversation', [holder.custodian, group.id, start, end]),
    detector: 'one-sided-conversation',
    title: whole
      ? `“${title}” missing from ${holder.custodian}’s export (${start} to ${end})`
      : `${missing.length} ${missing.length === 1 ? 'message' : 'messages'} of “${title}” missing from ${holder.custodian}’s export ${period}`,
    channel: (copy && missing[0] ? gapChannelOf(copy.sourceChannel, missing[0].platform) : null) ?? 'other',
    custodians: [holder.custodian],
    periodStart: start,
    periodEnd: end,
    cause: deviceSilent ? 'device-lost-or-wiped' : 'export-incomplete',
    volume: { low: missing.length, high: missing.length, unit: 'messages' },
    evidence,
    explanation:
      `${others.join(' and ')}’s export holds ${missing.length} ${missing.length === 1 ? 'message' : 'messages'} of “${title}” ${period} that ` +
      `${holder.custodian}’s export ${whole ? `lacks entirely, although ${holder.custodian} took part in it and handed over ${platform} exports covering those days` : 'of the same conversation lacks, although it covers those days'}. ` +
      (deviceSilent
        ? `${holder.custodian}’s exports hold nothing at all on ${run.length === 1 ? 'that day' : 'those days'}, as when a phone is lost, replaced or wiped.`
        : `${holder.custodian}’s exports hold other messages on ${run.length === 1 ? 'that day' : 'those days'}, so the export of this conversation is incomplete.`) +
      more,
  };
}

/** Proposes a gap for each run of conversation-days a participant's export lacks. */
export function detectOneSidedConversations(input: GapInput, options: Partial<OneSidedOptions> = {}): GapProposal[] {
  const settings = { ...DEFAULT_ONE_SIDED_OPTIONS, ...options };
  const facts = caseFacts(input);
  return conversationGroups(input).flatMap((group) => groupProposals(group, facts, settings));
}
