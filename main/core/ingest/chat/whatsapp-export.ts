/**
 * A WhatsApp export as ingest items, whether it came as a bare `.txt` or zipped with its media:
 * one record per message, media named by a message attached to it as a child when the zip holds
 * the file, and every doubt (an ambiguous date order, a line that looks like a timestamp but is
 * not one, media the export names but does not hold) reported where the officer will see it.
 */
import type { SourceReadOptions } from '../../../../shared/model/case.js';
import type { ChatItem } from '../../chat/chat-message.js';
import { parseWhatsAppExport } from '../../chat/whatsapp/parse-whatsapp.js';
import type { ExtractedItem, ExtractedRecord } from '../adapter.js';
import { chatItemToRecord, OccurrenceCounter } from './chat-to-record.js';
import { fileChild, type ChildFile } from './file-child.js';

export type MediaLookup = (name: string) => Promise<ChildFile | { missing: string } | null>;

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
  for (const problem of parsed.problems) {
    yield { type: 'problem', severity: 'warning', locator: problem.locator, message: problem.message };
  }
  const occurrences = new OccurrenceCounter();
  const fallbackConversation = parsed.conversation || createdGroupName(parsed.items) || conversationFromFileName(exportName) || exportName;
  let sequence = 0;
  for (const item of parsed.items) {
    const children: ExtractedRecord[] = [];
    if (media !== null) {
      for (const name of item.attachments) {
        const found = await media(name);
        if (found === null) {
          yield { type: 'problem', severity: 'warning', locator: item.locator, message: `The message names "${name}", which the export does not hold` };
        } else if ('missing' in found) {
          yield { type: 'problem', severity: 'error', locator: item.locator, message: found.missing };
        } else {
          children.push(fileChild(found, item.locator, String(children.length + 1)));
        }
      }
    }
    yield { type: 'record', record: chatItemToRecord(item, { platform: 'whatsapp', sequence, occurrences, fallbackConversation, children }) };
    sequence += 1;
  }
}
