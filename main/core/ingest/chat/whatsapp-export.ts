/**
 * A WhatsApp export as ingest items, whether it came as a bare `.txt` or zipped with its media:
 * one record per message, media named by a message attached to it as a child when the zip holds
 * the file, and every doubt (an ambiguous date order, a date order the file itself contradicts,
 * a line that looks like a timestamp but is not one, media the export names but does not hold)
 * reported where the officer will see it.
 *
 * Records are yielded as the reader builds them, one message at a time: a million-line export
 * never exists as a million items at once.
 */
import type { SourceReadOptions } from '../../../../shared/model/case.js';
import type { DateOrder, DateOrderDecision } from '../../chat/whatsapp/date-order.js';
import { readWhatsAppExport } from '../../chat/whatsapp/parse-whatsapp.js';
import type { ExtractedItem } from '../adapter.js';
import { chatProblems, chatRecords, type MediaLookup } from './chat-items.js';
import { OccurrenceCounter } from './chat-to-record.js';

const ORDER_NAMES: Record<DateOrder, string> = { dmy: 'day/month', mdy: 'month/day' };

/**
 * The conversation's name from the export's file name, for Android exports that name it nowhere
 * else: "WhatsApp Chat with Bob.txt" → "Bob", "WhatsApp Chat - Family.zip" → "Family".
 */
export function conversationFromFileName(fileName: string): string {
  const base = fileName.replace(/\.(txt|zip)$/i, '');
  const named = /^WhatsApp Chat (?:with|-|mit|con|avec|met|com)\s+(.+)$/i.exec(base);
  if (named?.[1]) {
    return named[1].trim();
  }
  return base === '_chat' ? '' : base;
}

/** What the officer must hear about the date order: a guess, a contradiction, or a setting the file overruled. */
function dateOrderWarning(decision: DateOrderDecision, exportName: string): ExtractedItem | null {
  if (decision.overruled !== null) {
    const { line, dateRaw, value } = decision.overruled;
    const read = ORDER_NAMES[decision.order];
    return {
      type: 'problem',
      severity: 'warning',
      locator: `line ${line}`,
      message: `Date order: the source is set to ${decision.order === 'dmy' ? ORDER_NAMES.mdy : ORDER_NAMES.dmy}, but line ${line} of ${exportName} reads "${dateRaw}", where ${value} can only be a day; the file is read as ${read}.`,
    };
  }
  if (decision.basis === 'ambiguous' || decision.basis === 'conflicting') {
    return {
      type: 'problem',
      severity: 'warning',
      locator: '',
      message: `Date order: ${decision.evidence}. If the phone wrote month first, set the source's date order to month/day and add it again.`,
    };
  }
  return null;
}

export async function* whatsappExportItems(
  text: string,
  exportName: string,
  options: SourceReadOptions,
  media: MediaLookup | null,
): AsyncGenerator<ExtractedItem> {
  const read = readWhatsAppExport(text, { timeZone: options.timeZone, dateOrder: options.dateOrder });
  const warning = dateOrderWarning(read.dateOrder, exportName);
  if (warning !== null) {
    yield warning;
  }
  const fallbackConversation = read.conversation || read.createdGroupName || conversationFromFileName(exportName) || exportName;
  const occurrences = new OccurrenceCounter();
  let sequence = 0;
  for (const output of read.outputs()) {
    if ('problem' in output) {
      yield* chatProblems([output.problem]);
    } else {
      sequence = yield* chatRecords([output], { platform: 'whatsapp', fallbackConversation, media, occurrences, firstSequence: sequence });
    }
  }
}
