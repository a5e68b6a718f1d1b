/**
 * What the viewer shows about a record's family beyond the record itself: the parent's title
 * (for the "Attached to" link) and each child's file name, type and size. Summaries do not carry
 * those, so they are read with `records.get`, after the record is on screen: the family is
 * context, and the officer can start reading before it arrives.
 */
import type { Client } from '../../shared/ipc/client.js';
import type { RecordDetail, RecordKind } from '../../shared/model/record.js';

/** Beyond this many children the list shows titles only: a message with hundreds of parts must not mean hundreds of reads. */
export const MAX_CHILD_DETAILS = 30;

export type ChildFacts = { filename: string; mimeType: string; sizeBytes: number };

export type RecordFamily = {
  /** The record these facts belong to, so a late answer is never shown under another record. */
  recordId: string;
  parent: { id: string; kind: RecordKind; title: string } | null;
  /** By child id; a child whose read failed is simply absent. */
  children: Readonly<Record<string, ChildFacts>>;
};

export async function loadRecordFamily(client: Client, record: Pick<RecordDetail, 'id' | 'parentId' | 'children'>): Promise<RecordFamily> {
  const parentRead = record.parentId === null ? Promise.resolve(null) : client.call('records.get', { recordId: record.parentId });
  const childReads = record.children.slice(0, MAX_CHILD_DETAILS).map((child) => client.call('records.get', { recordId: child.id }));
  const [parent, ...children] = await Promise.allSettled([parentRead, ...childReads]);

  const facts: Record<string, ChildFacts> = {};
  for (const settled of children) {
    if (settled.status === 'fulfilled' && settled.value !== null) {
      const { id, filename, mimeType, sizeBytes } = settled.value;
      facts[id] = { filename, mimeType, sizeBytes };
    }
  }
  const parentDetail = parent.status === 'fulfilled' ? parent.value : null;
  return {
    recordId: record.id,
    parent: parentDetail ? { id: parentDetail.id, kind: parentDetail.kind, title: parentDetail.title } : null,
    children: facts,
  };
}
