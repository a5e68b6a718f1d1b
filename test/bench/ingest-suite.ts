/**
 * `npm run bench -- ingest [PATH]`: our ingest of PATH against Debian's recollindex and
 * notmuch new over the same files, each timed as one whole run from an empty index; then chat
 * messages/s and document MB/s on the corpus (formats-suite.ts).
 *
 * Every tool divides the same message count, made by the bench itself (count-messages.ts), and
 * each reports afterwards how many messages it indexed and how many hits a known word gets, so
 * a tool that skipped or misread the mail cannot look fast.
 */
import { stat } from 'node:fs/promises';
import { MB, fmt, printTable, say } from './bench-kit.js';
import type { SuiteResult } from './bench-kit.js';
import { KNOWN_WORD } from './bench-paths.js';
import { countMessages } from './count-messages.js';
import { ensureExternalTools } from './external/ensure-tools.js';
import type { IndexerOutcome } from './external/indexer-outcome.js';
import { isSkipped } from './external/indexer-outcome.js';
import { indexWithNotmuch } from './external/notmuch-indexer.js';
import { indexWithRecoll } from './external/recoll-indexer.js';
import { runFormatsBench } from './formats-suite.js';
import { ingestThroughApp } from './ingest-through-app.js';

function mb(bytes: number | null): string {
  return bytes === null ? '?' : fmt(bytes / MB);
}

function ratio(ours: number, theirs: number | null): string {
  return theirs === null || theirs === 0 ? '?' : `${(ours / theirs).toFixed(2)}×`;
}

export async function runIngestSuite(path: string): Promise<SuiteResult> {
  await stat(path);
  // Reading every file once also puts them in the page cache, so no tool pays for a cold disk.
  const input = await countMessages(path);
  say(`ingest  ${path}`);
  say(`        ${fmt(input.messages)} messages in ${fmt(input.files)} files (counted by the bench)`);

  const ours = await ingestThroughApp(path, KNOWN_WORD);
  const seconds = ours.ms / 1000;
  say(`ours    ${fmt(seconds, 2)} s wall: ${fmt(input.messages / seconds)} messages/s, ${fmt(ours.bytes / MB / seconds, 2)} MB/s (${fmt(ours.bytes / MB, 1)} MB in ${fmt(ours.files)} files)`);
  say(`        records added ${fmt(ours.recordsAdded)}, duplicates ${fmt(ours.duplicates)}, errors ${fmt(ours.errors)} (+${fmt(ours.warnings)} warnings)`);
  say(`        peak RSS ${mb(ours.peakRssBytes)} MB (whole process, VmHWM; ${mb(ours.rssBeforeBytes)} MB before the ingest${ours.peakIsOwn ? '' : '; includes earlier suites'})`);

  const tools = ensureExternalTools();
  const outcomes: IndexerOutcome[] = [
    tools.recoll ? await indexWithRecoll(path, KNOWN_WORD) : { tool: 'recollindex', skipped: 'not installed' },
    tools.notmuch ? await indexWithNotmuch(path, KNOWN_WORD) : { tool: 'notmuch new', skipped: 'not installed' },
  ];

  say();
  const rows: string[][] = [
    ['ours (sources.add)', fmt(seconds, 2), fmt(input.messages / seconds), mb(ours.peakRssBytes), `${fmt(ours.recordsAdded)} records +${fmt(ours.duplicates)} dup`, fmt(ours.wordHits), '-', '-'],
  ];
  for (const outcome of outcomes) {
    if (isSkipped(outcome)) {
      rows.push([outcome.tool, 'skipped', '', '', outcome.skipped, '', '', '']);
      continue;
    }
    const theirSeconds = outcome.ms / 1000;
    rows.push([
      outcome.tool,
      fmt(theirSeconds, 2),
      fmt(input.messages / theirSeconds),
      mb(outcome.peakRssBytes),
      outcome.indexed === null ? '?' : fmt(outcome.indexed),
      outcome.wordHits === null ? '?' : fmt(outcome.wordHits),
      ratio(input.messages / seconds, input.messages / theirSeconds),
      ratio(ours.peakRssBytes, outcome.peakRssBytes),
    ]);
  }
  printTable(['tool', 'seconds', 'messages/s', 'peak RSS MB', 'indexed', `"${KNOWN_WORD}" hits`, 'speed ours/theirs', 'RSS ours/theirs'], rows);
  say('        speed ours/theirs above 1 means we are faster; RSS ours/theirs below 1 means we use less.');
  say('        Their RSS is the indexer process alone, sampled every 50 ms; ours is the whole app process.');
  for (const outcome of outcomes) {
    if (!isSkipped(outcome)) {
      say(`        ${outcome.tool}: indexed = ${outcome.indexedNote}`);
      if (outcome.problem !== null) {
        say(`WARNING ${outcome.problem}`);
      } else if (outcome.indexed !== input.messages) {
        say(`NOTE    ${outcome.tool} indexed ${fmt(outcome.indexed ?? 0)} of the ${fmt(input.messages)} messages the bench counted`);
      }
    }
  }
  say(`        ours: indexed = records added (emails and attachments; exact copies counted once, as duplicates)`);
  say();
  const formats = await runFormatsBench();

  return {
    path,
    input,
    knownWord: KNOWN_WORD,
    ours: { ...ours, seconds, messagesPerSecond: input.messages / seconds, megabytesPerSecond: ours.bytes / MB / seconds },
    formats,
    external: outcomes.map((outcome) =>
      isSkipped(outcome) ? outcome : { ...outcome, seconds: outcome.ms / 1000, messagesPerSecond: input.messages / (outcome.ms / 1000) },
    ),
  };
}
