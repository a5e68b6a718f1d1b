/**
 * The gap appendix of a response packet, "Appendix: records known to be missing", as pages of
 * the packet's own shape (PagePlan: placed texts and rules, page number, Bates number), so the
 * packet builder can append them after the record pages and draw them with the same code.
 *
 * Layout happens in two steps because a packet numbers its pages only once it knows how many
 * there are: `layoutGapAppendixBody` flows the content (its page count does not depend on the
 * numbers), then `numberGapAppendixPages` stamps "Page X of N" and the Bates number exactly as
 * layout-packet.ts stamps record pages.
 *
 * The appendix goes to the requester, so it prints only what the register states about each gap
 * (channel, custodians, period, cause, volume, status, circumstances): no evidence quotes, which
 * have not been through review and redaction, and no reviewer notes.
 */
import { formatBates, type BatesScheme } from '../../../shared/bates.js';
import type { Gap } from '../../../shared/model/gap.js';
import { cleanLine, type MeasureText } from '../packet/font-runs.js';
import type { PagePlan } from '../packet/packet-plan.js';
import { LETTER_GEOMETRY, type PageGeometry } from '../packet/page-geometry.js';
import { gapRow, type Row } from '../packet/page-rows.js';
import {
  causeLabel,
  channelLabel,
  formatCustodians,
  formatPeriod,
  formatVolume,
  oneParagraph,
  statusLabel,
} from './disposition-gap-fields.js';
import {
  continuationRows,
  flowBlocks,
  footerTexts,
  labelColumnWidth,
  labelledRows,
  paragraphRows,
  type Block,
  type FlowContext,
  type FlowPage,
} from './disposition-flow.js';

export const GAP_APPENDIX_TITLE = 'Appendix: records known to be missing';

export const GAP_APPENDIX_INTRO =
  'The records described below should exist but could not be produced: they were deleted, lost or never kept. ' +
  'Each entry states what the agency knows about them. Volumes are estimates; "Not recorded" means the agency has no information.';

export const GAP_APPENDIX_EMPTY = 'No records are known to be missing.';

/**
 * A page of the appendix in the packet's page shape ('gap-appendix' is one of the packet's
 * `PageKind`s, so this is a `PagePlan`). The packet itself stamps the body pages with its own
 * stamps (layout-packet.ts), so that the officer's Bates position applies; `numberGapAppendixPages`
 * numbers the preview and other documents that carry the appendix.
 */
export type GapAppendixPagePlan = Omit<PagePlan, 'kind' | 'recordId'> & { kind: 'gap-appendix'; recordId: null };

/** Where the appendix sits in its document. */
export type GapAppendixNumbering = {
  /** Page number (1-based) of the appendix's first page in the packet. */
  firstPageNumber: number;
  /** Pages in the whole document, appendix included: the N of "Page X of N". */
  documentPageCount: number;
  /** The packet's Bates scheme (page k gets offset k − 1, as in layout-packet.ts); null for a preview. */
  bates: BatesScheme | null;
};

/** Printed where the Bates number goes when the appendix is previewed on its own. */
export const PREVIEW_FOOTER = 'Preview: not Bates-numbered';

const FIELD_LABELS = ['Channel', 'Custodians', 'Period', 'Cause', 'Estimated volume', 'Status', 'Summary'];

function entryRows(gap: Gap, ordinal: number, ctx: FlowContext): Row[] {
  const { geometry } = ctx;
  const title = cleanLine(gap.title).trim() || 'Untitled gap';
  const labelWidth = labelColumnWidth(FIELD_LABELS, geometry.field, ctx);
  const pairs: Array<readonly [string, string]> = [
    ['Channel', channelLabel(gap.channel)],
    ['Custodians', formatCustodians(gap.custodians)],
    ['Period', formatPeriod(gap.periodStart, gap.periodEnd)],
    ['Cause', causeLabel(gap)],
    ['Estimated volume', formatVolume(gap.volume)],
    ['Status', statusLabel(gap.status)],
    ['Summary', oneParagraph(gap.circumstances)],
  ];
  return [
    gapRow(10),
    ...paragraphRows(`${ordinal}. ${title}`, 'bold', geometry.continued, ctx),
    ...pairs.flatMap(([label, value]) => labelledRows(label, value, labelWidth, geometry.field, ctx)),
  ];
}

/** The gaps a request cites (their `requestIds` name it), in register order: what its packet's appendix lists. */
export function gapsCitedBy(gaps: readonly Gap[], requestId: string): Gap[] {
  return gaps.filter((gap) => gap.requestIds.includes(requestId));
}

/**
 * The appendix's content, one entry per gap in the order given, flowed onto pages without
 * footers. The page count depends only on the gaps, the fonts and the geometry.
 */
export function layoutGapAppendixBody(gaps: readonly Gap[], measure: MeasureText, geometry: PageGeometry = LETTER_GEOMETRY): FlowPage[] {
  const ctx: FlowContext = { measure, geometry };
  const continuation = continuationRows(`${GAP_APPENDIX_TITLE} (continued)`, ctx);
  const title: Row[] = [
    ...paragraphRows(GAP_APPENDIX_TITLE, 'bold', geometry.heading, ctx),
    ...paragraphRows(GAP_APPENDIX_INTRO, 'regular', geometry.meta, ctx),
  ];
  const entries = gaps.map((gap, index): Block => ({ rows: entryRows(gap, index + 1, ctx), continuation, resume: continuation, lead: 4 }));
  const [first, ...rest] = entries;
  const opening: Block =
    first === undefined
      ? { rows: [...title, gapRow(10), ...paragraphRows(GAP_APPENDIX_EMPTY, 'regular', geometry.body, ctx)], continuation, resume: [], lead: title.length + 2 }
      : { rows: [...title, ...first.rows], continuation, resume: [], lead: title.length + first.lead };
  return flowBlocks([opening, ...rest], geometry);
}

/** Stamps the body's pages with their page and Bates numbers, as the packet stamps its own. */
export function numberGapAppendixPages(
  pages: readonly FlowPage[],
  numbering: GapAppendixNumbering,
  measure: MeasureText,
  geometry: PageGeometry = LETTER_GEOMETRY,
): GapAppendixPagePlan[] {
  const ctx: FlowContext = { measure, geometry };
  return pages.map((page, index) => {
    const pageNumber = numbering.firstPageNumber + index;
    const bates = numbering.bates === null ? '' : formatBates(numbering.bates, pageNumber - 1);
    const footer = footerTexts(pageNumber, numbering.documentPageCount, bates === '' ? PREVIEW_FOOTER : bates, bates === '' ? 'regular' : 'bold', ctx);
    return { pageNumber, bates, kind: 'gap-appendix', recordId: null, texts: [...page.texts, ...footer], rules: page.rules };
  });
}

/** The appendix on its own (a preview): pages numbered from 1, no Bates numbers. */
export function layoutGapAppendixPreview(gaps: readonly Gap[], measure: MeasureText, geometry: PageGeometry = LETTER_GEOMETRY): GapAppendixPagePlan[] {
  const body = layoutGapAppendixBody(gaps, measure, geometry);
  return numberGapAppendixPages(body, { firstPageNumber: 1, documentPageCount: body.length, bates: null }, measure, geometry);
}
