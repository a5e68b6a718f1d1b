/**
 * Any chat reader's items and problems as ingest items: every reader in `main/core/chat/` hands
 * its ChatItems here, so records, children and problems come out the same way whatever the
 * platform. Files a message names are looked up in the export (a zipped WhatsApp chat's media);
 * files the export carries inline (MMS parts) become children directly.
 */
import type { ChatPlatform } from '../../../../shared/model/chat.js';
import type { ChatItem, ChatProblem } from '../../chat/chat-message.js';
import type { ExtractedItem, ExtractedRecord } from '../adapter.js';
import { chatItemToRecord, OccurrenceCounter } from './chat-to-record.js';
import { fileChild, inlinePartPaths, type ChildFile } from './file-child.js';

/** Finds a file a message names: its bytes, a reason it cannot be read, or null when the export lacks it. */
export type MediaLookup = (name: string) => Promise<ChildFile | { missing: string } | null>;

export type ChatStream = {
  platform: ChatPlatform;
  /** The conversation's name for items that name none. */
  fallbackConversation: string;
  /** Looks up named attachments; null when the export holds no files (a bare .txt, JSON without media). */
  media: MediaLookup | null;
  /** Shared across the files of one export (Slack's day files), so repeats stay distinct. */
  occurrences?: OccurrenceCounter;
  /** Where sequence numbers start (Slack numbers days in order across files). */
  firstSequence?: number;
};

/** Reader problems are warnings: the reader kept what it could and said what it could not. */
export function* chatProblems(problems: readonly ChatProblem[]): Generator<ExtractedItem> {
  for (const problem of problems) {
    yield { type: 'problem', severity: 'warning', locator: problem.locator, message: problem.message };
  }
}

export async function* chatRecords(items: Iterable<ChatItem> | AsyncIterable<ChatItem>, stream: ChatStream): AsyncGenerator<ExtractedItem, number> {
  const occurrences = stream.occurrences ?? new OccurrenceCounter();
  let sequence = stream.firstSequence ?? 0;
  for await (const item of items) {
    const children: ExtractedRecord[] = [];
    const partPaths = inlinePartPaths(item.inlineFiles);
    for (const [index, file] of item.inlineFiles.entries()) {
      const partPath = partPaths[index];
      if (file.content === null || partPath === null || partPath === undefined) {
        yield { type: 'problem', severity: 'error', locator: item.locator, message: `"${file.name}" is named in the export but its data could not be read` };
        continue;
      }
      children.push(fileChild({ name: file.name, mimeType: file.mimeType, bytes: file.content }, item.locator, partPath));
    }
    if (stream.media !== null) {
      for (const name of item.attachments) {
        const found = await stream.media(name);
        if (found === null) {
          yield { type: 'problem', severity: 'warning', locator: item.locator, message: `The message names "${name}", which the export does not hold` };
        } else if ('missing' in found) {
          yield { type: 'problem', severity: 'error', locator: item.locator, message: found.missing };
        } else {
          children.push(fileChild(found, item.locator, String(children.length + 1)));
        }
      }
    }
    yield {
      type: 'record',
      record: chatItemToRecord(item, { platform: stream.platform, sequence, occurrences, fallbackConversation: stream.fallbackConversation, children }),
    };
    sequence += 1;
  }
  return sequence;
}
