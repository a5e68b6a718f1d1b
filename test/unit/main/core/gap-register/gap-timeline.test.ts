import { describe, expect, it } from 'vitest';
import type { GapCopy, GapRecord } from '../../../../../main/core/gaps/detector-input.js';
import { dailyVolume } from '../../../../../main/core/gap-register/gap-timeline.js';

function copy(custodian: string, sourceChannel: GapCopy['sourceChannel']): GapCopy {
  return { sourceId: `s_${custodian}`, custodian, sourceChannel, path: 'x', folder: '', conversationKey: '', messageId: '' };
}

function message(id: string, day: string, copies: GapCopy[], overrides: Partial<GapRecord> = {}): GapRecord {
  return {
    id,
    kind: 'email',
    parentId: null,
    familyId: id,
    copies,
    platform: null,
    conversationKey: '',
    conversationTitle: '',
    day,
    dateUtc: day === '' ? null : `${day}T12:00:00Z`,
    dateLocal: null,
    from: null,
    to: [],
    cc: [],
    bcc: [],
    messageId: '',
    inReplyTo: '',
    references: [],
    subject: '',
    body: '',
    contentSha256: id,
    event: null,
    threadId: null,
    ...overrides,
  };
}

describe('dailyVolume', () => {
  it('counts each custodian’s messages per channel and day, a shared message on both rows', () => {
    const ana = copy('Ana', 'official-email');
    const ben = copy('Ben', 'official-email');
    const volume = dailyVolume([
      message('r_1', '2021-03-01', [ana, ben]),
      message('r_2', '2021-03-01', [ana, { ...ana, path: 'copy' }]),
      message('r_3', '2021-03-04', [ana]),
      message('r_4', '2021-03-02', [copy('Ana', 'personal-chat')], { kind: 'chat-message', platform: 'whatsapp' }),
    ]);
    expect(volume).toEqual({
      firstDay: '2021-03-01',
      lastDay: '2021-03-04',
      rows: [
        { custodian: 'Ana', channel: 'official-email', counts: [['2021-03-01', 2], ['2021-03-04', 1]], total: 3 },
        { custodian: 'Ana', channel: 'whatsapp', counts: [['2021-03-02', 1]], total: 1 },
        { custodian: 'Ben', channel: 'official-email', counts: [['2021-03-01', 1]], total: 1 },
      ],
    });
  });

  it('leaves out attachments, documents, system events and undated messages', () => {
    const ana = copy('Ana', 'official-email');
    const volume = dailyVolume([
      message('r_1', '2021-03-01', [ana], { kind: 'attachment', parentId: 'r_0' }),
      message('r_2', '2021-03-01', [copy('Ana', 'documents')], { kind: 'document' }),
      message('r_3', '2021-03-01', [ana], { kind: 'chat-message', platform: 'whatsapp', event: { kind: 'disappearing-on', durationSeconds: 604800, subjects: [] } }),
      message('r_4', '', [ana]),
    ]);
    expect(volume).toEqual({ rows: [], firstDay: null, lastDay: null });
  });
});
