/**
 * What the packet may say about a record outside its pages: bookmark titles and load-file fields
 * (subject, from, to, cc, file name).
 *
 * The layout's own rule applies: the title is the layout's index-entry title (with its
 * placeholders, or "[title withheld]"), and From, To and Cc are the layout's marked fields
 * (marked-record.ts) with every redaction replaced by its placeholder ("[redacted (b)(6)]"), the
 * same strings the index prints. A record withheld in full or referred shows no header fields.
 *
 * As a last guard, a value that still contains a passage one of the record's redactions covers
 * (in any field) is replaced whole by a placeholder: a load file or bookmark must never be where
 * a redacted name leaks, even when the same words were left in another field of the record.
 */
import type { ExemptionApplication } from '../../../shared/exemptions/exemption-application.js';
import { formatExemptionApplication } from '../../../shared/exemptions/format-exemption-application.js';
import { cleanLine } from './font-runs.js';
import { markRecord } from './marked-record.js';
import type { PacketItem } from './packet-input.js';
import { exemptionLabel, placeholderText, redactionPlaceholder } from './redacted-runs.js';

/** Each exemption's printed label once, in first-use order. */
export function exemptionLabels(applications: readonly ExemptionApplication[]): string[] {
  return [...new Set(applications.map(formatExemptionApplication))];
}

/** True when `value` still shows a passage one of the item's redactions covers (compared case-insensitively). */
function showsRedactedText(item: PacketItem, value: string): boolean {
  const folded = value.toLowerCase();
  return item.redactions.some((redaction) => {
    const quote = cleanLine(redaction.quote).trim().toLowerCase();
    return quote !== '' && folded.includes(quote);
  });
}

/** `value`, or the placeholder of all the items' redactions when it still shows one's text. */
function guarded(items: readonly PacketItem[], value: string): string {
  if (!items.some((item) => showsRedactedText(item, value))) {
    return value;
  }
  return redactionPlaceholder(exemptionLabel(items.flatMap((item) => item.redactions.flatMap((redaction) => redaction.exemptions))));
}

/**
 * The title a bookmark or load file shows: the layout's entry title, guarded against the
 * redactions of every record it stands for (one, or a chat transcript's messages).
 */
export function releasedTitle(entryTitle: string, items: readonly PacketItem[]): string {
  return guarded(items, cleanLine(entryTitle).trim());
}

/**
 * The sender's file name for an attachment; for a document, the last part of where it was found
 * (never the folders above it, which can name people and projects the packet does not cover).
 */
function fileNameOf(item: PacketItem): string {
  const { record } = item;
  if (record.filename !== '' || record.kind !== 'document') {
    return record.filename;
  }
  const path = record.locations[0]?.path ?? '';
  return path.slice(path.lastIndexOf('/') + 1);
}

export type ReleasedHeader = { from: string; to: string; cc: string; filename: string };

/** The header fields a load file may carry for `item`; all empty for a record not released. */
export function releasedHeader(item: PacketItem): ReleasedHeader {
  if (item.decision === 'withhold-in-full' || item.decision === 'referral') {
    return { from: '', to: '', cc: '', filename: '' };
  }
  const marked = markRecord(item);
  const line = (text: string): string => guarded([item], cleanLine(text).trim());
  return {
    from: line(placeholderText(marked.from)),
    to: line(placeholderText(marked.to)),
    cc: line(placeholderText(marked.cc)),
    filename: line(fileNameOf(item)),
  };
}
