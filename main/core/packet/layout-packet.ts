/**
 * Pagination and Bates numbering of a packet, as data (no drawing).
 *
 * Order: cover letter, index, the records (each from a new page: drawn from its text with its
 * redactions burned in, copied from its own PDF, a scanned PDF with redactions burned into its
 * page images (layout-scanned.ts), a chat transcript, or a slip sheet), the
 * withholding log, the gap appendix. Every page gets the next Bates number.
 *
 * Most sections' lengths do not depend on page numbers: record pages, the gap appendix, and the
 * index (one line per record or transcript). Two do: the cover letter quotes the page count and
 * Bates range, and the withholding log prints Bates ranges, whose width can change its line
 * breaks. So record pages are laid out once, and the cover letter and log are laid out again
 * until their page counts agree with the numbers they print (in practice once or twice). Pages
 * are numbered only after that, so no page is ever renumbered.
 */
import { formatBates } from '../../../shared/bates.js';
import { AppError } from '../../../shared/errors.js';
import type { PacketIndexEntry } from '../../../shared/model/packet.js';
import { layoutGapAppendixBody } from '../reports/gap-appendix-layout.js';
import type { FlowPage } from '../reports/disposition-flow.js';
import { assertPacketInput } from './assert-packet-input.js';
import { cleanLine, type MeasureText } from './font-runs.js';
import { coverLetterValues, coverPages } from './layout-cover.js';
import {
  countIndexPages,
  formatBatesRange,
  indexColumns,
  indexFrameRows,
  indexLineCapacity,
  indexLineRow,
  widestBatesRange,
  type IndexLine,
  type TitleBlock,
} from './layout-index.js';
import { continuationRows, recordContinuationLabel, recordRows } from './layout-record.js';
import { scannedPages } from './layout-scanned.js';
import { slipSheetRows } from './layout-slip-sheet.js';
import { transcriptRows, transcriptTitle } from './layout-transcript.js';
import { inVaughnIndex, vaughnPages, vaughnRow, type VaughnRow } from './layout-vaughn.js';
import { markRecord, senderLine, shortDate, titleLine, type MarkedRecord } from './marked-record.js';
import { orderItems } from './order-items.js';
import { decisionLabel, kindLabel } from './packet-labels.js';
import type { PacketInput, PacketItem } from './packet-input.js';
import type { PacketPlan, PageKind, PagePlan, PlacedBox, RasterPlan } from './packet-plan.js';
import { groupUnits, unitItems, type PacketUnit } from './packet-units.js';
import { LETTER_GEOMETRY, type PageGeometry } from './page-geometry.js';
import { paginateRows, placeRows, type Row } from './page-rows.js';
import { stampTexts } from './page-stamps.js';
import { createUncoveredCollector, type CoverageProbe, type UncoveredCollector } from './uncovered-chars.js';

/** What layout needs from the fonts: widths, and which characters they can draw. `TextShaper` is one. */
export type LayoutFonts = { measure: MeasureText; covers: CoverageProbe };

/** A page before numbering: its rows, or for a slip sheet the rows given its own Bates number. */
type PendingPage = {
  kind: PageKind;
  recordId: string | null;
  recordIds?: string[];
  rows: Row[] | ((bates: string) => Row[]);
  sourcePage?: number;
  raster?: RasterPlan;
  /** Boxes placed by the layout itself (a raster page's labelled word boxes), besides the rows'. */
  boxes?: PlacedBox[];
};

type Section = { unit: PacketUnit; pages: PendingPage[] };

// The cover letter and the log settle in one or two rounds; this bound only stops a loop that
// cannot happen with real fonts.
const MAX_ROUNDS = 12;

function isSlip(item: PacketItem): item is PacketItem & { decision: 'withhold-in-full' | 'referral' } {
  return item.decision === 'withhold-in-full' || item.decision === 'referral';
}

/** The heading of a record ("Record 3 of 12 · Email · Released in part") or a transcript ("Records 4–9 of 12 · Chat transcript"). */
function sectionHeading(first: number, count: number, total: number, what: string): string {
  const which = count === 1 ? `Record ${first} of ${total}` : `Records ${first}–${first + count - 1} of ${total}`;
  return `${which} · ${what}`;
}

/** Lays out one unit's pages (numbers not yet known); reports uncovered characters as it goes. */
function sectionPages(
  unit: PacketUnit,
  ordinal: number,
  total: number,
  marks: ReadonlyMap<string, MarkedRecord>,
  fonts: LayoutFonts,
  geometry: PageGeometry,
  collector: UncoveredCollector,
): PendingPage[] {
  const { measure } = fonts;
  if (unit.kind === 'transcript') {
    const recordIds = unit.items.map((item) => item.record.id);
    const heading = sectionHeading(ordinal, unit.items.length, total, 'Chat transcript');
    const transcript = transcriptRows(unit.items, marks, heading, measure, geometry);
    collector.scanRows(recordIds[0] ?? null, transcript.header);
    for (const message of transcript.messages) {
      collector.scanRows(message.recordId, message.rows);
    }
    const rows = [...transcript.header, ...transcript.messages.flatMap((message) => message.rows)];
    return paginateRows(rows, transcript.continuation, geometry).map((pageRows) => ({
      kind: 'record',
      recordId: recordIds[0] ?? null,
      recordIds,
      rows: pageRows,
    }));
  }
  const { item } = unit;
  const recordId = item.record.id;
  if (isSlip(item)) {
    return [{ kind: 'slip', recordId, rows: (bates) => slipSheetRows(item, bates, measure, geometry) }];
  }
  if (item.decision === 'release-in-part' && item.scanned !== undefined && item.scanned !== null) {
    return scannedPages(item.scanned, measure, geometry).map((page) => ({ ...page, recordId, rows: [] }));
  }
  if (item.originalPdfPages !== null) {
    return Array.from({ length: item.originalPdfPages }, (_, index) => ({ kind: 'original', recordId, rows: [], sourcePage: index + 1 }));
  }
  const marked = marks.get(recordId) ?? markRecord(item);
  const what = item.decision === 'release-in-part' ? `${kindLabel(item.record.kind)} · Released in part` : kindLabel(item.record.kind);
  const rows = recordRows(item, marked, sectionHeading(ordinal, 1, total, what), measure, geometry);
  collector.scanRows(recordId, rows);
  const continuation = continuationRows(recordContinuationLabel(item, marked), measure, geometry);
  return paginateRows(rows, continuation, geometry).map((pageRows) => ({ kind: 'record', recordId, rows: pageRows }));
}

/** The index line of a unit whose pages run `bates`. */
function indexLine(unit: PacketUnit, bates: string, marks: ReadonlyMap<string, MarkedRecord>): IndexLine {
  if (unit.kind === 'transcript') {
    const senders = [...new Set(unit.items.map((item) => senderFor(item, marks)).filter((name) => name !== ''))];
    const inPart = unit.items.some((item) => item.decision === 'release-in-part');
    return {
      bates,
      date: unit.items[0]?.record.chat?.day || shortDate(unit.items[0]?.record ?? { date: null, dateRaw: '' }),
      from: senders.join(', '),
      title: transcriptTitle(unit.items),
      decision: decisionLabel(inPart ? 'release-in-part' : 'release-in-full'),
    };
  }
  const { item } = unit;
  const marked = marks.get(item.record.id) ?? markRecord(item);
  return { bates, date: shortDate(item.record), from: senderLine(item.record, marked), title: ocrMark(item) + titleLine(item, marked), decision: decisionLabel(item.decision) };
}

/**
 * "[OCR] " before the title of a released record whose text came partly from OCR: a reader of
 * the index should know that text was read by a machine from an image. At the start, because a
 * long title is cut at its end.
 */
export function ocrMark(item: PacketItem): string {
  const released = item.decision === 'release-in-full' || item.decision === 'release-in-part';
  return released && (item.record.document?.ocr?.pages.length ?? 0) > 0 ? '[OCR] ' : '';
}

function senderFor(item: PacketItem, marks: ReadonlyMap<string, MarkedRecord>): string {
  const marked = marks.get(item.record.id);
  return marked === undefined ? '' : senderLine(item.record, marked);
}

/** The title a unit's records carry in `plan.entries` (and so in bookmarks and load files). */
function entryTitle(unit: PacketUnit, item: PacketItem, marks: ReadonlyMap<string, MarkedRecord>): string {
  if (unit.kind === 'transcript') {
    return transcriptTitle(unit.items);
  }
  return titleLine(item, marks.get(item.record.id) ?? markRecord(item));
}

/**
 * Lays out the whole packet. Throws `invalid-args` for an input `assertPacketInput` refuses
 * (no records, a bad Bates scheme, a redaction that does not fit its field, an unknown cover
 * letter placeholder). `fonts` must match the fonts the plan will be drawn with.
 */
export function layoutPacket(input: PacketInput, fonts: LayoutFonts, geometry: PageGeometry = LETTER_GEOMETRY): PacketPlan {
  assertPacketInput(input);
  const { measure } = fonts;
  const scheme = input.options.bates;
  const { position } = scheme;
  const collector = createUncoveredCollector(fonts.covers);
  const ordered = orderItems(input.items, input.options.order);
  const units = groupUnits(ordered);
  const marks = new Map(ordered.map((item) => [item.record.id, markRecord(item)]));
  const total = ordered.length;

  // 1. Record sections, in order; their lengths do not depend on numbering.
  const sections: Section[] = [];
  let ordinal = 1;
  for (const unit of units) {
    sections.push({ unit, pages: sectionPages(unit, ordinal, total, marks, fonts, geometry, collector) });
    ordinal += unitItems(unit).length;
  }
  const bodyPageCount = sections.reduce((sum, section) => sum + section.pages.length, 0);

  // 2. Index page count: frame heights depend on neither the summary nor the column widths.
  const block: TitleBlock = {
    caseName: input.caseName,
    requestTitle: input.request.title,
    requestLabel: cleanLine(input.request.trackingNumber).trim() !== '' ? `Tracking number: ${input.request.trackingNumber}` : `Request id: ${input.request.id}`,
    generatedAt: input.generatedAt,
  };
  const placeholderColumns = indexColumns(widestBatesRange(formatBates(scheme, 0)), measure, geometry);
  const firstCapacity = indexLineCapacity(indexFrameRows(block, true, '', placeholderColumns, measure, geometry), geometry);
  const laterCapacity = indexLineCapacity(indexFrameRows(block, false, '', placeholderColumns, measure, geometry), geometry);
  const indexPageCount = countIndexPages(units.length, firstCapacity, laterCapacity);

  // 3. The gap appendix does not depend on numbering either.
  const appendix: FlowPage[] = input.gaps.length > 0 ? layoutGapAppendixBody(input.gaps, measure, geometry) : [];

  // 4. Cover letter and withholding log, until their lengths agree with the numbers they print.
  const vaughnItems = ordered.filter(inVaughnIndex);
  let coverRows: Row[][] = [];
  let vaughnRows: Row[][] = [];
  let vaughnCells: VaughnRow[] = [];
  let ranges = new Map<PacketUnit, string>();
  let settled = false;
  for (let round = 0; round < MAX_ROUNDS && !settled; round += 1) {
    const firstBody = coverRows.length + indexPageCount;
    const pageCount = firstBody + bodyPageCount + vaughnRows.length + appendix.length;
    ranges = new Map();
    const rangeOfRecord = new Map<string, string>();
    let offset = firstBody;
    for (const section of sections) {
      const range = formatBatesRange(formatBates(scheme, offset), formatBates(scheme, offset + section.pages.length - 1));
      ranges.set(section.unit, range);
      for (const item of unitItems(section.unit)) {
        rangeOfRecord.set(item.record.id, range);
      }
      offset += section.pages.length;
    }
    vaughnCells = vaughnItems.map((item) => vaughnRow(item, marks.get(item.record.id) ?? markRecord(item), rangeOfRecord.get(item.record.id) ?? ''));
    const nextVaughn = vaughnCells.length > 0 ? vaughnPages(vaughnCells, formatBates(scheme, pageCount - 1), measure, geometry) : [];
    const template = input.options.coverLetter;
    const nextCover = template === null ? [] : coverPages(template, coverLetterValues(input, ordered, pageCount), measure, geometry);
    settled = nextCover.length === coverRows.length && nextVaughn.length === vaughnRows.length;
    coverRows = nextCover;
    vaughnRows = nextVaughn;
  }
  if (!settled) {
    throw new AppError('internal', 'The cover letter and withholding log did not settle on a page count');
  }
  for (const row of vaughnCells) {
    for (const text of [row.date, row.fromTo, row.description, row.exemptions, row.justification]) {
      collector.scanText(row.recordId, text, 'regular');
    }
  }
  for (const rows of coverRows) {
    collector.scanRows(null, rows);
  }

  const pageCount = coverRows.length + indexPageCount + bodyPageCount + vaughnRows.length + appendix.length;
  const batesFirst = formatBates(scheme, 0);
  const batesLast = formatBates(scheme, pageCount - 1);

  // 5. Entries and index lines, now that every range is known.
  const entries: PacketIndexEntry[] = [];
  let offset = coverRows.length + indexPageCount;
  for (const section of sections) {
    const first = formatBates(scheme, offset);
    const last = formatBates(scheme, offset + section.pages.length - 1);
    for (const item of unitItems(section.unit)) {
      entries.push({ recordId: item.record.id, title: entryTitle(section.unit, item, marks), batesFirst: first, batesLast: last });
    }
    offset += section.pages.length;
  }
  const lines = sections.map((section) => {
    const line = indexLine(section.unit, ranges.get(section.unit) ?? '', marks);
    if (section.unit.kind === 'record') {
      collector.scanText(section.unit.item.record.id, `${line.from}${line.title}${line.date}`, 'regular');
    }
    return line;
  });
  collector.scanText(null, `${block.caseName}${block.requestTitle}${block.requestLabel}`, 'bold');

  const columns = indexColumns(widestBatesRange(batesLast), measure, geometry);
  const summary = `${total} ${total === 1 ? 'record' : 'records'} · ${pageCount} pages · Bates ${formatBatesRange(batesFirst, batesLast)}`;
  const indexPages: PendingPage[] = [];
  let next = 0;
  for (let page = 0; page < indexPageCount; page += 1) {
    const first = page === 0;
    const take = first ? firstCapacity : laterCapacity;
    const rows = indexFrameRows(block, first, summary, columns, measure, geometry);
    for (const line of lines.slice(next, next + take)) {
      rows.push(indexLineRow(line, columns, measure, geometry));
    }
    next += take;
    indexPages.push({ kind: 'index', recordId: null, rows });
  }

  // 6. Every page in order, placed and stamped.
  const pending: PendingPage[] = [
    ...coverRows.map((rows): PendingPage => ({ kind: 'cover', recordId: null, rows })),
    ...indexPages,
    ...sections.flatMap((section) => section.pages),
    ...vaughnRows.map((rows): PendingPage => ({ kind: 'vaughn', recordId: null, rows })),
  ];
  const pages: PagePlan[] = pending.map((page, index) => {
    const pageBates = formatBates(scheme, index);
    const placed = placeRows(typeof page.rows === 'function' ? page.rows(pageBates) : page.rows, geometry);
    const plan: PagePlan = {
      pageNumber: index + 1,
      bates: pageBates,
      kind: page.kind,
      recordId: page.recordId,
      texts: [...placed.texts, ...stampTexts(index + 1, pageCount, pageBates, position, measure, geometry)],
      rules: placed.rules,
      boxes: page.boxes === undefined ? placed.boxes : [...placed.boxes, ...page.boxes],
    };
    if (page.raster !== undefined) {
      plan.raster = page.raster;
    }
    if (page.recordIds !== undefined) {
      plan.recordIds = page.recordIds;
    }
    if (page.sourcePage !== undefined) {
      plan.sourcePage = page.sourcePage;
    }
    return plan;
  });
  for (const flow of appendix) {
    const pageNumber = pages.length + 1;
    const pageBates = formatBates(scheme, pageNumber - 1);
    for (const text of flow.texts) {
      collector.scanText(null, text.text, text.style);
    }
    pages.push({
      pageNumber,
      bates: pageBates,
      kind: 'gap-appendix',
      recordId: null,
      texts: [...flow.texts, ...stampTexts(pageNumber, pageCount, pageBates, position, measure, geometry)],
      rules: flow.rules,
      boxes: [],
    });
  }

  return {
    pages,
    coverPageCount: coverRows.length,
    indexPageCount,
    vaughnPageCount: vaughnRows.length,
    gapAppendixPageCount: appendix.length,
    entries,
    batesFirst,
    batesLast,
    uncovered: collector.list(),
  };
}
