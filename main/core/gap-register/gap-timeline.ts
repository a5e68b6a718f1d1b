/**
 * The timeline's rows: per custodian and channel, the messages of each day. A message found in
 * two custodians' collections counts on both rows (each holds it); two copies in one custodian's
 * collection count once. Attachments, documents and chat system events are not messages.
 */
import type { GapChannel, GapTimelineRow } from '../../../shared/model/gap.js';
import { isMessage } from '../gaps/detector-input.js';
import type { GapCopy, GapRecord } from '../gaps/detector-input.js';
import { gapChannelOf } from '../gaps/gap-channel.js';

export type DailyVolume = { rows: GapTimelineRow[]; firstDay: string | null; lastDay: string | null };

/** What the count reads of a record: a GapRecord has it, and so does a row of `RecordIndex.messageDays`. */
export type CountedRecord = Pick<GapRecord, 'kind' | 'parentId' | 'event' | 'day' | 'platform'> & { copies: ReadonlyArray<Pick<GapCopy, 'custodian' | 'sourceChannel'>> };

export function dailyVolume(records: Iterable<CountedRecord>): DailyVolume {
  const rows = new Map<string, { custodian: string; channel: GapChannel; days: Map<string, number> }>();
  let firstDay = null as string | null;
  let lastDay = null as string | null;
  for (const record of records) {
    if (!isMessage(record) || record.day === '') {
      continue;
    }
    const seen = new Set<string>();
    for (const copy of record.copies) {
      const channel = gapChannelOf(copy.sourceChannel, record.platform);
      const key = `${copy.custodian}\u0000${channel}`;
      if (channel === null || seen.has(key)) {
        continue;
      }
      seen.add(key);
      const row = rows.get(key) ?? { custodian: copy.custodian, channel, days: new Map<string, number>() };
      rows.set(key, row);
      row.days.set(record.day, (row.days.get(record.day) ?? 0) + 1);
    }
    firstDay = firstDay === null || record.day < firstDay ? record.day : firstDay;
    lastDay = lastDay === null || record.day > lastDay ? record.day : lastDay;
  }
  const sorted = [...rows.values()]
    .map((row) => {
      const counts = [...row.days.entries()].sort(([a], [b]) => (a < b ? -1 : 1));
      return { custodian: row.custodian, channel: row.channel, counts, total: counts.reduce((sum, [, count]) => sum + count, 0) };
    })
    .sort((a, b) => a.custodian.localeCompare(b.custodian) || a.channel.localeCompare(b.channel));
  return { rows: sorted, firstDay, lastDay };
}
