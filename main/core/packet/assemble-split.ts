/**
 * Which pages go into which file. A packet is one PDF (`single`) or, for agencies and requesters
 * who load productions into review tools, one PDF per record plus the cover, index, withholding
 * index and gap appendix each as their own PDF (`per-record`).
 *
 * Splitting never renumbers: every page keeps the Bates number the layout gave it, so a page
 * cited from the single packet is the same page in the split one, and the files laid end to end
 * by Bates range are the packet. Files are named by their Bates range, which is unique within a
 * production and is what people cite.
 */
import { AppError, assertNever } from '../../../shared/errors.js';
import type { PacketPlan, PageKind, PagePlan } from './packet-plan.js';

/** `packet`: the whole packet in one file; the others: one part of a split packet. */
export type PacketPartRole = 'packet' | 'cover' | 'index' | 'record' | 'vaughn' | 'gap-appendix';

export type PacketPart = {
  role: PacketPartRole;
  /** The record the part holds (`record` parts; a transcript's first message); null otherwise. */
  recordId: string | null;
  /** Every record the part holds, in order: one, or a transcript's messages; [] for sections. */
  recordIds: string[];
  pages: PagePlan[];
  batesFirst: string;
  batesLast: string;
  /** `FIRST-LAST.pdf` (always both ends, so that names sort and parse the same way). */
  fileName: string;
};

function roleOf(kind: PageKind): Exclude<PacketPartRole, 'packet'> {
  switch (kind) {
    case 'cover':
      return 'cover';
    case 'index':
      return 'index';
    case 'record':
    case 'original':
    case 'raster':
    case 'slip':
      return 'record';
    case 'vaughn':
      return 'vaughn';
    case 'gap-appendix':
      return 'gap-appendix';
    default:
      return assertNever(kind, 'page kind');
  }
}

/**
 * A Bates number as a file-name part. Prefixes are checked against `BATES_PREFIX_PATTERN` when
 * the officer sets them; this is the last guard against a path separator reaching a file name.
 */
function safeNamePart(text: string): string {
  return text.replace(/[^A-Za-z0-9_.-]/g, '_').replace(/^\.+/, '_');
}

/** `ABC000001-ABC000003.pdf`; the extension without its dot. */
export function packetFileName(batesFirst: string, batesLast: string, extension = 'pdf'): string {
  return `${safeNamePart(batesFirst)}-${safeNamePart(batesLast)}.${extension}`;
}

function partOf(role: PacketPartRole, recordIds: string[], pages: PagePlan[]): PacketPart {
  const first = pages[0];
  const last = pages.at(-1);
  if (first === undefined || last === undefined) {
    throw new AppError('internal', 'A packet file would have no pages');
  }
  return { role, recordId: recordIds[0] ?? null, recordIds, pages, batesFirst: first.bates, batesLast: last.bates, fileName: packetFileName(first.bates, last.bates) };
}

/** The whole packet as one file. */
export function wholePacketPart(plan: PacketPlan): PacketPart {
  return partOf('packet', [], plan.pages);
}

/**
 * One part per record (its pages are the Bates range of its index entry; the messages of a chat
 * transcript share one range and so one part) and one per section (consecutive pages of one
 * kind outside every record's range). Throws `internal` when ranges overlap or a section is
 * split, which the layout never does: a file would then hold pages of another.
 */
export function splitPacketPlan(plan: PacketPlan): PacketPart[] {
  const pageIndex = new Map(plan.pages.map((page, index) => [page.bates, index]));
  // Record ranges by first page index; entries sharing a range (a transcript) share a part.
  const ranges = new Map<number, { end: number; recordIds: string[] }>();
  for (const entry of plan.entries) {
    const start = pageIndex.get(entry.batesFirst);
    const end = pageIndex.get(entry.batesLast);
    if (start === undefined || end === undefined || end < start) {
      throw new AppError('internal', `Record ${entry.recordId}'s Bates range is not in the packet`, { recordId: entry.recordId });
    }
    const range = ranges.get(start);
    if (range === undefined) {
      ranges.set(start, { end, recordIds: [entry.recordId] });
    } else if (range.end === end) {
      range.recordIds.push(entry.recordId);
    } else {
      throw new AppError('internal', `Record ${entry.recordId}'s Bates range overlaps another record's`, { recordId: entry.recordId });
    }
  }

  let previousEnd = -1;
  for (const [start, range] of [...ranges].sort(([a], [b]) => a - b)) {
    if (start <= previousEnd) {
      throw new AppError('internal', `Record ${range.recordIds[0] ?? ''}'s Bates range overlaps another record's`, { recordIds: range.recordIds });
    }
    previousEnd = range.end;
  }

  const parts: PacketPart[] = [];
  const sections = new Set<PacketPartRole>();
  let index = 0;
  while (index < plan.pages.length) {
    const range = ranges.get(index);
    if (range !== undefined) {
      parts.push(partOf('record', range.recordIds, plan.pages.slice(index, range.end + 1)));
      index = range.end + 1;
      continue;
    }
    const page = plan.pages[index];
    const role = page === undefined ? 'record' : roleOf(page.kind);
    if (role === 'record' || sections.has(role)) {
      throw new AppError('internal', `Packet page ${index + 1} is outside every record's range or splits a section`, { pageNumber: index + 1 });
    }
    sections.add(role);
    let end = index;
    while (end + 1 < plan.pages.length && !ranges.has(end + 1) && plan.pages[end + 1]?.kind === page?.kind) {
      end += 1;
    }
    parts.push(partOf(role, [], plan.pages.slice(index, end + 1)));
    index = end + 1;
  }
  return parts;
}
