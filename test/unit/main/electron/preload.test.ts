/**
 * The preload as Electron will load it: scripts/build-preload.mjs bundles it, and the bundle
 * runs in a fresh V8 context whose `require` knows only `electron`, as in a sandboxed renderer.
 * A bundle that needs any other module, or a Node global, fails here rather than as a blank
 * window on a user's machine.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RawChannel, Reply } from '../../../../shared/ipc/client.js';
import { CALL_NAMES, EVENT_NAMES } from '../../../../shared/ipc/contract.js';
import { BRIDGE_KEY, CALL_CHANNEL, EVENT_CHANNEL } from '../../../../main/electron/ipc-channels.js';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

type IpcListener = (event: unknown, ...args: unknown[]) => void;

/** Stand-ins for the two Electron modules a preload may use, recording what the bundle does. */
function fakeElectron(invokeImpl: (channel: string, ...args: unknown[]) => Promise<unknown>) {
  const exposed = new Map<string, unknown>();
  const listeners = new Map<string, Set<IpcListener>>();
  const invocations: unknown[][] = [];
  const electron = {
    contextBridge: {
      exposeInMainWorld: (key: string, api: unknown) => {
        exposed.set(key, api);
      },
    },
    ipcRenderer: {
      invoke: (channel: string, ...args: unknown[]) => {
        invocations.push([channel, ...args]);
        return invokeImpl(channel, ...args);
      },
      on: (channel: string, listener: IpcListener) => {
        const set = listeners.get(channel) ?? new Set();
        set.add(listener);
        listeners.set(channel, set);
      },
      removeListener: (channel: string, listener: IpcListener) => {
        listeners.get(channel)?.delete(listener);
      },
    },
  };
  const emit = (channel: string, ...args: unknown[]): void => {
    for (const listener of listeners.get(channel) ?? []) {
      listener({ sender: 'ipc-event-object' }, ...args);
    }
  };
  return { electron, exposed, listeners, invocations, emit };
}

let bundle = '';
let outDir = '';

beforeAll(() => {
  outDir = mkdtempSync(join(tmpdir(), 'foia-preload-'));
  const outfile = join(outDir, 'preload.cjs');
  execFileSync(process.execPath, [join(ROOT, 'scripts', 'build-preload.mjs'), '--outfile', outfile], { cwd: ROOT, stdio: 'pipe' });
  bundle = readFileSync(outfile, 'utf8');
});

afterAll(() => {
  rmSync(outDir, { recursive: true, force: true });
});

/** Runs the bundle the way Electron's sandboxed renderer does: a wrapper function, no Node. */
function loadPreload(invokeImpl: (channel: string, ...args: unknown[]) => Promise<unknown> = async () => ({ ok: true, value: null })) {
  const fake = fakeElectron(invokeImpl);
  const sandboxRequire = (id: string): unknown => {
    if (id === 'electron') {
      return fake.electron;
    }
    throw new Error(`a sandboxed preload cannot require '${id}'`);
  };
  const context = vm.createContext({});
  const wrapper = vm.runInContext(`(function (require, process) {\n${bundle}\n})`, context, { filename: 'preload.cjs' }) as (
    require: (id: string) => unknown,
    process: object,
  ) => void;
  wrapper(sandboxRequire, { type: 'renderer', sandboxed: true });
  const bridge = fake.exposed.get(BRIDGE_KEY) as RawChannel;
  return { ...fake, bridge };
}

/** The method names of `RawChannel`, read from its declaration so the test follows the type. */
function rawChannelKeys(): string[] {
  const path = join(ROOT, 'shared', 'ipc', 'client.ts');
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
  const declaration = source.statements.find(
    (statement): statement is ts.TypeAliasDeclaration => ts.isTypeAliasDeclaration(statement) && statement.name.text === 'RawChannel',
  );
  if (!declaration || !ts.isTypeLiteralNode(declaration.type)) {
    throw new Error('RawChannel is no longer a type literal in shared/ipc/client.ts');
  }
  return declaration.type.members.map((member) => (member.name ? member.name.getText(source) : '')).sort();
}

describe('preload bundle', () => {
  it('requires nothing but electron', () => {
    const required = [...bundle.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((match) => match[1]);
    expect(new Set(required)).toEqual(new Set(['electron']));
  });

  it('exposes one object, under the bridge key, with exactly the RawChannel methods', () => {
    const { exposed, bridge } = loadPreload();
    expect([...exposed.keys()]).toEqual([BRIDGE_KEY]);
    expect(Object.keys(bridge).sort()).toEqual(rawChannelKeys());
    expect(rawChannelKeys()).toEqual(['invoke', 'subscribe']);
    for (const key of Object.keys(bridge)) {
      expect(typeof (bridge as Record<string, unknown>)[key]).toBe('function');
    }
  });

  it('declares the bridge with `satisfies RawChannel`', () => {
    const text = readFileSync(join(ROOT, 'main', 'electron', 'preload.ts'), 'utf8');
    expect(text).toMatch(/\}\s*satisfies RawChannel;/);
  });
});

describe('foiaBridge.invoke', () => {
  it('forwards every contract call on the call channel and returns the reply', async () => {
    const { bridge, invocations } = loadPreload(async (_channel, name) => ({ ok: true, value: `reply to ${String(name)}` }));
    for (const name of CALL_NAMES) {
      await expect(bridge.invoke(name, { a: 1 })).resolves.toEqual({ ok: true, value: `reply to ${name}` });
    }
    expect(invocations).toEqual(CALL_NAMES.map((name) => [CALL_CHANNEL, name, { a: 1 }]));
  });

  it.each(['shell.openExternal', 'app.info ', '__proto__', 'constructor', 'toString', '', 'foia:call'])(
    'refuses %j without reaching the main process',
    async (name) => {
      const { bridge, invocations } = loadPreload();
      const reply: Reply = await bridge.invoke(name, {});
      expect(reply.ok).toBe(false);
      expect(reply.ok ? null : reply.error.code).toBe('invalid-args');
      expect(invocations).toEqual([]);
    },
  );

  it('refuses names that are not strings', async () => {
    const { bridge, invocations } = loadPreload();
    const reply = await bridge.invoke(42 as unknown as string, {});
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-args' } });
    expect(invocations).toEqual([]);
  });

  it('turns a rejected invoke into an internal error reply, not a thrown error', async () => {
    const { bridge } = loadPreload(async () => {
      throw new Error("No handler registered for 'foia:call'");
    });
    await expect(bridge.invoke('app.info', {})).resolves.toEqual({
      ok: false,
      error: { code: 'internal', message: "No handler registered for 'foia:call'" },
    });
  });
});

describe('foiaBridge.subscribe', () => {
  it('forwards contract events without the IPC event object, and stops after unsubscribe', () => {
    const { bridge, emit, listeners } = loadPreload();
    const received: unknown[][] = [];
    const unsubscribe = bridge.subscribe((name, payload) => received.push([name, payload]));
    for (const name of EVENT_NAMES) {
      emit(EVENT_CHANNEL, name, { n: 1 });
    }
    emit(EVENT_CHANNEL, 'not.an.event', { n: 2 });
    emit(EVENT_CHANNEL, 7, { n: 3 });
    emit('some-other-channel', EVENT_NAMES[0], { n: 4 });
    expect(received).toEqual(EVENT_NAMES.map((name) => [name, { n: 1 }]));

    unsubscribe();
    expect(listeners.get(EVENT_CHANNEL)?.size ?? 0).toBe(0);
    emit(EVENT_CHANNEL, EVENT_NAMES[0], { n: 5 });
    expect(received).toHaveLength(EVENT_NAMES.length);
  });
});
