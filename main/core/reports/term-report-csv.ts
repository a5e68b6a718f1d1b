/**
 * A search-term report as CSV (RFC 4180: CRLF line ends, fields quoted when they hold a comma,
 * quote or line break). A leading =, +, - or @ is prefixed with an apostrophe so a spreadsheet
 * opening the file never runs a term as a formula (CSV injection).
 */
import type { TermReport } from '../../../shared/model/search.js';

const HEADER = ['Term', 'Records hit', 'Unique hits', 'Records hit with families', 'Unique hits with families'];

function field(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) {
    text = `'${text}`;
  }
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function termReportCsv(report: TermReport): string {
  const lines = [
    HEADER,
    ...report.rows.map((row) => [row.term, row.hits, row.uniqueHits, row.hitsWithFamilies, row.uniqueHitsWithFamilies]),
    ['Total (any term)', report.total.hits, '', report.total.hitsWithFamilies, ''],
    [],
    ['Records searched', report.recordsSearched],
    ['Within', report.within === '' ? 'the whole case' : report.within],
    ['Created', report.createdAt],
  ];
  return `${lines.map((line) => line.map(field).join(',')).join('\r\n')}\r\n`;
}
