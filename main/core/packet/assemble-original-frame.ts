/**
 * Where a page copied from a record's own PDF sits on its packet page. Pure geometry.
 *
 * Every packet page is Letter, originals included: the layout places the Bates number and
 * "Page X of N" for Letter, the packet prints as one size, and a reviewer never meets a page
 * whose stamp is somewhere else. So that the stamp stays legible and never covers the record,
 * the copied page is fitted, aspect ratio kept, into a frame that leaves a band free above and
 * below (the stamp can be at the foot or at the top right) and a small margin at the sides.
 * A Letter original shrinks to about 88 %; an A4, Legal or landscape page is fitted the same
 * way; a page smaller than the frame is centred at its own size, never enlarged. A page that
 * asks to be shown rotated (/Rotate) is turned so it reads as it does in a viewer.
 */
import type { PageGeometry } from './page-geometry.js';

/** The area copied content may use, in PDF points from the page's bottom-left corner. */
export type OriginalFrame = { left: number; bottom: number; right: number; top: number };

/** Side margin of the frame: half an inch, clear of what printers cannot print near the edge. */
const SIDE_MARGIN = 36;
/** Clear space between the stamp's line and the copied content. */
const STAMP_CLEARANCE = 5;

/** The frame for `geometry`: the stamp's line (footer baseline plus its line height) stays clear at the foot and, mirrored, at the top. */
export function originalFrame(geometry: PageGeometry): OriginalFrame {
  const band = geometry.footerBaseline + geometry.footer.lineHeight + STAMP_CLEARANCE;
  return { left: SIDE_MARGIN, bottom: band, right: geometry.width - SIDE_MARGIN, top: geometry.height - band };
}

export type PageRotation = 0 | 90 | 180 | 270;

/** A /Rotate value (any multiple of 90, possibly negative) as a clockwise quarter turn. */
export function normaliseRotation(angle: number): PageRotation {
  const quarter = ((Math.round(angle / 90) % 4) + 4) % 4;
  return quarter === 1 ? 90 : quarter === 2 ? 180 : quarter === 3 ? 270 : 0;
}

/**
 * How to draw the embedded page (unrotated `width` × `height`): translate to (`x`, `y`), rotate
 * by `rotate` degrees counter-clockwise, scale by `scale`, as pdf-lib's `drawPage` applies them.
 */
export type OriginalPlacement = { x: number; y: number; scale: number; rotate: number };

function round(value: number): number {
  // Three decimals: a thousandth of a point is far below what a printer resolves, and short
  // numbers keep content streams small and stable.
  return Math.round(value * 1000) / 1000;
}

export function placeOriginal(width: number, height: number, rotation: PageRotation, frame: OriginalFrame): OriginalPlacement {
  const sideways = rotation === 90 || rotation === 270;
  const shownWidth = sideways ? height : width;
  const shownHeight = sideways ? width : height;
  const frameWidth = frame.right - frame.left;
  const frameHeight = frame.top - frame.bottom;
  // Rounded down, so rounding never pushes the page into the stamp's band.
  const scale = Math.floor(Math.min(1, frameWidth / shownWidth, frameHeight / shownHeight) * 1000) / 1000;
  // Bottom-left corner of the page as shown, centred in the frame.
  const left = frame.left + (frameWidth - shownWidth * scale) / 2;
  const bottom = frame.bottom + (frameHeight - shownHeight * scale) / 2;
  // /Rotate turns the page clockwise; drawing turns it back counter-clockwise by the same angle
  // about the translated origin, so the origin moves to the corner that ends up bottom-left.
  switch (rotation) {
    case 90:
      return { x: round(left), y: round(bottom + width * scale), scale, rotate: -90 };
    case 180:
      return { x: round(left + width * scale), y: round(bottom + height * scale), scale, rotate: 180 };
    case 270:
      return { x: round(left + height * scale), y: round(bottom), scale, rotate: 90 };
    default:
      return { x: round(left), y: round(bottom), scale, rotate: 0 };
  }
}
