/**
 * What a packet is built from, decided by the backend before layout: each responsive record with
 * its release decision, exemptions, justification and redactions, and the officer's choices
 * (order, Bates scheme and position, cover letter, variant). Layout and assembly are pure
 * functions of this and the fonts (plus, for originals, the source PDF bytes).
 */
import type { BatesScheme } from '../../../shared/bates.js';
import type { ExemptionApplication } from '../../../shared/exemptions/exemption-application.js';
import type { Gap } from '../../../shared/model/gap.js';
import type { RecordDetail } from '../../../shared/model/record.js';
import type { RequestIntake } from '../../../shared/model/request.js';
import type { BatesPosition, PacketOrder, PacketVariant } from '../../../shared/model/packet.js';
import type { Redaction } from '../../../shared/model/review.js';
import type { PixelBox, PointBox } from '../ocr/ocr-result.js';

/** The decisions that put a record in the packet; duplicates and not-responsive records stay out. */
export type PacketDecision = 'release-in-full' | 'release-in-part' | 'withhold-in-full' | 'referral';

/**
 * A box to black out on a scanned page: one word a redaction covers (or adjacent words of one
 * redaction on one line), in the pixels of the image OCR read and in PDF points on the page as
 * displayed (origin top left, y down), with the label of its redaction.
 */
export type ScanBox = { pixel: PixelBox; point: PointBox; label: string };

/** A page of a scanned PDF with redactions on it: it goes into the packet as an image with the boxes burned in. */
export type ScannedPage = {
  /** 1-based page of the record's PDF. */
  page: number;
  /** The page as displayed (after /Rotate), in PDF points. */
  widthPt: number;
  heightPt: number;
  /** The size of the image OCR read, which `ScanBox.pixel` is measured in. */
  widthPx: number;
  heightPx: number;
  boxes: ScanBox[];
};

/**
 * A scanned PDF released in part whose every body redaction lies on words OCR found: its pages
 * with redactions become images with the words blacked out (no text layer), the others are
 * copied as they are.
 */
export type ScannedRelease = {
  /** Pages of the record's PDF. */
  pageCount: number;
  /** The pages with redactions, in page order; every other page is copied. */
  pages: ScannedPage[];
};

export type PacketItem = {
  record: RecordDetail;
  decision: PacketDecision;
  /** The coding's exemptions (withheld in full, referred) and, for release in part, the union of its redactions'. */
  exemptions: ExemptionApplication[];
  /** The officer's justification (the coding's note), printed in the Vaughn index. */
  justification: string;
  /** Release in part: the spans to burn in, every one checked against the record's current text. */
  redactions: Redaction[];
  /**
   * Released in full and the record is a PDF whose bytes could be read back: its page count, and
   * the packet carries its pages as they are. Null: the record is drawn from its text.
   */
  originalPdfPages: number | null;
  /**
   * Released in part and the record is a scanned PDF whose redactions could all be placed on its
   * OCR words: the packet carries its pages, the redacted ones as images with the boxes burned
   * in. Absent or null: the record is drawn from its text.
   */
  scanned?: ScannedRelease | null;
};

export { BATES_POSITIONS, PACKET_ORDERS, PACKET_VARIANTS } from '../../../shared/model/packet.js';
export type { BatesPosition, PacketOrder, PacketVariant } from '../../../shared/model/packet.js';

export type PacketOptions = {
  order: PacketOrder;
  bates: BatesScheme & { position: BatesPosition };
  /** The cover letter's template; `{{field}}` placeholders are filled from the request. Null: no cover letter. */
  coverLetter: string | null;
  variant: PacketVariant;
};

export type PacketRequest = RequestIntake & { id: string };

export type PacketInput = {
  caseName: string;
  request: PacketRequest;
  /** Written on the title page and as the PDF's dates; the same input gives the same bytes. */
  generatedAt: Date;
  options: PacketOptions;
  /** Every record the request's codings put in the packet, in no particular order (layout orders them). */
  items: PacketItem[];
  /** The gaps the request cites, for the gap appendix; empty: no appendix. */
  gaps: Gap[];
};
