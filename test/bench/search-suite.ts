/** `npm run bench -- search`: median and 95th percentile over fixed queries, first page of 25. */
import { fmt, percentile, say, timed } from './bench-kit.js';
import type { SuiteResult } from './bench-kit.js';
import type { ReviewFixture } from './review-fixture.js';

const QUERIES = ['california', 'energy crisis', '"power plant"', 'ferc OR commission', 'enron -broadband', 'subject:meeting', 'deriv*', 'skilling', 'gas price', 'board'];
const ROUNDS = 5;

export async function runSearchSuite(fixture: ReviewFixture): Promise<SuiteResult> {
  const times: number[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const query of QUERIES) {
      times.push((await timed(() => fixture.client.call('search.query', { query, pageSize: 25 }))).ms);
    }
  }
  const result = { queries: times.length, distinctQueries: QUERIES, p50Ms: percentile(times, 50), p95Ms: percentile(times, 95), maxMs: Math.max(...times) };
  say(`search  ${result.queries} queries (${QUERIES.length} × ${ROUNDS}): p50 ${fmt(result.p50Ms, 1)} ms, p95 ${fmt(result.p95Ms, 1)} ms, max ${fmt(result.maxMs, 1)} ms`);
  return result;
}
