/**
 * The withholding log (Vaughn index): after the records, one row per record withheld in full,
 * referred, or released in part, saying where it is (Bates range), what it is (date, sender and
 * recipients, kind and title) and why information was withheld (every exemption applied, the
 * officer's justification).
 *
 * Its cells wrap (a justification is a paragraph), so a row can be several lines tall and a long
 * one can run onto the next page; every page repeats the column headers. Cells are built from
 * the marked fields: a redacted sender or title appears with its placeholders, and a record
 * withheld in full or referred is described without its title, as its slip sheet is.
 */
import { paginateBlocks, type Block } from '../reports/disposition-flow.js';
import { cleanText, type MeasureText, type TextStyle } from './font-runs.js';
import { messageTime } from './layout-transcript.js';
import { shortDate, titleLine, type MarkedRecord } from './marked-record.js';
import { exemptionLabels, exemptionsApplied, kindLabel } from './packet-labels.js';
import type { PacketItem } from './packet-input.js';
import { contentWidth, type PageGeometry } from './page-geometry.js';
import { gapRow, ruleRow, textRow, type Row, type RowText } from './page-rows.js';
import { placeholderText } from './redacted-runs.js';
import { wrapText } from './wrap-text.js';

export const VAUGHN_TITLE = 'Withholding log (Vaughn index)';
export const VAUGHN_INTRO = 'Each record withheld in full, referred to another agency, or released in part, with the exemptions applied and the reasons.';

/** The cells of one row, as printed (newlines break a cell's lines). */
export type VaughnRow = {
  recordId: string;
  bates: string;
  date: string;
  fromTo: string;
  description: string;
  exemptions: string;
  justification: string;
};

const HEADERS: Record<Exclude<keyof VaughnRow, 'recordId'>, string> = {
  bates: 'Bates',
  date: 'Date',
  fromTo: 'From / To',
  description: 'Description',
  exemptions: 'Exemptions',
  justification: 'Justification',
};
const CELLS = ['bates', 'date', 'fromTo', 'description', 'exemptions', 'justification'] as const;
type CellName = (typeof CELLS)[number];
type Column = { x: number; width: number };
export type VaughnColumns = Record<CellName, Column>;

const COLUMN_GAP = 6;
const ROW_GAP = 4;
const EMPTY_CELL = '—';

/** Whether an item has a row: everything but a record released in full. */
export function inVaughnIndex(item: PacketItem): boolean {
  return item.decision !== 'release-in-full';
}

function decisionText(item: PacketItem): string {
  switch (item.decision) {
    case 'release-in-part':
      return 'Released in part';
    case 'withhold-in-full':
      return 'Withheld in full';
    case 'referral':
      return 'Referred';
    default:
      return 'Released in full';
  }
}

/** The row of `item`, whose pages run `bates` ("FOIA-000004 – FOIA-000006"). */
export function vaughnRow(item: PacketItem, marked: MarkedRecord, bates: string): VaughnRow {
  const { record } = item;
  const from = placeholderText(marked.from).trim();
  const to = placeholderText(marked.to).trim();
  const fromTo = [from === '' ? '' : `From: ${from}`, to === '' ? '' : `To: ${to}`].filter((line) => line !== '').join('\n');
  // A chat message is titled by its conversation; its time tells it apart from the others of the day.
  const time = record.kind === 'chat-message' && item.decision === 'release-in-part' ? ` (${messageTime(record.date)})` : '';
  const exemptions = exemptionLabels(exemptionsApplied([item]));
  return {
    recordId: record.id,
    bates,
    date: shortDate(record) || EMPTY_CELL,
    fromTo: fromTo || EMPTY_CELL,
    description: `${decisionText(item)}\n${kindLabel(record.kind)} — ${titleLine(item, marked)}${time}`,
    exemptions: exemptions.join('\n') || EMPTY_CELL,
    justification: cleanText(item.justification).trim() || EMPTY_CELL,
  };
}

/**
 * Column positions. Bates is as wide as one Bates number and its dash (a range wraps onto a
 * second line, never cut); the date fits a calendar day; exemptions get a seventh of the page
 * (one label a line, a statute wraps); the rest is shared.
 */
export function vaughnColumns(batesLast: string, measure: MeasureText, geometry: PageGeometry): VaughnColumns {
  const size = geometry.indexRow.size;
  const total = contentWidth(geometry);
  const bates = Math.max(measure(`${batesLast} –`, size, 'regular'), measure(HEADERS.bates, size, 'bold'));
  const date = Math.max(measure('0000-00-00', size, 'regular'), measure(HEADERS.date, size, 'bold')) + 2;
  const exemptions = Math.max(total / 7, measure(HEADERS.exemptions, size, 'bold'));
  const rest = total - bates - date - exemptions - COLUMN_GAP * 5;
  const widths: Record<CellName, number> = {
    bates,
    date,
    fromTo: rest * 0.28,
    description: rest * 0.36,
    exemptions,
    justification: rest * 0.36,
  };
  const columns = {} as VaughnColumns;
  let x = geometry.marginLeft;
  for (const name of CELLS) {
    columns[name] = { x, width: widths[name] };
    x += widths[name] + COLUMN_GAP;
  }
  return columns;
}

/** One table row: each cell wrapped in its column; as many lines as its tallest cell. */
function tableLines(cells: Record<CellName, string>, columns: VaughnColumns, style: TextStyle, measure: MeasureText, geometry: PageGeometry): Row[] {
  const line = geometry.indexRow;
  const wrapped = CELLS.map((name) => wrapText(cleanText(cells[name]), columns[name].width, (text) => measure(text, line.size, style)));
  const height = Math.max(1, ...wrapped.map((lines) => lines.length));
  const rows: Row[] = [];
  for (let index = 0; index < height; index += 1) {
    const texts: RowText[] = [];
    CELLS.forEach((name, cell) => {
      const text = wrapped[cell]?.[index];
      if (text !== undefined && text !== '') {
        texts.push({ text, x: columns[name].x, size: line.size, style });
      }
    });
    rows.push(textRow(line, texts));
  }
  return rows;
}

function headerRows(columns: VaughnColumns, measure: MeasureText, geometry: PageGeometry): Row[] {
  return [...tableLines(HEADERS, columns, 'bold', measure, geometry), ruleRow(geometry)];
}

/**
 * The log's pages (rows, not yet placed or stamped). `rows` must be non-empty; `batesLast` is the
 * packet's last Bates number, which sizes the Bates column.
 */
export function vaughnPages(rows: readonly VaughnRow[], batesLast: string, measure: MeasureText, geometry: PageGeometry): Row[][] {
  const columns = vaughnColumns(batesLast, measure, geometry);
  const left = geometry.marginLeft;
  const { heading, meta } = geometry;
  const header = headerRows(columns, measure, geometry);
  const continuation: Row[] = [textRow(geometry.continued, [{ text: `${VAUGHN_TITLE} (continued)`, x: left, size: geometry.continued.size, style: 'bold' }]), ...header];
  const title: Row[] = [
    textRow(heading, [{ text: VAUGHN_TITLE, x: left, size: heading.size, style: 'bold' }]),
    ...wrapText(VAUGHN_INTRO, contentWidth(geometry), (text) => measure(text, meta.size, 'regular')).map((line) =>
      textRow(meta, [{ text: line, x: left, size: meta.size, style: 'regular' }]),
    ),
    gapRow(6),
    ...header,
  ];
  const blocks: Block[] = rows.map((row, index) => {
    const lines = tableLines(row, columns, 'regular', measure, geometry);
    if (index === 0) {
      return { rows: [...title, ...lines], continuation, resume: [], lead: title.length + 1 };
    }
    return { rows: [gapRow(ROW_GAP), ...lines], continuation, resume: continuation, lead: 2 };
  });
  return paginateBlocks(blocks, geometry);
}
