/**
 * What the threading pass reads from the index and writes back. The algorithm itself is pure
 * and lives with ingest (`ingest/threading.ts`); this file only moves rows.
 *
 * Memory matters here: the pass reads every email of the case. Rows carry only what threading
 * needs (the root and parent of References, not the whole list), copies' Message-IDs are
 * gathered by SQL rather than in a map, and people are read only for the few messages that need
 * the subject fallback.
 */
import type { Database } from 'better-sqlite3';
import type { ThreadAssignment, ThreadingRow } from '../record-index.js';

type Row = [
  rowid: number,
  id: string,
  messageIds: string | null,
  inReplyTo: string,
  referencesJson: string,
  subjectKey: string,
  replyBySubject: number,
  dateUtc: string | null,
  threadId: string | null,
  threadParent: ThreadingRow['threadParent'],
  threadBasis: ThreadingRow['threadBasis'],
];

const ADDRESS = /[^\s<>,;"()]+@[^\s<>,;"()]+/g;

/** The addresses in the index's formatted sender and recipient columns ("Name <a@b>, c@d"). */
function addressesIn(text: string): string[] {
  return [...new Set((text.match(ADDRESS) ?? []).map((address) => address.toLowerCase()))];
}

/** The oldest and the newest cited message: all that threading reads of References. */
function rootAndParent(referencesJson: string): string[] {
  if (referencesJson === '[]') {
    return [];
  }
  const references = JSON.parse(referencesJson) as string[];
  return references.length <= 2 ? references : [references[0] ?? '', references[references.length - 1] ?? ''];
}

export function readThreadingRows(db: Database): ThreadingRow[] {
  // Copies of one message can carry different Message-IDs: a reply may cite any of them.
  const statement = db
    .prepare(
      `SELECT r.rowid, r.id,
         (SELECT group_concat(message_id, char(10)) FROM
           (SELECT DISTINCT message_id FROM record_locations WHERE record_id = r.id AND message_id != '')),
         r.in_reply_to, r.references_json, r.subject_key, r.reply_by_subject, r.date_utc,
         r.thread_id, r.thread_parent, r.thread_basis
       FROM records r WHERE r.kind = 'email' AND r.parent_id IS NULL ORDER BY r.rowid`,
    )
    .raw();
  const rows: ThreadingRow[] = [];
  for (const row of statement.iterate() as IterableIterator<Row>) {
    const [rowid, id, messageIds, inReplyTo, referencesJson, subjectKey, replyBySubject, dateUtc, threadId, threadParent, threadBasis] = row;
    rows.push({
      rowid,
      id,
      messageIds: messageIds === null ? [] : messageIds.split('\n'),
      inReplyTo,
      references: rootAndParent(referencesJson),
      subjectKey,
      replyBySubject: replyBySubject === 1,
      dateUtc,
      threadId,
      threadParent,
      threadBasis,
    });
  }
  return rows;
}

/**
 * Who each of the given rows involves, as small numbers: one per distinct address (lower case).
 * Numbers, because threading only compares people, and a mailing list's hundred addresses
 * repeated on every message would otherwise be held as strings once per message.
 */
export function readParticipants(db: Database, rowids: readonly number[]): Map<number, number[]> {
  const select = db.prepare('SELECT sender, recipients FROM records WHERE rowid = ?').raw();
  const numberOf = new Map<string, number>();
  const participants = new Map<number, number[]>();
  for (const rowid of rowids) {
    const row = select.get(rowid) as [string, string] | undefined;
    if (row !== undefined) {
      participants.set(
        rowid,
        addressesIn(`${row[0]}, ${row[1]}`).map((address) => {
          let number = numberOf.get(address);
          if (number === undefined) {
            number = numberOf.size;
            numberOf.set(address, number);
          }
          return number;
        }),
      );
    }
  }
  return participants;
}

export function writeThreadAssignments(db: Database, assignments: readonly ThreadAssignment[]): void {
  const update = db.prepare('UPDATE records SET thread_id = ?, thread_parent = ?, thread_basis = ? WHERE rowid = ?');
  db.transaction(() => {
    for (const assignment of assignments) {
      update.run(assignment.threadId, assignment.threadParent, assignment.threadBasis, assignment.rowid);
    }
  })();
}
