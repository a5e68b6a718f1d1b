/**
 * The expectations a packet is verified against, built from what it was built from: the pages
 * and index entries of the plan, and the hidden and released texts from the records and their
 * redactions.
 *
 * The released texts are computed here from `redactableText` and the redactions' offsets, not
 * taken from the layout's marked fields, so that the check does not share a mistake with the
 * code it checks. They are deliberately generous (every field a page may print, whole), because
 * they are what a hidden string may be matched against without being a leak; the hidden texts
 * are exact.
 *
 * Records not released (withheld in full, referred) are checked through their title and the
 * lines of their text: each line of at least MIN_WITHHELD_WORDS words and MIN_WITHHELD_LINE
 * characters, up to MAX_WITHHELD_LINES a record, is hidden text. Shorter lines ("Thanks,", an
 * address alone, "information.") recur in other records and in the index, and prove nothing;
 * the cap bounds the check's time on a very long withheld document. Their senders and
 * recipients are not hidden: the withholding log describes a withheld record by them.
 */
import { formatExemptionApplication } from '../../../shared/exemptions/format-exemption-application.js';
import { redactableText } from '../../../shared/model/redactable-text.js';
import type { RecordDetail } from '../../../shared/model/record.js';
import { REDACTABLE_FIELDS, type RedactableField, type Redaction } from '../../../shared/model/review.js';
import type { PacketInput, PacketItem } from './packet-input.js';
import type { PacketPlan } from './packet-plan.js';
import { pagesOfRecord, type ExpectedPage, type HiddenText, type PacketExpectations } from './verify-expectations.js';
import { stringsIn } from './verify-readback.js';
import { foldForMatch } from './verify-text-match.js';

export const MIN_WITHHELD_LINE = 20;
export const MIN_WITHHELD_WORDS = 3;
export const MAX_WITHHELD_LINES = 200;

function isReleased(item: PacketItem): boolean {
  return item.decision === 'release-in-full' || item.decision === 'release-in-part';
}

/** `text` with the spans cut out, each replaced by a line break so that its neighbours never join. */
export function withoutSpans(text: string, spans: ReadonlyArray<Pick<Redaction, 'start' | 'end'>>): string {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const span of sorted) {
    const start = Math.max(at, Math.min(span.start, text.length));
    out += `${text.slice(at, start)}\n`;
    at = Math.max(at, Math.min(span.end, text.length));
  }
  return out + text.slice(at);
}

/** One field of an item as released: '' for a record not released, else the text with its redactions cut out. */
export function releasedField(item: PacketItem, field: RedactableField): string {
  if (!isReleased(item)) {
    return '';
  }
  return withoutSpans(
    redactableText(item.record, field),
    item.redactions.filter((redaction) => redaction.field === field),
  );
}

/**
 * The title a record's pages repeat: for a chat message its conversation's name (minus what
 * subject redactions cover of it), for other records the subject as released.
 */
export function releasedTitle(item: PacketItem): string {
  const { record } = item;
  if (!isReleased(item)) {
    return '';
  }
  if (record.kind !== 'chat-message' || record.chat === null) {
    return releasedField(item, 'subject');
  }
  const name = record.chat.conversationTitle;
  const spans = record.title.startsWith(name)
    ? item.redactions.filter((redaction) => redaction.field === 'subject').map((redaction) => ({ start: redaction.start, end: Math.min(redaction.end, name.length) }))
    : [];
  return withoutSpans(name, spans);
}

/** What the record's slip sheet or pages may print besides its fields: ids, dates, custodian, hash. */
function recordFacts(record: RecordDetail): string[] {
  return [record.id, record.date ?? '', record.dateRaw, record.custodian, ...record.custodians, record.fileSha256, record.kind];
}

/** Everything an item's own pages may print once, as released. */
export function releasedText(item: PacketItem): string {
  const fields = REDACTABLE_FIELDS.filter((field) => field !== 'subject' || item.record.kind !== 'chat-message').map((field) => releasedField(item, field));
  return [...fields, releasedTitle(item), ...recordFacts(item.record)].join('\n');
}

/** The hidden texts of one item: its redacted spans, or for a record not released its title and lines. */
export function hiddenTexts(item: PacketItem): Array<Pick<HiddenText, 'recordId' | 'field' | 'hidden'>> {
  const recordId = item.record.id;
  if (item.decision === 'release-in-full') {
    return [];
  }
  if (item.decision === 'release-in-part') {
    return item.redactions.flatMap((redaction) => {
      const current = redactableText(item.record, redaction.field).slice(redaction.start, redaction.end);
      const texts = current === redaction.quote || redaction.quote === '' ? [current] : [current, redaction.quote];
      return texts.map((hidden) => ({ recordId, field: redaction.field, hidden }));
    });
  }
  const lines = new Map<string, string>();
  for (const line of item.record.body.split(/\r\n?|\n/)) {
    const folded = foldForMatch(line);
    const words = line.trim().split(/\s+/u).length;
    if (folded.length >= MIN_WITHHELD_LINE && words >= MIN_WITHHELD_WORDS && !lines.has(folded) && lines.size < MAX_WITHHELD_LINES) {
      lines.set(folded, line.trim());
    }
  }
  return [{ recordId, field: 'subject' as const, hidden: item.record.title }, ...[...lines.values()].map((hidden) => ({ recordId, field: 'body' as const, hidden }))];
}

/** What the packet prints on purpose outside records' own pages (see PacketExpectations.publicText). */
export function publicText(input: PacketInput): string {
  const { request } = input;
  const parts: string[] = [input.caseName, request.id, request.trackingNumber, request.title, request.requester, request.description, ...request.custodians, input.options.coverLetter ?? ''];
  for (const item of input.items) {
    // A withheld record's sender and recipients too: the withholding log describes it by them.
    const { record } = item;
    const people = isReleased(item) ? (['from', 'to', 'cc'] as const).map((field) => releasedField(item, field)) : [record.from, redactableText(record, 'to'), redactableText(record, 'cc')];
    parts.push(releasedTitle(item), ...people, item.justification, ...recordFacts(record));
    parts.push(...item.exemptions.map(formatExemptionApplication), ...item.redactions.flatMap((redaction) => redaction.exemptions.map(formatExemptionApplication)));
  }
  for (const gap of input.gaps) {
    parts.push(...stringsIn(gap));
  }
  return parts.filter((part) => part !== '').join('\n');
}

export type ExpectationOptions = {
  /** The records the request's codings make responsive; default: every item of the input. */
  responsiveRecordIds?: readonly string[];
};

/**
 * The expectations for the packet built from `input` with `plan` (the layout of that input).
 * A record's hidden texts are matched against the released text of every record its pages show
 * (a chat transcript page shows several).
 */
export function expectationsFromInput(input: PacketInput, plan: Pick<PacketPlan, 'pages' | 'entries'>, options: ExpectationOptions = {}): PacketExpectations {
  const pages: ExpectedPage[] = plan.pages.map((page) => ({ bates: page.bates, recordId: page.recordId, ...(page.recordIds === undefined ? {} : { recordIds: page.recordIds }) }));
  const items = new Map(input.items.map((item) => [item.record.id, item]));
  const byRecord = pagesOfRecord(pages);
  const released = new Map<string, string>();
  const releasedOf = (recordId: string): string => {
    let text = released.get(recordId);
    if (text === undefined) {
      const item = items.get(recordId);
      text = item === undefined ? '' : releasedText(item);
      released.set(recordId, text);
    }
    return text;
  };

  const redactions: HiddenText[] = [];
  for (const item of input.items) {
    const recordId = item.record.id;
    const hidden = hiddenTexts(item);
    if (hidden.length === 0) {
      continue;
    }
    const mates = new Set<string>([recordId]);
    for (const index of byRecord.get(recordId) ?? []) {
      const page = pages[index];
      for (const mate of page?.recordIds ?? []) {
        mates.add(mate);
      }
    }
    const visibleText = [...mates].map(releasedOf).join('\n');
    const repeatedText = releasedTitle(item);
    for (const text of hidden) {
      redactions.push({ ...text, visibleText, repeatedText });
    }
  }

  const { prefix, start, width } = input.options.bates;
  return {
    pages,
    redactions,
    responsiveRecordIds: options.responsiveRecordIds ?? input.items.map((item) => item.record.id),
    entries: plan.entries,
    publicText: publicText(input),
    bates: { prefix, start, width },
  };
}
