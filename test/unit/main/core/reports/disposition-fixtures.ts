/**
 * Gaps as a records officer would write them up, for the disposition report and gap appendix
 * tests: a Wickr auto-delete gap, a WhatsApp disappearing-messages gap quoting chats in
 * Cyrillic, Arabic and Japanese, and a personal Gmail account that was never copied to the
 * official one, with most of its report fields left empty.
 */
import type { Gap, GapEvidence } from '../../../../../shared/model/gap.js';
import type { MeasureText } from '../../../../../main/core/packet/font-runs.js';
import type { DispositionReportInput, EvidenceRecordSummary } from '../../../../../main/core/reports/disposition-report-input.js';

export const GENERATED_AT = new Date('2025-03-14T15:09:26.000Z');

export const CYRILLIC_QUOTE = 'Включаю исчезающие сообщения на 7 дней';
// No lam-alef ("لا"): the packet's fonts draw it as one ligature glyph, and pdf.js reads that
// glyph back reversed ("ال"), a limit of text extraction that would hide real regressions here.
export const ARABIC_QUOTE = 'سأحذف هذه الرسائل بعد اجتماع اليوم';
export const CJK_QUOTE = '会議の記録は残さないでください';

/** A measure that needs no fonts: every character is half as wide as the type size. */
export const fakeMeasure: MeasureText = (text, size) => [...text].length * size * 0.5;

export function makeGap(overrides: Partial<Gap> & Pick<Gap, 'id'>): Gap {
  return {
    title: 'Untitled',
    channel: 'other',
    custodians: [],
    periodStart: null,
    periodEnd: null,
    cause: 'other',
    volume: null,
    evidence: [],
    salvage: [],
    safeguards: '',
    office: '',
    circumstances: '',
    status: 'suspected',
    notes: '',
    requestIds: ['req-0117'],
    createdAt: '2025-01-06T10:00:00.000Z',
    createdBy: 'records.officer',
    updatedAt: '2025-01-06T10:00:00.000Z',
    proposalKey: null,
    ...overrides,
  };
}

export const WICKR_GAP = makeGap({
  id: 'gap-wickr-01',
  title: 'Wickr messages of the grants team, autumn 2023',
  channel: 'wickr',
  custodians: ['Alan Reyes (Deputy Director)', 'Maria Okafor (Chief of Staff)'],
  periodStart: '2023-09-01',
  periodEnd: '2023-12-15',
  cause: 'auto-delete',
  volume: { low: 300, high: 900, unit: 'messages' },
  evidence: [
    { recordId: 'rec-email-0412', quote: 'Moving this to Wickr, burn timer is set to 1 day.', why: 'Shows the conversation moved to Wickr with a one-day burn timer.' },
    { recordId: 'rec-chat-0933', quote: '', why: 'Timer event: the Wickr room expiry was set to 24 hours.' },
  ],
  salvage: [
    { date: '2024-01-12', action: 'Forensic image of the Deputy Director’s agency phone', result: 'No Wickr messages recovered; the app database held only room names.' },
    { date: '2024-01-10', action: 'Asked the Wickr Enterprise administrator for server-side copies', result: 'Retention was never enabled for the network; no copies exist.' },
  ],
  safeguards: 'Directive 2024-02 bans Wickr for agency business. Wickr Enterprise retention is now enabled for all rooms with a seven-year schedule.',
  office: 'Office of Grants Management, Washington, DC',
  circumstances:
    'Between September and December 2023 the grants team discussed award decisions in Wickr rooms with a one-day burn timer.\n' +
    'Nobody copied the messages to an agency recordkeeping system before they expired.',
  status: 'confirmed',
  notes: 'INTERNAL NOTE: check with OGC before filing.',
});

export const WHATSAPP_GAP = makeGap({
  id: 'gap-whatsapp-02',
  title: 'WhatsApp group "Field office coordination"',
  channel: 'whatsapp',
  custodians: ['Olga Petrenko (Regional Administrator)'],
  periodStart: '2024-02-01',
  periodEnd: null,
  cause: 'auto-delete',
  volume: { low: 120, high: 400, unit: 'messages' },
  evidence: [
    { recordId: 'rec-wa-0001', quote: CYRILLIC_QUOTE, why: 'The administrator announces disappearing messages.' },
    { recordId: 'rec-wa-0002', quote: ARABIC_QUOTE, why: 'A participant says the messages will be deleted after the meeting.' },
    { recordId: 'rec-wa-0003', quote: CJK_QUOTE, why: 'A request not to keep a record of the meeting.' },
    { recordId: 'rec-missing-9999', quote: 'Disappearing messages were turned on.', why: 'System notice in the export.' },
  ],
  salvage: [],
  safeguards: 'Disappearing messages are disabled on agency-managed phones by mobile device management policy.',
  office: '',
  circumstances: 'The group had disappearing messages set to 7 days from 1 February 2024; the export holds only the system notices.',
  status: 'reported',
});

export const GMAIL_GAP = makeGap({
  id: 'gap-gmail-03',
  title: 'Personal Gmail account of the Commissioner',
  channel: 'personal-email',
  custodians: [],
  periodStart: null,
  periodEnd: null,
  cause: 'personal-account-not-copied',
  volume: null,
  evidence: [],
  salvage: [],
  safeguards: '',
  office: '',
  circumstances: '',
  status: 'suspected',
});

export const GAPS: readonly Gap[] = [WICKR_GAP, WHATSAPP_GAP, GMAIL_GAP];

export const RECORDS: ReadonlyMap<string, EvidenceRecordSummary> = new Map([
  ['rec-email-0412', { title: 'RE: FY24 award shortlist', date: '2023-09-04T16:12:00Z', custodian: 'Alan Reyes' }],
  ['rec-chat-0933', { title: 'Wickr room "grants-core" timer event', date: null, custodian: 'Maria Okafor' }],
  ['rec-wa-0001', { title: 'WhatsApp message from Olga Petrenko', date: '2024-02-01T08:00:00Z', custodian: 'Olga Petrenko' }],
  ['rec-wa-0002', { title: 'WhatsApp message from Karim Haddad', date: '2024-02-02T09:30:00Z', custodian: 'Olga Petrenko' }],
  ['rec-wa-0003', { title: 'WhatsApp message from Yuki Tanaka', date: '2024-02-03T11:45:00Z', custodian: 'Olga Petrenko' }],
]);

export function makeInput(overrides: Partial<DispositionReportInput> = {}): DispositionReportInput {
  return {
    agency: 'U.S. Department of Examples',
    caseName: 'FOIA-2024-0117 grant award communications',
    preparedBy: 'Jordan Lee, Agency Records Officer',
    generatedAt: GENERATED_AT,
    gaps: GAPS,
    records: RECORDS,
    correctiveActions:
      'All staff completed records management training on electronic messaging by 2024-04-30. ' +
      'Text and chat messages on agency phones are now captured by the mobile archiving service.',
    ...overrides,
  };
}

/** `count` pieces of evidence, each citing its own record. */
export function manyEvidence(count: number): GapEvidence[] {
  return Array.from({ length: count }, (_, index) => ({
    recordId: `rec-bulk-${String(index + 1).padStart(3, '0')}`,
    quote: `Message ${index + 1} deleted`,
    why: 'Deleted-message marker in the export.',
  }));
}
