/**
 * The six sections of the 36 CFR 1230.14 report as blocks (disposition-flow.ts): every gap
 * appears in every section, under a "Gap N of M" heading, so a reader can follow one gap through
 * the report and no gap can drop out of a section unnoticed.
 *
 * Evidence items and salvage actions are blocks of their own, so a gap with hundreds of them
 * runs over as many pages as it needs, each page headed with its section and gap.
 */
import { assertNever } from '../../../shared/errors.js';
import type { Gap, GapEvidence, SalvageAction } from '../../../shared/model/gap.js';
import { cleanLine } from '../packet/font-runs.js';
import { gapRow, type Row } from '../packet/page-rows.js';
import {
  causeLabel,
  channelLabel,
  formatCount,
  formatCustodians,
  formatPeriod,
  formatVolume,
  gapHeading,
  lineOrNotRecorded,
  NOT_RECORDED,
  textOrNotRecorded,
} from './disposition-gap-fields.js';
import { continuationRows, labelColumnWidth, labelledRows, paragraphRows, type Block, type FlowContext } from './disposition-flow.js';
import type { DispositionReportInput, DispositionSection, EvidenceRecordSummary } from './disposition-report-input.js';

/** Evidence and salvage details sit this far in from the margin, under their gap. */
const INDENT = 14;
/** Lines kept with a heading: the heading's own rows and two lines of what follows. */
const LINES_AFTER_HEADING = 2;

const FIELD_LABELS = ['Register id', 'Channel', 'Custodians', 'Dates (if known)', 'Estimated volume', 'Cause', 'Circumstances', 'Evidence', 'Result'];

/** The section heading and the requirement it answers; opens the section's first block. */
export function sectionHeadingRows(section: DispositionSection, ctx: FlowContext): Row[] {
  const { geometry } = ctx;
  return [
    gapRow(14),
    ...paragraphRows(section.heading, 'bold', geometry.heading, ctx),
    ...paragraphRows(section.requirement, 'regular', geometry.meta, ctx),
    gapRow(6),
  ];
}

function gapHeadingRows(gap: Gap, ordinal: number, total: number, ctx: FlowContext): Row[] {
  return [gapRow(6), ...paragraphRows(gapHeading(gap, ordinal, total), 'bold', ctx.geometry.continued, ctx)];
}

/**
 * One gap within one section. `continuation` names the section and the gap, for pages a gap's
 * content runs onto; `resume` names only the section, for a gap that starts on a new page under
 * its own heading.
 */
type GapContext = { gap: Gap; ordinal: number; total: number; continuation: readonly Row[]; resume: readonly Row[] };

/** A block that opens with the gap's heading. */
function headedBlock(rows: Row[], item: GapContext, lead: number): Block {
  return { rows, continuation: item.continuation, resume: item.resume, lead };
}

/** A later block of the gap (an evidence item, an action): its pages need the gap named. */
function laterBlock(rows: Row[], item: GapContext, lead: number): Block {
  return { rows, continuation: item.continuation, resume: item.continuation, lead };
}

function fields(pairs: ReadonlyArray<readonly [string, string]>, ctx: FlowContext, indent = 0): Row[] {
  const line = ctx.geometry.field;
  const width = labelColumnWidth(FIELD_LABELS, line, ctx);
  return pairs.flatMap(([label, value]) => labelledRows(label, value, width, line, ctx, indent));
}

function descriptionBlocks(item: GapContext, ctx: FlowContext): Block[] {
  const { gap } = item;
  const heading = gapHeadingRows(gap, item.ordinal, item.total, ctx);
  const rows = fields(
    [
      ['Register id', gap.id],
      ['Channel', channelLabel(gap.channel)],
      ['Custodians', formatCustodians(gap.custodians)],
      ['Dates (if known)', formatPeriod(gap.periodStart, gap.periodEnd)],
      ['Estimated volume', formatVolume(gap.volume)],
    ],
    ctx,
  );
  return [headedBlock([...heading, ...rows], item, heading.length + LINES_AFTER_HEADING)];
}

function paragraphBlocks(item: GapContext, text: string, ctx: FlowContext): Block[] {
  const heading = gapHeadingRows(item.gap, item.ordinal, item.total, ctx);
  const rows = paragraphRows(textOrNotRecorded(text), 'regular', ctx.geometry.body, ctx);
  return [headedBlock([...heading, ...rows], item, heading.length + LINES_AFTER_HEADING)];
}

function evidenceRows(evidence: GapEvidence, index: number, record: EvidenceRecordSummary | undefined, ctx: FlowContext): Row[] {
  const { geometry } = ctx;
  const title = record === undefined ? 'Record not found in the case index' : lineOrNotRecorded(record.title);
  const where =
    record === undefined
      ? `Record ${evidence.recordId}`
      : `Record ${evidence.recordId} · ${record.date === null ? 'date not recorded' : lineOrNotRecorded(record.date)} · ${lineOrNotRecorded(record.custodian)}`;
  const quote = evidence.quote.trim() === '' ? 'No passage quoted: the record as a whole is the evidence.' : `“${evidence.quote.trim()}”`;
  return [
    gapRow(3),
    ...paragraphRows(`${index + 1}. ${title}`, 'bold', geometry.field, ctx, INDENT),
    ...paragraphRows(where, 'regular', geometry.meta, ctx, INDENT * 2),
    ...paragraphRows(quote, 'regular', geometry.body, ctx, INDENT * 2),
    ...paragraphRows(`Why it is evidence: ${lineOrNotRecorded(evidence.why)}`, 'regular', geometry.meta, ctx, INDENT * 2),
  ];
}

function circumstancesBlocks(item: GapContext, records: DispositionReportInput['records'], ctx: FlowContext): Block[] {
  const { gap } = item;
  const heading = gapHeadingRows(gap, item.ordinal, item.total, ctx);
  const count = gap.evidence.length;
  const evidenceSummary = count === 0 ? NOT_RECORDED : `${formatCount(count)} ${count === 1 ? 'record' : 'records'}, listed below`;
  const opening = headedBlock(
    [
      ...heading,
      ...fields(
        [
          ['Cause', causeLabel(gap)],
          ['Circumstances', textOrNotRecorded(gap.circumstances)],
          ['Evidence', evidenceSummary],
        ],
        ctx,
      ),
    ],
    item,
    heading.length + LINES_AFTER_HEADING,
  );
  const items = gap.evidence.map((evidence, index) => laterBlock(evidenceRows(evidence, index, records.get(evidence.recordId), ctx), item, 4));
  return [opening, ...items];
}

/** Actions in date order; undated ones last, each group in the order they were entered. */
function byDate(actions: readonly SalvageAction[]): SalvageAction[] {
  const dated = actions.filter((action) => action.date.trim() !== '');
  const undated = actions.filter((action) => action.date.trim() === '');
  return [...dated.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)), ...undated];
}

function actionRows(action: SalvageAction, ctx: FlowContext): Row[] {
  const date = action.date.trim() === '' ? 'Date not recorded' : cleanLine(action.date).trim();
  return [
    gapRow(3),
    ...paragraphRows(`${date}: ${lineOrNotRecorded(action.action)}`, 'bold', ctx.geometry.field, ctx, INDENT),
    ...fields([['Result', textOrNotRecorded(action.result)]], ctx, INDENT),
  ];
}

function salvageBlocks(item: GapContext, ctx: FlowContext): Block[] {
  const heading = gapHeadingRows(item.gap, item.ordinal, item.total, ctx);
  const actions = byDate(item.gap.salvage);
  if (actions.length === 0) {
    const rows = paragraphRows(NOT_RECORDED, 'regular', ctx.geometry.body, ctx);
    return [headedBlock([...heading, ...rows], item, heading.length + 1)];
  }
  return actions.map((action, index) => {
    const rows = actionRows(action, ctx);
    return index === 0
      ? headedBlock([...heading, ...rows], item, heading.length + 1 + LINES_AFTER_HEADING)
      : laterBlock(rows, item, 3);
  });
}

/** One gap's blocks for one section (not the corrective-actions section, which is report-wide). */
function gapBlocks(section: DispositionSection, item: GapContext, input: DispositionReportInput, ctx: FlowContext): Block[] {
  switch (section.id) {
    case 'description':
      return descriptionBlocks(item, ctx);
    case 'office':
      return paragraphBlocks(item, item.gap.office, ctx);
    case 'circumstances':
      return circumstancesBlocks(item, input.records, ctx);
    case 'safeguards':
      return paragraphBlocks(item, item.gap.safeguards, ctx);
    case 'salvage':
      return salvageBlocks(item, ctx);
    case 'corrective':
      return [];
    default:
      return assertNever(section.id, 'report section');
  }
}

/**
 * A section's blocks: its heading joined to the first block (so it never ends a page alone),
 * then every gap's blocks, or the report-wide corrective actions for the last section.
 */
export function sectionBlocks(section: DispositionSection, input: DispositionReportInput, ctx: FlowContext): Block[] {
  const heading = sectionHeadingRows(section, ctx);
  const total = input.gaps.length;
  const resume = continuationRows(`${section.heading} (continued)`, ctx);
  const blocks: Block[] =
    section.id === 'corrective'
      ? [{ rows: paragraphRows(textOrNotRecorded(input.correctiveActions), 'regular', ctx.geometry.body, ctx), continuation: resume, resume, lead: LINES_AFTER_HEADING }]
      : input.gaps.flatMap((gap, index) => {
          const continuation = continuationRows(`${section.heading} (continued) · ${gapHeading(gap, index + 1, total)}`, ctx);
          return gapBlocks(section, { gap, ordinal: index + 1, total, continuation, resume }, input, ctx);
        });
  const [first, ...rest] = blocks;
  if (first === undefined) {
    return [];
  }
  return [{ ...first, rows: [...heading, ...first.rows], resume: [], lead: heading.length + first.lead }, ...rest];
}
