/**
 * The packet benchmark's input: real Enron messages, in date order, with a share of them
 * released in part (redactions on what an officer would redact: a recipient, e-mail addresses
 * and phone numbers in the text, else a name) and a few withheld in full, cut to the first
 * records that fill about `targetPages` pages.
 */
import type { ExemptionApplication } from '../../shared/exemptions/exemption-application.js';
import { participantsLine, redactableText } from '../../shared/model/redactable-text.js';
import type { RecordDetail } from '../../shared/model/record.js';
import type { RedactableField, Redaction } from '../../shared/model/review.js';
import type { PacketInput, PacketItem } from '../../main/core/packet/packet-input.js';
import { sha256Hex } from '../../main/core/util/hash.js';
import { packetInput, packetItem, PRIVACY } from '../support/packet-input-fixture.js';

/** Every `partEvery`-th record is released in part, every `withholdEvery`-th withheld in full. */
export type RedactionMix = { partEvery: number; withholdEvery: number; maxSpansPerRecord: number };

export const BENCH_MIX: RedactionMix = { partEvery: 4, withholdEvery: 25, maxSpansPerRecord: 6 };

const DELIBERATIVE: ExemptionApplication = { catalogue: 'us-foia', code: 'b5' };

const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
const PHONE = /\(?\b\d{3}\)?[-. ]\d{3}-\d{4}\b/g;
const NAME = /\b[A-Z][a-z]{2,} [A-Z][a-z]{2,}\b/;

type Span = { field: RedactableField; start: number; end: number };

/** What to redact in `record`: its first recipient, then addresses and phone numbers in the body, else one name. */
export function spansToRedact(record: RecordDetail, max: number): Span[] {
  const spans: Span[] = [];
  // The first recipient as the To field writes it: a name may itself contain ", ".
  const first = record.to[0];
  const firstRecipient = first === undefined ? '' : participantsLine([first]);
  if (firstRecipient !== '') {
    spans.push({ field: 'to', start: 0, end: firstRecipient.length });
  }
  const body = record.body;
  const found = [...body.matchAll(EMAIL), ...body.matchAll(PHONE)].sort((a, b) => a.index - b.index);
  let end = -1;
  for (const match of found) {
    // Overlapping matches (a phone number inside an address) would be one span drawn twice.
    if (match.index >= end) {
      spans.push({ field: 'body', start: match.index, end: match.index + match[0].length });
      end = match.index + match[0].length;
    }
  }
  if (!spans.some((span) => span.field === 'body')) {
    const name = NAME.exec(body);
    if (name !== null) {
      spans.push({ field: 'body', start: name.index, end: name.index + name[0].length });
    }
  }
  return spans.slice(0, max);
}

function redaction(record: RecordDetail, span: Span): Redaction {
  const text = redactableText(record, span.field);
  const when = '2024-05-01T14:30:00.000Z';
  return {
    id: `bench-${record.id}-${span.field}-${span.start}`,
    requestId: 'req-1',
    recordId: record.id,
    field: span.field,
    start: span.start,
    end: span.end,
    quote: text.slice(span.start, span.end),
    fieldSha256: sha256Hex(text),
    exemptions: [PRIVACY],
    note: '',
    createdAt: when,
    createdBy: 'bench',
    updatedAt: when,
    updatedBy: 'bench',
  };
}

/** The records' decisions under `mix`, in the order given. */
export function benchItems(records: readonly RecordDetail[], mix: RedactionMix = BENCH_MIX): PacketItem[] {
  return records.map((record, index) => {
    if ((index + 1) % mix.withholdEvery === 0) {
      return { ...packetItem(record, 'withhold-in-full'), exemptions: [DELIBERATIVE] };
    }
    if ((index + 1) % mix.partEvery === 0) {
      const redactions = spansToRedact(record, mix.maxSpansPerRecord).map((span) => redaction(record, span));
      return redactions.length === 0 ? packetItem(record) : packetItem(record, 'release-in-part', redactions);
    }
    return packetItem(record);
  });
}

export function benchInput(items: PacketItem[]): PacketInput {
  const input = packetInput(items, { caseName: 'Bench review' });
  return { ...input, options: { ...input.options, bates: { ...input.options.bates, prefix: 'BENCH-' } } };
}

/** Counts for the report. */
export function mixCounts(items: readonly PacketItem[]): { inFull: number; inPart: number; withheld: number; redactions: number } {
  return {
    inFull: items.filter((item) => item.decision === 'release-in-full').length,
    inPart: items.filter((item) => item.decision === 'release-in-part').length,
    withheld: items.filter((item) => item.decision === 'withhold-in-full' || item.decision === 'referral').length,
    redactions: items.reduce((sum, item) => sum + item.redactions.length, 0),
  };
}
