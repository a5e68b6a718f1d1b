/**
 * The case the tag and packet suites work on: Enron skilling-j ingested once into a
 * fresh case (setup, not a measurement), then shared by whichever of those suites run, so each
 * one times the same case whether it runs alone or after the others.
 */
import { fmt, say, timed } from './bench-kit.js';
import { openBenchCase } from './bench-case.js';
import type { BenchCase } from './bench-case.js';
import { SKILLING_MAILDIR } from './bench-paths.js';

/** The records tag and packet work on: the first page of 200 hits for this query. */
const CODING_QUERY = 'california';
const CODING_PAGE = 200;

export type ReviewFixture = BenchCase & {
  codingIds(): Promise<string[]>;
  /** Codes the records as responsive unless the tag suite already has (packet needs codings). */
  ensureTagged(): Promise<void>;
  markTagged(): void;
};

/** Opens the fixture on first use only, so `bench -- ingest` never pays for it. */
export function lazyReviewFixture(): { get(): Promise<ReviewFixture>; close(): Promise<void> } {
  let opening: Promise<ReviewFixture> | null = null;
  return {
    get: () => (opening ??= openReviewFixture()),
    close: async () => {
      // A fixture that failed to open has already closed itself.
      const fixture = await opening?.catch(() => null);
      opening = null;
      await fixture?.close();
    },
  };
}

export async function openReviewFixture(): Promise<ReviewFixture> {
  const benchCase = await openBenchCase('Bench review');
  let ids: string[] | null = null;
  let tagged = false;
  try {
    const { ms, value } = await timed(() =>
      benchCase.client.call('sources.add', { path: SKILLING_MAILDIR, custodian: 'Jeffrey Skilling', channel: 'official-email' }),
    );
    say(`setup   review case: skilling-j, ${fmt(value.recordsAdded)} records in ${fmt(ms / 1000, 1)} s (not a measurement)`);
  } catch (error) {
    await benchCase.close();
    throw error;
  }
  const fixture: ReviewFixture = {
    ...benchCase,
    async codingIds() {
      ids ??= (await benchCase.client.call('search.query', { query: CODING_QUERY, pageSize: CODING_PAGE })).hits.map((hit) => hit.id);
      return ids;
    },
    async ensureTagged() {
      if (!tagged) {
        const recordIds = await fixture.codingIds();
        await benchCase.client.call('records.code', { requestId: benchCase.requestId, recordIds, decision: 'release-in-full' });
        tagged = true;
      }
    },
    markTagged() {
      tagged = true;
    },
  };
  return fixture;
}
