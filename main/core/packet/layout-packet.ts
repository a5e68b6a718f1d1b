/**
 * Pagination and Bates numbering of a packet, as data (no drawing).
 *
 * Order: index pages, then each record from a new page. The index's page count depends only on
 * the number of records (its rows are one line each), so it is known first; record pages are
 * then numbered as they are laid out, and the index is filled in last with their Bates ranges.
 * One pass, and no page is ever renumbered after the fact.
 */
import { formatBates } from '../../../shared/bates.js';
import type { PacketIndexEntry } from '../../../shared/model/packet.js';
import type { RecordDetail } from '../../../shared/model/record.js';
import { cleanLine, type MeasureText } from './font-runs.js';
import {
  countIndexPages,
  formatBatesRange,
  indexColumns,
  indexFrameRows,
  indexLineCapacity,
  indexLineRow,
  widestBatesRange,
  type IndexLine,
} from './layout-index.js';
import { continuationRows, recordRows } from './layout-record.js';
import type { PacketPlan, PagePlan, PageKind, PlacedText } from './packet-plan.js';
import { assertPacketSpec, type PacketSpec } from './packet-spec.js';
import { LETTER_GEOMETRY, type PageGeometry } from './page-geometry.js';
import { paginateRows, placeRows, type Row } from './page-rows.js';

type PendingPage = { kind: PageKind; recordId: string | null; rows: Row[] };

/** The index's date cell: the calendar day of the ISO date, else the raw header as written. */
function indexDate(record: RecordDetail): string {
  if (record.date !== null && record.date !== '') {
    return record.date.slice(0, 10);
  }
  return cleanLine(record.dateRaw).trim();
}

/** The index's From cell: the sender's name when known (the address is on the record's page). */
function indexFrom(record: RecordDetail): string {
  const sender = record.fromParticipant;
  const name = sender ? cleanLine(sender.name).trim() || cleanLine(sender.address).trim() : '';
  return name || cleanLine(record.from).trim();
}

function footerTexts(pageNumber: number, pageCount: number, bates: string, measure: MeasureText, geometry: PageGeometry): PlacedText[] {
  const { size } = geometry.footer;
  const y = geometry.footerBaseline;
  return [
    { text: `Page ${pageNumber} of ${pageCount}`, x: geometry.marginLeft, y, size, style: 'regular' },
    { text: bates, x: geometry.width - geometry.marginRight - measure(bates, size, 'bold'), y, size, style: 'bold' },
  ];
}

/**
 * Lays out the whole packet. Throws `invalid-args` for an empty record list or a bad Bates
 * scheme. `measure` must match the fonts the plan will be drawn with.
 */
export function layoutPacket(spec: PacketSpec, measure: MeasureText, geometry: PageGeometry = LETTER_GEOMETRY): PacketPlan {
  assertPacketSpec(spec);
  const { records, bates } = spec;
  const recordCount = records.length;

  // 1. How many index pages. Frame heights do not depend on the summary text or column widths,
  //    so placeholders give the real capacity.
  const placeholderColumns = indexColumns(widestBatesRange(formatBates(bates, 0)), measure, geometry);
  const firstCapacity = indexLineCapacity(indexFrameRows(spec, true, '', placeholderColumns, measure, geometry), geometry);
  const laterCapacity = indexLineCapacity(indexFrameRows(spec, false, '', placeholderColumns, measure, geometry), geometry);
  const indexPageCount = countIndexPages(recordCount, firstCapacity, laterCapacity);

  // 2. Record pages, numbered as they are produced.
  const recordPages: PendingPage[] = [];
  const entries: PacketIndexEntry[] = [];
  let offset = indexPageCount;
  records.forEach((record, index) => {
    const rows = recordRows(record, index + 1, recordCount, measure, geometry);
    const pages = paginateRows(rows, continuationRows(record, measure, geometry), geometry);
    entries.push({
      recordId: record.id,
      title: cleanLine(record.title).trim(),
      batesFirst: formatBates(bates, offset),
      batesLast: formatBates(bates, offset + pages.length - 1),
    });
    for (const pageRows of pages) {
      recordPages.push({ kind: 'record', recordId: record.id, rows: pageRows });
    }
    offset += pages.length;
  });
  const pageCount = offset;
  const batesFirst = formatBates(bates, 0);
  const batesLast = formatBates(bates, pageCount - 1);

  // 3. Index pages, now that every range is known.
  const columns = indexColumns(widestBatesRange(batesLast), measure, geometry);
  const summary = `${recordCount} ${recordCount === 1 ? 'record' : 'records'} · ${pageCount} pages · Bates ${formatBatesRange(batesFirst, batesLast)}`;
  const lines: IndexLine[] = records.map((record, index) => {
    const entry = entries[index];
    return {
      bates: entry ? formatBatesRange(entry.batesFirst, entry.batesLast) : '',
      date: indexDate(record),
      from: indexFrom(record),
      title: cleanLine(record.title).trim() || '(untitled)',
    };
  });
  const indexPages: PendingPage[] = [];
  let next = 0;
  for (let page = 0; page < indexPageCount; page += 1) {
    const first = page === 0;
    const take = first ? firstCapacity : laterCapacity;
    const rows = indexFrameRows(spec, first, summary, columns, measure, geometry);
    for (const line of lines.slice(next, next + take)) {
      rows.push(indexLineRow(line, columns, measure, geometry));
    }
    next += take;
    indexPages.push({ kind: 'index', recordId: null, rows });
  }

  // 4. Place rows and stamp every page with its number and Bates number.
  const pages: PagePlan[] = [...indexPages, ...recordPages].map((pending, index) => {
    const placed = placeRows(pending.rows, geometry);
    const pageBates = formatBates(bates, index);
    return {
      pageNumber: index + 1,
      bates: pageBates,
      kind: pending.kind,
      recordId: pending.recordId,
      texts: [...placed.texts, ...footerTexts(index + 1, pageCount, pageBates, measure, geometry)],
      rules: placed.rules,
    };
  });

  return { pages, indexPageCount, entries, batesFirst, batesLast };
}
