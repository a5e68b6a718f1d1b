/** `npm run bench -- tag`: coding up to 200 records in one call (the case write and an audit line each). */
import { fmt, say, timed } from './bench-kit.js';
import type { SuiteResult } from './bench-kit.js';
import type { ReviewFixture } from './review-fixture.js';

export async function runTagSuite(fixture: ReviewFixture): Promise<SuiteResult> {
  const recordIds = await fixture.codingIds();
  const { ms } = await timed(() =>
    fixture.client.call('records.code', { requestId: fixture.requestId, recordIds, decision: 'release-in-full' }),
  );
  fixture.markTagged();
  say(`tag     ${fmt(recordIds.length)} records in ${fmt(ms)} ms`);
  return { records: recordIds.length, ms };
}
