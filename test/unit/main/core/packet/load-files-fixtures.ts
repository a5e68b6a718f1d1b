/**
 * One small split packet for the load-file tests: a cover letter, an index, an email released in
 * part with its attachment, a two-message chat transcript, a record withheld in full and the
 * withholding index. Each field a load file carries is exercised once: a redacted recipient, a
 * family range, a transcript's shared range, an empty header for a withheld record, a subject
 * with a line break and a thorn.
 */
import { splitPacketPlan, type PacketPart } from '../../../../../main/core/packet/assemble-split.js';
import type { PacketInput } from '../../../../../main/core/packet/packet-input.js';
import type { PacketPlan } from '../../../../../main/core/packet/packet-plan.js';
import { B5, B6, handPlan, makeInput, makeItem, makeRecord, makeRedaction } from './assemble-fixtures.js';

export function loadFileScenario(): { input: PacketInput; plan: PacketPlan; parts: PacketPart[] } {
  const to = 'Sam Planner <sam@city.example>, ';
  const jane = 'Jane Roe <jane@home.example>';
  const email = makeRecord({
    id: 'r-mail',
    title: 'Road budget',
    date: '2024-03-05T09:30:00-05:00',
    to: [
      { name: 'Sam Planner', address: 'sam@city.example' },
      { name: 'Jane Roe', address: 'jane@home.example' },
    ],
    familyId: 'r-mail',
    fileSha256: '1'.repeat(64),
  });
  const attachment = makeRecord({
    id: 'r-att',
    kind: 'attachment',
    title: 'budget.xlsx',
    filename: 'budget.xlsx',
    familyId: 'r-mail',
    parentId: 'r-mail',
    fileSha256: '2'.repeat(64),
    custodian: 'Sam Planner',
  });
  const chat = (id: string, date: string): ReturnType<typeof makeRecord> =>
    makeRecord({ id, kind: 'chat-message', title: 'Crew chat: …', date, from: 'Ólafur Þórsson', fromParticipant: { name: 'Ólafur Þórsson', address: '' }, to: [], fileSha256: '3'.repeat(64) });
  const withheld = makeRecord({ id: 'r-held', title: 'Personnel matter', date: null, fileSha256: '4'.repeat(64) });
  const input = makeInput(
    [
      makeItem(email, { decision: 'release-in-part', exemptions: [B6], redactions: [{ ...makeRedaction('r-mail', 'to', jane, [B6]), start: to.length, end: to.length + jane.length }] }),
      makeItem(attachment),
      makeItem(chat('m-1', '2024-03-06T08:00:00+00:00')),
      makeItem(chat('m-2', '2024-03-06T08:05:00+00:00')),
      makeItem(withheld, { decision: 'withhold-in-full', exemptions: [B5, B6] }),
    ],
    'per-record',
  );
  const plan = handPlan([
    { kind: 'cover' },
    { kind: 'index' },
    { kind: 'record', recordId: 'r-mail', title: 'Road budget', pages: 2 },
    { kind: 'record', recordId: 'r-att', title: 'budget.xlsx', pages: 1 },
    { kind: 'record', recordId: 'm-1', recordIds: ['m-1', 'm-2'], title: 'Crew chat\nwith þ', pages: 2 },
    { kind: 'slip', recordId: 'r-held', title: '[title withheld]' },
    { kind: 'vaughn' },
  ]);
  return { input, plan, parts: splitPacketPlan(plan) };
}
