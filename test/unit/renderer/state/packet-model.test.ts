import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../shared/errors.js';
import type { PacketResult } from '../../../../shared/model/packet.js';
import { batesProblem, createPacketModel } from '../../../../renderer/state/packet-model.js';
import { createFakeClient } from './fake-client.js';

const built: PacketResult = {
  path: '/cases/a/packets/FOIA-000001.pdf',
  sha256: 'd'.repeat(64),
  pageCount: 4,
  recordCount: 2,
  batesFirst: 'FOIA-000001',
  batesLast: 'FOIA-000004',
  entries: [],
};

describe('packet model', () => {
  it('validates the Bates prefix and start like the backend does', () => {
    expect(batesProblem({ batesPrefix: 'CITY-', batesStart: 1 })).toBeNull();
    expect(batesProblem({ batesPrefix: '-bad', batesStart: 1 })).toMatch(/prefix/);
    expect(batesProblem({ batesPrefix: 'has space', batesStart: 1 })).toMatch(/prefix/);
    expect(batesProblem({ batesPrefix: 'OK', batesStart: 0 })).toMatch(/first Bates number/);
    expect(batesProblem({ batesPrefix: 'OK', batesStart: Number.NaN })).toMatch(/first Bates number/);
    expect(batesProblem({ batesPrefix: 'OK', batesStart: 1.5 })).toMatch(/first Bates number/);
  });

  it('builds for the given request with the chosen numbering', async () => {
    const client = createFakeClient({ 'packet.build': () => built });
    const model = createPacketModel({ client });
    model.actions.setBatesPrefix('CITY-');
    model.actions.setBatesStart(101);
    expect(await model.actions.build('q_00000001')).toEqual(built);
    expect(client.calls[0]).toEqual({ name: 'packet.build', args: { requestId: 'q_00000001', batesPrefix: 'CITY-', batesStart: 101 } });
    expect(model.store.get()).toMatchObject({ building: false, result: built, error: null });
  });

  it('refuses without a request or with bad numbering, without calling the backend', async () => {
    const client = createFakeClient({ 'packet.build': () => built });
    const model = createPacketModel({ client });
    expect(await model.actions.build(null)).toBeNull();
    expect(model.store.get().error).toMatch(/request/);
    model.actions.setBatesPrefix('');
    expect(await model.actions.build('q_00000001')).toBeNull();
    expect(model.store.get().error).toMatch(/prefix/);
    expect(client.calls).toEqual([]);
  });

  it('shows a failed build’s message', async () => {
    const client = createFakeClient({
      'packet.build': () => {
        throw new AppError('invalid-args', 'No records are coded responsive to this request');
      },
    });
    const model = createPacketModel({ client });
    expect(await model.actions.build('q_00000001')).toBeNull();
    expect(model.store.get()).toMatchObject({ building: false, result: null, error: 'No records are coded responsive to this request' });
  });
});
