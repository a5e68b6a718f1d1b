/**
 * main.ts with Electron replaced by recording fakes: the Electron binary cannot run here, so this
 * checks that the shell wires the policy in window-options.ts into every Electron hook it must
 * (scheme, window, session, navigation, IPC, events, quit) and serves files the way it should.
 * The host is faked too, so the test depends on the shell alone.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Reply } from '../../../../shared/ipc/client.js';
import { APP_CONTENT_SECURITY_POLICY, secureWindowOptions } from '../../../../main/electron/window-options.js';

type Listener = (...args: unknown[]) => unknown;
type RequestHandler = (request: { url: string }) => Promise<Response>;
type IpcHandler = (event: unknown, ...args: unknown[]) => Promise<Reply>;

const state = vi.hoisted(() => {
  const emitter = () => {
    const listeners = new Map<string, Listener[]>();
    return {
      listeners,
      on(event: string, listener: Listener) {
        listeners.set(event, [...(listeners.get(event) ?? []), listener]);
        return this;
      },
      once(event: string, listener: Listener) {
        listeners.set(event, [...(listeners.get(event) ?? []), listener]);
        return this;
      },
      fire(event: string, ...args: unknown[]) {
        for (const listener of listeners.get(event) ?? []) {
          listener(...args);
        }
      },
    };
  };
  return {
    emitter,
    appRoot: '',
    userData: '',
    app: emitter(),
    session: emitter(),
    calls: [] as Array<[string, ...unknown[]]>,
    windows: [] as Array<{ options: unknown; webContents: { id: number; send: (...args: unknown[]) => void }; loaded: string[] }>,
    protocolHandlers: new Map<string, (request: { url: string }) => Promise<Response>>(),
    ipcHandlers: new Map<string, (event: unknown, ...args: unknown[]) => Promise<unknown>>(),
    sent: [] as unknown[][],
    host: {
      dispatched: [] as unknown[][],
      eventListener: null as null | ((name: string, payload: unknown) => void),
      closed: 0,
      options: null as unknown,
    },
  };
});

vi.mock('electron', () => {
  const record = (name: string) => (...args: unknown[]) => {
    state.calls.push([name, ...args]);
  };
  class BrowserWindow {
    private readonly events = state.emitter();
    readonly webContents = { id: 7, send: (...args: unknown[]) => state.sent.push(args) };
    readonly loaded: string[] = [];
    constructor(readonly options: unknown) {
      state.windows.push(this);
    }
    on(event: string, listener: Listener) {
      this.events.on(event, listener);
      return this;
    }
    once(event: string, listener: Listener) {
      this.events.once(event, listener);
      return this;
    }
    isDestroyed() {
      return false;
    }
    show() {}
    async loadURL(url: string) {
      this.loaded.push(url);
    }
  }
  const app = {
    ...state.app,
    on: (event: string, listener: Listener) => state.app.on(event, listener),
    requestSingleInstanceLock: () => true,
    whenReady: async () => undefined,
    enableSandbox: record('app.enableSandbox'),
    quit: record('app.quit'),
    getAppPath: () => state.appRoot,
    getPath: (name: string) => (name === 'userData' ? state.userData : `/unused/${name}`),
    getVersion: () => '9.8.7',
    isPackaged: false,
    setAboutPanelOptions: record('app.setAboutPanelOptions'),
  };
  const defaultSession = {
    on: (event: string, listener: Listener) => state.session.on(event, listener),
    setPermissionRequestHandler: record('session.setPermissionRequestHandler'),
    setPermissionCheckHandler: record('session.setPermissionCheckHandler'),
    setDevicePermissionHandler: record('session.setDevicePermissionHandler'),
    webRequest: { onBeforeRequest: record('webRequest.onBeforeRequest') },
  };
  return {
    app,
    BrowserWindow,
    session: { defaultSession },
    protocol: {
      registerSchemesAsPrivileged: record('protocol.registerSchemesAsPrivileged'),
      handle: (scheme: string, handler: RequestHandler) => state.protocolHandlers.set(scheme, handler),
    },
    ipcMain: { handle: (channel: string, handler: IpcHandler) => state.ipcHandlers.set(channel, handler) },
    Menu: { buildFromTemplate: (template: unknown) => template, setApplicationMenu: record('Menu.setApplicationMenu') },
    dialog: { showOpenDialog: async () => ({ canceled: true, filePaths: [] }) },
  };
});

vi.mock('../../../../main/host/create-host.js', () => ({
  createHost: (options: unknown) => {
    state.host.options = options;
    return {
      dispatcher: {
        dispatch: async (name: string, args: unknown): Promise<Reply> => {
          state.host.dispatched.push([name, args]);
          return { ok: true, value: `did ${name}` };
        },
      },
      events: {
        subscribe: (listener: (name: string, payload: unknown) => void) => {
          state.host.eventListener = listener;
          return () => {
            state.host.eventListener = null;
          };
        },
      },
      close: async () => {
        state.host.closed += 1;
      },
    };
  },
}));

function callsTo(name: string): unknown[][] {
  return state.calls.filter(([called]) => called === name).map(([, ...args]) => args);
}

function onlyArg<T>(name: string): T {
  const calls = callsTo(name);
  expect(calls, name).toHaveLength(1);
  return calls[0]?.[0] as T;
}

beforeAll(async () => {
  state.appRoot = mkdtempSync(join(tmpdir(), 'foia-shell-'));
  state.userData = join(state.appRoot, 'user-data');
  mkdirSync(join(state.appRoot, 'build', 'renderer', 'assets'), { recursive: true });
  writeFileSync(join(state.appRoot, 'build', 'renderer', 'index.html'), '<!doctype html><title>FOIA</title>');
  writeFileSync(join(state.appRoot, 'build', 'renderer', 'assets', 'index.js'), 'console.log(1)');
  writeFileSync(join(state.appRoot, 'secret.txt'), 'outside the renderer');
  await import('../../../../main/electron/main.js');
});

afterAll(() => {
  rmSync(state.appRoot, { recursive: true, force: true });
});

describe('startup', () => {
  it('registers app:// as a privileged scheme and sandboxes every renderer', () => {
    expect(onlyArg<unknown>('protocol.registerSchemesAsPrivileged')).toEqual([
      { scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) },
    ]);
    expect(callsTo('app.enableSandbox')).toHaveLength(1);
  });

  it('opens one window with the secure options and the bundled preload, on app://app/index.html', () => {
    expect(state.windows).toHaveLength(1);
    const [window] = state.windows;
    expect(window?.options).toEqual(secureWindowOptions(join(state.appRoot, 'build', 'main', 'electron', 'preload.cjs')));
    expect(window?.loaded).toEqual(['app://app/index.html']);
  });

  it('creates a desktop host with native dialogs and the development layout', () => {
    expect(state.host.options).toMatchObject({
      mode: 'desktop',
      version: '9.8.7',
      resourcesDir: join(state.appRoot, 'resources'),
      sampleCaseDir: join(state.userData, 'sample-case'),
      nativeBinding: undefined,
      dialogs: expect.objectContaining({ supported: true }),
    });
  });

  it('installs a menu', () => {
    expect(callsTo('Menu.setApplicationMenu')).toHaveLength(1);
  });
});

describe('app:// protocol', () => {
  const serve = (url: string): Promise<Response> => {
    const handler = state.protocolHandlers.get('app');
    if (!handler) {
      throw new Error('no app:// handler');
    }
    return handler({ url });
  };

  it('serves renderer files with the CSP', async () => {
    const response = await serve('app://app/index.html');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(APP_CONTENT_SECURITY_POLICY);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toContain('<title>FOIA</title>');
    const script = await serve('app://app/assets/index.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it.each([
    'app://app/..%2fsecret.txt',
    'app://app/..%2f..%2f..%2fsecret.txt',
    'app://app/assets/',
    'app://app/missing.js',
    'app://evil/index.html',
  ])('answers 404 for %s', async (url) => {
    const response = await serve(url);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('outside the renderer');
  });
});

describe('session lockdown', () => {
  it('denies every permission request and check', () => {
    const request = onlyArg<(contents: unknown, permission: string, callback: (granted: boolean) => void) => void>(
      'session.setPermissionRequestHandler',
    );
    const answers: boolean[] = [];
    request({}, 'media', (granted) => answers.push(granted));
    request({}, 'notifications', (granted) => answers.push(granted));
    expect(answers).toEqual([false, false]);
    const check = onlyArg<() => boolean>('session.setPermissionCheckHandler');
    expect(check()).toBe(false);
  });

  it('cancels every request that is not app:// or devtools://', () => {
    const listener = onlyArg<(details: { url: string }, callback: (response: { cancel: boolean }) => void) => void>(
      'webRequest.onBeforeRequest',
    );
    const cancelled = (url: string): boolean | undefined => {
      let result: boolean | undefined;
      listener({ url }, (response) => {
        result = response.cancel;
      });
      return result;
    };
    expect(cancelled('app://app/assets/index.js')).toBe(false);
    expect(cancelled('devtools://devtools/bundled/inspector.html')).toBe(false);
    expect(cancelled('https://tracker.example/pixel.gif')).toBe(true);
    expect(cancelled('file:///etc/passwd')).toBe(true);
  });

  it('refuses downloads', () => {
    const prevented: boolean[] = [];
    state.session.fire('will-download', { preventDefault: () => prevented.push(true) });
    expect(prevented).toEqual([true]);
  });
});

describe('every WebContents', () => {
  const contents = state.emitter();
  let openHandler: (() => unknown) | null = null;

  beforeAll(() => {
    state.app.fire('web-contents-created', {}, {
      ...contents,
      on: (event: string, listener: Listener) => contents.on(event, listener),
      setWindowOpenHandler: (handler: () => unknown) => {
        openHandler = handler;
      },
    });
  });

  it.each(['will-navigate', 'will-redirect'])('%s stays on the app', (event) => {
    const attempt = (url: string): boolean => {
      let prevented = false;
      contents.fire(event, { url, preventDefault: () => (prevented = true) });
      return prevented;
    };
    expect(attempt('app://app/index.html#/search')).toBe(false);
    expect(attempt('https://evil.example/')).toBe(true);
    expect(attempt('app://app.evil/index.html')).toBe(true);
    expect(attempt('file:///etc/passwd')).toBe(true);
  });

  it('denies new windows and webviews', () => {
    expect(openHandler?.()).toEqual({ action: 'deny' });
    let prevented = false;
    contents.fire('will-attach-webview', { preventDefault: () => (prevented = true) });
    expect(prevented).toBe(true);
  });
});

describe('IPC', () => {
  const call = (event: unknown, name: unknown, args: unknown): Promise<unknown> => {
    const handler = state.ipcHandlers.get('foia:call');
    if (!handler) {
      throw new Error('no foia:call handler');
    }
    return handler(event, name, args);
  };
  const mainFrame = { url: 'app://app/index.html', parent: null };

  it('dispatches calls from the main window’s top frame', async () => {
    await expect(call({ sender: { id: 7 }, senderFrame: mainFrame }, 'app.info', {})).resolves.toEqual({ ok: true, value: 'did app.info' });
    expect(state.host.dispatched).toContainEqual(['app.info', {}]);
  });

  it.each([
    ['a subframe', { sender: { id: 7 }, senderFrame: { url: 'app://app/index.html', parent: mainFrame } }],
    ['another WebContents', { sender: { id: 8 }, senderFrame: mainFrame }],
    ['a foreign page', { sender: { id: 7 }, senderFrame: { url: 'https://evil.example/', parent: null } }],
    ['a frame that is gone', { sender: { id: 7 }, senderFrame: null }],
  ])('refuses calls from %s without reaching the host', async (_label, event) => {
    const before = state.host.dispatched.length;
    await expect(call(event, 'case.close', {})).resolves.toMatchObject({ ok: false, error: { code: 'invalid-args' } });
    expect(state.host.dispatched).toHaveLength(before);
  });

  it('forwards host events to the window on foia:event', () => {
    state.host.eventListener?.('ingest.progress', { jobId: 'j1' });
    expect(state.sent).toContainEqual(['foia:event', 'ingest.progress', { jobId: 'j1' }]);
  });
});

describe('quit', () => {
  it('holds the quit until the host has closed, then quits once', async () => {
    let prevented = 0;
    state.app.fire('will-quit', { preventDefault: () => (prevented += 1) });
    state.app.fire('will-quit', { preventDefault: () => (prevented += 1) });
    await vi.waitFor(() => expect(callsTo('app.quit')).toHaveLength(1));
    expect(state.host.closed).toBe(1);
    expect(prevented).toBe(2);
    state.app.fire('will-quit', { preventDefault: () => (prevented += 1) });
    expect(prevented).toBe(2);
  });
});
