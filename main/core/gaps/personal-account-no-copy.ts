/**
 * Official business in a personal account with no official copy: 44 U.S.C. 2911 lets an officer
 * use a personal account only if the message is copied to an official account when it is sent,
 * or forwarded to one within 20 days. Each email sent from a custodian's personal account that is
 * official business and has no such copy anywhere in the case is proposed.
 *
 * - Personal account: an address the officer names, or the owner of a source the officer filed
 *   as personal email (mailbox-owners.ts), that is not in an official domain. Webmail domains
 *   (gmail.com, yahoo.com…) are personal whatever source they sit in.
 * - Official business: sent to or copied to an official address, or sent by a custodian the
 *   officer marks as an official (then all of it is presumed official business).
 * - A copy: the sender's own official address among the recipients; the same message (same
 *   content, or same Message-ID) in an official-email source; or a later message the custodian
 *   sent (from either account) into an official account, within the window, whose text holds the
 *   message's opening words (a forward).
 */
import type { GapEvidence, GapProposal } from '../../../shared/model/gap.js';
import type { Participant } from '../../../shared/model/record.js';
import type { GapInput, GapRecord } from './detector-input.js';
import { custodiansOf } from './detector-input.js';
import { mailboxOwners } from './mailbox-owners.js';
import { proposalKey } from './proposal-key.js';
import { nameTokens, openingFingerprint, splitQuotes } from './quoted-text.js';

export const WEBMAIL_DOMAINS: readonly string[] = [
  'gmail.com', 'googlemail.com', 'yahoo.com', 'ymail.com', 'hotmail.com', 'outlook.com', 'live.com', 'msn.com', 'aol.com',
  'icloud.com', 'me.com', 'mac.com', 'proton.me', 'protonmail.com', 'pm.me', 'gmx.com', 'gmx.net', 'mail.com', 'zoho.com', 'yandex.com',
];

export type PersonalAccountOptions = {
  /** The agency's domains; subdomains count ('ect.enron.com' under 'enron.com'). */
  officialDomains: readonly string[];
  /** Domains that are always personal accounts. */
  personalDomains: readonly string[];
  /** Personal addresses the officer knows, each with its custodian. */
  personalAccounts: Readonly<Record<string, string>>;
  /** Official addresses per custodian, added to those read from their official mailboxes. */
  officialAddresses: Readonly<Record<string, readonly string[]>>;
  /** Custodians who are officials: everything they send from a personal account is presumed official business. */
  officials: readonly string[];
  /** Days allowed for forwarding a copy (44 U.S.C. 2911(a)(2)). */
  copyWindowDays: number;
};

export const DEFAULT_PERSONAL_ACCOUNT_OPTIONS: PersonalAccountOptions = {
  officialDomains: [],
  personalDomains: WEBMAIL_DOMAINS,
  personalAccounts: {},
  officialAddresses: {},
  officials: [],
  copyWindowDays: 20,
};

const DAY_MS = 86_400_000;

function domainOf(address: string): string {
  return address.slice(address.lastIndexOf('@') + 1).toLowerCase();
}

function inDomains(address: string, domains: readonly string[]): boolean {
  const domain = domainOf(address);
  return domains.some((candidate) => domain === candidate.toLowerCase() || domain.endsWith(`.${candidate.toLowerCase()}`));
}

function recipientsOf(record: GapRecord): Participant[] {
  return [...record.to, ...record.cc, ...record.bcc];
}

function normalisedText(text: string): string {
  return text.normalize('NFKC').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((token) => token !== '').join(' ');
}

type Context = {
  settings: PersonalAccountOptions;
  /** Personal address → custodian. */
  accounts: Map<string, string>;
  /** Custodian → their official addresses. */
  officialOf: Map<string, Set<string>>;
  /** Content hashes and Message-IDs found in official-email sources. */
  officialContent: Set<string>;
  officialMessageIds: Set<string>;
  /** Records in official accounts (or sent to one), by instant; their text is normalised when first compared. */
  officialRecords: Array<{ time: number; record: GapRecord; text: string | null }>;
};

function buildContext(input: GapInput, settings: PersonalAccountOptions): Context {
  const isOfficialSource = (sourceId: string) => input.sources.find((source) => source.id === sourceId)?.channel === 'official-email';
  const accounts = new Map<string, string>();
  // A source's owner is a personal account when the officer filed the source as personal email,
  // or when the owner's address is at a webmail domain whatever the source was filed as.
  const sourceOwners = mailboxOwners(input.records, (copy) => `${copy.custodian}\u0000${copy.sourceId}\u0000${copy.sourceChannel}`);
  for (const [group, owner] of sourceOwners) {
    const [custodian = '', , channel] = group.split('\u0000');
    // The account is the address on (nearly) every message, not a frequent correspondent.
    const top = Math.max(0, ...owner.shares.values());
    for (const address of [...owner.addresses].filter((candidate) => (owner.shares.get(candidate) ?? 0) >= 0.8 * top)) {
      const personal = channel === 'personal-email' || inDomains(address, settings.personalDomains);
      if (personal && !inDomains(address, settings.officialDomains)) {
        accounts.set(address, custodian);
      }
    }
  }
  for (const [address, custodian] of Object.entries(settings.personalAccounts)) {
    accounts.set(address.trim().toLowerCase(), custodian);
  }
  const officialOf = new Map<string, Set<string>>();
  const officialOwners = mailboxOwners(input.records, (copy) => (copy.sourceChannel === 'official-email' ? copy.custodian : null), settings.officialAddresses);
  for (const [custodian, owner] of officialOwners) {
    officialOf.set(custodian, new Set([...owner.addresses].filter((address) => inDomains(address, settings.officialDomains) || (settings.officialAddresses[custodian] ?? []).includes(address))));
  }
  const officialContent = new Set<string>();
  const officialMessageIds = new Set<string>();
  const officialRecords: Context['officialRecords'] = [];
  for (const record of input.records) {
    if (record.kind !== 'email' || record.parentId !== null) {
      continue;
    }
    const official = record.copies.some((copy) => copy.sourceChannel === 'official-email' || isOfficialSource(copy.sourceId));
    const toOfficial = recipientsOf(record).some((person) => inDomains(person.address, settings.officialDomains));
    if (official) {
      officialContent.add(record.contentSha256);
      for (const id of [record.messageId, ...record.copies.map((copy) => copy.messageId)]) {
        if (id !== '') {
          officialMessageIds.add(id.toLowerCase());
        }
      }
    }
    if ((official || toOfficial) && record.dateUtc !== null) {
      officialRecords.push({ time: Date.parse(record.dateUtc), record, text: null });
    }
  }
  officialRecords.sort((a, b) => a.time - b.time);
  return { settings, accounts, officialOf, officialContent, officialMessageIds, officialRecords };
}

/** The index of the first entry at or after `time` (entries sorted by time). */
function firstAtOrAfter(entries: ReadonlyArray<{ time: number }>, time: number): number {
  let low = 0;
  let high = entries.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((entries[middle]?.time ?? Infinity) < time) {
      low = middle + 1;
    } else {
      high = middle;
    }
  }
  return low;
}

/** The custodian whose personal account sent the record, or null when it was not sent from one. */
function personalSender(record: GapRecord, context: Context): string | null {
  const address = record.from?.address.toLowerCase() ?? '';
  if (address === '' || inDomains(address, context.settings.officialDomains)) {
    return null;
  }
  return context.accounts.get(address) ?? null;
}

/** How the record was copied to an official account, or null when it was not. */
function officialCopy(record: GapRecord, custodian: string, context: Context): string | null {
  const own = context.officialOf.get(custodian) ?? new Set<string>();
  // Without an official mailbox to learn the address from, an official address that spells the
  // custodian's name (jeff.skilling@…) is taken as theirs.
  const names = nameTokens(custodian);
  const isOwn = (address: string) =>
    own.size > 0 ? own.has(address) : names.length > 0 && inDomains(address, context.settings.officialDomains) && names.every((name) => nameTokens(address).includes(name));
  const copied = recipientsOf(record).find((person) => isOwn(person.address.toLowerCase()));
  if (copied) {
    return `copied to ${copied.address}`;
  }
  if (record.copies.some((copy) => copy.sourceChannel === 'official-email') || context.officialContent.has(record.contentSha256)) {
    return 'the same message is in an official mailbox';
  }
  if ([record.messageId, ...record.copies.map((copy) => copy.messageId)].some((id) => id !== '' && context.officialMessageIds.has(id.toLowerCase()))) {
    return 'a message with the same Message-ID is in an official mailbox';
  }
  const opening = openingFingerprint(splitQuotes(record.body).ownText, 20);
  if (opening === '' || record.dateUtc === null) {
    return null;
  }
  const sent = Date.parse(record.dateUtc);
  const last = sent + context.settings.copyWindowDays * DAY_MS;
  // A forward is the custodian's own act: a colleague's reply quoting the message is not a copy.
  const senders = new Set([...own, ...[...context.accounts].filter(([, owner]) => owner === custodian).map(([address]) => address)]);
  for (let at = firstAtOrAfter(context.officialRecords, sent); at < context.officialRecords.length; at += 1) {
    const entry = context.officialRecords[at];
    if (entry === undefined || entry.time > last) {
      break;
    }
    if (entry.record.id === record.id || !senders.has(entry.record.from?.address.toLowerCase() ?? '')) {
      continue;
    }
    entry.text ??= normalisedText(entry.record.body);
    if (entry.text.includes(opening)) {
      return `forwarded to an official account on ${entry.record.day}`;
    }
  }
  return null;
}

function officialBusiness(record: GapRecord, custodian: string, context: Context): string | null {
  const official = recipientsOf(record).find((person) => inDomains(person.address, context.settings.officialDomains));
  if (official) {
    return `sent to the official address ${official.address}`;
  }
  return context.settings.officials.includes(custodian) ? `${custodian} is marked as an official` : null;
}

/** Proposes a gap for every email sent from a personal account on official business with no official copy. */
export function detectPersonalAccountNoCopy(input: GapInput, options: Partial<PersonalAccountOptions> = {}): GapProposal[] {
  const settings = { ...DEFAULT_PERSONAL_ACCOUNT_OPTIONS, ...options };
  const context = buildContext(input, settings);
  if (context.accounts.size === 0) {
    return [];
  }
  const proposals: GapProposal[] = [];
  for (const record of input.records) {
    if (record.kind !== 'email' || record.parentId !== null) {
      continue;
    }
    const custodian = personalSender(record, context);
    if (custodian === null) {
      continue;
    }
    const business = officialBusiness(record, custodian, context);
    if (business === null || officialCopy(record, custodian, context) !== null) {
      continue;
    }
    const sender = record.from?.address ?? '';
    const evidence: GapEvidence[] = [
      { recordId: record.id, quote: '', why: `Sent from the personal account ${sender}, ${business}; no copy in an official account within ${settings.copyWindowDays} days.` },
    ];
    proposals.push({
      key: proposalKey('personal-account-no-copy', [record.id]),
      detector: 'personal-account-no-copy',
      title: `${custodian}: “${record.subject || '(no subject)'}” sent from ${sender} with no official copy`,
      channel: 'personal-email',
      custodians: [...new Set([custodian, ...custodiansOf([record])])].sort(),
      periodStart: record.day || null,
      periodEnd: record.day || null,
      cause: 'personal-account-not-copied',
      volume: { low: 1, high: 1, unit: 'emails' },
      evidence,
      explanation:
        `${custodian} sent this email from the personal account ${sender} on ${record.day || 'an unknown day'}, ${business}. 44 U.S.C. 2911 requires ` +
        `a copy to an official account when it is sent, or a forward within ${settings.copyWindowDays} days; the case holds neither: ` +
        `no official recipient of the custodian's own, no identical message or Message-ID in an official mailbox, and no forward of its text.`,
    });
  }
  return proposals;
}
