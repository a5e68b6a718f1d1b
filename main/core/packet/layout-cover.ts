/**
 * The cover letter pages: the filled template (cover-letter.ts) wrapped to the page. The letter
 * quotes the packet's page count and Bates range, which depend on how long the letter is, so
 * layout-packet.ts lays it out until the two agree; everything here is a plain function of the
 * numbers it is given.
 */
import { formatBates } from '../../../shared/bates.js';
import { fillCoverLetter, exemptionsParagraph, type CoverLetterValues } from './cover-letter.js';
import { cleanLine, cleanText, type MeasureText } from './font-runs.js';
import { formatBatesRange } from './layout-index.js';
import { exemptionsApplied } from './packet-labels.js';
import type { PacketDecision, PacketInput, PacketItem } from './packet-input.js';
import { contentWidth, type PageGeometry } from './page-geometry.js';
import { paginateRows, textRow, type Row } from './page-rows.js';
import { wrapText } from './wrap-text.js';

const NOT_RECORDED = '(date not recorded)';

/** The placeholder values for a packet of `pageCount` pages whose Bates numbers start at offset 0. */
export function coverLetterValues(input: PacketInput, orderedItems: readonly PacketItem[], pageCount: number): CoverLetterValues {
  const count = (decision: PacketDecision): string => String(orderedItems.filter((item) => item.decision === decision).length);
  const { request, options } = input;
  const line = (text: string): string => cleanLine(text).trim();
  return {
    trackingNumber: line(request.trackingNumber),
    // "Dear ," reads as a mistake; a letter to an unnamed requester is addressed as such.
    requester: line(request.requester) || 'Requester',
    title: line(request.title),
    receivedOn: request.receivedOn === null || request.receivedOn === '' ? NOT_RECORDED : line(request.receivedOn),
    description: cleanText(request.description).trim(),
    caseName: line(input.caseName),
    date: input.generatedAt.toISOString().slice(0, 10),
    recordCount: String(orderedItems.length),
    pageCount: String(pageCount),
    releasedInFull: count('release-in-full'),
    releasedInPart: count('release-in-part'),
    withheldInFull: count('withhold-in-full'),
    referred: count('referral'),
    batesRange: formatBatesRange(formatBates(options.bates, 0), formatBates(options.bates, pageCount - 1)),
    exemptions: exemptionsParagraph(exemptionsApplied(orderedItems)),
  };
}

/** The letter's rows: every line of the filled template wrapped to the page, blank lines kept. */
export function coverRows(text: string, measure: MeasureText, geometry: PageGeometry): Row[] {
  const { body } = geometry;
  const left = geometry.marginLeft;
  const lines = wrapText(cleanText(text).replace(/\s+$/u, ''), contentWidth(geometry), (value) => measure(value, body.size, 'regular'));
  return lines.map((line) => textRow(body, line === '' ? [] : [{ text: line, x: left, size: body.size, style: 'regular' }]));
}

/** The cover letter's pages for `template` filled with `values`. */
export function coverPages(template: string, values: CoverLetterValues, measure: MeasureText, geometry: PageGeometry): Row[][] {
  return paginateRows(coverRows(fillCoverLetter(template, values), measure, geometry), [], geometry);
}
