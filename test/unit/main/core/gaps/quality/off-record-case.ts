/**
 * Phrases inserted into real Enron emails. Positives go into the writer's own words (at a
 * sentence boundary); the same phrases inserted into quoted earlier text, and sentences that only
 * look like a move ("the market signal", "call Mary"), are negatives. The phrases were written as
 * people write them, not from the lexicon: two of them ("hit me up on my cell", "discuss this in
 * person") are moves no default entry covers, and stay in the labels.
 */
import type { GapInput, GapRecord } from '../../../../../../main/core/gaps/detector-input.js';
import { splitQuotes } from '../../../../../../main/core/gaps/quoted-text.js';
import { withBodies } from './enron-case.js';

export const MOVES = [
  'Text me when you land.',
  'Can you text me the number?',
  "Let's move this to Signal.",
  'Ping me on WhatsApp instead.',
  'WhatsApp me tonight.',
  'Please delete this after reading.',
  'Better not put this in writing - call me.',
  'Call me on my cell, not here.',
  'Send it to my personal email, not this account.',
  'Use my Gmail for the rest of this.',
  "Let's take this offline.",
  "I'll text you the details.",
  'Message me on Signal.',
  'Shoot me a text.',
  'Reach me on Telegram from now on.',
  'Hit me up on my cell.',
  "Let's discuss this in person, not by email.",
  'Burn after reading.',
];

export const LOOKALIKES = [
  'The market signal was clear enough.',
  'We reviewed the text of the agreement.',
  'Please call Mary about the meeting room.',
  'The board will call a vote on Friday.',
  'He sent a text message to the group last week.',
  'Delete the old files after reading the report.',
  'Keep this in writing for the file.',
  'On the WhatsApp question, legal has no view.',
  'We need to signal our intent to the market.',
  'Our Signal Hill project is on track.',
];

/** A small seeded generator (mulberry32), so the picks are the same on every run. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Offsets just after a sentence inside the first own-words range, where a sentence can go. */
function boundaries(body: string, from: number, to: number): number[] {
  const found: number[] = [];
  for (let index = from + 1; index < to; index += 1) {
    if (/[.!?]/.test(body[index - 1] ?? '') && body[index] === ' ') {
      found.push(index + 1);
    }
  }
  return found;
}

/** `positives`: the record each move went into, with the move. */
export type OffRecordConstruction = { input: GapInput; positives: Array<{ id: string; phrase: string }>; negatives: string[] };

/**
 * The treated input: `MOVES` twice each into the own words of emails chosen at random among those
 * the default lexicon finds nothing in (`untouched`), each phrase again into the quoted text of a
 * reply, and each lookalike into the own words of another email.
 */
export function insertPhrases(control: GapInput, untouched: ReadonlySet<string>): OffRecordConstruction {
  const random = seeded(20240611);
  const candidates = control.records
    .filter((record) => record.kind === 'email' && record.parentId === null && untouched.has(record.id))
    .sort((a, b) => (a.id < b.id ? -1 : 1));
  const plain: Array<{ record: GapRecord; at: number }> = [];
  const replies: Array<{ record: GapRecord; at: number }> = [];
  for (const record of candidates) {
    const split = splitQuotes(record.body);
    const own = split.ownRanges[0];
    const spots = own ? boundaries(record.body, own[0], own[1]) : [];
    const block = split.blocks[0];
    if (block) {
      const after = record.body.indexOf('\n', block.headerEnd + 1);
      if (after !== -1 && after < record.body.length - 1) {
        replies.push({ record, at: after + 1 });
      }
    } else if (spots.length >= 2) {
      plain.push({ record, at: spots[Math.floor(random() * spots.length)] ?? 0 });
    }
  }
  const take = <T>(pool: T[]): T => {
    const [chosen] = pool.splice(Math.floor(random() * pool.length), 1);
    if (chosen === undefined) {
      throw new Error('not enough candidate emails');
    }
    return chosen;
  };
  const bodies = new Map<string, string>();
  const insert = ({ record, at }: { record: GapRecord; at: number }, sentence: string) =>
    bodies.set(record.id, `${record.body.slice(0, at)}${sentence} ${record.body.slice(at)}`);
  const positives: OffRecordConstruction['positives'] = [];
  const negatives: string[] = [];
  for (const move of [...MOVES, ...MOVES]) {
    const spot = take(plain);
    insert(spot, move);
    positives.push({ id: spot.record.id, phrase: move });
  }
  for (const move of MOVES) {
    const spot = take(replies);
    insert(spot, move);
    negatives.push(spot.record.id);
  }
  for (const lookalike of LOOKALIKES) {
    const spot = take(plain);
    insert(spot, lookalike);
    negatives.push(spot.record.id);
  }
  return { input: withBodies(control, bodies), positives, negatives };
}
