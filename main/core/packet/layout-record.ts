/**
 * The rows of one record drawn from its text: a header block (who, when, what, where it came
 * from) and the body wrapped to the page, with redactions burned in as boxes, plus the one-line
 * header repeated on its continued pages.
 *
 * The header block carries the record id and the SHA-256 of the source file so that a reader of
 * the released packet can tie every page back to the collected evidence. Bcc recipients are not
 * printed: the packet shows what the recipients saw. From, To, Cc, the title and the body are
 * printed from the marked fields (marked-record.ts), never from the record directly.
 */
import { cleanLine, type MeasureText } from './font-runs.js';
import { printedTitle, TITLE_WITHHELD, type MarkedRecord } from './marked-record.js';
import { markedRows } from './marked-rows.js';
import { kindLabel } from './packet-labels.js';
import type { PacketItem } from './packet-input.js';
import { contentWidth, type PageGeometry } from './page-geometry.js';
import { ruleRow, textRow, type Row } from './page-rows.js';
import { isMarkedEmpty, placeholderText, plainMarked, type MarkedText } from './redacted-runs.js';
import { truncateToWidth } from './truncate-text.js';

const EMPTY_VALUE = '—';
export const EMPTY_BODY = '(This record has no text.)';

/** The label/value pairs of the header block, in reading order. Empty To and Cc are left out. */
export function recordFields(item: PacketItem, marked: MarkedRecord): Array<[label: string, value: MarkedText]> {
  const { record } = item;
  const fields: Array<[string, MarkedText]> = [['From', marked.from]];
  if (!isMarkedEmpty(marked.to)) {
    fields.push(['To', marked.to]);
  }
  if (!isMarkedEmpty(marked.cc)) {
    fields.push(['Cc', marked.cc]);
  }
  // The ISO date is normalised; the raw header is the fallback when it could not be parsed.
  fields.push(['Date', plainMarked(cleanLine(record.date !== null && record.date !== '' ? record.date : record.dateRaw).trim())]);
  fields.push([record.kind === 'email' ? 'Subject' : 'Title', printedTitle(item, marked)]);
  fields.push(['Record id', plainMarked(record.id)]);
  fields.push(['Custodian', plainMarked(cleanLine(record.custodian).trim())]);
  fields.push(['Source SHA-256', plainMarked(record.fileSha256)]);
  return fields.map(([label, value]) => [label, isMarkedEmpty(value) ? plainMarked(EMPTY_VALUE) : value]);
}

/** Every row of a record in order, under `heading` ("Record 3 of 12 · Email"); pagination happens afterwards. */
export function recordRows(item: PacketItem, marked: MarkedRecord, heading: string, measure: MeasureText, geometry: PageGeometry): Row[] {
  const left = geometry.marginLeft;
  const width = contentWidth(geometry);
  const rows: Row[] = [textRow(geometry.heading, [{ text: heading, x: left, size: geometry.heading.size, style: 'bold' }])];
  rows.push(...headerRows(recordFields(item, marked), measure, geometry));
  rows.push(ruleRow(geometry));
  const body = isMarkedEmpty(marked.body) ? plainMarked(EMPTY_BODY) : marked.body;
  rows.push(...markedRows(body, { line: geometry.body, style: 'regular', measure, x: left, width }));
  return rows;
}

/** Label/value rows: the bold label on the first line of each value. */
export function headerRows(fields: ReadonlyArray<readonly [string, MarkedText]>, measure: MeasureText, geometry: PageGeometry): Row[] {
  const left = geometry.marginLeft;
  const line = geometry.field;
  const rows: Row[] = [];
  for (const [label, value] of fields) {
    const valueRows = markedRows(value, { line, style: 'regular', measure, x: left + geometry.labelWidth, width: contentWidth(geometry) - geometry.labelWidth });
    valueRows.forEach((row, index) => {
      rows.push(index === 0 ? { ...row, texts: [{ text: label, x: left, size: line.size, style: 'bold' }, ...row.texts] } : row);
    });
  }
  return rows;
}

/** What a record's continued pages are headed with: its title with placeholders, else its id. */
export function recordContinuationLabel(item: PacketItem, marked: MarkedRecord): string {
  if (item.decision === 'withhold-in-full' || item.decision === 'referral') {
    return `${kindLabel(item.record.kind)} ${TITLE_WITHHELD}`;
  }
  return placeholderText(printedTitle(item, marked)).trim() || item.record.id;
}

/** "<label> (continued)" on one line, then a rule: the top of every later page of a record. */
export function continuationRows(label: string, measure: MeasureText, geometry: PageGeometry): Row[] {
  const style = geometry.continued;
  const suffix = ' (continued)';
  const measureBold = (text: string): number => measure(text, style.size, 'bold');
  const room = contentWidth(geometry) - measureBold(suffix);
  return [
    textRow(style, [{ text: truncateToWidth(cleanLine(label).trim(), room, measureBold) + suffix, x: geometry.marginLeft, size: style.size, style: 'bold' }]),
    ruleRow(geometry),
  ];
}
