/**
 * The units a packet is laid out in: a record on its own, or a chat transcript.
 *
 * Chat messages are reviewed by conversation-day (shared/model/chat.ts), and a requester reading
 * one message per page could not follow a conversation. So consecutive items (in packet order)
 * that are released chat messages of the same conversation and day become one transcript: one
 * section of the packet, one line of the index. Each message is still its own record in the
 * plan's entries, with the transcript's Bates range.
 */
import type { PacketItem } from './packet-input.js';

export type PacketUnit = { kind: 'record'; item: PacketItem } | { kind: 'transcript'; items: PacketItem[] };

/** A message that can be printed as a transcript line: released, drawn from its text, with its chat facts. */
function transcriptKey(item: PacketItem): string | null {
  const { record } = item;
  const released = item.decision === 'release-in-full' || item.decision === 'release-in-part';
  if (record.kind !== 'chat-message' || record.chat === null || !released || item.originalPdfPages !== null || (item.scanned ?? null) !== null) {
    return null;
  }
  return `${record.chat.conversationKey}\u0000${record.chat.day}`;
}

/** Groups `ordered` (already in packet order) into units, keeping the order. */
export function groupUnits(ordered: readonly PacketItem[]): PacketUnit[] {
  const units: PacketUnit[] = [];
  let runKey: string | null = null;
  for (const item of ordered) {
    const key = transcriptKey(item);
    const last = units.at(-1);
    if (key !== null && key === runKey && last?.kind === 'transcript') {
      last.items.push(item);
      continue;
    }
    runKey = key;
    units.push(key === null ? { kind: 'record', item } : { kind: 'transcript', items: [item] });
  }
  return units;
}

/** The items of a unit, in order. */
export function unitItems(unit: PacketUnit): PacketItem[] {
  return unit.kind === 'record' ? [unit.item] : unit.items;
}
