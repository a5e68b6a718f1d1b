/**
 * The packet's layout as data: every page, its Bates number, and every piece of text, rule and
 * redaction box with its position. The layout step produces it without touching pdf-lib, so
 * pagination, redaction and Bates numbering can be tested on their own; the build step only
 * draws it (and, for an original PDF released in full, copies the source page under the stamps).
 *
 * A redaction never reaches the plan as text: the layout replaces the redacted characters by a
 * `PlacedBox` carrying only the exemption label, so nothing downstream can leak them.
 */
import type { PacketIndexEntry } from '../../../shared/model/packet.js';
import type { PixelBox } from '../ocr/ocr-result.js';
import type { TextStyle } from './font-runs.js';

/** One line of text; `x`, `y` are the left end of its baseline in PDF points from bottom-left. */
export type PlacedText = { text: string; x: number; y: number; size: number; style: TextStyle };

/** A thin horizontal line, used under headings and table headers. */
export type PlacedRule = { x1: number; x2: number; y: number };

/**
 * A burned-in redaction: a filled box over where the text was, the exemption label printed on
 * it in white. `x`, `y` are its bottom-left corner in PDF points.
 */
export type PlacedBox = { x: number; y: number; width: number; height: number; label: string; labelSize: number };

/**
 * - `cover`: the cover letter; `index`: the record index; `record`: a record drawn from its text;
 * - `original`: a page copied from the record's own PDF (released in full, or a page without
 *   redactions of a scanned PDF released in part), stamps drawn over it;
 * - `raster`: a page of a scanned PDF released in part, drawn as an image with the redacted words
 *   burned into its pixels; it has no text layer, only the stamps (and box labels) over it;
 * - `slip`: the slip sheet that stands for a record withheld in full or referred;
 * - `vaughn`: the withholding (Vaughn) index; `gap-appendix`: records known to be missing.
 */
export type PageKind = 'cover' | 'index' | 'record' | 'original' | 'raster' | 'slip' | 'vaughn' | 'gap-appendix';

/**
 * What a `raster` page's image is made from: the source page (`PagePlan.sourcePage`) drawn at
 * the packet's raster resolution, these boxes painted black into its pixels, and the image
 * placed on the packet page as an original page would be (assemble-original-frame.ts).
 */
export type RasterPlan = {
  /** The page as displayed, in PDF points: the image is drawn at this size (scaled into the frame). */
  widthPt: number;
  heightPt: number;
  /** The pixel size `boxes` are measured in (the image OCR read); they are scaled to the image drawn. */
  widthPx: number;
  heightPx: number;
  boxes: PixelBox[];
};

export type PagePlan = {
  /** 1-based position in the packet. */
  pageNumber: number;
  bates: string;
  kind: PageKind;
  /** The record this page shows (record, original, slip pages; a transcript's first message); null otherwise. */
  recordId: string | null;
  /** A chat transcript's page: every record of the transcript, in order. Absent on other pages. */
  recordIds?: string[];
  texts: PlacedText[];
  rules: PlacedRule[];
  /** Redaction boxes (record pages; on raster pages the labelled boxes over the burned-in words); absent or empty elsewhere. */
  boxes?: PlacedBox[];
  /** For `original` and `raster` pages: which page of the record's PDF (1-based) lies under the stamps. */
  sourcePage?: number;
  /** For `raster` pages: the image to draw and the boxes to burn into it. */
  raster?: RasterPlan;
};

/**
 * A character that neither the primary face nor the fallback can draw. It is still placed (the
 * viewer shows the font's empty box), and reported so the officer knows the page is not
 * faithful there. `recordId` is null for text that belongs to no record (cover letter, case name).
 */
export type UncoveredChar = { recordId: string | null; char: string; codePoint: number };

export type PacketPlan = {
  pages: PagePlan[];
  coverPageCount: number;
  indexPageCount: number;
  vaughnPageCount: number;
  gapAppendixPageCount: number;
  /**
   * One per record, in packet order, with the Bates range of its pages (or its slip sheet). The
   * messages of one chat transcript share the transcript's range.
   */
  entries: PacketIndexEntry[];
  batesFirst: string;
  batesLast: string;
  /** Each (record, character) once, in the order first met. */
  uncovered: UncoveredChar[];
};
