/**
 * The slip sheet: the one page that stands in the packet where a record withheld in full, or
 * referred to another agency, would be. It says that the record exists, where it sits in the
 * Bates sequence, and under which exemptions it was withheld, and nothing about its content:
 * no subject or title (which can itself be what is withheld), no sender, no text. The withholding
 * log describes it further.
 */
import { cleanLine, type MeasureText } from './font-runs.js';
import { headerRows } from './layout-record.js';
import { shortDate } from './marked-record.js';
import { exemptionLabels, kindLabel, slipHeading } from './packet-labels.js';
import type { PacketItem } from './packet-input.js';
import { contentHeight, contentWidth, type PageGeometry } from './page-geometry.js';
import { gapRow, ruleRow, rowsHeight, textRow, type Row } from './page-rows.js';
import { plainMarked } from './redacted-runs.js';
import { wrapText } from './wrap-text.js';

export const SLIP_NOTE = 'This page stands in for one record that is not released. The withholding log at the end of the packet lists it with the exemptions applied and the reasons.';
const NO_EXEMPTION = 'None cited';

/**
 * The slip sheet's rows for an item withheld in full or referred, whose page has Bates number
 * `bates`. Always one page: rows that would run past the page (only with an absurd list of
 * exemptions) are left off, and the withholding log still lists them all.
 */
export function slipSheetRows(item: PacketItem & { decision: 'withhold-in-full' | 'referral' }, bates: string, measure: MeasureText, geometry: PageGeometry): Row[] {
  const left = geometry.marginLeft;
  const width = contentWidth(geometry);
  const { caseName, meta } = geometry;
  const rows: Row[] = [];
  for (const line of wrapText(slipHeading(item.decision), width, (text) => measure(text, caseName.size, 'bold'))) {
    rows.push(textRow(caseName, [{ text: line, x: left, size: caseName.size, style: 'bold' }]));
  }
  rows.push(gapRow(6), ruleRow(geometry));
  const exemptions = exemptionLabels(item.exemptions);
  rows.push(
    ...headerRows(
      [
        ['Bates', plainMarked(bates)],
        ['Record id', plainMarked(item.record.id)],
        ['Kind', plainMarked(kindLabel(item.record.kind))],
        ['Date', plainMarked(shortDate(item.record) || '—')],
        ['Exemptions', plainMarked(exemptions.length === 0 ? NO_EXEMPTION : exemptions.join(', '))],
      ],
      measure,
      geometry,
    ),
  );
  rows.push(gapRow(10));
  for (const line of wrapText(cleanLine(SLIP_NOTE), width, (text) => measure(text, meta.size, 'regular'))) {
    rows.push(textRow(meta, [{ text: line, x: left, size: meta.size, style: 'regular' }]));
  }
  const room = contentHeight(geometry) + 1e-6;
  const kept: Row[] = [];
  for (const row of rows) {
    if (rowsHeight(kept) + row.height > room) {
      break;
    }
    kept.push(row);
  }
  return kept;
}
