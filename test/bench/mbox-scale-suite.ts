/**
 * `npm run bench -- mbox-scale [GB] [--distinct]`: a generated mbox of GB gigabytes (default 2)
 * through the app's ingest, against the issue's target of at most 600 MB peak RSS for a 2 GB
 * mbox. The mailbox is built in a temporary folder from skilling-j's real messages and removed
 * afterwards, also when the ingest fails.
 */
import { join } from 'node:path';
import { MB, fmt, say } from './bench-kit.js';
import type { SuiteResult } from './bench-kit.js';
import { KNOWN_WORD, SKILLING_MAILDIR } from './bench-paths.js';
import { generateInChild } from './generate-mbox-child.js';
import { ingestThroughApp } from './ingest-through-app.js';
import { makeTempFolder } from './temp-folders.js';

/** The issue's ceiling for a 2 GB mbox, in the bench's decimal MB. */
export const RSS_TARGET_BYTES = 600 * MB;

export async function runMboxScaleSuite(sizeGb: number, distinct: boolean): Promise<SuiteResult> {
  const work = await makeTempFolder('foia-bench-mbox-');
  try {
    say(`mbox    generating a ${sizeGb} GB mbox from skilling-j's real messages, repeated: every copy has a`);
    say(`        From_ line, a fresh Message-ID and an X-Bench-Copy: N header${distinct ? ', and "[bench copy N]" on its Subject' : ''}`);
    const made = await generateInChild({ sourceDir: SKILLING_MAILDIR, targetPath: join(work.path, 'skilling-j-repeated.mbox'), targetBytes: sizeGb * 1e9, distinct });
    const mbox = made.mbox;
    say(`        wrote ${fmt(mbox.bytes / MB)} MB: ${fmt(mbox.messages)} messages (${mbox.copies} passes over ${fmt(mbox.sourceMessages)}) in ${fmt(made.ms / 1000, 1)} s`);
    if (!distinct) {
      // Copies differ only in Message-ID and X-Bench-Copy, which the app's duplicate detection
      // looks past by design; saying so keeps the duplicate count below from looking like a bug.
      say('        the app matches copies by content, not Message-ID, so repeats count as duplicates; --distinct makes each a new record');
    }
    say(`        ingesting ${fmt(mbox.bytes / MB)} MB through sources.add (minutes at this size)…`);
    const ours = await ingestThroughApp(mbox.path, KNOWN_WORD);
    const seconds = ours.ms / 1000;
    const withinTarget = ours.peakRssBytes <= RSS_TARGET_BYTES;
    say(`ours    ${fmt(seconds, 1)} s wall: ${fmt(mbox.messages / seconds)} messages/s, ${fmt(ours.bytes / MB / seconds, 2)} MB/s`);
    say(`        records added ${fmt(ours.recordsAdded)}, duplicates ${fmt(ours.duplicates)}, errors ${fmt(ours.errors)} (+${fmt(ours.warnings)} warnings)`);
    say(`        peak RSS ${fmt(ours.peakRssBytes / MB)} MB (whole process, VmHWM; ${fmt(ours.rssBeforeBytes / MB)} MB before the ingest${ours.peakIsOwn ? '' : '; includes earlier suites'})`);
    say(`        target ≤ ${fmt(RSS_TARGET_BYTES / MB)} MB for a 2 GB mbox: ${withinTarget ? 'met' : 'NOT met'}${sizeGb === 2 ? '' : ` (this run: ${sizeGb} GB)`}`);
    return {
      sizeGb,
      distinct,
      mbox: { bytes: mbox.bytes, messages: mbox.messages, copies: mbox.copies, sourceMessages: mbox.sourceMessages, generateSeconds: made.ms / 1000 },
      ours: { ...ours, seconds, messagesPerSecond: mbox.messages / seconds, megabytesPerSecond: ours.bytes / MB / seconds },
      rssTargetBytes: RSS_TARGET_BYTES,
      withinTarget,
    };
  } finally {
    await work.remove();
  }
}
