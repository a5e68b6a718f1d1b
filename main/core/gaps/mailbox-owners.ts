/**
 * Whose mailbox is this? Several detectors must know a custodian's own addresses (to tell the
 * custodian's sent mail from mail received, to see whether a quoted message involved them, to
 * find the account a personal source belongs to). Officers rarely type them in, but a mailbox
 * answers it itself: its owner is on almost every message in it, as sender or recipient, while
 * any correspondent is on a small share. Officer-supplied addresses are always added.
 */
import type { Participant } from '../../../shared/model/record.js';
import type { GapCopy, GapRecord } from './detector-input.js';
import { nameTokens } from './quoted-text.js';

/** An owner is on at least this share of the mailbox's emails (a mailing list is on fewer, a person's own mailbox on most). */
export const OWNER_SHARE = 0.3;

/** Below this many emails a share says nothing: two messages make every correspondent an "owner". */
const MIN_EMAILS = 5;

export type MailboxOwner = {
  addresses: Set<string>;
  /** Each owner address's share of the mailbox's emails (officer-supplied ones: 1). */
  shares: Map<string, number>;
  /** Display names seen with those addresses, as token lists ("jeff", "skilling"). */
  names: string[][];
};

function peopleOf(record: GapRecord): Participant[] {
  return [...(record.from ? [record.from] : []), ...record.to, ...record.cc, ...record.bcc];
}

/**
 * The owners of each mailbox, a mailbox being what `groupOf` names for a copy (a custodian, a
 * source); copies it maps to null are left out. Only top-level emails count.
 */
export function mailboxOwners(
  records: readonly GapRecord[],
  groupOf: (copy: GapCopy) => string | null,
  extra: Readonly<Record<string, readonly string[]>> = {},
  share = OWNER_SHARE,
): Map<string, MailboxOwner> {
  const totals = new Map<string, number>();
  const counts = new Map<string, Map<string, number>>();
  for (const record of records) {
    if (record.kind !== 'email' || record.parentId !== null) {
      continue;
    }
    const addresses = new Set(peopleOf(record).map((person) => person.address.toLowerCase()).filter((address) => address.includes('@')));
    const groups = new Set(record.copies.map(groupOf).filter((group): group is string => group !== null));
    for (const group of groups) {
      totals.set(group, (totals.get(group) ?? 0) + 1);
      const perGroup = counts.get(group) ?? new Map<string, number>();
      counts.set(group, perGroup);
      for (const address of addresses) {
        perGroup.set(address, (perGroup.get(address) ?? 0) + 1);
      }
    }
  }
  const owners = new Map<string, MailboxOwner>();
  for (const [group, total] of totals) {
    const addresses = new Set<string>();
    const shares = new Map<string, number>();
    for (const [address, count] of counts.get(group) ?? []) {
      if (total >= MIN_EMAILS && count >= share * total) {
        addresses.add(address);
        shares.set(address, count / total);
      }
    }
    owners.set(group, { addresses, shares, names: [] });
  }
  for (const [group, given] of Object.entries(extra)) {
    const owner = owners.get(group) ?? { addresses: new Set<string>(), shares: new Map<string, number>(), names: [] };
    owners.set(group, owner);
    for (const identity of given) {
      if (identity.includes('@')) {
        owner.addresses.add(identity.trim().toLowerCase());
        owner.shares.set(identity.trim().toLowerCase(), 1);
      } else if (nameTokens(identity).length > 0) {
        owner.names.push(nameTokens(identity));
      }
    }
  }
  // Names come from the messages themselves: whatever display name the owner's address carried.
  const seen = new Map<string, Set<string>>();
  for (const record of records) {
    for (const person of peopleOf(record)) {
      if (person.name !== '') {
        const names = seen.get(person.address.toLowerCase()) ?? new Set<string>();
        seen.set(person.address.toLowerCase(), names);
        names.add(person.name);
      }
    }
  }
  for (const owner of owners.values()) {
    for (const address of owner.addresses) {
      for (const name of seen.get(address) ?? []) {
        const tokens = nameTokens(name);
        if (tokens.length >= 2) {
          owner.names.push(tokens);
        }
      }
    }
  }
  return owners;
}

/** True when the text holds one of the owner's addresses, or every word of one of the owner's names. */
export function mentionsOwner(owner: MailboxOwner, text: string): boolean {
  const lower = text.toLowerCase();
  for (const address of owner.addresses) {
    if (lower.includes(address)) {
      return true;
    }
  }
  const words = new Set(text.normalize('NFKC').toLowerCase().split(/[^\p{L}]+/u));
  return owner.names.some((name) => name.length > 0 && name.every((token) => words.has(token)));
}
