/**
 * What the threading pass reads from the index and writes back. The algorithm itself is pure
 * and lives with ingest (`ingest/threading.ts`); this file only moves rows.
 */
import type { Database } from 'better-sqlite3';
import type { ThreadAssignment, ThreadingRow } from '../record-index.js';

type Row = {
  rowid: number;
  id: string;
  message_id: string;
  in_reply_to: string;
  references_json: string;
  subject_key: string;
  reply_by_subject: number;
  sender: string;
  recipients: string;
  date_utc: string | null;
  thread_id: string | null;
  thread_parent: ThreadingRow['threadParent'];
  thread_basis: ThreadingRow['threadBasis'];
};

const ADDRESS = /[^\s<>,;"()]+@[^\s<>,;"()]+/g;

/** The addresses in the index's formatted sender and recipient columns ("Name <a@b>, c@d"). */
function addressesIn(text: string): string[] {
  return [...new Set((text.match(ADDRESS) ?? []).map((address) => address.toLowerCase()))];
}

export function readThreadingRows(db: Database): ThreadingRow[] {
  // Copies of one message can carry different Message-IDs: a reply may cite any of them.
  const idsByRecord = new Map<string, string[]>();
  const locationIds = db
    .prepare("SELECT DISTINCT record_id, message_id FROM record_locations WHERE message_id != ''")
    .raw()
    .iterate() as IterableIterator<[string, string]>;
  for (const [recordId, messageId] of locationIds) {
    const list = idsByRecord.get(recordId);
    if (list) {
      list.push(messageId);
    } else {
      idsByRecord.set(recordId, [messageId]);
    }
  }
  const rows = db
    .prepare(
      `SELECT rowid, id, message_id, in_reply_to, references_json, subject_key, reply_by_subject, sender, recipients, date_utc,
         thread_id, thread_parent, thread_basis
       FROM records WHERE kind = 'email' AND parent_id IS NULL ORDER BY rowid`,
    )
    .all() as Row[];
  return rows.map((row) => {
    const messageIds = idsByRecord.get(row.id) ?? [];
    if (row.message_id !== '' && !messageIds.includes(row.message_id)) {
      messageIds.push(row.message_id);
    }
    return {
      rowid: row.rowid,
      id: row.id,
      messageIds,
      inReplyTo: row.in_reply_to,
      references: JSON.parse(row.references_json) as string[],
      subjectKey: row.subject_key,
      replyBySubject: row.reply_by_subject === 1,
      participants: addressesIn(`${row.sender}, ${row.recipients}`),
      dateUtc: row.date_utc,
      threadId: row.thread_id,
      threadParent: row.thread_parent,
      threadBasis: row.thread_basis,
    };
  });
}

export function writeThreadAssignments(db: Database, assignments: readonly ThreadAssignment[]): void {
  const update = db.prepare('UPDATE records SET thread_id = ?, thread_parent = ?, thread_basis = ? WHERE rowid = ?');
  db.transaction(() => {
    for (const assignment of assignments) {
      update.run(assignment.threadId, assignment.threadParent, assignment.threadBasis, assignment.rowid);
    }
  })();
}
