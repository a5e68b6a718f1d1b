/**
 * A page's text from pdf.js text items, in content-stream order.
 *
 * pdf.js marks the end of a line with `hasEOL` and inserts space items where glyphs stand apart,
 * which is right for most PDFs. Some writers put every word in its own text object, and then
 * neither marker comes; for unrotated horizontal text the items' positions fill the gap: a baseline
 * that moves by more than half the font size starts a new line, and a horizontal gap wider than a
 * quarter of it is a space. Rotated and vertical text is left to pdf.js's own markers.
 */

/** The parts of a pdf.js TextItem this needs (TextMarkedContent items have no `str`). */
export type PositionedText = {
  str: string;
  dir?: string;
  /** [a, b, c, d, e, f]: the text matrix in page space; e and f are the origin. */
  transform: readonly number[];
  width: number;
  height: number;
  hasEOL: boolean;
};

function isUpright(item: PositionedText): boolean {
  const [, b = 0, c = 0] = item.transform;
  return Math.abs(b) < 1e-6 && Math.abs(c) < 1e-6 && item.dir !== 'ttb';
}

function fontSize(item: PositionedText): number {
  const [a = 0, b = 0, c = 0, d = 0] = item.transform;
  return Math.max(Math.hypot(c, d), Math.hypot(a, b), item.height, 1);
}

/** Joins the items of one page into lines; trailing spaces and runs of blank lines are removed. */
export function layOutPageText(items: readonly PositionedText[]): string {
  const out: string[] = [];
  let previous: PositionedText | null = null;
  let atLineStart = true;
  for (const item of items) {
    if (previous && !atLineStart && item.str.length > 0 && isUpright(previous) && isUpright(item)) {
      const size = Math.min(fontSize(previous), fontSize(item));
      const previousX = previous.transform[4] ?? 0;
      const previousY = previous.transform[5] ?? 0;
      const x = item.transform[4] ?? 0;
      const y = item.transform[5] ?? 0;
      if (Math.abs(y - previousY) > size * 0.5) {
        out.push('\n');
        atLineStart = true;
      } else {
        const gap = previous.dir === 'rtl' ? previousX - (x + item.width) : x - (previousX + previous.width);
        const last = out[out.length - 1] ?? '';
        if (gap > size * 0.25 && !/\s$/.test(last) && !/^\s/.test(item.str)) {
          out.push(' ');
        }
      }
    }
    if (item.str.length > 0) {
      out.push(item.str);
      atLineStart = false;
      previous = item;
    }
    if (item.hasEOL) {
      out.push('\n');
      atLineStart = true;
      previous = item.str.length > 0 ? item : previous;
    }
  }
  return out
    .join('')
    .replace(/[ \t\u00a0]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\n+|\n+$/g, '');
}
