/**
 * Replies whose original is missing. A reply proves that the message it answers existed: its
 * In-Reply-To and References name it by Message-ID, and most replies quote it below a header
 * ("-----Original Message-----", "Jane on 05/14/2001 01:46 PM", "On …, Jane wrote:"). The
 * original is missing when no record of the case carries that Message-ID, or when no record's
 * own words open with the quoted words under the quoted subject and no record from the quoted
 * sender, at the quoted clock time (give or take whole-hour zone shifts), holds them either.
 *
 * One lost message is usually quoted by several replies, and a thread loses its messages
 * together, so findings are joined per thread and per lost message: one proposal per group.
 *
 * By default a quoted message counts only when a custodian was a party to it (sender or
 * recipient): a correspondent quoting their own exchange with a third party shows nothing the
 * case should hold.
 */
import type { GapChannel, GapEvidence, GapProposal } from '../../../shared/model/gap.js';
import type { GapRecord, GapInput } from './detector-input.js';
import { byDate, custodiansOf } from './detector-input.js';
import { DisjointSets } from './disjoint-sets.js';
import { gapChannelOf } from './gap-channel.js';
import { mailboxOwners, mentionsOwner } from './mailbox-owners.js';
import type { MailboxOwner } from './mailbox-owners.js';
import { proposalKey } from './proposal-key.js';
import { nameTokens, openingFingerprint, splitQuotes } from './quoted-text.js';
import type { QuotedBlock, QuoteSplit } from './quoted-text.js';

export type MissingParentOptions = {
  /** Count messages shown below a forwarding marker as expected in the case too. Default false: a forward is a copy, not a reply. */
  includeForwarded: boolean;
  /** Count a quoted message only when a custodian sent or received it. Default true. */
  requireCustodianParty: boolean;
  /** Addresses or names per custodian, added to those read from the mailboxes (mailbox-owners.ts). */
  custodianIdentities: Readonly<Record<string, readonly string[]>>;
  /** How far a quoted clock time may be from a candidate's, after whole-hour zone shifts. */
  clockToleranceMinutes: number;
  /** Evidence items listed per proposal (the explanation gives the full count). */
  maxEvidence: number;
};

export const DEFAULT_MISSING_PARENT_OPTIONS: MissingParentOptions = {
  includeForwarded: false,
  requireCustodianParty: true,
  custodianIdentities: {},
  clockToleranceMinutes: 2,
  maxEvidence: 25,
};

/** One reply's proof of one missing message. */
type Finding = {
  record: GapRecord;
  /**
   * 'mid:<id>' for a Message-ID; for a quoted message 'text:<fingerprint>' and 'hdr:<sender>
   * <minute>', whichever can be read. Two replies quoting one message may wrap or trim its text
   * differently, yet name the same sender and minute: both names join the same lost message.
   */
  identities: string[];
  block: QuotedBlock | null;
  messageId: string;
};

const HOUR_MS = 3_600_000;
/** No two zones are further apart than this, so a quoted clock time is at most this far from the instant. */
const MAX_ZONE_SHIFT_MS = 15 * HOUR_MS;

function normaliseMessageId(id: string): string {
  return id.trim().replace(/^<|>$/g, '').toLowerCase();
}

function subjectKey(subject: string): string {
  return subject
    .toLowerCase()
    .replace(/^(?:\s*(?:re|fw|fwd|aw|sv|wg)\s*(?:\[\d+\])?\s*:\s*)+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The wall-clock reading of a record's own-offset date, in ms as if UTC. */
function wallClockOf(record: GapRecord): number | null {
  const local = record.dateLocal === null ? null : /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?)/.exec(record.dateLocal)?.[1];
  return local ? Date.parse(`${local}Z`) : null;
}

/** The day of a record's wall-clock reading ('' when undated). */
function wallClockDay(record: GapRecord): string {
  const clock = wallClockOf(record);
  return clock === null ? '' : new Date(clock).toISOString().slice(0, 10);
}

/** True when two clock readings differ by whole half-hours (zones) up to the tolerance. */
function sameClock(a: number, b: number, toleranceMs: number): boolean {
  const difference = Math.abs(a - b);
  if (difference > MAX_ZONE_SHIFT_MS) {
    return false;
  }
  const offset = difference % (HOUR_MS / 2);
  return Math.min(offset, HOUR_MS / 2 - offset) <= toleranceMs;
}

/** Opening words that identify a message: fewer are too common ("please see attached"). */
const OPENING_WORDS = 8;
const MIN_OPENING_WORDS = 6;
/** How far into a quote its message may start: wrapped header lines ("Invitation", "Please respond to…") come first. */
const QUOTE_SLACK_WORDS = 30;

function words(text: string, limit: number): string[] {
  return openingFingerprint(text, limit, 1).split(' ').filter((word) => word !== '');
}

/** Emails of the case by what a quoted header can be compared with. */
/** Each email's split into own words and quotes, computed once per run. */
type Splits = ReadonlyMap<string, QuoteSplit>;

class PresentMessages {
  readonly messageIds = new Set<string>();
  /** Each email's opening words (own text), to the emails that open with them. */
  private readonly byOpening = new Map<string, string[]>();
  /** Emails by a word of the sender's name or address and the day of their clock reading. */
  private readonly bySenderToken = new Map<string, GapRecord[]>();
  private readonly openings = new Map<string, string>();
  private readonly subjects = new Map<string, string>();

  constructor(emails: readonly GapRecord[], splits: Splits) {
    for (const record of emails) {
      for (const id of [record.messageId, ...record.copies.map((copy) => copy.messageId)]) {
        if (id.trim() !== '') {
          this.messageIds.add(normaliseMessageId(id));
        }
      }
      this.subjects.set(record.id, subjectKey(record.subject));
      const opening = words(splits.get(record.id)?.ownText ?? '', OPENING_WORDS);
      if (opening.length >= MIN_OPENING_WORDS) {
        const key = opening.join(' ');
        this.openings.set(record.id, key);
        this.byOpening.set(key, [...(this.byOpening.get(key) ?? []), record.id]);
      }
      const day = wallClockDay(record);
      for (const token of new Set(this.senderTokens(record))) {
        const key = `${token}\u0000${day}`;
        const list = this.bySenderToken.get(key) ?? [];
        list.push(record);
        this.bySenderToken.set(key, list);
      }
    }
  }

  private senderTokens(record: GapRecord): string[] {
    if (!record.from) {
      return [];
    }
    return [...nameTokens(record.from.name), ...record.from.address.toLowerCase().replace(/@.*$/, '').split(/[._-]+/).filter((token) => token.length >= 2), record.from.address.toLowerCase()];
  }

  /**
   * An email (other than `quoting`) whose own text opens with words found near the start of the
   * quote, under the quoted subject: a form sentence ("We cannot locate any contracts for this
   * counterparty") opens many messages, each about something else.
   */
  private heldByText(quoted: readonly string[], subject: string, quoting: GapRecord): boolean {
    const sameSubject = (id: string) => {
      const other = this.subjects.get(id) ?? '';
      return subject === '' || other === '' || other.startsWith(subject) || subject.startsWith(other);
    };
    for (let offset = 0; offset <= Math.min(QUOTE_SLACK_WORDS, quoted.length - MIN_OPENING_WORDS); offset += 1) {
      for (let length = MIN_OPENING_WORDS; length <= OPENING_WORDS && offset + length <= quoted.length; length += 1) {
        const ids = this.byOpening.get(quoted.slice(offset, offset + length).join(' '));
        if (ids?.some((id) => id !== quoting.id && sameSubject(id))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether the message a block quotes is in the case (other than in `quoting` itself): an email
   * opens with the quoted words, or (for a quote too short to tell by its words) the quoted sender
   * has an email at the quoted clock time with the quoted subject.
   */
  holds(block: QuotedBlock, quoting: GapRecord, toleranceMs: number): boolean {
    const quoted = words(block.text, QUOTE_SLACK_WORDS + OPENING_WORDS);
    const subject = subjectKey(block.subject);
    if (this.heldByText(quoted, subject, quoting)) {
      return true;
    }
    if (block.wallClockMs === null) {
      return false;
    }
    const wanted = block.senderAddress !== '' ? [block.senderAddress] : nameTokens(block.sender.replace(/<[^>]*>/g, ''));
    if (wanted.length === 0) {
      return false;
    }
    const lookup = wanted.reduce((longest, token) => (token.length > longest.length ? token : longest), '');
    // With text to compare, the same sender at the same clock time must also have written words
    // the quote holds: a busy sender's other message of that hour is not the one quoted.
    const text = quoted.length >= MIN_OPENING_WORDS ? words(block.text, 400).join(' ') : null;
    // Candidates by sender and day: the quoted clock is within a zone shift of the instant, so
    // the sender's mail of that day and the days either side is all that can match.
    const days = [-1, 0, 1].map((shift) => new Date((block.wallClockMs ?? 0) + shift * 86_400_000).toISOString().slice(0, 10));
    const candidates = days.flatMap((day) => this.bySenderToken.get(`${lookup}\u0000${day}`) ?? []);
    return candidates.some((candidate) => {
      if (candidate.id === quoting.id) {
        return false;
      }
      const tokens = new Set(this.senderTokens(candidate));
      const clock = wallClockOf(candidate);
      const candidateSubject = subjectKey(candidate.subject);
      const opening = this.openings.get(candidate.id) ?? '';
      return (
        wanted.every((token) => tokens.has(token)) &&
        clock !== null &&
        sameClock(clock, block.wallClockMs ?? 0, toleranceMs) &&
        // A wrapped subject loses its end in the quote: one starts the other.
        (subject === '' || candidateSubject.startsWith(subject) || subject.startsWith(candidateSubject)) &&
        // (A candidate too short to have an opening cannot be compared by its words.)
        (text === null || opening === '' || text.includes(opening))
      );
    });
  }
}

/** A folder the mailbox's own sent mail is filed in ("sent_items", "_sent_mail", "Sent"). */
const SENT_FOLDER = /(?:^|[\\/_ .-])sent(?:$|[\\/_ .-])|outbox/i;

/**
 * Whether a custodian of the case sent or received the quoted message, so that the case should
 * hold it: a custodian is named in its header; or the reply was sent from a custodian's mailbox
 * (its owner's address, or filed in a sent folder), so the custodian received what it answers; or
 * the quoted message went to an address the reply also went to (a list, a shared alias), the way
 * the custodian got the reply. A header without recipients ("On … wrote:") cannot tell: presumed.
 */
function partyOfCase(block: QuotedBlock, quoting: GapRecord, owners: ReadonlyMap<string, MailboxOwner>): boolean {
  if (block.recipients === '') {
    return true;
  }
  const parties = `${block.sender}\n${block.recipients}`;
  if ([...owners.values()].some((owner) => mentionsOwner(owner, parties))) {
    return true;
  }
  const sender = quoting.from?.address.toLowerCase() ?? '';
  if (quoting.copies.some((copy) => SENT_FOLDER.test(copy.folder) || (owners.get(copy.custodian)?.addresses.has(sender) ?? false))) {
    return true;
  }
  const lower = parties.toLowerCase();
  return [...quoting.to, ...quoting.cc, ...quoting.bcc].some((person) => person.address.includes('@') && lower.includes(person.address.toLowerCase()));
}

function blockIdentities(block: QuotedBlock, fingerprint: string): string[] {
  const sender = block.senderAddress || nameTokens(block.sender.replace(/<[^>]*>/g, '')).join(' ');
  return [
    ...(fingerprint !== '' ? [`text:${fingerprint}`] : []),
    ...(sender !== '' && block.wallClockMs !== null ? [`hdr:${sender} ${new Date(block.wallClockMs).toISOString().slice(0, 16)}`] : []),
  ];
}

function findingsOf(record: GapRecord, split: QuoteSplit, present: PresentMessages, owners: ReadonlyMap<string, MailboxOwner>, options: MissingParentOptions): Finding[] {
  const findings: Finding[] = [];
  const named = new Set([record.inReplyTo, ...record.references].map(normaliseMessageId).filter((id) => id !== ''));
  for (const id of named) {
    if (!present.messageIds.has(id)) {
      findings.push({ record, identities: [`mid:${id}`], block: null, messageId: id });
    }
  }
  const toleranceMs = options.clockToleranceMinutes * 60_000;
  for (const block of split.blocks) {
    if (block.forwarded && !options.includeForwarded) {
      continue;
    }
    if (options.requireCustodianParty && !partyOfCase(block, record, owners)) {
      continue;
    }
    const fingerprint = openingFingerprint(block.text);
    const identities = blockIdentities(block, fingerprint);
    if (identities.length > 0 && !present.holds(block, record, toleranceMs)) {
      findings.push({ record, identities, block, messageId: '' });
    }
  }
  return findings;
}

function mostCommonChannel(records: readonly GapRecord[]): GapChannel {
  const counts = new Map<GapChannel, number>();
  for (const record of records) {
    for (const copy of record.copies) {
      const channel = gapChannelOf(copy.sourceChannel, record.platform);
      if (channel !== null) {
        counts.set(channel, (counts.get(channel) ?? 0) + 1);
      }
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? 'official-email';
}

function evidenceOf(finding: Finding): GapEvidence {
  if (finding.block === null) {
    return { recordId: finding.record.id, quote: '', why: `Its reply headers name the message <${finding.messageId}>, which no record of the case carries.` };
  }
  const sender = finding.block.sender || 'an unnamed sender';
  const when = finding.block.dateText !== '' ? ` of ${finding.block.dateText}` : '';
  return { recordId: finding.record.id, quote: finding.block.header, why: `It quotes a message from ${sender}${when} that is not in the case.` };
}

function proposalOf(findings: readonly Finding[], lost: DisjointSets, options: MissingParentOptions): GapProposal {
  const records = [...new Map(findings.map((finding) => [finding.record.id, finding.record])).values()].sort(byDate);
  const identities = [...new Set(findings.flatMap((finding) => finding.identities))].sort();
  const messages = (prefix: (identity: string) => boolean) => new Set(identities.filter(prefix).map((identity) => lost.find(identity))).size;
  const byId = messages((identity) => identity.startsWith('mid:'));
  const byQuote = messages((identity) => !identity.startsWith('mid:'));
  const ordered = [...findings].sort((a, b) => byDate(a.record, b.record) || (a.block?.start ?? -1) - (b.block?.start ?? -1));
  const evidence = ordered.slice(0, options.maxEvidence).map(evidenceOf);
  const quotedDays = findings.flatMap((finding) => (finding.block?.wallClockMs != null ? [new Date(finding.block.wallClockMs).toISOString().slice(0, 10)] : []));
  const replyDays = records.map((record) => record.day).filter((day) => day !== '');
  const days = [...quotedDays, ...replyDays].sort();
  const subject = records[0]?.subject ?? '';
  const count = Math.max(byId, byQuote);
  const more = findings.length > evidence.length ? ` The first ${evidence.length} of ${findings.length} are listed.` : '';
  return {
    key: proposalKey('missing-parent', identities),
    detector: 'missing-parent',
    title: `${count === 1 ? 'An earlier message' : `${count} earlier messages`} missing from the thread “${subject}”`,
    channel: mostCommonChannel(records),
    custodians: custodiansOf(records),
    periodStart: days[0] ?? null,
    periodEnd: days[days.length - 1] ?? null,
    cause: 'not-retained',
    volume: { low: count, high: byId + byQuote, unit: 'emails' },
    evidence,
    explanation:
      `${records.length === 1 ? 'A reply' : `${records.length} replies`} in the case ${byId > 0 ? `name ${byId} message${byId === 1 ? '' : 's'} by Message-ID` : ''}` +
      `${byId > 0 && byQuote > 0 ? ' and ' : ''}${byQuote > 0 ? `quote ${byQuote} earlier message${byQuote === 1 ? '' : 's'}` : ''} that no record of the case holds: ` +
      `no record carries the Message-ID, and no record's own text starts with the quoted text or comes from the quoted sender at the quoted time.${more}`,
  };
}

/**
 * Proposes one gap per thread that lost messages, proven by the replies left behind.
 * @returns proposals with evidence quoting each reply's header of the missing message ('' for one named only in reply headers)
 */
export function detectMissingParents(input: GapInput, options: Partial<MissingParentOptions> = {}): GapProposal[] {
  const settings = { ...DEFAULT_MISSING_PARENT_OPTIONS, ...options };
  const emails = input.records.filter((record) => record.kind === 'email');
  const splits = new Map(emails.map((record) => [record.id, splitQuotes(record.body)]));
  const present = new PresentMessages(emails, splits);
  const owners = mailboxOwners(input.records, (copy) => copy.custodian, settings.custodianIdentities);
  const findings = emails.flatMap((record) => findingsOf(record, splits.get(record.id) ?? splitQuotes(record.body), present, owners, settings));
  // One group per thread and per lost message: records join their thread and what they lost.
  const sets = new DisjointSets();
  const lost = new DisjointSets();
  for (const finding of findings) {
    for (const identity of finding.identities) {
      sets.union(`record:${finding.record.id}`, `lost:${identity}`);
      lost.union(finding.identities[0] ?? identity, identity);
    }
    if (finding.record.threadId !== null) {
      sets.union(`record:${finding.record.id}`, `thread:${finding.record.threadId}`);
    }
  }
  const grouped = new Map<string, Finding[]>();
  for (const finding of findings) {
    const root = sets.find(`record:${finding.record.id}`);
    const list = grouped.get(root) ?? [];
    list.push(finding);
    grouped.set(root, list);
  }
  return [...grouped.values()].map((group) => proposalOf(group, lost, settings));
}
