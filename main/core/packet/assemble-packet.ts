/**
 * Assembly: from a laid-out packet (PacketPlan) to the files an agency sends. One PDF, or for the
 * per-record variant one PDF per record and per section plus a Concordance DAT and an Opticon
 * OPT. The layout decides every page, Bates number and redaction; assembly only draws, copies
 * originals, adds bookmarks and metadata, and never looks at a record's text.
 *
 * Record bytes come through `deps.originalPdf`, so this module reads no files, and the caller
 * (the packet handler) decides where sources live and checks them (review/original-bytes.ts).
 */
import type { PacketIndexEntry } from '../../../shared/model/packet.js';
import { assemblePdf, throwIfAborted } from './assemble-pdf.js';
import { packetFileName, splitPacketPlan, wholePacketPart, type PacketPart, type PacketPartRole } from './assemble-split.js';
import { cleanLine } from './font-runs.js';
import { loadFileDocuments } from './load-files.js';
import { concordanceDat } from './load-files-dat.js';
import { opticonOpt } from './load-files-opt.js';
import type { PacketFontFiles } from './packet-fonts.js';
import type { PacketInput, PacketVariant } from './packet-input.js';
import { packetOutline } from './packet-outline.js';
import type { PacketPlan, UncoveredChar } from './packet-plan.js';
import { LETTER_GEOMETRY, type PageGeometry } from './page-geometry.js';
import { createTextShaper, type TextShaper } from './text-shaper.js';

/** What building needs besides the input and fonts. */
export type PacketDeps = {
  /** The record's own PDF bytes (released-in-full records the layout copies page by page). */
  originalPdf(recordId: string): Promise<Uint8Array>;
  /** Pages drawn so far, of all pages of the packet. */
  onProgress?(done: number, total: number): void;
  /** Checked between pages; an aborted build throws `cancelled`. */
  signal?: AbortSignal;
};

export type PacketFileRole = PacketPartRole | 'concordance-dat' | 'opticon-opt';

export type BuiltPacketFile = {
  /** A file name (no folders); PDFs and load files refer to each other by it. */
  name: string;
  role: PacketFileRole;
  /** The record a `record` file holds; null otherwise. */
  recordId: string | null;
  bytes: Uint8Array;
  /** Pages of a PDF; null for load files. */
  pageCount: number | null;
  batesFirst: string | null;
  batesLast: string | null;
};

/** Where a record ended up. */
export type BuiltRecord = {
  recordId: string;
  batesFirst: string;
  batesLast: string;
  pageCount: number;
  /** Its own PDF in the per-record variant; null in a single packet. */
  fileName: string | null;
};

export type BuiltPacket = {
  variant: PacketVariant;
  /** PDFs in Bates order, then (per-record variant) the DAT and the OPT. */
  files: BuiltPacketFile[];
  pageCount: number;
  batesFirst: string;
  batesLast: string;
  /** The layout's index entries (titles with its placeholders). */
  entries: PacketIndexEntry[];
  records: BuiltRecord[];
  /** Characters no packet font could draw, from the layout, to report to the officer. */
  uncovered: UncoveredChar[];
};

function pdfFile(part: PacketPart, bytes: Uint8Array): BuiltPacketFile {
  return {
    name: part.fileName,
    role: part.role,
    recordId: part.recordId,
    bytes,
    pageCount: part.pages.length,
    batesFirst: part.batesFirst,
    batesLast: part.batesLast,
  };
}

function textFile(name: string, role: PacketFileRole, text: string): BuiltPacketFile {
  return { name, role, recordId: null, bytes: new TextEncoder().encode(text), pageCount: null, batesFirst: null, batesLast: null };
}

function builtRecords(plan: PacketPlan, parts: readonly PacketPart[], split: boolean): BuiltRecord[] {
  const pageCounts = new Map<string, number>();
  for (const page of plan.pages) {
    // A transcript's pages count for each of its messages.
    for (const recordId of page.recordIds ?? (page.recordId === null ? [] : [page.recordId])) {
      pageCounts.set(recordId, (pageCounts.get(recordId) ?? 0) + 1);
    }
  }
  const fileNames = new Map(parts.flatMap((part) => part.recordIds.map((recordId) => [recordId, part.fileName] as const)));
  return plan.entries.map((entry) => ({
    recordId: entry.recordId,
    batesFirst: entry.batesFirst,
    batesLast: entry.batesLast,
    pageCount: pageCounts.get(entry.recordId) ?? 0,
    fileName: split ? (fileNames.get(entry.recordId) ?? null) : null,
  }));
}

/**
 * Draws `plan` into the packet's files. `plan` must come from the layout of `input` with
 * `geometry` and measures from the same fonts. Throws `cancelled` when `deps.signal` aborts,
 * `unsupported` or `source-unreadable` when a record's PDF cannot be copied.
 */
export async function assemblePacket(
  plan: PacketPlan,
  input: PacketInput,
  fonts: PacketFontFiles,
  deps: PacketDeps,
  shaper: TextShaper = createTextShaper(fonts),
  geometry: PageGeometry = LETTER_GEOMETRY,
): Promise<BuiltPacket> {
  throwIfAborted(deps.signal);
  const split = input.options.variant === 'per-record';
  const parts = split ? splitPacketPlan(plan) : [wholePacketPart(plan)];
  const items = new Map(input.items.map((item) => [item.record.id, item]));
  const requestTitle = cleanLine(input.request.title).trim();
  const tracking = cleanLine(input.request.trackingNumber).trim();

  const total = plan.pages.length;
  let done = 0;
  deps.onProgress?.(done, total);
  const files: BuiltPacketFile[] = [];
  for (const part of parts) {
    const range = part.batesFirst === part.batesLast ? part.batesFirst : `${part.batesFirst} – ${part.batesLast}`;
    const bytes = await assemblePdf(part.pages, {
      fonts,
      shaper,
      geometry,
      metadata: {
        title: split ? `Response packet: ${requestTitle} (${range})` : `Response packet: ${requestTitle}`,
        subject: tracking === '' ? null : `Request ${tracking}`,
        generatedAt: input.generatedAt,
      },
      // Bookmarks in the single packet only: a split file holds one record or one section.
      outline: split ? [] : packetOutline(part.pages, plan.entries, items),
      items,
      originalPdf: (recordId) => deps.originalPdf(recordId),
      pageDone: () => {
        done += 1;
        deps.onProgress?.(done, total);
      },
      signal: deps.signal,
    });
    files.push(pdfFile(part, bytes));
  }

  if (split) {
    const documents = loadFileDocuments(input, parts, plan.entries);
    files.push(textFile(packetFileName(plan.batesFirst, plan.batesLast, 'dat'), 'concordance-dat', concordanceDat(documents)));
    files.push(textFile(packetFileName(plan.batesFirst, plan.batesLast, 'opt'), 'opticon-opt', opticonOpt(documents, { volume: tracking })));
  }

  return {
    variant: input.options.variant,
    files,
    pageCount: total,
    batesFirst: plan.batesFirst,
    batesLast: plan.batesLast,
    entries: plan.entries,
    records: builtRecords(plan, parts, split),
    uncovered: plan.uncovered,
  };
}
