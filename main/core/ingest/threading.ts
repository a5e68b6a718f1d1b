/**
 * Threads across the whole case. A reply joins its parent's thread when the parent is anywhere in
 * the collection (by In-Reply-To, else the last of References); replies whose parent is absent
 * still join each other through the oldest message they all cite. Messages without reply
 * headers fall back to their subject: "Re: Budget" joins "Budget".
 *
 * A reply whose parent is in no source of the case is marked `missing`: the gap register reads it.
 * Pure: rows in, assignments out (only the rows whose placement changed). People are asked for
 * only for the messages that need the subject fallback (`needsParticipants`), to keep the pass
 * small at half a million records.
 */
import { sha256Hex } from '../util/hash.js';
import type { ThreadAssignment, ThreadingRow } from '../index/record-index.js';
import type { ThreadBasis, ThreadParent } from '../../../shared/model/record.js';

class UnionFind {
  private readonly parent: number[];

  constructor(size: number) {
    this.parent = Array.from({ length: size }, (_, index) => index);
  }

  find(item: number): number {
    let root = item;
    while (this.parent[root] !== root) {
      root = this.parent[root] ?? root;
    }
    // Path compression keeps later finds near-constant.
    let node = item;
    while (this.parent[node] !== root) {
      const next = this.parent[node] ?? root;
      this.parent[node] = root;
      node = next;
    }
    return root;
  }

  union(a: number, b: number): void {
    const rootA = this.find(a);
    const rootB = this.find(b);
    if (rootA !== rootB) {
      this.parent[Math.max(rootA, rootB)] = Math.min(rootA, rootB);
    }
  }
}

type Placement = { parent: ThreadParent; basis: ThreadBasis };

/** Messages without reply headers, grouped by subject key, in groups that hold a "Re:". */
function subjectGroups(rows: readonly ThreadingRow[]): number[][] {
  const bySubject = new Map<string, number[]>();
  rows.forEach((row, index) => {
    if (row.inReplyTo !== '' || row.references.length > 0 || row.subjectKey === '') {
      return;
    }
    const list = bySubject.get(row.subjectKey);
    if (list) {
      list.push(index);
    } else {
      bySubject.set(row.subjectKey, [index]);
    }
  });
  return [...bySubject.values()].filter((members) => members.some((index) => rows[index]?.replyBySubject === true));
}

/** The rows whose people the subject fallback compares. */
export function needsParticipants(rows: readonly ThreadingRow[]): number[] {
  return subjectGroups(rows).flatMap((members) => members.map((index) => rows[index]?.rowid ?? 0));
}

/** People are compared for equality only: addresses, or the numbers the index gives them. */
type People = ReadonlyMap<number, ReadonlyArray<string | number>>;

const NO_PLACEMENT: Placement = { parent: 'none', basis: 'none' };
const PRESENT_BY_HEADERS: Placement = { parent: 'present', basis: 'headers' };
const MISSING_BY_HEADERS: Placement = { parent: 'missing', basis: 'headers' };
const PRESENT_BY_SUBJECT: Placement = { parent: 'present', basis: 'subject' };
const MISSING_BY_SUBJECT: Placement = { parent: 'missing', basis: 'subject' };

export function assignThreads(rows: readonly ThreadingRow[], participants: People = new Map()): ThreadAssignment[] {
  const byMessageId = new Map<string, number>();
  rows.forEach((row, index) => {
    for (const messageId of row.messageIds) {
      if (!byMessageId.has(messageId)) {
        byMessageId.set(messageId, index);
      }
    }
  });
  const groups = new UnionFind(rows.length);
  const placements: Placement[] = rows.map(() => NO_PLACEMENT);
  // Absent messages cited as the root of a conversation: replies citing the same one belong together.
  const firstByCitedRoot = new Map<string, number>();

  rows.forEach((row, index) => {
    const parentId = row.inReplyTo !== '' ? row.inReplyTo : row.references[row.references.length - 1] ?? '';
    if (parentId !== '') {
      const parent = byMessageId.get(parentId);
      if (parent !== undefined && parent !== index) {
        groups.union(index, parent);
        placements[index] = PRESENT_BY_HEADERS;
      } else {
        placements[index] = MISSING_BY_HEADERS;
      }
      for (const cited of new Set([...row.references, parentId])) {
        const present = byMessageId.get(cited);
        if (present !== undefined) {
          groups.union(index, present);
          continue;
        }
        const earlier = firstByCitedRoot.get(cited);
        if (earlier === undefined) {
          firstByCitedRoot.set(cited, index);
        } else {
          groups.union(index, earlier);
        }
      }
    }
  });

  // Subject fallback, only for messages without reply headers: a "Re:" joins the messages of
  // its subject that share a person with it, never every message that happens to share a subject.
  const peopleOf = (index: number) => participants.get(rows[index]?.rowid ?? 0) ?? [];
  for (const members of subjectGroups(rows)) {
    const byPerson = new Map<string | number, number[]>();
    for (const index of members) {
      for (const person of peopleOf(index)) {
        const list = byPerson.get(person);
        if (list) {
          list.push(index);
        } else {
          byPerson.set(person, [index]);
        }
      }
    }
    for (const index of members) {
      const row = rows[index];
      if (row === undefined || !row.replyBySubject) {
        continue;
      }
      const related = new Set(peopleOf(index).flatMap((person) => byPerson.get(person) ?? []));
      related.delete(index);
      let parentFound = false;
      for (const other of related) {
        groups.union(index, other);
        const otherRow = rows[other];
        if (otherRow !== undefined && couldAnswer(otherRow, row)) {
          parentFound = true;
        }
      }
      placements[index] = parentFound ? PRESENT_BY_SUBJECT : MISSING_BY_SUBJECT;
    }
  }

  // A thread is named after its smallest record id: stable whatever order records arrived in.
  const smallestId = new Map<number, string>();
  rows.forEach((row, index) => {
    const root = groups.find(index);
    const current = smallestId.get(root);
    if (current === undefined || row.id < current) {
      smallestId.set(root, row.id);
    }
  });
  const assignments: ThreadAssignment[] = [];
  rows.forEach((row, index) => {
    const threadId = `t_${sha256Hex(smallestId.get(groups.find(index)) ?? row.id).slice(0, 24)}`;
    const placement = placements[index] ?? NO_PLACEMENT;
    if (row.threadId !== threadId || row.threadParent !== placement.parent || row.threadBasis !== placement.basis) {
      assignments.push({ rowid: row.rowid, threadId, threadParent: placement.parent, threadBasis: placement.basis });
    }
  });
  return assignments;
}

/**
 * Whether `candidate` can be the message `reply` answers, by subject alone: an original of the
 * subject sent no later, or an earlier reply. Without dates only an original qualifies.
 */
function couldAnswer(candidate: ThreadingRow, reply: ThreadingRow): boolean {
  if (candidate.dateUtc === null || reply.dateUtc === null) {
    return !candidate.replyBySubject;
  }
  return candidate.replyBySubject ? candidate.dateUtc < reply.dateUtc : candidate.dateUtc <= reply.dateUtc;
}
