/**
 * What a built packet is checked against (verify-packet.ts), and what the check reports.
 *
 * The expectations are data, not the layout's own output re-read: the pages and index entries
 * come from the plan (so that the check can tell whether the PDF is the plan), but the hidden
 * and visible texts come from the records and their redactions, computed independently of the
 * layout (verify-expectations-from-input.ts), so that a layout which forgot to cut a span is
 * caught.
 */
import type { BatesScheme } from '../../../shared/bates.js';
import type { PacketIndexEntry } from '../../../shared/model/packet.js';
import type { RedactableField } from '../../../shared/model/review.js';

/** One page of the plan, in packet order. */
export type ExpectedPage = {
  bates: string;
  /** The record the page shows; null for the cover letter, index, withholding log and gap appendix. */
  recordId: string | null;
  /** A chat transcript's page: every record it shows (then `recordId` is the first of them). */
  recordIds?: readonly string[];
};

/** A piece of a record's text that the packet must not let anyone read. */
export type HiddenText = {
  recordId: string;
  field: RedactableField;
  /** The redacted text (or, for a record not released, a line of its text). */
  hidden: string;
  /**
   * Everything the record's pages are meant to print once, as it should read with every
   * redacted span removed: its fields, dates, ids. A hidden string may occur on the record's
   * pages as often as it occurs here (a name redacted in one place and released in another).
   */
  visibleText: string;
  /**
   * What each of the record's pages after its first repeats (the continuation header's title,
   * as released); '' or absent when nothing is repeated.
   */
  repeatedText?: string;
};

export type PacketExpectations = {
  /** Every page of the plan, in order: the packet must have exactly these. */
  pages: readonly ExpectedPage[];
  /** Redacted spans, and the text of records withheld in full or referred. */
  redactions: readonly HiddenText[];
  /** The records the request's codings put in the response: each must be in `entries`. */
  responsiveRecordIds: readonly string[];
  /** The plan's index entries: one per record in the packet, with its Bates range. */
  entries: readonly PacketIndexEntry[];
  /**
   * Text the packet prints on purpose outside records' own pages and may carry in its
   * properties and bookmarks: case and request, cover letter, titles and senders as released,
   * justifications, gap descriptions. A hidden string found on a page of no record, or in the
   * document's metadata, bookmarks, annotations or other objects, is a leak unless it occurs here.
   */
  publicText: string;
  /** When given, page i must carry exactly `formatBates(bates, i)`. */
  bates?: BatesScheme;
};

/**
 * - `unreadable`: the file is not a PDF a reader can open;
 * - `page-count`: the packet has more or fewer pages than planned;
 * - `bates`: a Bates number is missing from its page, or the sequence has a gap or repeat;
 * - `record-missing`: a responsive record is not in the packet, or has no page;
 * - `record-not-responsive`: the packet holds a record not coded responsive;
 * - `redaction-leak`: redacted or withheld text can be read in the packet.
 */
export const VERIFY_PROBLEM_KINDS = ['unreadable', 'page-count', 'bates', 'record-missing', 'record-not-responsive', 'redaction-leak'] as const;
export type VerifyProblemKind = (typeof VERIFY_PROBLEM_KINDS)[number];

export type VerifyProblem = {
  kind: VerifyProblemKind;
  /** A sentence an officer can act on: which page or record, and what is wrong. */
  message: string;
  /** 1-based page of the packet, when the problem is on one page. */
  page?: number;
  /** That page's planned Bates number. */
  bates?: string;
  recordId?: string;
};

export type PacketVerification = {
  ok: boolean;
  problems: VerifyProblem[];
  /** Pages read back (0 when the file could not be opened). */
  pagesRead: number;
  /** Wall-clock time of the check, for the benchmark and the build's progress report. */
  milliseconds: number;
};

/** "Page ABC000014" for a planned page, "Page 14" past the plan's end. */
export function pageLabel(pages: readonly ExpectedPage[], index: number): string {
  const bates = pages[index]?.bates;
  return bates === undefined || bates === '' ? `Page ${index + 1}` : `Page ${bates}`;
}

/** The location fields of a problem on page `index` (0-based). */
export function onPage(pages: readonly ExpectedPage[], index: number): Pick<VerifyProblem, 'page' | 'bates'> {
  const bates = pages[index]?.bates;
  return bates === undefined ? { page: index + 1 } : { page: index + 1, bates };
}

/** For each record, the indexes of the pages that show it (its own pages, or transcript pages that include it). */
export function pagesOfRecord(pages: readonly ExpectedPage[]): Map<string, number[]> {
  const byRecord = new Map<string, number[]>();
  pages.forEach((page, index) => {
    const ids = page.recordIds ?? (page.recordId === null ? [] : [page.recordId]);
    for (const id of new Set(ids)) {
      const list = byRecord.get(id);
      if (list === undefined) {
        byRecord.set(id, [index]);
      } else {
        list.push(index);
      }
    }
  });
  return byRecord;
}

/**
 * The expectations for one file of the per-record variant, which holds the packet's pages
 * `first` to `last` (0-based, inclusive): those pages, the records they show and their hidden
 * texts. Whether every responsive record is in some file is a question about the whole set:
 * check it once with `checkRecords` on the whole expectations.
 */
export function expectationsForPages(expectations: PacketExpectations, first: number, last: number): PacketExpectations {
  const pages = expectations.pages.slice(first, last + 1);
  const shown = new Set(pages.flatMap((page) => page.recordIds ?? (page.recordId === null ? [] : [page.recordId])));
  const entries = expectations.entries.filter((entry) => shown.has(entry.recordId));
  const scheme = expectations.bates;
  return {
    ...expectations,
    pages,
    entries,
    responsiveRecordIds: entries.map((entry) => entry.recordId),
    redactions: expectations.redactions.filter((hidden) => shown.has(hidden.recordId)),
    ...(scheme === undefined ? {} : { bates: { ...scheme, start: scheme.start + first } }),
  };
}
