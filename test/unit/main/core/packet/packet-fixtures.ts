/**
 * Hand-made records and the real packet fonts for the packet tests. The records are small on
 * purpose: each one exercises one thing (a long body, mixed scripts, a missing date).
 */
import { join } from 'node:path';
import type { ExemptionApplication } from '../../../../../shared/exemptions/exemption-application.js';
import type { RecordDetail } from '../../../../../shared/model/record.js';
import { redactableText } from '../../../../../shared/model/redactable-text.js';
import { DEFAULT_INTAKE } from '../../../../../shared/model/request.js';
import type { Redaction, RedactableField } from '../../../../../shared/model/review.js';
import type { MeasureText } from '../../../../../main/core/packet/font-runs.js';
import type { LayoutFonts } from '../../../../../main/core/packet/layout-packet.js';
import type { PacketInput, PacketItem, PacketOptions } from '../../../../../main/core/packet/packet-input.js';
import type { PacketPlan } from '../../../../../main/core/packet/packet-plan.js';
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
    ocr: false,
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

export const B6: ExemptionApplication = { catalogue: 'us-foia', code: 'b6' };
export const B5: ExemptionApplication = { catalogue: 'us-foia', code: 'b5' };
export const B7C: ExemptionApplication = { catalogue: 'us-foia', code: 'b7C' };
export const B3_TAX: ExemptionApplication = { catalogue: 'us-foia', code: 'b3', statute: '26 U.S.C. 6103' };

/** An item released in full unless `overrides` say otherwise. */
export function item(record: RecordDetail, overrides: Partial<PacketItem> = {}): PacketItem {
  return { record, decision: 'release-in-full', exemptions: [], justification: '', redactions: [], originalPdfPages: null, ...overrides };
}

/** A redaction of `record`'s `field` over [start, end), with the quote and hash as review would store them. */
export function redaction(record: RecordDetail, field: RedactableField, start: number, end: number, exemptions: ExemptionApplication[] = [B6]): Redaction {
  const text = redactableText(record, field);
  return {
    id: `red-${record.id}-${field}-${start}-${end}`,
    requestId: 'req-2024-017',
    recordId: record.id,
    field,
    start,
    end,
    quote: text.slice(start, end),
    fieldSha256: '0'.repeat(64),
    exemptions,
    note: '',
    createdAt: '2024-04-01T00:00:00.000Z',
    createdBy: 'officer',
    updatedAt: '2024-04-01T00:00:00.000Z',
    updatedBy: 'officer',
  };
}

/** A redaction over the first occurrence of `quote` in the field (which must contain it). */
export function redactQuote(record: RecordDetail, field: RedactableField, quote: string, exemptions: ExemptionApplication[] = [B6]): Redaction {
  const start = redactableText(record, field).indexOf(quote);
  if (start < 0) {
    throw new Error(`"${quote}" is not in the ${field} of ${record.id}`);
  }
  return redaction(record, field, start, start + quote.length, exemptions);
}

/** An item released in part with the given redactions, their exemptions as its own. */
export function partItem(record: RecordDetail, redactions: Redaction[], overrides: Partial<PacketItem> = {}): PacketItem {
  return item(record, { decision: 'release-in-part', redactions, exemptions: redactions.flatMap((r) => r.exemptions), ...overrides });
}

export const DEFAULT_OPTIONS: PacketOptions = {
  order: 'date',
  bates: { prefix: 'FOIA-', start: 1, width: 6, position: 'bottom-right' },
  coverLetter: null,
  variant: 'single',
};

export function makeInput(items: PacketItem[], options: Partial<PacketOptions> = {}): PacketInput {
  return {
    caseName: 'City of Example — Public Works',
    request: {
      ...DEFAULT_INTAKE,
      id: 'req-2024-017',
      trackingNumber: '2024-017',
      title: 'All correspondence about the 2024 road budget',
      requester: 'Pat Reporter',
      description: 'All emails about the 2024 road budget.',
      receivedOn: '2024-04-02',
    },
    generatedAt: new Date('2024-05-01T14:30:00Z'),
    options: { ...DEFAULT_OPTIONS, ...options },
    items,
    gaps: [],
  };
}

/** The records released in full, as the old record-list packets were. */
export function recordsInput(records: RecordDetail[], options: Partial<PacketOptions> = {}): PacketInput {
  return makeInput(records.map((record) => item(record)), options);
}

/** Every character half an em wide (bold a little wider): close enough to DejaVu for layout. */
export const fakeMeasure: MeasureText = (text, size, style) => Array.from(text).length * size * (style === 'bold' ? 0.6 : 0.5);

/** Fonts for layout tests: the fake measure, and every character covered. */
export const FAKE_FONTS: LayoutFonts = { measure: fakeMeasure, covers: () => true };

/** Every drawn string of a plan, page by page. */
export function planTexts(plan: PacketPlan): string[] {
  return plan.pages.flatMap((page) => page.texts.map((text) => text.text));
}

/** A chat message as the chat readers make one: titled "<conversation>: <start of the text>". */
export function chatMessage(
  id: string,
  time: string,
  sender: string,
  body: string,
  chat: Partial<NonNullable<RecordDetail['chat']>> = {},
): RecordDetail {
  const facts = { platform: 'whatsapp' as const, conversationTitle: 'Field office coordination', conversationKey: 'conv-1', day: '2021-03-04', event: null, ...chat };
  return makeRecord({
    id,
    kind: 'chat-message',
    title: `${facts.conversationTitle}: ${body.replace(/\s+/g, ' ').slice(0, 79)}`,
    from: sender,
    fromParticipant: { name: sender, address: '' },
    to: [],
    date: `${facts.day}T${time}:00+01:00`,
    dateRaw: `04/03/2021, ${time}`,
    body,
    chat: facts,
  });
}
