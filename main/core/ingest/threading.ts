/**
 * Threads across the whole case. A reply joins its parent's thread when the parent is anywhere in
 * the collection (by In-Reply-To, else the last of References, matched against every copy's
 * Message-ID); replies whose parent is absent still join each other through the messages they
 * cite. Messages without reply headers fall back to their subject: a "Re: Budget" joins the
 * "Budget" messages it shares a person with, never every message that shares the subject.
 *
 * A reply whose parent is in no source of the case is marked `missing`: the gap register reads it.
 *
 * Pure: a table in, the changed placements out. The table is columns, not an object per email,
 * and people and dates are asked for only for the emails the subject fallback compares
 * (`needsSubjectFacts`): the pass runs over every email of the case after each ingest.
 */
import type { ThreadBasis, ThreadParent } from '../../../shared/model/record.js';
import type { SubjectFacts, ThreadAssignment, ThreadingTable } from '../index/record-index.js';
import { sha256Hex } from '../util/hash.js';

class UnionFind {
  private readonly parent: Int32Array;

  constructor(size: number) {
    this.parent = new Int32Array(size);
    for (let index = 0; index < size; index += 1) {
      this.parent[index] = index;
    }
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

/** Placements, numbered so a Uint8Array holds one per email. */
const PLACEMENTS: ReadonlyArray<{ parent: ThreadParent; basis: ThreadBasis }> = [
  { parent: 'none', basis: 'none' },
  { parent: 'present', basis: 'headers' },
  { parent: 'missing', basis: 'headers' },
  { parent: 'present', basis: 'subject' },
  { parent: 'missing', basis: 'subject' },
];
const [NONE, PRESENT_BY_HEADERS, MISSING_BY_HEADERS, PRESENT_BY_SUBJECT, MISSING_BY_SUBJECT] = [0, 1, 2, 3, 4];

/** Emails without reply headers, grouped by subject key, in the groups that hold a "Re:". */
function subjectGroups(table: ThreadingTable): number[][] {
  const bySubject = new Map<string, number[]>();
  table.subjectKeys.forEach((key, index) => {
    if (key === '') {
      return;
    }
    const list = bySubject.get(key);
    if (list) {
      list.push(index);
    } else {
      bySubject.set(key, [index]);
    }
  });
  return [...bySubject.values()].filter((members) => members.some((index) => table.replyBySubject[index] === 1));
}

/** The rowids whose people and dates the subject fallback compares. */
export function needsSubjectFacts(table: ThreadingTable): number[] {
  return subjectGroups(table).flatMap((members) => members.map((index) => table.rowids[index] ?? 0));
}

/**
 * Whether `candidate` can be the message `reply` answers, by subject alone: an original of the
 * subject sent no later, or an earlier reply. Without dates only an original qualifies.
 */
function couldAnswer(candidateIsReply: boolean, candidateDate: string | null, replyDate: string | null): boolean {
  if (candidateDate === null || replyDate === null) {
    return !candidateIsReply;
  }
  return candidateIsReply ? candidateDate < replyDate : candidateDate <= replyDate;
}

export function assignThreads(table: ThreadingTable, facts: ReadonlyMap<number, SubjectFacts> = new Map()): ThreadAssignment[] {
  const count = table.ids.length;
  const groups = new UnionFind(count);
  const placements = new Uint8Array(count);
  // Messages cited but absent: replies citing the same one belong together.
  const firstCiting = new Map<string, number>();

  for (let index = 0; index < count; index += 1) {
    const parentId = table.parentIds[index] ?? '';
    if (parentId === '') {
      continue;
    }
    const parent = table.byMessageId.get(parentId);
    placements[index] = parent !== undefined && parent !== index ? PRESENT_BY_HEADERS : MISSING_BY_HEADERS;
    const rootId = table.rootIds[index] ?? '';
    for (const cited of rootId === '' || rootId === parentId ? [parentId] : [rootId, parentId]) {
      const present = table.byMessageId.get(cited);
      if (present !== undefined) {
        groups.union(index, present);
        continue;
      }
      const earlier = firstCiting.get(cited);
      if (earlier === undefined) {
        firstCiting.set(cited, index);
      } else {
        groups.union(index, earlier);
      }
    }
  }

  const factsOf = (index: number): SubjectFacts => facts.get(table.rowids[index] ?? 0) ?? { people: [], dateUtc: null };
  for (const members of subjectGroups(table)) {
    const byPerson = new Map<number, number[]>();
    for (const index of members) {
      for (const person of factsOf(index).people) {
        const list = byPerson.get(person);
        if (list) {
          list.push(index);
        } else {
          byPerson.set(person, [index]);
        }
      }
    }
    for (const index of members) {
      if (table.replyBySubject[index] !== 1) {
        continue;
      }
      const reply = factsOf(index);
      const related = new Set(reply.people.flatMap((person) => byPerson.get(person) ?? []));
      related.delete(index);
      let parentFound = false;
      for (const other of related) {
        groups.union(index, other);
        parentFound ||= couldAnswer(table.replyBySubject[other] === 1, factsOf(other).dateUtc, reply.dateUtc);
      }
      placements[index] = parentFound ? PRESENT_BY_SUBJECT : MISSING_BY_SUBJECT;
    }
  }

  // A thread is named after its smallest record id: stable whatever order records arrived in.
  const smallestId = new Map<number, string>();
  for (let index = 0; index < count; index += 1) {
    const root = groups.find(index);
    const id = table.ids[index] ?? '';
    const current = smallestId.get(root);
    if (current === undefined || id < current) {
      smallestId.set(root, id);
    }
  }
  const names = new Map<number, string>();
  const assignments: ThreadAssignment[] = [];
  for (let index = 0; index < count; index += 1) {
    const root = groups.find(index);
    let threadId = names.get(root);
    if (threadId === undefined) {
      threadId = `t_${sha256Hex(smallestId.get(root) ?? '').slice(0, 24)}`;
      names.set(root, threadId);
    }
    const placement = PLACEMENTS[placements[index] ?? NONE] ?? PLACEMENTS[NONE];
    if (placement === undefined) {
      continue;
    }
    if (table.threadIds[index] !== threadId || table.threadParents[index] !== placement.parent || table.threadBases[index] !== placement.basis) {
      assignments.push({ rowid: table.rowids[index] ?? 0, threadId, threadParent: placement.parent, threadBasis: placement.basis });
    }
  }
  return assignments;
}
