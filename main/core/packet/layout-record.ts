/**
 * The rows of one record: a header block (who, when, what, where it came from) and the body
 * text wrapped to the page, plus the one-line header repeated on its continued pages.
 *
 * The header block carries the record id and the SHA-256 of the source file so that a reader of
 * the released packet can tie every page back to the collected evidence. Bcc recipients are not
 * printed: the packet shows what the recipients saw.
 */
import type { Participant, RecordDetail, RecordKind } from '../../../shared/model/record.js';
import { assertNever } from '../../../shared/errors.js';
import { cleanLine, cleanText, type MeasureText } from './font-runs.js';
import { contentWidth, type PageGeometry } from './page-geometry.js';
import { ruleRow, textRow, type Row, type RowText } from './page-rows.js';
import { truncateToWidth } from './truncate-text.js';
import { wrapText } from './wrap-text.js';

const EMPTY_VALUE = '—';
const EMPTY_BODY = '(This record has no text.)';

function kindLabel(kind: RecordKind): string {
  switch (kind) {
    case 'email':
      return 'Email';
    case 'document':
      return 'Document';
    case 'chat-message':
      return 'Chat message';
    case 'attachment':
      return 'Attachment';
    default:
      return assertNever(kind, 'record kind');
  }
}

/** "Name <address>", or whichever of the two is known. */
export function formatParticipant(participant: Participant): string {
  const name = cleanLine(participant.name).trim();
  const address = cleanLine(participant.address).trim();
  if (name !== '' && address !== '' && name !== address) {
    return `${name} <${address}>`;
  }
  return name !== '' ? name : address;
}

function formatParticipants(list: readonly Participant[]): string {
  return list.map(formatParticipant).filter((text) => text !== '').join(', ');
}

/** The label/value pairs of the header block, in reading order. Empty To and Cc are left out. */
export function recordFields(record: RecordDetail): Array<[label: string, value: string]> {
  const from = record.fromParticipant ? formatParticipant(record.fromParticipant) : cleanLine(record.from);
  const fields: Array<[string, string]> = [['From', from]];
  const to = formatParticipants(record.to);
  if (to !== '') {
    fields.push(['To', to]);
  }
  const cc = formatParticipants(record.cc);
  if (cc !== '') {
    fields.push(['Cc', cc]);
  }
  // The ISO date is normalised; the raw header is the fallback when it could not be parsed.
  fields.push(['Date', cleanLine(record.date !== null && record.date !== '' ? record.date : record.dateRaw)]);
  fields.push([record.kind === 'email' ? 'Subject' : 'Title', cleanLine(record.title)]);
  fields.push(['Record id', record.id]);
  fields.push(['Custodian', cleanLine(record.custodian)]);
  fields.push(['Source SHA-256', record.fileSha256]);
  return fields.map(([label, value]) => [label, value.trim() === '' ? EMPTY_VALUE : value]);
}

/** Body text as drawn: cleaned, with leading blank lines and trailing whitespace removed. */
export function bodyText(record: RecordDetail): string {
  const text = cleanText(record.body)
    .replace(/^(?:[ ]*\n)+/, '')
    .replace(/\s+$/u, '');
  return text === '' ? EMPTY_BODY : text;
}

/** Every row of a record in order; pagination happens afterwards. */
export function recordRows(
  record: RecordDetail,
  ordinal: number,
  total: number,
  measure: MeasureText,
  geometry: PageGeometry,
): Row[] {
  const left = geometry.marginLeft;
  const width = contentWidth(geometry);
  const rows: Row[] = [
    textRow(geometry.heading, [
      { text: `Record ${ordinal} of ${total} · ${kindLabel(record.kind)}`, x: left, size: geometry.heading.size, style: 'bold' },
    ]),
  ];

  const field = geometry.field;
  const valueX = left + geometry.labelWidth;
  const valueWidth = width - geometry.labelWidth;
  const measureValue = (text: string): number => measure(text, field.size, 'regular');
  for (const [label, value] of recordFields(record)) {
    wrapText(value, valueWidth, measureValue).forEach((line, index) => {
      const value: RowText = { text: line, x: valueX, size: field.size, style: 'regular' };
      const labelText: RowText = { text: label, x: left, size: field.size, style: 'bold' };
      rows.push(textRow(field, index === 0 ? [labelText, value] : [value]));
    });
  }
  rows.push(ruleRow(geometry));

  const body = geometry.body;
  const measureBody = (text: string): number => measure(text, body.size, 'regular');
  for (const line of wrapText(bodyText(record), width, measureBody)) {
    rows.push(textRow(body, line === '' ? [] : [{ text: line, x: left, size: body.size, style: 'regular' }]));
  }
  return rows;
}

/** "<title> (continued)" on one line, then a rule: the top of every later page of a record. */
export function continuationRows(record: RecordDetail, measure: MeasureText, geometry: PageGeometry): Row[] {
  const style = geometry.continued;
  const suffix = ' (continued)';
  const measureBold = (text: string): number => measure(text, style.size, 'bold');
  const title = cleanLine(record.title).trim() || record.id;
  const room = contentWidth(geometry) - measureBold(suffix);
  return [
    textRow(style, [
      { text: truncateToWidth(title, room, measureBold) + suffix, x: geometry.marginLeft, size: style.size, style: 'bold' },
    ]),
    ruleRow(geometry),
  ];
}
