/**
 * The order records appear in the packet, as the officer chose it:
 * - `date`: oldest first, undated last, then by record id;
 * - `custodian`: by custodian (blank last), each custodian's records by date;
 * - `family`: an email followed by its attachments in part order; families by the parent's date.
 *
 * Every comparison ends on the record id, and strings are compared by code point rather than by
 * locale, so the same input gives the same order (and the same Bates numbers) on every machine.
 */
import { assertNever } from '../../../shared/errors.js';
import type { RecordDetail } from '../../../shared/model/record.js';
import type { PacketItem, PacketOrder } from './packet-input.js';

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Milliseconds since the epoch; +Infinity for no date or one that cannot be read, so those sort last. */
function timeOf(record: Pick<RecordDetail, 'date'>): number {
  const time = record.date === null ? Number.NaN : Date.parse(record.date);
  return Number.isNaN(time) ? Number.POSITIVE_INFINITY : time;
}

/** Oldest first, undated last, then by id (as packet-handlers' `packetOrder`). */
export function compareByDate(a: RecordDetail, b: RecordDetail): number {
  const at = timeOf(a);
  const bt = timeOf(b);
  if (at !== bt) {
    return at < bt ? -1 : 1;
  }
  return compareText(a.id, b.id);
}

function custodianKey(record: RecordDetail): string {
  return record.custodian.trim().toLowerCase();
}

function compareByCustodian(a: RecordDetail, b: RecordDetail): number {
  const ak = custodianKey(a);
  const bk = custodianKey(b);
  if (ak !== bk) {
    // A record with no custodian goes after every named one.
    if (ak === '' || bk === '') {
      return ak === '' ? 1 : -1;
    }
    return compareText(ak, bk);
  }
  return compareByDate(a, b);
}

/** "1.10" after "1.2": part paths compared number by number; a parent ('') before its parts. */
export function comparePartPaths(a: string, b: string): number {
  const as = a === '' ? [] : a.split('.');
  const bs = b === '' ? [] : b.split('.');
  for (let i = 0; i < Math.min(as.length, bs.length); i += 1) {
    const an = Number(as[i]);
    const bn = Number(bs[i]);
    const diff = Number.isFinite(an) && Number.isFinite(bn) ? an - bn : compareText(as[i] ?? '', bs[i] ?? '');
    if (diff !== 0) {
      return diff < 0 ? -1 : 1;
    }
  }
  return as.length - bs.length;
}

function orderByFamily(items: readonly PacketItem[]): PacketItem[] {
  const families = new Map<string, PacketItem[]>();
  for (const item of items) {
    const members = families.get(item.record.familyId);
    if (members === undefined) {
      families.set(item.record.familyId, [item]);
    } else {
      members.push(item);
    }
  }
  // A family sorts by its parent; when the parent is not in the packet, by its earliest member.
  const head = (members: readonly PacketItem[], familyId: string): Pick<RecordDetail, 'date'> => {
    const parent = members.find((item) => item.record.id === familyId)?.record;
    return parent ?? members.map((item) => item.record).sort(compareByDate)[0] ?? { date: null };
  };
  const ordered = [...families.entries()].map(([familyId, members]) => ({
    head: head(members, familyId),
    familyId,
    members: [...members].sort((a, b) => {
      // The parent first, then its attachments in part order.
      const aParent = a.record.id === familyId ? 0 : 1;
      const bParent = b.record.id === familyId ? 0 : 1;
      return aParent - bParent || comparePartPaths(a.record.partPath, b.record.partPath) || compareByDate(a.record, b.record);
    }),
  }));
  ordered.sort((a, b) => {
    const byTime = timeOf(a.head) - timeOf(b.head);
    if (byTime !== 0 && !Number.isNaN(byTime)) {
      return byTime < 0 ? -1 : 1;
    }
    return compareText(a.familyId, b.familyId);
  });
  return ordered.flatMap((family) => family.members);
}

/** `items` in packet order; the input is not changed. */
export function orderItems(items: readonly PacketItem[], order: PacketOrder): PacketItem[] {
  switch (order) {
    case 'date':
      return [...items].sort((a, b) => compareByDate(a.record, b.record));
    case 'custodian':
      return [...items].sort((a, b) => compareByCustodian(a.record, b.record));
    case 'family':
      return orderByFamily(items);
    default:
      return assertNever(order, 'packet order');
  }
}
