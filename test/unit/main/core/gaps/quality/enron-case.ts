/**
 * The email case: the three Enron custodians of the corpus (skilling-j, bailey-s, fischer-m), as
 * official mail, ingested untouched. This is the control. Each detector's treated case is the
 * control with one kind of constructed change made to the loaded records (removing a message
 * removes every copy of it, as deleting its files would; inserting a phrase edits a body), so the
 * change is the only difference between the two and the labels are exactly the changes.
 */
import type { GapInput, GapRecord } from '../../../../../../main/core/gaps/detector-input.js';
import { corpusPath } from '../../../../../support/corpus.js';
import { ingestCase, source } from './ingest-case.js';

export const ENRON_FOLDERS: Readonly<Record<string, string>> = { 's-skilling': 'skilling-j', 's-bailey': 'bailey-s', 's-fischer': 'fischer-m' };

export async function buildEnronCase(): Promise<GapInput> {
  const { index, input } = await ingestCase([
    source('s-skilling', 'Jeff Skilling', 'official-email', corpusPath('email', 'enron', 'maildir', 'skilling-j')),
    source('s-bailey', 'Susan Bailey', 'official-email', corpusPath('email', 'enron', 'maildir', 'bailey-s')),
    source('s-fischer', 'Mark Fischer', 'official-email', corpusPath('email', 'enron', 'maildir', 'fischer-m')),
  ]);
  index.close();
  return input;
}

/** The record holding a copy of the corpus file 'skilling-j/_sent_mail/32.'. */
export function recordAt(input: GapInput, corpusFile: string): GapRecord {
  const found = input.records.find((record) => record.copies.some((copy) => `${ENRON_FOLDERS[copy.sourceId] ?? copy.sourceId}/${copy.path}` === corpusFile));
  if (!found) {
    throw new Error(`no record holds ${corpusFile}`);
  }
  return found;
}

function opening(text: string): string {
  return text.toLowerCase().split(/\s+/).filter((word) => word !== '').slice(0, 30).join(' ');
}

/**
 * The input without `record` and every other copy of the same message: the same sender, instant
 * and subject, or the same subject and opening words. Copies of one mail differ in their bytes
 * (a list stamps each delivery with another advertisement; Enron's export rewrote some senders'
 * addresses and zones), so neither the text nor the sender alone makes them one message.
 */
export function withoutMessage(input: GapInput, record: GapRecord): GapInput {
  const start = opening(record.body);
  const same = (other: GapRecord) =>
    other.kind === 'email' &&
    other.subject === record.subject &&
    (((other.from?.address ?? '') === (record.from?.address ?? '') && other.dateUtc === record.dateUtc) || opening(other.body) === start);
  return { ...input, records: input.records.filter((other) => !same(other)) };
}

/** The input with a custodian's copies of the given days gone (records no one else holds go with them). */
export function withoutDays(input: GapInput, custodian: string, days: ReadonlySet<string>): GapInput {
  const records: GapRecord[] = [];
  for (const record of input.records) {
    if (!days.has(record.day)) {
      records.push(record);
      continue;
    }
    const copies = record.copies.filter((copy) => copy.custodian !== custodian);
    if (copies.length > 0) {
      records.push({ ...record, copies });
    }
  }
  return { ...input, records };
}

/** The input with some bodies replaced. */
export function withBodies(input: GapInput, bodies: ReadonlyMap<string, string>): GapInput {
  return { ...input, records: input.records.map((record) => (bodies.has(record.id) ? { ...record, body: bodies.get(record.id) ?? record.body } : record)) };
}
