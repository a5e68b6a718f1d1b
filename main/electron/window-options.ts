/**
 * The desktop app's security baseline as plain data and pure functions: window settings, the
 * Content-Security-Policy, and every URL decision the shell makes (which navigations, requests
 * and IPC senders to trust, which file an `app://` request may read).
 *
 * Why a separate file: `main.ts` only wires these into Electron, so the decisions can be unit
 * tested in Node without launching Electron, and a reviewer can audit the whole policy in one
 * place. This file must never import `electron` at runtime (types only), which a test enforces.
 *
 * Every check parses the URL with the WHATWG parser and compares its parts exactly. Electron's
 * security checklist warns that `startsWith` on a raw string is fooled by `app://app.evil/` or
 * `app://app@evil/`. Node parses `app:` as a non-special scheme (Chromium, where it is registered
 * as standard, also lowercases the host); that difference can only make these checks stricter.
 */
import type { BrowserWindowConstructorOptions, Privileges, WebPreferences } from 'electron';
import { contentTypeOf, resolveInside } from '../host/static-files.js';
import { contentSecurityPolicy } from '../../shared/content-security-policy.js';

/** The custom scheme the renderer is served from; never `file://`, whose origin is shared by every local file. */
export const APP_SCHEME = 'app';

/** The single host under {@link APP_SCHEME}; anything else (`app://app.evil`) is foreign. */
export const APP_HOST = 'app';

/** The page the main window opens. */
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/**
 * Privileges for `protocol.registerSchemesAsPrivileged`. `standard` gives the scheme a real
 * origin (so relative URLs, `'self'` in the CSP and same-origin checks work) and `secure` makes
 * it a secure context. `corsEnabled` is there because Vite emits `<script type="module"
 * crossorigin>`, which Chromium loads in CORS mode. Deliberately absent: `bypassCSP`.
 */
export const APP_SCHEME_PRIVILEGES: Readonly<Privileges> = Object.freeze({
  standard: true,
  secure: true,
  supportFetchAPI: true,
  corsEnabled: true,
  codeCache: true,
});

/**
 * The policy sent as a header on every `app://` response: `connect-src 'none'`, because the
 * desktop renderer reaches the backend through the preload, never over the network.
 */
export const APP_CONTENT_SECURITY_POLICY = contentSecurityPolicy("'none'");

/**
 * Options for the main `BrowserWindow`. The renderer gets no Node, runs in Chromium's sandbox,
 * and sees the backend only through the preload's bridge in an isolated world.
 */
export function secureWindowOptions(preloadPath: string): BrowserWindowConstructorOptions & { webPreferences: WebPreferences } {
  return {
    title: 'FOIA Workbench',
    width: 1400,
    height: 900,
    minWidth: 960,
    minHeight: 600,
    // Shown on 'ready-to-show' so the user never sees an empty frame (light or dark).
    show: false,
    webPreferences: {
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      // Chromium's spellchecker downloads dictionaries; the app makes no network requests.
      spellcheck: false,
      preload: preloadPath,
    },
  };
}

/** Parses `url` and returns it only when it is on the app's own origin (`app://app`, no user, no port). */
function parseAppUrl(url: string): URL | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  const onAppOrigin =
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.hostname === APP_HOST &&
    parsed.port === '' &&
    parsed.username === '' &&
    parsed.password === '';
  return onAppOrigin ? parsed : null;
}

/** Whether the main frame may navigate (or be redirected) to `url`: only within `app://app/`. */
export function isAllowedNavigation(url: string): boolean {
  return parseAppUrl(url) !== null;
}

/**
 * Whether the session may issue a request for `url` at all. The app loads nothing remote: its
 * own files, and DevTools' internal pages when a developer opens them. Email HTML (shown in a
 * later issue) with tracking pixels or remote stylesheets will therefore stay inert.
 */
export function isAllowedRequest(url: string): boolean {
  if (parseAppUrl(url) !== null) {
    return true;
  }
  try {
    return new URL(url).protocol === 'devtools:';
  } catch {
    return false;
  }
}

/**
 * Maps an `app://app/<path>` request to a file inside `rendererDir`, or null when the URL is not
 * on the app origin or its (percent-decoded) path would leave the folder. `app://app/` is the
 * entry page. Existence is the caller's concern.
 */
export function resolveAppUrl(rendererDir: string, requestUrl: string): string | null {
  const parsed = parseAppUrl(requestUrl);
  if (parsed === null) {
    return null;
  }
  // The parser has already removed literal and `%2e%2e` dot segments; `resolveInside` decodes
  // what remains (`..%2f`, `%5c`, NUL) and refuses anything that resolves outside the folder.
  return resolveInside(rendererDir, parsed.pathname === '' ? '/' : parsed.pathname);
}

/**
 * Whether an IPC message comes from a frame we trust: the window's main frame showing the app
 * itself. Subframes (a future sandboxed email viewer) and any page that somehow navigated elsewhere
 * are refused; `frameUrl` is null when the frame has gone away.
 */
export function validateIpcSender(frameUrl: string | null | undefined, isMainFrame: boolean): boolean {
  return isMainFrame && typeof frameUrl === 'string' && parseAppUrl(frameUrl) !== null;
}

/**
 * Headers for a file served over `app://`. With `nosniff`, a file of an unknown type is never
 * run as script, and the CSP travels with every document rather than relying on a meta tag.
 */
export function appResponseHeaders(filePath: string): Record<string, string> {
  return {
    'content-type': contentTypeOf(filePath),
    'content-security-policy': APP_CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cross-origin-opener-policy': 'same-origin',
    'cache-control': 'no-cache',
  };
}
