import { describe, expect, it } from 'vitest';
import type { CallInput } from '../../../../shared/ipc/contract.js';
import type { RedactionView } from '../../../../shared/model/review.js';
import { createRedactionsModel } from '../../../../renderer/state/redactions-model.js';
import { createFakeClient } from './fake-client.js';

const REQUEST = 'q_00000001';
const RECORD = 'r_00000001';

function view(overrides: Partial<RedactionView>): RedactionView {
  return {
    id: 'x_00000001',
    requestId: REQUEST,
    recordId: RECORD,
    field: 'body',
    start: 0,
    end: 4,
    quote: 'Dana',
    fieldSha256: 'a'.repeat(64),
    exemptions: [{ catalogue: 'us-foia', code: 'b6' }],
    note: '',
    createdAt: '',
    createdBy: 'officer',
    updatedAt: '',
    updatedBy: 'officer',
    status: 'ok',
    ...overrides,
  };
}

function setup() {
  const client = createFakeClient({
    'redactions.list': () => [view({ id: 'x_00000009', status: 'needs-recheck' })],
    'redactions.add': (args: CallInput<'redactions.add'>) => view({ id: 'x_00000002', start: args.start, end: args.end }),
    'redactions.remove': ({ redactionId }) => ({ removed: redactionId }),
    'redactions.update': (args: CallInput<'redactions.update'>) =>
      view({ id: args.redactionId, start: args.start ?? 0, end: args.end ?? 4, exemptions: (args.exemptions ?? []) as RedactionView['exemptions'], note: args.note ?? '' }),
  });
  return { client, model: createRedactionsModel({ client }) };
}

describe('redactions model', () => {
  it('lists the open record’s redactions, adds one over a body selection, and removes one', async () => {
    const { client, model } = setup();
    await model.actions.load(REQUEST, RECORD);
    expect(model.store.get().redactions.map((redaction) => [redaction.id, redaction.status])).toEqual([['x_00000009', 'needs-recheck']]);
    expect(await model.actions.add('body', 10, 14, [{ catalogue: 'us-foia', code: 'b6' }])).toBe(true);
    expect(client.calls.at(-1)).toEqual({
      name: 'redactions.add',
      args: { requestId: REQUEST, recordId: RECORD, field: 'body', start: 10, end: 14, exemptions: [{ catalogue: 'us-foia', code: 'b6' }] },
    });
    await model.actions.remove('x_00000009');
    expect(model.store.get().redactions.map((redaction) => redaction.id)).toEqual(['x_00000002']);
  });

  it('asks for a selection, an exemption and a request before calling the backend', async () => {
    const { client, model } = setup();
    await model.actions.load(null, RECORD);
    expect(await model.actions.add('body', 0, 4, [{ catalogue: 'us-foia', code: 'b6' }])).toBe(false);
    expect(model.store.get().error).toMatch(/request first/);
    await model.actions.load(REQUEST, RECORD);
    expect(await model.actions.add('subject', 4, 4, [{ catalogue: 'us-foia', code: 'b6' }])).toBe(false);
    expect(model.store.get().error).toMatch(/Select the text/);
    expect(await model.actions.add('body', 0, 4, [])).toBe(false);
    expect(model.store.get().error).toMatch(/exemption/);
    expect(client.callNames().filter((name) => name === 'redactions.add')).toEqual([]);
  });

  it('redacts a header field and edits a redaction’s extent and exemptions in place', async () => {
    const { client, model } = setup();
    await model.actions.load(REQUEST, RECORD);
    expect(await model.actions.add('subject', 0, 5, [{ catalogue: 'us-foia', code: 'b6' }])).toBe(true);
    expect(client.calls.at(-1)?.args).toMatchObject({ field: 'subject', start: 0, end: 5 });
    const b3 = [{ catalogue: 'us-foia' as const, code: 'b3', statute: '26 U.S.C. 6103' }];
    expect(await model.actions.update('x_00000009', { start: 2, end: 9, exemptions: b3 })).toBe(true);
    expect(client.calls.at(-1)).toEqual({ name: 'redactions.update', args: { redactionId: 'x_00000009', start: 2, end: 9, exemptions: b3 } });
    expect(model.store.get().redactions.map((redaction) => [redaction.id, redaction.start, redaction.end])).toEqual([
      ['x_00000009', 2, 9],
      ['x_00000002', 0, 5],
    ]);
  });

  it('refuses an edit that leaves no exemption or an empty extent, without calling the backend', async () => {
    const { client, model } = setup();
    await model.actions.load(REQUEST, RECORD);
    expect(await model.actions.update('x_00000009', { exemptions: [] })).toBe(false);
    expect(model.store.get().error).toMatch(/remove it instead/);
    expect(await model.actions.update('x_00000009', { start: 5, end: 5 })).toBe(false);
    expect(model.store.get().error).toMatch(/new extent/);
    expect(client.callNames().filter((name) => name === 'redactions.update')).toEqual([]);
  });
});
