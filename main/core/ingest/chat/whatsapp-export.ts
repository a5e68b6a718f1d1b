/**
 * A WhatsApp export as ingest items, whether it came as a bare `.txt` or zipped with its media:
 * one record per message, media named by a message attached to it as a child when the zip holds
 * the file, and every doubt (an ambiguous date order, a line that looks like a timestamp but is
 * not one, media the export names but does not hold) reported where the officer will see it.
 */
import type { SourceReadOptions } from '../../../../shared/model/case.js';
import type { ChatItem } from '../../chat/chat-message.js';
import { parseWhatsAppExport } from '../../chat/whatsapp/parse-whatsapp.js';
import type { ExtractedItem } from '../adapter.js';
import { chatProblems, chatRecords, type MediaLookup } from './chat-items.js';

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

/** The name a group was created with ('Loris created group “Example”'), when the export shows it. */
function createdGroupName(items: readonly ChatItem[]): string {
  for (const item of items) {
    if (item.event?.kind === 'group-created') {
      const quoted = /[“"«„](.+?)[”"»“]/.exec(item.text);
      if (quoted?.[1]) {
        return quoted[1];
      }
    }
  }
  return '';
}

export async function* whatsappExportItems(
  text: string,
  exportName: string,
  options: SourceReadOptions,
  media: MediaLookup | null,
): AsyncGenerator<ExtractedItem> {
  const parsed = parseWhatsAppExport(text, { timeZone: options.timeZone, dateOrder: options.dateOrder });
  // A file of year-first dates has no day/month question to ask.
  if (/^(ambiguous: all|conflicting)/.test(parsed.dateOrderEvidence)) {
    yield {
      type: 'problem',
      severity: 'warning',
      locator: '',
      message: `Date order: ${parsed.dateOrderEvidence}. If the phone wrote month first, set the source's date order to month/day and add it again.`,
    };
  }
  yield* chatProblems(parsed.problems);
  const fallbackConversation = parsed.conversation || createdGroupName(parsed.items) || conversationFromFileName(exportName) || exportName;
  yield* chatRecords(parsed.items, { platform: 'whatsapp', fallbackConversation, media });
}
