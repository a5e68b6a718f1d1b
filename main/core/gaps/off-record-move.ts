/**
 * Moves off the record: a message that sends the conversation somewhere the case does not reach
 * ("text me", "let's take this to Signal", "delete after reading", "use my personal email").
 * What followed there is missing by construction, so each such message is evidence of a gap
 * in the channel it points to.
 *
 * Only the writer's own words are read (quoted-text.ts): a phrase quoted in every reply of a
 * thread is counted once, in the message that said it. One proposal per message; its evidence
 * quotes each matching sentence exactly as the record holds it.
 */
import type { GapChannel, GapEvidence, GapProposal } from '../../../shared/model/gap.js';
import type { GapInput, GapRecord } from './detector-input.js';
import { custodiansOf } from './detector-input.js';
import { channelInSentence, gapChannelOf } from './gap-channel.js';
import { compileOffRecordEntry, DEFAULT_OFF_RECORD_LEXICON } from './off-record-lexicon.js';
import type { CompiledEntry, OffRecordEntry } from './off-record-lexicon.js';
import { proposalKey } from './proposal-key.js';
import { splitQuotes } from './quoted-text.js';

export type OffRecordOptions = {
  lexicon: readonly OffRecordEntry[];
  /** The longest passage quoted around a match. */
  maxQuoteChars: number;
};

export const DEFAULT_OFF_RECORD_OPTIONS: OffRecordOptions = { lexicon: DEFAULT_OFF_RECORD_LEXICON, maxQuoteChars: 240 };

type Match = { entry: CompiledEntry; start: number; end: number };

/**
 * Every match in the record's own words whose sentence holds none of its entry's exceptions,
 * overlapping matches reduced to the longest.
 */
export function offRecordMatches(
  body: string,
  entries: readonly CompiledEntry[],
  maxQuoteChars = DEFAULT_OFF_RECORD_OPTIONS.maxQuoteChars,
  anyEntry: RegExp | null = null,
): Match[] {
  const found: Match[] = [];
  for (const [from, to] of splitQuotes(body).ownRanges) {
    const text = body.slice(from, to);
    if (anyEntry !== null && !anyEntry.test(text)) {
      continue;
    }
    for (const entry of entries) {
      entry.regex.lastIndex = 0;
      for (const match of text.matchAll(entry.regex)) {
        const candidate = { entry, start: from + (match.index ?? 0), end: from + (match.index ?? 0) + match[0].length };
        const [start, end] = passage(body, candidate, maxQuoteChars);
        if (!entry.unlessRegexes.some((unless) => unless.test(body.slice(start, end)))) {
          found.push(candidate);
        }
      }
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const kept: Match[] = [];
  for (const match of found) {
    const previous = kept[kept.length - 1];
    if (previous && match.start < previous.end) {
      continue;
    }
    kept.push(match);
  }
  return kept;
}

/** True when a sentence ends at `index` (a full stop, question or exclamation mark followed by space or the end). */
function sentenceEndsAt(body: string, index: number): boolean {
  return /[.!?]/.test(body[index] ?? '') && (index + 1 >= body.length || /\s/.test(body[index + 1] ?? ''));
}

/** The sentence around a match, within `limit` characters, as offsets into the body. */
function passage(body: string, match: Match, limit: number): [number, number] {
  const room = Math.max(0, Math.floor((limit - (match.end - match.start)) / 2));
  let start = match.start;
  // "mail me at jd@x.com or call me": a full stop inside an address or a number ends no sentence.
  while (start > 0 && match.start - start < room && body[start - 1] !== '\n' && !sentenceEndsAt(body, start - 2)) {
    start -= 1;
  }
  let end = match.end;
  while (end < body.length && end - match.end < room && body[end] !== '\n' && !sentenceEndsAt(body, end - 1)) {
    end += 1;
  }
  while (start < match.start && /\s/.test(body[start] ?? '')) {
    start += 1;
  }
  while (end > match.end && /\s/.test(body[end - 1] ?? '')) {
    end -= 1;
  }
  return [start, end];
}

function channelOf(record: GapRecord, entry: OffRecordEntry): GapChannel {
  if (entry.channel !== 'same') {
    return entry.channel;
  }
  const copy = record.copies[0];
  return (copy ? gapChannelOf(copy.sourceChannel, record.platform) : null) ?? 'other';
}

function proposalOf(record: GapRecord, matches: readonly Match[], options: OffRecordOptions): GapProposal {
  const first = matches[0] as Match;
  // One evidence item per passage: "don't put this in writing - call me" is one sentence with two reasons.
  const passages = new Map<string, { quote: string; reasons: string[] }>();
  for (const match of matches) {
    const [start, end] = passage(record.body, match, options.maxQuoteChars);
    const entry = passages.get(`${start}:${end}`) ?? { quote: record.body.slice(start, end), reasons: [] };
    entry.reasons.push(`${match.entry.label}: “${record.body.slice(match.start, match.end)}”`);
    passages.set(`${start}:${end}`, entry);
  }
  const evidence: GapEvidence[] = [...passages.values()].map(({ quote, reasons }) => ({ recordId: record.id, quote, why: `${reasons.join('; ')}.` }));
  const channel = channelOf(record, first.entry);
  const phrases = [...new Set(matches.map((match) => `“${record.body.slice(match.start, match.end)}”`))].join(', ');
  const where = record.subject !== '' ? ` in “${record.subject}”` : '';
  const destination = first.entry.channel === 'same' ? 'destroyed' : `moved to ${channelInSentence(channel)}`;
  return {
    key: proposalKey('off-record-move', [record.id]),
    detector: 'off-record-move',
    title: `${first.entry.label}${where}`,
    channel,
    custodians: custodiansOf([record]),
    periodStart: record.day || null,
    periodEnd: record.day || null,
    cause: first.entry.cause,
    volume: null,
    evidence,
    explanation:
      `The ${record.kind === 'email' ? 'email' : 'message'} says ${phrases} in the writer’s own words: what it asks for is ${destination}, ` +
      `so what followed there is not in the case.`,
  };
}

/** Proposes a gap for every message whose own words move the conversation off the record. */
export function detectOffRecordMoves(input: GapInput, options: Partial<OffRecordOptions> = {}): GapProposal[] {
  const settings = { ...DEFAULT_OFF_RECORD_OPTIONS, ...options };
  const entries = settings.lexicon.map(compileOffRecordEntry);
  // One pass of all patterns together first: almost no message matches any, and most are only read once.
  const anyEntry = entries.length === 0 ? null : new RegExp(entries.map((entry) => `(?:${entry.regex.source})`).join('|'), 'iu');
  const proposals: GapProposal[] = [];
  for (const record of input.records) {
    if (record.parentId !== null || (record.kind !== 'email' && record.kind !== 'chat-message') || record.event !== null) {
      continue;
    }
    if (anyEntry !== null && !anyEntry.test(record.body)) {
      continue;
    }
    const matches = offRecordMatches(record.body, entries, settings.maxQuoteChars, anyEntry);
    if (matches.length > 0) {
      proposals.push(proposalOf(record, matches, settings));
    }
  }
  return proposals;
}
