import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../shared/errors.js';
import type { PacketResult } from '../../../../shared/model/packet.js';
import { batesProblem, createPacketModel } from '../../../../renderer/state/packet-model.js';
import { createFakeClient } from './fake-client.js';

const built: PacketResult = {
  id: 'p_00000001',
  requestId: 'q_00000001',
  createdAt: '2026-12-07T00:00:00.000Z',
  variant: 'single',
  folder: '/cases/a/packets/CITY-000101-CITY-000104-00000001',
  path: '/cases/a/packets/CITY-000101-CITY-000104-00000001/CITY-000101-CITY-000104.pdf',
  sha256: 'd'.repeat(64),
  pageCount: 4,
  recordCount: 2,
  batesFirst: 'CITY-000101',
  batesLast: 'CITY-000104',
  files: [],
  manifestPath: '/cases/a/packets/CITY-000101-CITY-000104-00000001/manifest.json',
  entries: [],
  verification: { pagesRead: 4, milliseconds: 120 },
  uncovered: [],
  drawnFromText: [],
};

const page = { dataUrl: 'data:image/png;base64,AA==', widthPx: 900, heightPx: 1165, page: 1, pageCount: 4 };

function setup() {
  const client = createFakeClient({
    'packet.build': () => built,
    'packet.defaults': () => ({ coverLetter: 'Dear {{requester}},', coverLetterFields: ['requester'] }),
    'packet.list': () => [],
    'packet.pageImage': ({ page: wanted }) => ({ ...page, page: wanted }),
    'task.cancel': () => ({ cancelled: true }),
    'dialog.showInFolder': () => ({ shown: false }),
  });
  return { client, model: createPacketModel({ client, makeJobId: () => 'job-1' }) };
}

describe('packet model', () => {
  it('validates the Bates prefix, start and digits like the backend does', () => {
    expect(batesProblem({ batesPrefix: 'CITY-', batesStart: 1 })).toBeNull();
    expect(batesProblem({ batesPrefix: '-bad', batesStart: 1 })).toMatch(/prefix/);
    expect(batesProblem({ batesPrefix: 'has space', batesStart: 1 })).toMatch(/prefix/);
    expect(batesProblem({ batesPrefix: 'OK', batesStart: 0 })).toMatch(/first Bates number/);
    expect(batesProblem({ batesPrefix: 'OK', batesStart: Number.NaN })).toMatch(/first Bates number/);
    expect(batesProblem({ batesPrefix: 'OK', batesStart: 1.5 })).toMatch(/first Bates number/);
    expect(batesProblem({ batesPrefix: 'OK', batesStart: 1, batesWidth: 13 })).toMatch(/1 to 12 digits/);
  });

  it('builds with every choice, the cover letter from the defaults, then previews page 1', async () => {
    const { client, model } = setup();
    await model.actions.load('q_00000001');
    model.actions.choose({ batesPrefix: 'CITY-', batesStart: 101, batesPosition: 'top-right', order: 'family', variant: 'per-record' });
    expect(await model.actions.build('q_00000001')).toEqual(built);
    expect(client.calls.find((call) => call.name === 'packet.build')?.args).toEqual({
      requestId: 'q_00000001',
      batesPrefix: 'CITY-',
      batesStart: 101,
      batesWidth: 6,
      batesPosition: 'top-right',
      order: 'family',
      variant: 'per-record',
      coverLetter: 'Dear {{requester}},',
      jobId: 'job-1',
    });
    expect(model.store.get()).toMatchObject({ building: false, result: built, error: null, preview: { packetId: 'p_00000001', page: 1, pageCount: 4, loading: false } });
    await model.actions.preview('p_00000001', 2);
    expect(model.store.get().preview?.page).toBe(2);
  });

  it('sends no cover letter when it is switched off, shows progress, and cancels by job id', async () => {
    const { client, model } = setup();
    let finish: (result: PacketResult) => void = () => undefined;
    client.handlers['packet.build'] = () => new Promise<PacketResult>((resolve) => (finish = resolve));
    model.actions.choose({ withCoverLetter: false });
    const running = model.actions.build('q_00000001');
    client.emit('task.progress', { jobId: 'job-1', kind: 'packet', stage: 'Drawing pages', done: 10, total: 40 });
    expect(model.store.get()).toMatchObject({ building: true, progress: { done: 10, total: 40 } });
    await model.actions.cancel();
    expect(client.calls.at(-1)).toEqual({ name: 'task.cancel', args: { jobId: 'job-1' } });
    finish(built);
    await running;
    expect(client.calls.find((call) => call.name === 'packet.build')?.args).toMatchObject({ coverLetter: null });
    expect(model.store.get().progress).toBeNull();
  });

  it('refuses without a request or with bad numbering, without calling the backend', async () => {
    const { client, model } = setup();
    expect(await model.actions.build(null)).toBeNull();
    expect(model.store.get().error).toMatch(/request/);
    model.actions.choose({ batesPrefix: '' });
    expect(await model.actions.build('q_00000001')).toBeNull();
    expect(model.store.get().error).toMatch(/prefix/);
    expect(client.calls).toEqual([]);
  });

  it('shows a failed build’s message, and says where the packet is when the host cannot show the folder', async () => {
    const { client, model } = setup();
    client.handlers['packet.build'] = () => {
      throw new AppError('packet-unverified', 'The packet failed its checks and was not written: Page CITY-000103: the redacted text “Dana” can be read');
    };
    expect(await model.actions.build('q_00000001')).toBeNull();
    expect(model.store.get()).toMatchObject({ building: false, result: null });
    expect(model.store.get().error).toMatch(/failed its checks/);
    await model.actions.showInFolder(built.path);
    expect(model.store.get().showMessage).toMatch(/browser mode/);
  });
});
