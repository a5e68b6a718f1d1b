/**
 * The desktop app's entry point: the thin Electron shell around the same host that browser mode
 * and the tests use. It wires the pure policy in `window-options.ts` into Electron (the `app://`
 * scheme, the window, navigation and permission locks, request blocking, IPC sender checks) and
 * owns nothing else. Apart from the preload and the dialog port, this is the only file that
 * imports `electron` at run time.
 *
 * The backend runs here, in the main process, for now. Ingest parsing is CPU-heavy and will move
 * to worker threads in a later issue so the window stays responsive during a large import; until
 * then a long `sources.add` delays other calls but never blocks rendering, which is in its own
 * process.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session } from 'electron';
import type { IpcMainInvokeEvent, Session, WebContents } from 'electron';
import type { Reply } from '../../shared/ipc/client.js';
import { currentActor } from '../host/app-paths.js';
import { createHost } from '../host/create-host.js';
import type { Host } from '../host/create-host.js';
import { electronDialogs } from './electron-dialogs.js';
import { electronPaths } from './electron-paths.js';
import { CALL_CHANNEL, EVENT_CHANNEL } from './ipc-channels.js';
import { menuTemplate } from './menu-template.js';
import {
  APP_ENTRY_URL,
  APP_SCHEME,
  APP_SCHEME_PRIVILEGES,
  appResponseHeaders,
  isAllowedNavigation,
  isAllowedRequest,
  resolveAppUrl,
  secureWindowOptions,
  validateIpcSender,
} from './window-options.js';

// Both must happen before 'ready', so they run synchronously at load, before any await.
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { ...APP_SCHEME_PRIVILEGES } }]);
// Sandbox every renderer, including any that a future feature creates without our options.
app.enableSandbox();

let mainWindow: BrowserWindow | null = null;

if (!app.requestSingleInstanceLock()) {
  // Two instances would open the same case's index and audit log and interleave their writes.
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow && !mainWindow.isDestroyed()) {
      if (mainWindow.isMinimized()) {
        mainWindow.restore();
      }
      mainWindow.focus();
    }
  });
  // One window holds the one open case: closing it ends the session on every platform, so the
  // backend can close the case cleanly instead of lingering without a UI (the macOS default).
  app.on('window-all-closed', () => app.quit());
  // Applied to every WebContents, not only the main window's, so nothing created later (a
  // DevTools-opened page, a future window) escapes the navigation lock.
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  await app.whenReady();
  try {
    await start();
  } catch (error) {
    // Without this, a failed start leaves a process with no window and nothing on screen.
    console.error('FOIA Workbench could not start', error);
    dialog.showErrorBox('FOIA Workbench could not start', error instanceof Error ? error.message : String(error));
    app.exit(1);
  }
}

async function start(): Promise<void> {
  const paths = electronPaths({
    appRoot: app.getAppPath(),
    isPackaged: app.isPackaged,
    resourcesPath: process.resourcesPath,
    exists: existsSync,
  });
  lockDownSession(session.defaultSession);
  protocol.handle(APP_SCHEME, (request) => serveAppFile(paths.rendererDir, request.url));

  app.setAboutPanelOptions({ applicationName: 'FOIA Workbench', applicationVersion: app.getVersion() });
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate({ isDev: !app.isPackaged, platform: process.platform })));

  const window = new BrowserWindow(secureWindowOptions(paths.preloadPath));
  mainWindow = window;
  const host = createHost({
    mode: 'desktop',
    version: app.getVersion(),
    actor: currentActor(),
    dialogs: electronDialogs(window),
    resourcesDir: paths.resourcesDir,
    ingestWorkerPath: paths.ingestWorkerPath,
    sampleCaseDir: join(app.getPath('userData'), 'sample-case'),
    nativeBinding: paths.nativeBinding,
  });

  // Read once: a destroyed window's `webContents` getter throws.
  const contentsId = window.webContents.id;
  ipcMain.handle(CALL_CHANNEL, (event, name: unknown, args: unknown) => handleCall(host, contentsId, event, name, args));
  const unsubscribe = host.events.subscribe((name, payload) => {
    if (!window.isDestroyed()) {
      window.webContents.send(EVENT_CHANNEL, name, payload);
    }
  });
  window.on('closed', () => {
    unsubscribe();
    mainWindow = null;
  });
  window.once('ready-to-show', () => window.show());
  closeHostOnQuit(host);

  await window.loadURL(APP_ENTRY_URL);
}

/** Runs one contract call, but only for the main window's top frame showing the app itself. */
async function handleCall(host: Host, contentsId: number, event: IpcMainInvokeEvent, name: unknown, args: unknown): Promise<Reply> {
  const frame = event.senderFrame;
  if (event.sender.id !== contentsId || !validateIpcSender(frame?.url, frame !== null && frame.parent === null)) {
    return { ok: false, error: { code: 'invalid-args', message: 'Refused a call from an untrusted frame' } };
  }
  return host.dispatcher.dispatch(typeof name === 'string' ? name : String(name), args);
}

/** Serves a file of the renderer build over `app://`, with the CSP, or a 404. */
async function serveAppFile(rendererDir: string, url: string): Promise<Response> {
  const target = resolveAppUrl(rendererDir, url);
  // A directory or a missing file fails to read; both are a plain 404.
  const body = target === null ? null : await readFile(target).catch(() => null);
  if (target === null || body === null) {
    return new Response('Not found', {
      status: 404,
      headers: { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff' },
    });
  }
  return new Response(new Uint8Array(body), { status: 200, headers: appResponseHeaders(target) });
}

/** No permissions, no downloads, and no request that leaves the app (see `isAllowedRequest`). */
function lockDownSession(ses: Session): void {
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
  ses.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAllowedRequest(details.url) }));
  // Packets are written by the backend to a path the user chose; the page never downloads.
  ses.on('will-download', (event) => event.preventDefault());
}

/** Keeps every WebContents on the app's own pages: no navigation away, no popups, no webviews. */
function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => {
    if (!isAllowedNavigation(event.url)) {
      event.preventDefault();
    }
  });
  contents.on('will-redirect', (event) => {
    if (!isAllowedNavigation(event.url)) {
      event.preventDefault();
    }
  });
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** Holds the quit until the backend has cancelled its jobs and closed the case. */
function closeHostOnQuit(host: Host): void {
  let closed = false;
  let closing = false;
  app.on('will-quit', (event) => {
    if (closed) {
      return;
    }
    event.preventDefault();
    if (closing) {
      return;
    }
    closing = true;
    void (async () => {
      try {
        await host.close();
      } catch (error) {
        console.error('Failed to close the case cleanly', error);
      } finally {
        closed = true;
        app.quit();
      }
    })();
  });
}
