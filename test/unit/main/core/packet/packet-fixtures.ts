/**
 * Hand-made records and the real packet fonts for the packet tests. The records are small on
 * purpose: each one exercises one thing (a long body, mixed scripts, a missing date).
 */
import { join } from 'node:path';
import type { RecordDetail } from '../../../../../shared/model/record.js';
import type { PacketSpec } from '../../../../../main/core/packet/packet-spec.js';
import { REPO_ROOT } from '../../../../support/corpus.js';

export const FONT_DIR = join(REPO_ROOT, 'resources', 'fonts');

export function makeRecord(overrides: Partial<RecordDetail> & Pick<RecordDetail, 'id'>): RecordDetail {
  return {
    kind: 'email',
    title: 'Untitled',
    from: 'Dana Clerk <dana@city.example>',
    date: '2024-03-05T09:30:00-05:00',
    custodian: 'Dana Clerk',
    custodians: ['Dana Clerk'],
    familyId: overrides.id,
    parentId: null,
    childCount: 0,
    to: [{ name: 'Sam Planner', address: 'sam@city.example' }],
    cc: [],
    bcc: [],
    fromParticipant: { name: 'Dana Clerk', address: 'dana@city.example' },
    dateRaw: 'Tue, 5 Mar 2024 09:30:00 -0500',
    messageId: `<${overrides.id}@city.example>`,
    inReplyTo: '',
    references: [],
    body: '',
    html: '',
    filename: '',
    mimeType: '',
    partPath: '',
    sizeBytes: 1000,
    fileSha256: 'a'.repeat(64),
    contentSha256: 'b'.repeat(64),
    threadId: null,
    threadParent: 'none',
    threadBasis: 'none',
    children: [],
    chat: null,
    document: null,
    locations: [{ sourceId: 'src-1', custodian: 'Dana Clerk', path: 'mail/inbox.mbox', locator: 'offset 0', folder: 'inbox', labels: [], itemSha256: 'a'.repeat(64), messageId: `<${overrides.id}@city.example>` }],
    ...overrides,
  };
}

/** About 140 numbered paragraphs: several pages of body text. */
export function longBody(paragraphs = 140): string {
  const lines: string[] = [];
  for (let i = 1; i <= paragraphs; i += 1) {
    lines.push(`Paragraph ${i}: the committee reviewed the road maintenance budget line by line and asked staff to report back on item ${i}.`);
    if (i % 10 === 0) {
      lines.push('');
    }
  }
  return lines.join('\n');
}

export const MULTILINGUAL_BODY = [
  'Japanese: 東京都庁との打ち合わせは来週の火曜日です。',
  'Chinese: 会议记录已经发送。',
  'Russian: Привет, коллеги! Встреча переносится.',
  'Greek: Καλημέρα σας.',
  'Hebrew: שלום עולם',
  'Arabic: مرحبا بالعالم',
  'Accents: café, naïve, Ünïcödé, Ångström.',
].join('\n');

export function threeRecords(): RecordDetail[] {
  return [
    makeRecord({ id: 'rec-long', title: 'Road maintenance budget review', body: longBody() }),
    makeRecord({
      id: 'rec-doc',
      kind: 'document',
      title: 'Site visit notes',
      from: '',
      fromParticipant: null,
      to: [],
      date: null,
      dateRaw: 'March 2024',
      body: 'Visited the depot.\n\n\tChecked the salt dome.\n',
    }),
    makeRecord({
      id: 'rec-intl',
      title: '東京オフィスの件 / Встреча',
      from: 'Иван Петров <ivan@city.example>',
      fromParticipant: { name: 'Иван Петров', address: 'ivan@city.example' },
      cc: [{ name: '田中 花子', address: 'hanako@city.example' }],
      body: MULTILINGUAL_BODY,
    }),
  ];
}

export function makeSpec(records: RecordDetail[]): PacketSpec {
  return {
    caseName: 'City of Example — Public Works',
    requestTitle: 'All correspondence about the 2024 road budget',
    requestId: 'req-2024-017',
    bates: { prefix: 'FOIA-', start: 1, width: 6 },
    generatedAt: new Date('2024-05-01T14:30:00Z'),
    records,
  };
}
