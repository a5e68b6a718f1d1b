/**
 * The check every packet passes before it leaves the building: it is read back as a recipient
 * would read it (pdf.js for the pages, annotations, properties and bookmarks; pdf-lib for every
 * object stored in the file) and compared with what was planned and what was redacted.
 *
 * It answers two questions, in words an officer can act on:
 * - can anything redacted or withheld be read? (verify-redactions.ts)
 * - is anything missing or out of place? pages, Bates numbers, records (verify-structure.ts)
 *
 * Why a separate read-back rather than trusting the builder: the layout, the font subsetting,
 * the copying of original pages and the scrub are each a place where text can survive that
 * should not, and a packet, once sent, cannot be recalled.
 */
import { AppError } from '../../../shared/errors.js';
import {
  VERIFY_PROBLEM_KINDS,
  type PacketExpectations,
  type PacketVerification,
  type VerifyProblem,
  type VerifyProblemKind,
} from './verify-expectations.js';
import { loadFileStrings } from './verify-load-file.js';
import { rawPdfStrings } from './verify-raw-strings.js';
import { readBackPacket, type OutsideString, type PacketReadback } from './verify-readback.js';
import { findRedactionLeaks } from './verify-redactions.js';
import { checkBatesOnPages, checkBatesSequence, checkPageCount, checkRecords } from './verify-structure.js';

export type VerifyOptions = {
  /** Checked between pages; an aborted check throws `cancelled`. */
  signal?: AbortSignal;
  /**
   * Problems kept per kind; the rest are counted in one closing problem of that kind, so that a
   * systematic fault (every Bates number shifted by one) gives a readable list. Default 25.
   */
  maxPerKind?: number;
  /**
   * How the file is read back; default `readBackPacket` (pdf.js in this thread). A host can pass
   * one that reads page ranges in worker threads: the read is most of the check's time.
   */
  readBack?: (bytes: Uint8Array, signal?: AbortSignal) => Promise<PacketReadback>;
  /** The load files written beside the PDFs (per-record variant): their record fields are checked with the rest. */
  loadFiles?: ReadonlyArray<{ name: string; bytes: Uint8Array }>;
};

/** Most serious first: what must not leave, then what is missing, then numbering. A record, so no kind is left out. */
const KIND_RANK: Readonly<Record<VerifyProblemKind, number>> = {
  unreadable: 0,
  'redaction-leak': 1,
  'record-missing': 2,
  'record-not-responsive': 3,
  'page-count': 4,
  bates: 5,
};
const KIND_ORDER = [...VERIFY_PROBLEM_KINDS].sort((a, b) => KIND_RANK[a] - KIND_RANK[b]);

const KIND_NOUN: Readonly<Record<VerifyProblemKind, string>> = {
  unreadable: 'problems reading the file',
  'redaction-leak': 'places where redacted text can be read',
  'record-missing': 'records missing',
  'record-not-responsive': 'records that are not responsive',
  'page-count': 'page-count problems',
  bates: 'Bates-number problems',
};

function capped(problems: readonly VerifyProblem[], maxPerKind: number): VerifyProblem[] {
  const kept: VerifyProblem[] = [];
  for (const kind of KIND_ORDER) {
    const ofKind = problems.filter((problem) => problem.kind === kind);
    kept.push(...ofKind.slice(0, maxPerKind));
    if (ofKind.length > maxPerKind) {
      kept.push({ kind, message: `…and ${(ofKind.length - maxPerKind).toLocaleString('en-US')} more ${KIND_NOUN[kind]}` });
    }
  }
  return kept;
}

/** One PDF of a packet as it will be written: the whole packet, or one file of the per-record variant. */
export type PacketPdf = { name: string; bytes: Uint8Array };

/**
 * Checks `pdfBytes` against `expectations`. Resolves `ok: false` with the problems found (an
 * unreadable file is one of them); throws only `cancelled`.
 */
export async function verifyPacket(pdfBytes: Uint8Array, expectations: PacketExpectations, options: VerifyOptions = {}): Promise<PacketVerification> {
  return verifyPacketFiles([{ name: '', bytes: pdfBytes }], expectations, options);
}

/**
 * Checks the PDFs of a packet, in Bates order, as the one packet they make laid end to end: the
 * files that are written are the ones read back, whatever the variant. A string found outside
 * the pages of one of several files, and not on a page of it, is named with the file. Resolves
 * as `verifyPacket`.
 */
export async function verifyPacketFiles(files: readonly PacketPdf[], expectations: PacketExpectations, options: VerifyOptions = {}): Promise<PacketVerification> {
  const started = performance.now();
  const done = (problems: VerifyProblem[], pagesRead: number): PacketVerification => {
    const kept = capped(problems, Math.max(1, options.maxPerKind ?? 25));
    return { ok: kept.length === 0, problems: kept, pagesRead, milliseconds: performance.now() - started };
  };
  const pageTexts: string[] = [];
  const outside: OutsideString[] = [];
  const unreadable: VerifyProblem[] = [];
  let pageCount = 0;
  for (const file of files) {
    if (options.signal?.aborted === true) {
      throw new AppError('cancelled', 'The packet check was cancelled');
    }
    const named = (text: string): string => (files.length > 1 ? `${file.name}: ${text}` : text);
    let readback: PacketReadback;
    try {
      readback = await (options.readBack ?? readBackPacket)(file.bytes, options.signal);
    } catch (error) {
      if (error instanceof AppError && error.code === 'source-unreadable') {
        unreadable.push({ kind: 'unreadable', message: named(error.message) });
        continue;
      }
      throw error;
    }
    // A string found on a page (an annotation) is named by that page's Bates number, its page
    // counted on from the files before; one found elsewhere in the file, by the file.
    const firstPage = pageTexts.length;
    pageCount += readback.pageCount;
    pageTexts.push(...readback.pageTexts);
    for (const found of [...readback.outside, ...(await rawPdfStrings(file.bytes))]) {
      outside.push(found.pageIndex === undefined ? { ...found, where: named(found.where) } : { ...found, pageIndex: found.pageIndex + firstPage });
    }
  }
  if (unreadable.length > 0) {
    return done(unreadable, pageCount);
  }
  for (const loadFile of options.loadFiles ?? []) {
    outside.push(...loadFileStrings(loadFile.name, loadFile.bytes));
  }
  return done(
    [
      ...checkPageCount(pageCount, expectations),
      ...checkBatesSequence(expectations),
      ...checkBatesOnPages(pageTexts, expectations),
      ...checkRecords(expectations),
      ...findRedactionLeaks(pageTexts, outside, expectations),
    ],
    pageCount,
  );
}
