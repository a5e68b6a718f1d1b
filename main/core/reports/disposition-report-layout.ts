/**
 * The 36 CFR 1230.14 unauthorized-disposition report's pages as data (no drawing): a cover
 * citing the regulation, a summary table (gaps by channel and by status, with the estimated
 * volume), then the six sections in the regulation's order, and "Page X of N" on every page.
 *
 * Built from the packet's layout pieces, like the search-term report, so all of the app's PDFs
 * measure and wrap text the same way and draw with the same code (draw-planned-page.ts).
 */
import type { Gap } from '../../../shared/model/gap.js';
import type { MeasureText } from '../packet/font-runs.js';
import { formatGeneratedAt } from '../packet/layout-index.js';
import type { PlacedRule, PlacedText } from '../packet/packet-plan.js';
import { LETTER_GEOMETRY, type PageGeometry } from '../packet/page-geometry.js';
import { gapRow, ruleRow, type Row } from '../packet/page-rows.js';
import {
  channelLabel,
  channelsPresent,
  formatCount,
  formatVolumeTotal,
  lineOrNotRecorded,
  STATUS_ORDER,
  statusLabel,
} from './disposition-gap-fields.js';
import {
  continuationRows,
  flowBlocks,
  footerTexts,
  labelColumnWidth,
  labelledRows,
  paragraphRows,
  tableColumns,
  tableRows,
  type Block,
  type FlowContext,
  type TableColumn,
} from './disposition-flow.js';
import {
  assertDispositionReportInput,
  DISPOSITION_REPORT_AUTHORITY,
  DISPOSITION_REPORT_SHORT_TITLE,
  DISPOSITION_REPORT_TITLE,
  DISPOSITION_SECTIONS,
  type DispositionReportInput,
} from './disposition-report-input.js';
import { sectionBlocks } from './disposition-report-sections.js';

export type DispositionReportPage = { pageNumber: number; texts: PlacedText[]; rules: PlacedRule[] };

export const SUMMARY_HEADING = 'Summary';
export const ALL_GAPS_LABEL = 'All gaps';

const COVER_LABELS = ['Agency', 'Case', 'Prepared by', 'Generated', 'Gaps reported'];
const GAPS_COLUMN_WIDTH = 44;
const VOLUME_COLUMN_WIDTH = 210;

function coverBlock(input: DispositionReportInput, ctx: FlowContext): Block {
  const { geometry } = ctx;
  const line = geometry.meta;
  const labelWidth = labelColumnWidth(COVER_LABELS, line, ctx);
  const count = input.gaps.length;
  const pairs: Array<readonly [string, string]> = [
    ['Agency', lineOrNotRecorded(input.agency)],
    ['Case', lineOrNotRecorded(input.caseName)],
    ['Prepared by', lineOrNotRecorded(input.preparedBy)],
    ['Generated', formatGeneratedAt(input.generatedAt)],
    ['Gaps reported', formatCount(count)],
  ];
  const intro =
    `This report describes ${formatCount(count)} ${count === 1 ? 'loss' : 'losses'} of records recorded in the case's gap register. ` +
    'Its sections follow the order of 36 CFR 1230.14. Every gap appears in every section; a field the register does not record is ' +
    'marked "Not recorded". Volumes are estimates.';
  const rows: Row[] = [
    ...paragraphRows(DISPOSITION_REPORT_TITLE, 'bold', geometry.caseName, ctx),
    ...paragraphRows(DISPOSITION_REPORT_AUTHORITY, 'regular', geometry.requestTitle, ctx),
    gapRow(8),
    ...pairs.flatMap(([label, value]) => labelledRows(label, value, labelWidth, line, ctx)),
    gapRow(8),
    ...paragraphRows(intro, 'regular', geometry.body, ctx),
  ];
  return { rows, continuation: [], resume: [], lead: rows.length };
}

/** One summary table: a header, a line per group, and the all-gaps total. */
function summaryTable(
  heading: string,
  groups: ReadonlyArray<{ label: string; gaps: readonly Gap[] }>,
  all: readonly Gap[],
  columns: readonly TableColumn[],
  ctx: FlowContext,
): Row[] {
  const line = ctx.geometry.indexRow;
  const cells = (label: string, gaps: readonly Gap[]): string[] => [label, formatCount(gaps.length), formatVolumeTotal(gaps)];
  return [
    gapRow(8),
    ...tableRows([heading, 'Gaps', 'Estimated volume'], columns, 'bold', line, ctx),
    ruleRow(ctx.geometry),
    ...groups.flatMap((group) => tableRows(cells(group.label, group.gaps), columns, 'regular', line, ctx)),
    ruleRow(ctx.geometry),
    ...tableRows(cells(ALL_GAPS_LABEL, all), columns, 'bold', line, ctx),
  ];
}

function summaryBlock(gaps: readonly Gap[], ctx: FlowContext): Block {
  const columns = tableColumns(
    [
      { width: GAPS_COLUMN_WIDTH, align: 'right' },
      { width: VOLUME_COLUMN_WIDTH, align: 'left' },
    ],
    ctx.geometry,
  );
  const byChannel = channelsPresent(gaps).map((channel) => ({ label: channelLabel(channel), gaps: gaps.filter((gap) => gap.channel === channel) }));
  const byStatus = STATUS_ORDER.map((status) => ({ label: statusLabel(status), gaps: gaps.filter((gap) => gap.status === status) }));
  const rows: Row[] = [
    gapRow(14),
    ...paragraphRows(SUMMARY_HEADING, 'bold', ctx.geometry.heading, ctx),
    ...summaryTable('Channel', byChannel, gaps, columns, ctx),
    ...summaryTable('Status', byStatus, gaps, columns, ctx),
  ];
  return { rows, continuation: continuationRows(`${SUMMARY_HEADING} (continued)`, ctx), resume: [], lead: rows.length };
}

/**
 * Lays out the whole report. Throws `invalid-args` when there are no gaps or the date is not
 * valid. `measure` must match the fonts the pages will be drawn with.
 */
export function layoutDispositionReport(
  input: DispositionReportInput,
  measure: MeasureText,
  geometry: PageGeometry = LETTER_GEOMETRY,
): DispositionReportPage[] {
  assertDispositionReportInput(input);
  const ctx: FlowContext = { measure, geometry };
  const blocks: Block[] = [
    coverBlock(input, ctx),
    summaryBlock(input.gaps, ctx),
    ...DISPOSITION_SECTIONS.flatMap((section) => sectionBlocks(section, input, ctx)),
  ];
  const pages = flowBlocks(blocks, geometry);
  const footerRight = `${DISPOSITION_REPORT_SHORT_TITLE} · ${lineOrNotRecorded(input.agency)}`;
  return pages.map((page, index) => ({
    pageNumber: index + 1,
    texts: [...page.texts, ...footerTexts(index + 1, pages.length, footerRight, 'regular', ctx)],
    rules: page.rules,
  }));
}
