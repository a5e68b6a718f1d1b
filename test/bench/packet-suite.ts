/** `npm run bench -- packet`: building the Bates-numbered PDF of the records the tag step coded. */
import { fmt, say, timed } from './bench-kit.js';
import type { SuiteResult } from './bench-kit.js';
import type { ReviewFixture } from './review-fixture.js';

export async function runPacketSuite(fixture: ReviewFixture): Promise<SuiteResult> {
  await fixture.ensureTagged();
  const { ms, value } = await timed(() => fixture.client.call('packet.build', { requestId: fixture.requestId, batesPrefix: 'BENCH-' }));
  say(`packet  ${fmt(value.recordCount)} records, ${fmt(value.pageCount)} pages in ${fmt(ms / 1000, 2)} s`);
  return { records: value.recordCount, pages: value.pageCount, seconds: ms / 1000 };
}
