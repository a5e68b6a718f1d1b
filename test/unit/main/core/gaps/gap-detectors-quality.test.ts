/**
 * How well the six gap detectors find gaps, measured on real exports from ../shared/corpus
 * ingested through the real pipeline into temporary cases and read back with load-gap-records.
 *
 * Labels are gaps known to be there: either real (the Peruvian WhatsApp group's two deletion
 * markers; the Enron emails that ask for a call, read and labelled by hand in
 * test/fixtures/gaps/off-record-enron-labels.tsv) or constructed from real files, each
 * construction making exactly the gap its label names (quality/*-case.ts say how).
 *
 * For the email detectors the untouched Enron mailboxes are the control: what a detector proposes
 * there is the corpus's own (unlabelled) state and is counted separately, and the detector is
 * scored on what the construction changed: proposals new in the treated case must match a label,
 * and every label must be found. The chat case is labelled whole, so every proposal is scored.
 *
 * A proposal that finds no label it is the first to find is a false positive, so proposing one
 * gap twice costs precision. The table is printed for the report; the floors asserted are the
 * honest ones for these detectors on these cases, not targets.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GapProposal } from '../../../../../shared/model/gap.js';
import type { GapInput, GapRecord } from '../../../../../main/core/gaps/detector-input.js';
import { detectEphemeralMarkers } from '../../../../../main/core/gaps/ephemeral-markers.js';
import { detectMissingParents } from '../../../../../main/core/gaps/missing-parent.js';
import { detectOffRecordMoves } from '../../../../../main/core/gaps/off-record-move.js';
import { detectOneSidedConversations } from '../../../../../main/core/gaps/one-sided-conversation.js';
import { detectPersonalAccountNoCopy } from '../../../../../main/core/gaps/personal-account-no-copy.js';
import { runDetectors } from '../../../../../main/core/gaps/run-detectors.js';
import { detectSilentPeriods } from '../../../../../main/core/gaps/silent-period.js';
import { REPO_ROOT, tempFolder } from '../../../../support/corpus.js';
import { buildChatCase, deletedCountErrors, ephemeralLabels, oneSidedLabels } from './quality/chat-case.js';
import { buildEnronCase, recordAt, withoutDays, withoutMessage } from './quality/enron-case.js';
import { insertPhrases } from './quality/off-record-case.js';
import { buildPersonalCase, PERSONAL_GROUPS, personalFileName } from './quality/personal-case.js';
import { formatScores, score } from './quality/scoring.js';
import type { Label, Score } from './quality/scoring.js';

const FIXTURES = join(REPO_ROOT, 'test', 'fixtures', 'gaps');

let scratch: { path: string; cleanup(): Promise<void> };
let enron: GapInput;
let chats: GapInput;
let personal: GapInput;
const scores: Score[] = [];
const notes: string[] = [];

function tsv(name: string): string[][] {
  return readFileSync(join(FIXTURES, name), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split('\t'));
}

function union(...inputs: GapInput[]): GapInput {
  return {
    records: inputs.flatMap((input) => input.records),
    sources: inputs.flatMap((input) => input.sources),
    conversations: inputs.flatMap((input) => input.conversations),
  };
}

/** Proposals of the treated case that the control case does not have. */
function newProposals(treated: readonly GapProposal[], control: readonly GapProposal[]): GapProposal[] {
  const before = new Set(control.map((proposal) => proposal.key));
  return treated.filter((proposal) => !before.has(proposal.key));
}

function cites(proposal: GapProposal, recordId: string): boolean {
  return proposal.evidence.some((evidence) => evidence.recordId === recordId);
}

/** Every evidence quote is the exact text of its record, as the register promises. */
function expectQuotesExact(input: GapInput, proposals: readonly GapProposal[]): void {
  const bodies = new Map(input.records.map((record) => [record.id, record.body]));
  for (const proposal of proposals) {
    for (const evidence of proposal.evidence) {
      expect(bodies.has(evidence.recordId)).toBe(true);
      expect(bodies.get(evidence.recordId)?.includes(evidence.quote)).toBe(true);
    }
  }
}

function keep(result: Score): Score {
  scores.push(result);
  return result;
}

beforeAll(async () => {
  scratch = await tempFolder('foia-gaps-');
  [enron, chats, personal] = await Promise.all([buildEnronCase(), buildChatCase(join(scratch.path, 'chats')), buildPersonalCase(join(scratch.path, 'mail'))]);
}, 90_000);

afterAll(async () => {
  // Printed for the report (vitest shows it with the test output).
  const misses = scores.flatMap((result) => [
    ...result.missed.map((id) => `  ${result.detector} missed: ${id}`),
    ...result.falsePositives.map((proposal) => `  ${result.detector} false positive: ${proposal.title}`),
  ]);
  console.log(`\nGap detectors on the corpus cases\n${formatScores(scores)}\n${notes.join('\n')}\n${misses.join('\n')}\n`);
  await scratch?.cleanup();
});

describe('gap detectors: precision and recall on real corpus files', () => {
  it('ephemeral-markers: timers and deleted markers in WhatsApp (genuine and constructed) and Wickr exports', () => {
    const proposals = detectEphemeralMarkers(chats);
    const result = keep(score('ephemeral-markers', proposals, ephemeralLabels(chats, 'Budget review', 'bob.ruiz@records.example.gov, carol.ode@records.example.gov')));
    const countErrors = deletedCountErrors(chats, proposals);
    notes.push(`ephemeral-markers: deleted-message counts that differ from the truth: ${countErrors.length === 0 ? 'none' : countErrors.join('; ')}`);
    expectQuotesExact(chats, proposals);
    expect(result.recall).toBeGreaterThanOrEqual(0.9);
    expect(result.precision).toBeGreaterThanOrEqual(0.9);
  });

  it('one-sided-conversation: days and a conversation missing from one participant’s WhatsApp export', () => {
    const proposals = detectOneSidedConversations(chats);
    const result = keep(score('one-sided-conversation', proposals, oneSidedLabels(chats)));
    expectQuotesExact(chats, proposals);
    expect(result.recall).toBeGreaterThanOrEqual(0.9);
    expect(result.precision).toBeGreaterThanOrEqual(0.9);
  });

  it('missing-parent: Enron replies whose quoted parent was removed from the mailboxes', () => {
    const control = detectMissingParents(enron);
    notes.push(`missing-parent: ${control.length} proposals on the untouched Enron mailboxes (the corpus's own missing originals; not labelled)`);
    // Parents verified by reading each reply (fixture README). Removed in two batches, so that no
    // reply is itself a parent removed in its batch.
    const pairs = tsv('missing-parent-pairs.tsv').map(([reply = '', parent = '']) => ({ reply: recordAt(enron, reply), parent: recordAt(enron, parent), id: `${reply} ← ${parent}` }));
    const batches: Array<typeof pairs> = [[], []];
    for (const pair of pairs) {
      const clash = (batch: typeof pairs) => batch.some((other) => other.parent.id === pair.reply.id || other.reply.id === pair.parent.id);
      (clash(batches[0] ?? []) ? batches[1] : batches[0])?.push(pair);
    }
    const found: GapProposal[] = [];
    const labels: Label[] = [];
    for (const batch of batches) {
      let treated = enron;
      for (const pair of batch) {
        treated = withoutMessage(treated, pair.parent);
      }
      const fresh = newProposals(detectMissingParents(treated), control);
      expectQuotesExact(treated, fresh);
      found.push(...fresh.map((proposal) => ({ ...proposal, key: `${batches.indexOf(batch)}:${proposal.key}` })));
      labels.push(...batch.map((pair) => ({ id: pair.id, matches: (proposal: GapProposal) => proposal.key.startsWith(`${batches.indexOf(batch)}:`) && cites(proposal, pair.reply.id) })));
    }
    const result = keep(score('missing-parent', found, labels));
    expect(result.recall).toBeGreaterThanOrEqual(0.9);
    expect(result.precision).toBeGreaterThanOrEqual(0.8);
  });

  it('silent-period: working days removed from Jeff Skilling’s mailbox', () => {
    const control = detectSilentPeriods(enron);
    notes.push(`silent-period: ${control.length} proposals on the untouched Enron mailboxes (${control.map((proposal) => `${proposal.custodians.join()} ${proposal.periodStart}..${proposal.periodEnd}`).join('; ')}; not labelled)`);
    const windows = [
      ['2001-05-21', '2001-05-25'],
      ['2001-06-25', '2001-07-06'],
      ['2001-08-07', '2001-08-09'],
      ['2001-09-24', '2001-10-05'],
    ] as const;
    const days = new Set<string>();
    for (const [start, end] of windows) {
      for (let day = new Date(`${start}T00:00:00Z`); day.toISOString().slice(0, 10) <= end; day = new Date(day.getTime() + 86_400_000)) {
        days.add(day.toISOString().slice(0, 10));
      }
    }
    const treated = withoutDays(enron, 'Jeff Skilling', days);
    const fresh = newProposals(detectSilentPeriods(treated), control);
    const labels: Label[] = windows.map(([start, end]) => ({
      id: `Jeff Skilling ${start}..${end}`,
      matches: (proposal) => proposal.custodians.includes('Jeff Skilling') && proposal.channel === 'official-email' && (proposal.periodStart ?? '') <= end && (proposal.periodEnd ?? '') >= start,
    }));
    const result = keep(score('silent-period', fresh, labels));
    for (const proposal of fresh) {
      expect(proposal.explanation).toMatch(/^Usually [\d.]+ emails? a working day in Jeff Skilling’s official email .* on \d+ working days? from \d{4}-\d\d-\d\d to \d{4}-\d\d-\d\d; chance .*1 in/);
    }
    expect(result.recall).toBeGreaterThanOrEqual(0.75);
    expect(result.precision).toBeGreaterThanOrEqual(0.75);
  });

  it('off-record-move: phrases inserted into Enron emails, and the real requests for a call labelled by hand', () => {
    const control = detectOffRecordMoves(enron);
    const untouched = new Set(enron.records.map((record) => record.id).filter((id) => !control.some((proposal) => cites(proposal, id))));
    const labelled = new Map(tsv('off-record-enron-labels.tsv').map(([id = '', moves = '']) => [id, moves === '1']));
    for (const id of labelled.keys()) {
      untouched.delete(id);
    }
    const construction = insertPhrases(enron, untouched);
    const fresh = newProposals(detectOffRecordMoves(construction.input), control);
    expectQuotesExact(construction.input, fresh);
    const constructed = keep(
      score(
        'off-record-move (inserted)',
        fresh,
        construction.positives.map(({ id, phrase }) => ({ id: `“${phrase}” in ${id}`, matches: (proposal: GapProposal) => cites(proposal, id) })),
      ),
    );
    // Real Enron text: every email the lexicon without its exceptions matches, read and labelled.
    const natural = keep(
      score(
        'off-record-move (real Enron)',
        control,
        tsv('off-record-enron-labels.tsv')
          .filter(([, moves]) => moves === '1')
          .map(([id = '', , subject = '', passage = '']) => ({ id: `${subject}: “${passage}” (${id})`, matches: (proposal: GapProposal) => cites(proposal, id) })),
      ),
    );
    expect(constructed.recall).toBeGreaterThanOrEqual(0.85);
    expect(constructed.precision).toBeGreaterThanOrEqual(0.9);
    expect(natural.recall).toBeGreaterThanOrEqual(0.8);
    expect(natural.precision).toBeGreaterThanOrEqual(0.6);
  });

  it('personal-account-no-copy: Skilling’s sent mail rewritten as sent from a personal account, with and without official copies', () => {
    const originals = [...Object.values(PERSONAL_GROUPS).flat()].filter((path) => path.startsWith('sent_items/')).map((path) => recordAt(enron, `skilling-j/${path}`));
    let official = enron;
    for (const original of originals) {
      official = withoutMessage(official, original);
    }
    const input = union(official, personal);
    const proposals = detectPersonalAccountNoCopy(input, { officialDomains: ['enron.com'] });
    const personalRecord = (path: string): GapRecord | undefined =>
      personal.records.find((record) => record.copies.some((copy) => copy.sourceId === 's-personal' && copy.path === personalFileName(path)));
    const labels: Label[] = [...PERSONAL_GROUPS.noCopy, ...PERSONAL_GROUPS.forwardedLate].map((path) => ({
      id: path,
      matches: (proposal) => cites(proposal, personalRecord(path)?.id ?? '-'),
    }));
    const result = keep(score('personal-account-no-copy', proposals, labels));
    expect(detectPersonalAccountNoCopy(enron, { officialDomains: ['enron.com'] })).toEqual([]);
    expect(result.recall).toBeGreaterThanOrEqual(0.9);
    expect(result.precision).toBeGreaterThanOrEqual(0.9);
  });

  it('runs every detector at once with keys that do not depend on the order records were loaded in', () => {
    const input = union(chats, personal);
    const first = runDetectors(input, { options: { 'personal-account-no-copy': { officialDomains: ['enron.com'] } } });
    const reversed = runDetectors({ ...input, records: [...input.records].reverse() }, { options: { 'personal-account-no-copy': { officialDomains: ['enron.com'] } } });
    expect(reversed.map((proposal) => proposal.key)).toEqual(first.map((proposal) => proposal.key));
    expect([...new Set(first.map((proposal) => proposal.detector))]).toEqual(expect.arrayContaining(['ephemeral-markers', 'one-sided-conversation', 'personal-account-no-copy']));
    expect(runDetectors(input, { detectors: ['ephemeral-markers'] }).every((proposal) => proposal.detector === 'ephemeral-markers')).toBe(true);
  });
});
