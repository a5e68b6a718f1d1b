import { describe, expect, it } from 'vitest';
import type { SubjectFacts, ThreadAssignment, ThreadingTable } from '../../../../../main/core/index/record-index.js';
import { assignThreads, needsSubjectFacts } from '../../../../../main/core/ingest/threading.js';
import type { ThreadBasis, ThreadParent } from '../../../../../shared/model/record.js';

/** One email as a test writes it; `table` turns a list of them into the index's columns. */
type Email = {
  id: string;
  messageIds?: string[];
  inReplyTo?: string;
  references?: string[];
  subjectKey?: string;
  replyBySubject?: boolean;
  people?: string[];
  dateUtc?: string | null;
  threadId?: string | null;
  threadParent?: ThreadParent;
  threadBasis?: ThreadBasis;
};

function table(emails: Email[]): { table: ThreadingTable; facts: Map<number, SubjectFacts> } {
  const numbers = new Map<string, number>();
  const facts = new Map<number, SubjectFacts>();
  const result: ThreadingTable = {
    rowids: new Float64Array(emails.length),
    ids: [],
    byMessageId: new Map(),
    parentIds: [],
    rootIds: [],
    subjectKeys: [],
    replyBySubject: new Uint8Array(emails.length),
    threadIds: [],
    threadParents: [],
    threadBases: [],
  };
  emails.forEach((email, index) => {
    const references = email.references ?? [];
    const parentId = email.inReplyTo ?? references[references.length - 1] ?? '';
    result.rowids[index] = index + 1;
    result.ids.push(email.id);
    for (const messageId of email.messageIds ?? [`<${email.id}@x>`]) {
      if (!result.byMessageId.has(messageId)) {
        result.byMessageId.set(messageId, index);
      }
    }
    result.parentIds.push(parentId);
    result.rootIds.push(references[0] ?? '');
    result.subjectKeys.push(parentId === '' ? (email.subjectKey ?? '') : '');
    result.replyBySubject[index] = email.replyBySubject === true ? 1 : 0;
    result.threadIds.push(email.threadId ?? null);
    result.threadParents.push(email.threadParent ?? 'none');
    result.threadBases.push(email.threadBasis ?? 'none');
    const people = (email.people ?? ['a@x', 'b@x']).map((person) => {
      const known = numbers.get(person) ?? numbers.size;
      numbers.set(person, known);
      return known;
    });
    facts.set(index + 1, { people, dateUtc: email.dateUtc === undefined ? '2021-01-01T00:00:00.000Z' : email.dateUtc });
  });
  return { table: result, facts };
}

function byId(emails: Email[]): Map<string, ThreadAssignment | undefined> {
  const { table: columns, facts } = table(emails);
  const wanted = new Set(needsSubjectFacts(columns));
  const assignments = assignThreads(columns, new Map([...facts].filter(([rowid]) => wanted.has(rowid))));
  return new Map(emails.map((email, index) => [email.id, assignments.find((a) => a.rowid === index + 1)]));
}

describe('assignThreads', () => {
  it('joins replies to their parents by In-Reply-To and References, through any copy of the parent', () => {
    const result = byId([
      { id: 'r_a', messageIds: ['<a@x>', '<a-copy@x>'], subjectKey: 'budget' },
      { id: 'r_b', messageIds: ['<b@x>'], inReplyTo: '<a-copy@x>', references: ['<a-copy@x>'] },
      { id: 'r_c', messageIds: ['<c@x>'], references: ['<a@x>', '<b@x>'] },
      { id: 'r_other', subjectKey: 'other' },
    ]);
    const thread = result.get('r_a')?.threadId;
    expect(result.get('r_b')).toMatchObject({ threadId: thread, threadParent: 'present', threadBasis: 'headers' });
    expect(result.get('r_c')).toMatchObject({ threadId: thread, threadParent: 'present', threadBasis: 'headers' });
    expect(result.get('r_a')).toMatchObject({ threadParent: 'none' });
    expect(result.get('r_other')?.threadId).not.toBe(thread);
  });

  it('marks a reply whose parent is nowhere in the collection, and keeps its siblings together', () => {
    const result = byId([
      { id: 'r_1', inReplyTo: '<lost@x>', references: ['<lost@x>'] },
      { id: 'r_2', inReplyTo: '<lost@x>', references: ['<lost@x>'] },
    ]);
    expect(result.get('r_1')).toMatchObject({ threadParent: 'missing', threadBasis: 'headers' });
    expect(result.get('r_2')?.threadId).toBe(result.get('r_1')?.threadId);
  });

  it('falls back to the subject when there are no reply headers', () => {
    const result = byId([
      { id: 'r_orig', subjectKey: 'budget', dateUtc: '2021-01-01T00:00:00.000Z' },
      { id: 'r_re', subjectKey: 'budget', replyBySubject: true, dateUtc: '2021-01-02T00:00:00.000Z' },
      { id: 'r_lonely', subjectKey: 'meeting', replyBySubject: true },
      { id: 'r_same_subject_no_reply_1', subjectKey: 'weekly' },
      { id: 'r_same_subject_no_reply_2', subjectKey: 'weekly' },
    ]);
    expect(result.get('r_re')).toMatchObject({ threadId: result.get('r_orig')?.threadId, threadParent: 'present', threadBasis: 'subject' });
    expect(result.get('r_lonely')).toMatchObject({ threadParent: 'missing', threadBasis: 'subject' });
    // Two messages that only share a subject, with no reply among them, are not one conversation.
    expect(result.get('r_same_subject_no_reply_1')?.threadId).not.toBe(result.get('r_same_subject_no_reply_2')?.threadId);
  });

  it('asks for people and dates only for messages in a subject group that holds a "Re:" without reply headers', () => {
    const { table: columns } = table([
      { id: 'r_plain', subjectKey: 'alone' },
      { id: 'r_headers', subjectKey: 'budget', replyBySubject: true, inReplyTo: '<x@x>' },
      { id: 'r_orig', subjectKey: 'budget' },
      { id: 'r_re', subjectKey: 'budget', replyBySubject: true },
    ]);
    expect(needsSubjectFacts(columns)).toEqual([3, 4]);
  });

  it('joins a "Re:" only to messages of its subject between people it shares', () => {
    const result = byId([
      { id: 'r_ours', subjectKey: 'meeting', people: ['a@x', 'b@x'], dateUtc: '2021-01-01T00:00:00.000Z' },
      { id: 'r_theirs', subjectKey: 'meeting', people: ['c@y', 'd@y'], dateUtc: '2021-01-01T00:00:00.000Z' },
      { id: 'r_reply', subjectKey: 'meeting', replyBySubject: true, people: ['b@x', 'a@x'], dateUtc: '2021-01-02T00:00:00.000Z' },
      { id: 'r_stranger', subjectKey: 'meeting', replyBySubject: true, people: ['e@z'], dateUtc: '2021-01-03T00:00:00.000Z' },
    ]);
    expect(result.get('r_reply')).toMatchObject({ threadId: result.get('r_ours')?.threadId, threadParent: 'present' });
    expect(result.get('r_theirs')?.threadId).not.toBe(result.get('r_ours')?.threadId);
    // A reply between people no other message of the subject involves: its parent is missing.
    expect(result.get('r_stranger')).toMatchObject({ threadParent: 'missing', threadBasis: 'subject' });
    expect(result.get('r_stranger')?.threadId).not.toBe(result.get('r_ours')?.threadId);
  });

  it('names threads the same whatever order the records come in, and reports only changes', () => {
    const emails: Email[] = [
      { id: 'r_x', subjectKey: 's' },
      { id: 'r_y', subjectKey: 's', replyBySubject: true },
    ];
    const forward = byId(emails);
    const backward = byId([...emails].reverse());
    expect(forward.get('r_x')?.threadId).toBe(backward.get('r_x')?.threadId);
    expect(forward.get('r_y')?.threadId).toBe(forward.get('r_x')?.threadId);
    const settled = emails.map((email): Email => {
      const placed = forward.get(email.id);
      return { ...email, threadId: placed?.threadId ?? null, threadParent: placed?.threadParent ?? 'none', threadBasis: placed?.threadBasis ?? 'none' };
    });
    const { table: columns, facts } = table(settled);
    expect(assignThreads(columns, facts)).toEqual([]);
  });
});
