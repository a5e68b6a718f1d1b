import { describe, expect, it } from 'vitest';
import type { ThreadingRow } from '../../../../../main/core/index/record-index.js';
import { assignThreads, needsParticipants } from '../../../../../main/core/ingest/threading.js';

let rowid = 0;
/** People per rowid, as the index would answer `participants`. */
const people = new Map<number, string[]>();
function row(id: string, overrides: Partial<ThreadingRow> & { participants?: string[] } = {}): ThreadingRow {
  rowid += 1;
  const { participants = ['a@x', 'b@x'], ...fields } = overrides;
  people.set(rowid, participants);
  return {
    rowid,
    id,
    messageIds: [`<${id}@x>`],
    inReplyTo: '',
    references: [],
    subjectKey: '',
    replyBySubject: false,
    dateUtc: '2021-01-01T00:00:00.000Z',
    threadId: null,
    threadParent: 'none',
    threadBasis: 'none',
    ...fields,
  };
}

function byId(rows: ThreadingRow[]) {
  const wanted = needsParticipants(rows);
  const assignments = assignThreads(rows, new Map(wanted.map((id) => [id, people.get(id) ?? []])));
  return new Map(rows.map((r) => [r.id, assignments.find((a) => a.rowid === r.rowid)]));
}

describe('assignThreads', () => {
  it('joins replies to their parents by In-Reply-To and References, through any copy of the parent', () => {
    const rows = [
      row('r_a', { messageIds: ['<a@x>', '<a-copy@x>'], subjectKey: 'budget' }),
      row('r_b', { inReplyTo: '<a-copy@x>', references: ['<a-copy@x>'] }),
      row('r_c', { references: ['<a@x>', '<b@x>'], messageIds: ['<c@x>'] }),
      row('r_other', { subjectKey: 'other' }),
    ];
    rows[1]!.messageIds = ['<b@x>'];
    const result = byId(rows);
    const thread = result.get('r_a')?.threadId;
    expect(result.get('r_b')).toMatchObject({ threadId: thread, threadParent: 'present', threadBasis: 'headers' });
    expect(result.get('r_c')).toMatchObject({ threadId: thread, threadParent: 'present', threadBasis: 'headers' });
    expect(result.get('r_a')).toMatchObject({ threadParent: 'none' });
    expect(result.get('r_other')?.threadId).not.toBe(thread);
  });

  it('marks a reply whose parent is nowhere in the collection, and keeps its siblings together', () => {
    const rows = [
      row('r_1', { inReplyTo: '<lost@x>', references: ['<lost@x>'] }),
      row('r_2', { inReplyTo: '<lost@x>', references: ['<lost@x>'] }),
    ];
    const result = byId(rows);
    expect(result.get('r_1')).toMatchObject({ threadParent: 'missing', threadBasis: 'headers' });
    expect(result.get('r_2')?.threadId).toBe(result.get('r_1')?.threadId);
  });

  it('falls back to the subject when there are no reply headers', () => {
    const rows = [
      row('r_orig', { subjectKey: 'budget', dateUtc: '2021-01-01T00:00:00.000Z' }),
      row('r_re', { subjectKey: 'budget', replyBySubject: true, dateUtc: '2021-01-02T00:00:00.000Z' }),
      row('r_lonely', { subjectKey: 'meeting', replyBySubject: true }),
      row('r_same_subject_no_reply_1', { subjectKey: 'weekly' }),
      row('r_same_subject_no_reply_2', { subjectKey: 'weekly' }),
    ];
    const result = byId(rows);
    expect(result.get('r_re')).toMatchObject({ threadId: result.get('r_orig')?.threadId, threadParent: 'present', threadBasis: 'subject' });
    expect(result.get('r_lonely')).toMatchObject({ threadParent: 'missing', threadBasis: 'subject' });
    // Two messages that only share a subject, with no reply among them, are not one conversation.
    expect(result.get('r_same_subject_no_reply_1')?.threadId).not.toBe(result.get('r_same_subject_no_reply_2')?.threadId);
  });

  it('asks for people only for messages in a subject group that holds a "Re:" without reply headers', () => {
    const rows = [
      row('r_plain', { subjectKey: 'alone' }),
      row('r_headers', { subjectKey: 'budget', replyBySubject: true, inReplyTo: '<x@x>' }),
      row('r_orig', { subjectKey: 'budget' }),
      row('r_re', { subjectKey: 'budget', replyBySubject: true }),
    ];
    expect(needsParticipants(rows)).toEqual([rows[2]?.rowid, rows[3]?.rowid]);
  });

  it('joins a "Re:" only to messages of its subject between people it shares', () => {
    const rows = [
      row('r_ours', { subjectKey: 'meeting', participants: ['a@x', 'b@x'], dateUtc: '2021-01-01T00:00:00.000Z' }),
      row('r_theirs', { subjectKey: 'meeting', participants: ['c@y', 'd@y'], dateUtc: '2021-01-01T00:00:00.000Z' }),
      row('r_reply', { subjectKey: 'meeting', replyBySubject: true, participants: ['b@x', 'a@x'], dateUtc: '2021-01-02T00:00:00.000Z' }),
      row('r_stranger', { subjectKey: 'meeting', replyBySubject: true, participants: ['e@z'], dateUtc: '2021-01-03T00:00:00.000Z' }),
    ];
    const result = byId(rows);
    expect(result.get('r_reply')).toMatchObject({ threadId: result.get('r_ours')?.threadId, threadParent: 'present' });
    expect(result.get('r_theirs')?.threadId).not.toBe(result.get('r_ours')?.threadId);
    // A reply between people no other message of the subject involves: its parent is missing.
    expect(result.get('r_stranger')).toMatchObject({ threadParent: 'missing', threadBasis: 'subject' });
    expect(result.get('r_stranger')?.threadId).not.toBe(result.get('r_ours')?.threadId);
  });

  it('names threads the same whatever order the records come in, and reports only changes', () => {
    const rows = [row('r_x', { subjectKey: 's' }), row('r_y', { subjectKey: 's', replyBySubject: true })];
    const all = new Map(rows.map((r) => [r.rowid, people.get(r.rowid) ?? []]));
    const forward = assignThreads(rows, all);
    const backward = assignThreads([...rows].reverse(), all);
    expect(new Set(forward.map((a) => a.threadId))).toEqual(new Set(backward.map((a) => a.threadId)));
    const settled = rows.map((r) => {
      const a = forward.find((entry) => entry.rowid === r.rowid);
      return { ...r, threadId: a?.threadId ?? null, threadParent: a?.threadParent ?? 'none', threadBasis: a?.threadBasis ?? 'none' };
    });
    expect(assignThreads(settled, all)).toEqual([]);
  });
});
