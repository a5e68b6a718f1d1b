/**
 * One page of a record drawn as an image for the viewer (a PDF page, or a page of an image
 * file), with the places the search hits it where OCR read the page.
 */

/**
 * A rectangle on the page as fractions of its width and height (0–1, origin top left), so it
 * lies in the same place whatever size the image is drawn at.
 */
export type PageHighlight = { left: number; top: number; width: number; height: number };

export type PageImage = {
  /** A data: URL of a PNG. */
  dataUrl: string;
  widthPx: number;
  heightPx: number;
  page: number;
  pageCount: number;
  /** Words of this page that the query hits, from OCR's word boxes; empty without a query. */
  highlights: PageHighlight[];
  /**
   * Pages of the record whose OCR text the query hits, ascending. Pages with a text layer of
   * their own are not in it: their words have no boxes here.
   */
  hitPages: number[];
};
