/**
 * Page size, margins and type sizes of the packet, in PDF points (1/72 inch). Kept in one place
 * so that layout and its tests agree, and so a different paper size is one object away.
 */

export type LineStyle = { size: number; lineHeight: number };

export type PageGeometry = {
  width: number;
  height: number;
  marginLeft: number;
  marginRight: number;
  marginTop: number;
  /** Lowest y content may reach; the footer sits below it. */
  contentBottom: number;
  footerBaseline: number;
  /** Width of the label column in a record's header block. */
  labelWidth: number;
  caseName: LineStyle;
  requestTitle: LineStyle;
  heading: LineStyle;
  meta: LineStyle;
  indexRow: LineStyle;
  field: LineStyle;
  body: LineStyle;
  continued: LineStyle;
  footer: LineStyle;
  /** Height taken by a horizontal rule and the space around it. */
  ruleGap: number;
};

/** US Letter (8.5 × 11 in) with 0.75 in side margins. */
export const LETTER_GEOMETRY: PageGeometry = {
  width: 612,
  height: 792,
  marginLeft: 54,
  marginRight: 54,
  marginTop: 54,
  contentBottom: 60,
  footerBaseline: 32,
  labelWidth: 96,
  caseName: { size: 16, lineHeight: 20 },
  requestTitle: { size: 12, lineHeight: 15 },
  heading: { size: 12, lineHeight: 16 },
  meta: { size: 9.5, lineHeight: 12.5 },
  indexRow: { size: 9, lineHeight: 12 },
  field: { size: 9.5, lineHeight: 12.5 },
  body: { size: 10, lineHeight: 13 },
  continued: { size: 10, lineHeight: 14 },
  footer: { size: 8.5, lineHeight: 11 },
  ruleGap: 8,
};

/** Width between the side margins. */
export function contentWidth(geometry: PageGeometry): number {
  return geometry.width - geometry.marginLeft - geometry.marginRight;
}

/** Vertical space between the top margin and the lowest content line. */
export function contentHeight(geometry: PageGeometry): number {
  return geometry.height - geometry.marginTop - geometry.contentBottom;
}
