/**
 * Where a form field's appearance is drawn on its page (PDF 32000-1, 12.5.5): the appearance's
 * bounding box, carried through its own matrix, is fitted onto the annotation's rectangle. The
 * matrix returned is the one to set (`cm`) before painting the appearance with `Do`, which
 * applies the appearance's own matrix itself.
 */

/** A PDF transformation matrix [a b c d e f]. */
export type PdfMatrix = readonly [number, number, number, number, number, number];

/** A rectangle as PDF writes it: two opposite corners, in any order. */
export type PdfRect = readonly [number, number, number, number];

const IDENTITY: PdfMatrix = [1, 0, 0, 1, 0, 0];
const MAX_OPERAND = 1e9;

/** The smallest upright box holding `rect` once each corner is carried through `matrix`. */
function transformedBox(rect: PdfRect, matrix: PdfMatrix): { left: number; bottom: number; right: number; top: number } {
  const [a, b, c, d, e, f] = matrix;
  const [x0, y0, x1, y1] = rect;
  const corners = [
    [x0, y0],
    [x0, y1],
    [x1, y0],
    [x1, y1],
  ].map(([x = 0, y = 0]) => [a * x + c * y + e, b * x + d * y + f] as const);
  const xs = corners.map(([x]) => x);
  const ys = corners.map(([, y]) => y);
  return { left: Math.min(...xs), bottom: Math.min(...ys), right: Math.max(...xs), top: Math.max(...ys) };
}

/**
 * The matrix that draws an appearance with bounding box `bbox` and matrix `matrix` (identity
 * when absent) into the annotation rectangle `rect`; null when either has no area or a value
 * is not a finite number (nothing to draw), or the placement is absurdly large.
 */
export function appearancePlacement(rect: PdfRect, bbox: PdfRect, matrix: PdfMatrix = IDENTITY): PdfMatrix | null {
  if (![...rect, ...bbox, ...matrix].every(Number.isFinite)) {
    return null;
  }
  const target = transformedBox(rect, IDENTITY);
  const drawn = transformedBox(bbox, matrix);
  const drawnWidth = drawn.right - drawn.left;
  const drawnHeight = drawn.top - drawn.bottom;
  const targetWidth = target.right - target.left;
  const targetHeight = target.top - target.bottom;
  if (drawnWidth <= 0 || drawnHeight <= 0 || targetWidth <= 0 || targetHeight <= 0) {
    return null;
  }
  const scaleX = targetWidth / drawnWidth;
  const scaleY = targetHeight / drawnHeight;
  const placement: PdfMatrix = [scaleX, 0, 0, scaleY, target.left - drawn.left * scaleX, target.bottom - drawn.bottom * scaleY];
  // Beyond any real page; a content stream could not even write such numbers without exponents.
  return placement.every((value) => Math.abs(value) < MAX_OPERAND) ? placement : null;
}
