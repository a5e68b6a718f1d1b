/**
 * The documents of a split (per-record) packet as review tools load them: one row per file, with
 * the fields of a Concordance DAT (load-files-dat.ts) and the pages of an Opticon OPT
 * (load-files-opt.ts). Pure: the rows come from the split parts, the layout's index entries and
 * the packet input.
 *
 * The cover letter, index, withholding index and gap appendix are rows too, with only their
 * Bates range, page count, file and a subject naming the section: every Bates number of the
 * production is then accounted for in both load files, and a loader never meets an image key
 * without a document.
 *
 * What a row says about a record follows assemble-released-fields.ts: the subject is the
 * layout's entry title (with its placeholders), redacted header fields are placeholders, and a
 * record withheld in full or referred shows no header fields at all.
 */
import type { PacketIndexEntry } from '../../../shared/model/packet.js';
import { AppError } from '../../../shared/errors.js';
import { exemptionLabels, releasedHeader, releasedTitle } from './assemble-released-fields.js';
import type { PacketPart } from './assemble-split.js';
import type { PacketInput, PacketItem } from './packet-input.js';
import { decisionLabel } from './packet-labels.js';
import { SECTION_TITLES } from './packet-outline.js';

/**
 * The DAT's columns, in order. SHA256 stands where productions usually put MD5HASH: ingest
 * records SHA-256, and MD5 no longer proves a file unchanged. FILEPATH is the per-record PDF,
 * relative to the load files (Concordance links a record to its file through such a field).
 */
export const DAT_FIELDS = [
  'BEGBATES',
  'ENDBATES',
  'BEGATTACH',
  'ENDATTACH',
  'PAGECOUNT',
  'CUSTODIAN',
  'DATESENT',
  'FROM',
  'TO',
  'CC',
  'SUBJECT',
  'FILENAME',
  'FILEPATH',
  'RECORDID',
  'DECISION',
  'EXEMPTIONS',
  'SHA256',
] as const;
export type DatField = (typeof DAT_FIELDS)[number];

export type LoadFileDocument = {
  /** The PDF holding the document's pages, relative to the load files. */
  fileName: string;
  /** Bates number of each page, in order. */
  pageBates: string[];
  fields: Record<DatField, string>;
};

function emptyFields(): Record<DatField, string> {
  return Object.fromEntries(DAT_FIELDS.map((field) => [field, ''])) as Record<DatField, string>;
}

/** YYYYMMDD, the date form Concordance loads without slashes; the sender's calendar day as written. */
function datDate(date: string | null): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(date ?? '');
  return match ? `${match[1]}${match[2]}${match[3]}` : '';
}

/**
 * Family ranges (BEGATTACH/ENDATTACH): from the first page of a family's first file to the last
 * page of its last, when the family has several records and they follow each other. A family
 * scattered by date order gets none, since its range would take in other records.
 */
function familyRanges(parts: readonly PacketPart[], items: ReadonlyMap<string, PacketItem>): Map<string, { first: string; last: string }> {
  const positions = new Map<string, number[]>();
  parts.forEach((part, index) => {
    const family = part.recordId === null ? undefined : items.get(part.recordId)?.record.familyId;
    if (family !== undefined) {
      positions.set(family, [...(positions.get(family) ?? []), index]);
    }
  });
  const ranges = new Map<string, { first: string; last: string }>();
  for (const [family, indices] of positions) {
    const firstIndex = indices[0] ?? 0;
    const lastIndex = indices.at(-1) ?? 0;
    const consecutive = lastIndex - firstIndex === indices.length - 1;
    const firstPart = parts[firstIndex];
    const lastPart = parts[lastIndex];
    if (indices.length > 1 && consecutive && firstPart !== undefined && lastPart !== undefined) {
      ranges.set(family, { first: firstPart.batesFirst, last: lastPart.batesLast });
    }
  }
  return ranges;
}

/** Each distinct non-empty value once, in order, as one field. */
function joined(values: readonly string[]): string {
  return [...new Set(values.filter((value) => value !== ''))].join('; ');
}

/**
 * One row per part of a split packet, in Bates order. A chat transcript's part holds several
 * records: its row lists each one's id, decision, hash and header values once.
 */
export function loadFileDocuments(input: PacketInput, parts: readonly PacketPart[], entries: readonly PacketIndexEntry[]): LoadFileDocument[] {
  const items = new Map(input.items.map((item) => [item.record.id, item]));
  const entryById = new Map(entries.map((entry) => [entry.recordId, entry]));
  const families = familyRanges(parts, items);

  return parts.map((part) => {
    if (part.role === 'packet') {
      throw new AppError('internal', 'Load files describe a split packet, not a single one');
    }
    const fields = emptyFields();
    fields.BEGBATES = part.batesFirst;
    fields.ENDBATES = part.batesLast;
    fields.PAGECOUNT = String(part.pages.length);
    fields.FILEPATH = part.fileName;
    const document = { fileName: part.fileName, pageBates: part.pages.map((page) => page.bates), fields };
    if (part.role !== 'record') {
      fields.SUBJECT = SECTION_TITLES[part.role];
      return document;
    }
    const partItems = part.recordIds.map((recordId) => {
      const item = items.get(recordId);
      if (item === undefined) {
        throw new AppError('internal', `Record ${recordId} is in the packet's pages but not in its input`, { recordId });
      }
      return item;
    });
    const [first] = partItems;
    if (first === undefined) {
      throw new AppError('internal', `The packet file ${part.fileName} holds no record`);
    }
    const headers = partItems.map(releasedHeader);
    const family = families.get(first.record.familyId);
    fields.BEGATTACH = family?.first ?? '';
    fields.ENDATTACH = family?.last ?? '';
    fields.CUSTODIAN = joined(partItems.map((item) => item.record.custodian));
    fields.DATESENT = datDate(first.record.date);
    fields.FROM = joined(headers.map((header) => header.from));
    fields.TO = joined(headers.map((header) => header.to));
    fields.CC = joined(headers.map((header) => header.cc));
    fields.SUBJECT = releasedTitle(entryById.get(first.record.id)?.title ?? '', partItems);
    fields.FILENAME = joined(headers.map((header) => header.filename));
    fields.RECORDID = partItems.map((item) => item.record.id).join('; ');
    fields.DECISION = joined(partItems.map((item) => decisionLabel(item.decision)));
    fields.EXEMPTIONS = exemptionLabels(partItems.flatMap((item) => item.exemptions)).join('; ');
    fields.SHA256 = joined(partItems.map((item) => item.record.fileSha256));
    return document;
  });
}
