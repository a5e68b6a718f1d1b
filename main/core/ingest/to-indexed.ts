/**
 * Gives an extracted record family its ids and its place: the top record's id from its identity,
 * each child's from its parent's id and part, every one of them tied to the copy just found.
 * Pure: the same family found at the same place always gives the same rows.
 */
import { createHash } from 'node:crypto';
import type { IndexedRecord } from '../index/record-index.js';
import type { ExtractedChat, ExtractedRecord } from './adapter.js';
import { childRecordId, recordIdFromIdentity } from './ids.js';

export type CopyPlace = {
  sourceId: string;
  custodian: string;
  /** Path of the file inside the source. */
  path: string;
};

/** The family as index rows, parent before children. */
export function toIndexedFamily(top: ExtractedRecord, place: CopyPlace): IndexedRecord[] {
  const rows: IndexedRecord[] = [];
  const topId = recordIdFromIdentity(top.identity);
  const visit = (record: ExtractedRecord, id: string, parentId: string | null) => {
    const { identity: _identity, locator, itemSha256, folder, labels, children, chat, content: _content, ...fields } = record;
    rows.push({
      ...fields,
      chat: chat === null ? null : chatFacts(chat, place),
      id,
      parentId,
      familyId: topId,
      childCount: children.length,
      fileSha256: itemSha256,
      location: {
        sourceId: place.sourceId,
        custodian: place.custodian,
        path: place.path,
        locator,
        folder: folder ?? '',
        labels,
        itemSha256,
        messageId: record.messageId,
      },
    });
    for (const child of children) {
      visit(child, childRecordId(id, child.partPath), id);
    }
  };
  visit(top, topId, null);
  return rows;
}

/**
 * A conversation belongs to the export it was found in: its key joins the source, the file and
 * the export's own name or id for it, so two custodians' copies of one group stay two transcripts.
 */
export function conversationKeyOf(place: CopyPlace, conversation: string): string {
  return `cv-${createHash('sha256').update(`${place.sourceId}\0${place.path}\0${conversation}`).digest('hex').slice(0, 24)}`;
}

function chatFacts(chat: ExtractedChat, place: CopyPlace): NonNullable<IndexedRecord['chat']> {
  return {
    platform: chat.platform,
    conversationTitle: chat.conversationTitle,
    conversationKey: conversationKeyOf(place, chat.conversation),
    day: chat.day,
    event: chat.event,
    sequence: chat.sequence,
  };
}
