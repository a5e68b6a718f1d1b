/**
 * One conversation as several exports hold it. Each export's copy of a chat is its own
 * conversation in the index (chat.ts explains why), but two custodians' exports of one group
 * share their messages, and a message found in both is one record with a copy in each. Joining
 * conversation copies that share a record gives the conversation as it was held across the case.
 */
import type { GapInput, GapRecord } from './detector-input.js';
import { DisjointSets } from './disjoint-sets.js';

export type ConversationGroup = {
  /** The smallest conversation key in the group: stable over re-runs on the same records. */
  id: string;
  /** Every export's conversation key in the group. */
  keys: string[];
  /** The group's chat records (messages and events), each once. */
  records: GapRecord[];
};

/** The conversation keys a record was found under, each once. */
export function conversationKeysOf(record: GapRecord): string[] {
  const keys = new Set(record.copies.map((copy) => copy.conversationKey).filter((key) => key !== ''));
  if (keys.size === 0 && record.conversationKey !== '') {
    keys.add(record.conversationKey);
  }
  return [...keys];
}

/** Groups the case's chat records by conversation, joining exports that share a message. */
export function conversationGroups(input: GapInput): ConversationGroup[] {
  const sets = new DisjointSets();
  const chats = input.records.filter((record) => record.kind === 'chat-message' && record.parentId === null);
  for (const conversation of input.conversations) {
    sets.add(conversation.key);
  }
  for (const record of chats) {
    const [first, ...rest] = conversationKeysOf(record);
    if (first === undefined) {
      continue;
    }
    sets.add(first);
    for (const key of rest) {
      sets.union(first, key);
    }
  }
  const groups = new Map<string, ConversationGroup>();
  for (const [root, keys] of sets.groups()) {
    groups.set(root, { id: root, keys, records: [] });
  }
  for (const record of chats) {
    const [first] = conversationKeysOf(record);
    if (first !== undefined) {
      groups.get(sets.find(first))?.records.push(record);
    }
  }
  return [...groups.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
