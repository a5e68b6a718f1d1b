/**
 * The two stamps on every packet page: its Bates number, where the officer chose, and
 * "Page X of N" on the other side. Both sit in the page margin (below the content area, or for
 * 'top-right' above it), so they never cover text and, on pages copied from a record's own PDF,
 * they fall in the band the assembler keeps clear around the copied page.
 */
import { assertNever } from '../../../shared/errors.js';
import type { MeasureText } from './font-runs.js';
import type { BatesPosition } from './packet-input.js';
import type { PlacedText } from './packet-plan.js';
import type { PageGeometry } from './page-geometry.js';

export const DEFAULT_BATES_POSITION: BatesPosition = 'bottom-right';

/** Baseline of the top stamp: as far below the top edge as the footer is above the bottom, plus its height. */
export function topStampBaseline(geometry: PageGeometry): number {
  return geometry.height - geometry.footerBaseline - geometry.footer.size;
}

/**
 * The page's stamps: the page label first, then the Bates number. Bottom-right (the default)
 * and top-right put the page label bottom left; bottom-left puts it bottom right; bottom-center
 * centres the Bates number and keeps the page label bottom left.
 */
export function stampTexts(
  pageNumber: number,
  pageCount: number,
  bates: string,
  position: BatesPosition,
  measure: MeasureText,
  geometry: PageGeometry,
): PlacedText[] {
  const { size } = geometry.footer;
  const bottom = geometry.footerBaseline;
  const left = geometry.marginLeft;
  const right = geometry.width - geometry.marginRight;
  const pageLabel = `Page ${pageNumber} of ${pageCount}`;
  const pageWidth = measure(pageLabel, size, 'regular');
  const batesWidth = measure(bates, size, 'bold');
  const page = (x: number): PlacedText => ({ text: pageLabel, x, y: bottom, size, style: 'regular' });
  const stamp = (x: number, y: number): PlacedText => ({ text: bates, x, y, size, style: 'bold' });
  switch (position) {
    case 'bottom-left':
      return [page(right - pageWidth), stamp(left, bottom)];
    case 'bottom-center':
      return [page(left), stamp((geometry.width - batesWidth) / 2, bottom)];
    case 'top-right':
      return [page(left), stamp(right - batesWidth, topStampBaseline(geometry))];
    case 'bottom-right':
      return [page(left), stamp(right - batesWidth, bottom)];
    default:
      return assertNever(position, 'Bates position');
  }
}
