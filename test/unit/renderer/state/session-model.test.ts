import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../shared/errors.js';
import type { CaseSummary } from '../../../../shared/model/case.js';
import { createSessionModel } from '../../../../renderer/state/session-model.js';
import { createFakeClient } from './fake-client.js';
import { caseSummary } from './fixtures.js';

const info = { version: '1.0.0', mode: 'browser' as const, dialogs: false, sampleCaseAvailable: true };

function setup(handlers: Parameters<typeof createFakeClient>[0] = {}) {
  const client = createFakeClient({ 'app.info': () => info, 'case.current': () => null, ...handlers });
  const changes: Array<CaseSummary | null> = [];
  const model = createSessionModel({
    client,
    onCaseChanged: async (summary) => {
      changes.push(summary);
    },
  });
  return { client, model, changes };
}

describe('session model', () => {
  it('init reads app info and finds no open case', async () => {
    const { model, changes } = setup();
    await model.actions.init();
    expect(model.store.get()).toMatchObject({ info, currentCase: null, ready: true, pending: null, error: null });
    expect(changes).toEqual([]);
  });

  it('init picks up a case that is already open (a reload) and announces it', async () => {
    const open = caseSummary({ recordCount: 0 });
    const { model, changes } = setup({ 'case.current': () => open });
    await model.actions.init();
    expect(model.store.get().currentCase).toEqual(open);
    // An empty case starts on Sources: there is nothing to review yet.
    expect(model.store.get().view).toBe('sources');
    expect(changes).toEqual([open]);
  });

  it('init failure is reported and still marks the app ready', async () => {
    const { model } = setup({
      'app.info': () => {
        throw new AppError('internal', 'backend exploded');
      },
    });
    await model.actions.init();
    expect(model.store.get()).toMatchObject({ ready: true, error: { action: 'init', message: 'backend exploded' } });
  });

  it('createCase trims input, opens the case and starts on Review when it has records', async () => {
    const created = caseSummary({ recordCount: 5 });
    const { client, model, changes } = setup({ 'case.create': () => created });
    expect(await model.actions.createCase({ path: '  /cases/a ', name: ' Case A ' })).toBe(true);
    expect(client.calls.at(-1)).toEqual({ name: 'case.create', args: { path: '/cases/a', name: 'Case A' } });
    expect(model.store.get()).toMatchObject({ currentCase: created, view: 'review', pending: null });
    expect(changes).toEqual([created]);
  });

  it('a failed open shows the AppError message tagged with its action', async () => {
    const { model, changes } = setup({
      'case.open': () => {
        throw new AppError('not-found', 'No case at /nowhere');
      },
    });
    expect(await model.actions.openCase('/nowhere')).toBe(false);
    expect(model.store.get()).toMatchObject({ currentCase: null, pending: null, error: { action: 'open', message: 'No case at /nowhere' } });
    expect(changes).toEqual([]);
  });

  it('shows which action is pending and refuses a second one meanwhile', async () => {
    let finish: (summary: CaseSummary) => void = () => undefined;
    const { client, model } = setup({ 'case.openSample': () => new Promise<CaseSummary>((resolve) => (finish = resolve)) });
    const opening = model.actions.openSample();
    expect(model.store.get().pending).toBe('sample');
    expect(await model.actions.openCase('/other')).toBe(false);
    finish(caseSummary());
    expect(await opening).toBe(true);
    expect(client.callNames()).toEqual(['case.openSample']);
  });

  it('closeCase clears the case and announces null', async () => {
    const { model, changes } = setup({ 'case.open': () => caseSummary(), 'case.close': () => ({ closed: true }) });
    await model.actions.openCase('/cases/a');
    await model.actions.closeCase();
    expect(model.store.get().currentCase).toBeNull();
    expect(changes.at(-1)).toBeNull();
  });

  it('pickFolder asks the host only when it has dialogs', async () => {
    const { client, model } = setup({ 'dialog.pickFolder': () => ({ path: '/picked' }) });
    await model.actions.init();
    expect(await model.actions.pickFolder('Choose')).toBeNull();
    expect(client.callNames()).not.toContain('dialog.pickFolder');

    client.handlers['app.info'] = () => ({ ...info, dialogs: true });
    await model.actions.init();
    expect(await model.actions.pickFolder('Choose')).toBe('/picked');
  });
});
