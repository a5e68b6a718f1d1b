/**
 * The pages of a scanned PDF released in part (PacketItem.scanned), as layout data: a page with
 * redactions becomes a `raster` page, every other page an `original` page copied as it is.
 *
 * On a raster page the words are burned into the image's pixels at assembly; the plan also
 * carries a vector box over each of them with its exemption label, placed where the image puts
 * the words (the same frame and scale as an original page), because the label must be readable
 * and the pixels under it are black already. A label that does not fit its box is left off: it
 * would spill white over the image around the box.
 */
import type { MeasureText } from './font-runs.js';
import { originalFrame, placeOriginal } from './assemble-original-frame.js';
import type { ScannedPage, ScannedRelease } from './packet-input.js';
import type { PlacedBox, RasterPlan } from './packet-plan.js';
import type { PageGeometry } from './page-geometry.js';

/** A scanned record's page before numbering. */
export type ScannedPendingPage = { kind: 'original' | 'raster'; sourcePage: number; raster?: RasterPlan; boxes?: PlacedBox[] };

/** The largest label on a word box; smaller when the box is lower than this allows. */
const MAX_LABEL_SIZE = 7;
/** The label's size as a share of the box's height: its capitals sit inside with room to spare. */
const LABEL_HEIGHT_SHARE = 0.6;
/** Clear space each side of a label inside its box, in points. */
const LABEL_PADDING = 1;

/** The labelled vector boxes of `page`, in packet points (origin bottom left), as the image will be placed in `geometry`'s frame. */
export function scannedLabelBoxes(page: ScannedPage, measure: MeasureText, geometry: PageGeometry): PlacedBox[] {
  const placement = placeOriginal(page.widthPt, page.heightPt, 0, originalFrame(geometry));
  const { scale } = placement;
  return page.boxes.map((box) => {
    const width = (box.point.x1 - box.point.x0) * scale;
    const height = (box.point.y1 - box.point.y0) * scale;
    const labelSize = Math.min(MAX_LABEL_SIZE, height * LABEL_HEIGHT_SHARE);
    const fits = labelSize > 0 && measure(box.label, labelSize, 'bold') <= width - 2 * LABEL_PADDING;
    return {
      x: placement.x + box.point.x0 * scale,
      // The point box is measured from the top of the page; the packet's y grows upwards.
      y: placement.y + (page.heightPt - box.point.y1) * scale,
      width,
      height,
      label: fits ? box.label : '',
      labelSize,
    };
  });
}

/** Every page of the scanned record, in order. */
export function scannedPages(scanned: ScannedRelease, measure: MeasureText, geometry: PageGeometry): ScannedPendingPage[] {
  const redacted = new Map(scanned.pages.map((page) => [page.page, page]));
  return Array.from({ length: scanned.pageCount }, (_, index): ScannedPendingPage => {
    const sourcePage = index + 1;
    const page = redacted.get(sourcePage);
    if (page === undefined) {
      return { kind: 'original', sourcePage };
    }
    const { widthPt, heightPt, widthPx, heightPx } = page;
    return {
      kind: 'raster',
      sourcePage,
      raster: { widthPt, heightPt, widthPx, heightPx, boxes: page.boxes.map((box) => box.pixel) },
      boxes: scannedLabelBoxes(page, measure, geometry),
    };
  });
}
