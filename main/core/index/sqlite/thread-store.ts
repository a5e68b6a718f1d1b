/**
 * What the threading pass reads from the index and writes back. The algorithm itself is pure
 * and lives with ingest (`ingest/threading.ts`); this file only moves rows.
 *
 * Memory matters here: the pass reads every email of the case. It reads them into columns, keeps
 * only the root and the parent of References, maps every copy's Message-ID straight to its email,
 * and reads people and dates only for the messages that need the subject fallback.
 */
import type { Database } from 'better-sqlite3';
import type { ThreadBasis, ThreadParent } from '../../../../shared/model/record.js';
import type { SubjectFacts, ThreadAssignment, ThreadingTable } from '../record-index.js';

type RecordRow = [
  rowid: number,
  id: string,
  inReplyTo: string,
  referencesJson: string,
  subjectKey: string,
  replyBySubject: number,
  threadId: string | null,
  threadParent: ThreadParent,
  threadBasis: ThreadBasis,
];

const EMAILS = "kind = 'email' AND parent_id IS NULL";
const ADDRESS = /[^\s<>,;"()]+@[^\s<>,;"()]+/g;
// One string per value, not one per row, for the few values these columns take.
const PARENTS: Record<string, ThreadParent> = { none: 'none', present: 'present', missing: 'missing' };
const BASES: Record<string, ThreadBasis> = { none: 'none', headers: 'headers', subject: 'subject' };

/** The index of `rowid` in ascending `rowids`, or -1. */
function indexOf(rowids: Float64Array, rowid: number): number {
  let low = 0;
  let high = rowids.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const value = rowids[middle] ?? 0;
    if (value === rowid) {
      return middle;
    }
    if (value < rowid) {
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return -1;
}

export function readThreadingTable(db: Database): ThreadingTable {
  const count = (db.prepare(`SELECT count(*) FROM records WHERE ${EMAILS}`).pluck().get() as number) ?? 0;
  const table: ThreadingTable = {
    rowids: new Float64Array(count),
    ids: new Array<string>(count),
    byMessageId: new Map(),
    parentIds: new Array<string>(count),
    rootIds: new Array<string>(count),
    subjectKeys: new Array<string>(count),
    replyBySubject: new Uint8Array(count),
    threadIds: new Array<string | null>(count),
    threadParents: new Array<ThreadParent>(count),
    threadBases: new Array<ThreadBasis>(count),
  };
  const records = db
    .prepare(
      `SELECT rowid, id, in_reply_to, references_json, subject_key, reply_by_subject, thread_id, thread_parent, thread_basis
       FROM records WHERE ${EMAILS} ORDER BY rowid`,
    )
    .raw();
  let index = 0;
  for (const [rowid, id, inReplyTo, referencesJson, subjectKey, replyBySubject, threadId, threadParent, threadBasis] of records.iterate() as IterableIterator<RecordRow>) {
    if (index >= count) {
      break;
    }
    const references = referencesJson === '[]' ? [] : (JSON.parse(referencesJson) as string[]);
    const parentId = inReplyTo !== '' ? inReplyTo : references[references.length - 1] ?? '';
    table.rowids[index] = rowid;
    table.ids[index] = id;
    table.parentIds[index] = parentId;
    table.rootIds[index] = references[0] ?? '';
    table.subjectKeys[index] = parentId === '' ? subjectKey : '';
    table.replyBySubject[index] = replyBySubject;
    table.threadIds[index] = threadId;
    table.threadParents[index] = PARENTS[threadParent] ?? 'none';
    table.threadBases[index] = BASES[threadBasis] ?? 'none';
    index += 1;
  }
  // Copies of one message can carry different Message-IDs: a reply may cite any of them.
  const copies = db
    .prepare(
      `SELECT r.rowid, l.message_id FROM record_locations l JOIN records r ON r.id = l.record_id
       WHERE l.message_id != '' AND r.kind = 'email' AND r.parent_id IS NULL`,
    )
    .raw();
  for (const [rowid, messageId] of copies.iterate() as IterableIterator<[number, string]>) {
    const at = indexOf(table.rowids, rowid);
    if (at >= 0 && !table.byMessageId.has(messageId)) {
      table.byMessageId.set(messageId, at);
    }
  }
  return table;
}

/**
 * Who each of the given emails involves, as small numbers (one per distinct address, lower
 * case), and when it was sent. Numbers, because threading only compares people, and a mailing
 * list's hundred addresses on every message would otherwise be held as strings per message.
 */
export function readSubjectFacts(db: Database, rowids: readonly number[]): Map<number, SubjectFacts> {
  const select = db
    .prepare(
      `SELECT sender, foia_participants_text(foia_unpack(to_json)) || ', ' || foia_participants_text(foia_unpack(cc_json)) || ', '
         || foia_participants_text(foia_unpack(bcc_json)), date_utc
       FROM records WHERE rowid = ?`,
    )
    .raw();
  const numberOf = new Map<string, number>();
  const facts = new Map<number, SubjectFacts>();
  for (const rowid of rowids) {
    const row = select.get(rowid) as [string, string, string | null] | undefined;
    if (row === undefined) {
      continue;
    }
    const addresses = new Set((`${row[0]}, ${row[1]}`.match(ADDRESS) ?? []).map((address) => address.toLowerCase()));
    const people = [...addresses].map((address) => {
      let number = numberOf.get(address);
      if (number === undefined) {
        number = numberOf.size;
        numberOf.set(address, number);
      }
      return number;
    });
    facts.set(rowid, { people, dateUtc: row[2] });
  }
  return facts;
}

export function writeThreadAssignments(db: Database, assignments: readonly ThreadAssignment[]): void {
  const update = db.prepare('UPDATE records SET thread_id = ?, thread_parent = ?, thread_basis = ? WHERE rowid = ?');
  db.transaction(() => {
    for (const assignment of assignments) {
      update.run(assignment.threadId, assignment.threadParent, assignment.threadBasis, assignment.rowid);
    }
  })();
}
