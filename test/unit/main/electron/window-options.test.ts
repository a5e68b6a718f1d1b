import { join, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  APP_CONTENT_SECURITY_POLICY,
  APP_ENTRY_URL,
  APP_SCHEME_PRIVILEGES,
  appResponseHeaders,
  isAllowedNavigation,
  isAllowedRequest,
  resolveAppUrl,
  secureWindowOptions,
  validateIpcSender,
} from '../../../../main/electron/window-options.js';

const RENDERER_DIR = resolve('/opt/foia/build/renderer');

function isInsideRenderer(path: string | null): boolean {
  return path !== null && path.startsWith(RENDERER_DIR + sep);
}

describe('secureWindowOptions', () => {
  it('turns on every isolation and turns off every Node and remote-content switch', () => {
    const options = secureWindowOptions('/app/build/main/electron/preload.cjs');
    expect(options.webPreferences).toStrictEqual({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      preload: '/app/build/main/electron/preload.cjs',
    });
  });

  it('names the window and gives it a usable size, hidden until ready', () => {
    const options = secureWindowOptions('/p.cjs');
    expect(options.title).toBe('FOIA Workbench');
    expect(options.width).toBeGreaterThanOrEqual(options.minWidth ?? 0);
    expect(options.height).toBeGreaterThanOrEqual(options.minHeight ?? 0);
    expect(options.show).toBe(false);
  });

  it('returns a fresh object each time, so a caller cannot weaken the next window', () => {
    const first = secureWindowOptions('/p.cjs');
    first.webPreferences.sandbox = false;
    expect(secureWindowOptions('/p.cjs').webPreferences.sandbox).toBe(true);
  });
});

describe('APP_SCHEME_PRIVILEGES', () => {
  it('makes app:// a standard, secure scheme that does not bypass the CSP', () => {
    expect(APP_SCHEME_PRIVILEGES).toMatchObject({ standard: true, secure: true });
    expect(APP_SCHEME_PRIVILEGES).not.toHaveProperty('bypassCSP');
    expect(APP_SCHEME_PRIVILEGES).not.toHaveProperty('allowServiceWorkers');
  });
});

describe('APP_CONTENT_SECURITY_POLICY', () => {
  const directives = new Map(
    APP_CONTENT_SECURITY_POLICY.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );

  it('is exactly the documented policy', () => {
    expect(APP_CONTENT_SECURITY_POLICY).toBe(
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; object-src 'none'",
    );
  });

  it('allows no inline code, no eval and no remote host', () => {
    expect(APP_CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|unsafe-hashes|wasm-unsafe-eval|strict-dynamic/);
    expect(APP_CONTENT_SECURITY_POLICY).not.toMatch(/https?:|wss?:|\*/);
    const allowedSources = new Set(["'self'", "'none'", 'data:']);
    for (const [name, values] of directives) {
      for (const value of values) {
        expect(allowedSources.has(value), `${name} ${value}`).toBe(true);
      }
    }
  });

  it('denies by default and closes the directives default-src does not cover', () => {
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.get('connect-src')).toEqual(["'none'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('form-action')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('travels with every app:// response, with nosniff and a content type', () => {
    expect(appResponseHeaders('/x/index.html')).toMatchObject({
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': APP_CONTENT_SECURITY_POLICY,
      'x-content-type-options': 'nosniff',
    });
    expect(appResponseHeaders('/x/assets/index-abc.JS')['content-type']).toBe('text/javascript; charset=utf-8');
    expect(appResponseHeaders('/x/unknown.bin')['content-type']).toBe('application/octet-stream');
  });
});

describe('isAllowedNavigation', () => {
  it.each([
    APP_ENTRY_URL,
    'app://app/index.html',
    'app://app/',
    'app://app/index.html#/review?request=r_1234abcd',
    'app://app/assets/index-abc.js',
  ])('accepts the app itself: %s', (url) => {
    expect(isAllowedNavigation(url)).toBe(true);
  });

  it.each([
    'https://evil.example',
    'https://evil.example/app://app/index.html',
    'http://127.0.0.1:5173/',
    'file:///etc/passwd',
    'file://app/index.html',
    'app://app.evil/index.html',
    'app://app.evil.example/',
    'app://evil/index.html',
    'app://app@evil/index.html',
    'app://user:pass@app/index.html',
    'app://app:8080/index.html',
    'app:/app/index.html',
    'app:app/index.html',
    'APP://evil/',
    'javascript:alert(1)',
    'javascript://app/%0aalert(1)',
    'data:text/html,<script>alert(1)</script>',
    'about:blank',
    'devtools://devtools/bundled/inspector.html',
    'chrome://settings',
    '',
    'not a url',
    '//app/index.html',
    '/index.html',
  ])('refuses %s', (url) => {
    expect(isAllowedNavigation(url)).toBe(false);
  });
});

describe('isAllowedRequest', () => {
  it('lets through the app and DevTools only', () => {
    expect(isAllowedRequest('app://app/assets/index.js')).toBe(true);
    expect(isAllowedRequest('devtools://devtools/bundled/inspector.html')).toBe(true);
    for (const url of [
      'https://tracker.example/pixel.gif',
      'http://localhost:3000/',
      'ws://127.0.0.1:1234/',
      'file:///etc/passwd',
      'app://app.evil/x.js',
      'ftp://example.org/',
      'blob:app://app/1234',
      'garbage',
    ]) {
      expect(isAllowedRequest(url), url).toBe(false);
    }
  });
});

describe('resolveAppUrl', () => {
  it('maps app://app/<path> to the file inside the renderer folder', () => {
    expect(resolveAppUrl(RENDERER_DIR, 'app://app/index.html')).toBe(join(RENDERER_DIR, 'index.html'));
    expect(resolveAppUrl(RENDERER_DIR, 'app://app/assets/index-abc.js?v=1#x')).toBe(join(RENDERER_DIR, 'assets', 'index-abc.js'));
    expect(resolveAppUrl(RENDERER_DIR, 'app://app/fonts/Noto%20Sans.woff2')).toBe(join(RENDERER_DIR, 'fonts', 'Noto Sans.woff2'));
  });

  it('serves the entry page for the root', () => {
    expect(resolveAppUrl(RENDERER_DIR, 'app://app/')).toBe(join(RENDERER_DIR, 'index.html'));
    expect(resolveAppUrl(RENDERER_DIR, 'app://app')).toBe(join(RENDERER_DIR, 'index.html'));
  });

  it.each([
    'app://app/../../etc/passwd',
    'app://app/assets/../../../etc/passwd',
    'app://app/%2e%2e/%2e%2e/etc/passwd',
    'app://app/%2E%2E/%2E%2E/etc/passwd',
    'app://app/.%2e/.%2e/etc/passwd',
  ])('keeps dot segments inside the folder: %s', (url) => {
    // The URL parser removes these segments before any file path is built, so the result may
    // be a (missing) file in the folder, but never a file outside it.
    const target = resolveAppUrl(RENDERER_DIR, url);
    expect(target === null || isInsideRenderer(target)).toBe(true);
    expect(target).not.toBe(resolve('/etc/passwd'));
  });

  it.each([
    'app://app/..%2f..%2f..%2f..%2fetc%2fpasswd',
    'app://app/%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd',
    'app://app/..%2F..%2F..%2F..%2F..%2Fetc%2Fpasswd',
    'app://app/..%5c..%5c..%5c..%5cwindows%5cwin.ini',
    'app://app/%2e%2e',
    'app://app/index.html%00.png',
    'app://app/%E0%A4%A',
  ])('refuses encoded traversal and malformed paths: %s', (url) => {
    const target = resolveAppUrl(RENDERER_DIR, url);
    expect(target === null || isInsideRenderer(target)).toBe(true);
  });

  it('refuses the encoded-slash traversal outright', () => {
    expect(resolveAppUrl(RENDERER_DIR, 'app://app/..%2f..%2f..%2f..%2fetc%2fpasswd')).toBeNull();
    expect(resolveAppUrl(RENDERER_DIR, 'app://app/index.html%00.png')).toBeNull();
    expect(resolveAppUrl(RENDERER_DIR, 'app://app/%E0%A4%A')).toBeNull();
  });

  it.each([
    'app://app.evil/index.html',
    'app://evil/index.html',
    'app://app@evil/index.html',
    'file:///etc/passwd',
    'https://app/index.html',
    'not a url',
  ])('refuses URLs off the app origin: %s', (url) => {
    expect(resolveAppUrl(RENDERER_DIR, url)).toBeNull();
  });
});

describe('validateIpcSender', () => {
  it("accepts the app's main frame", () => {
    expect(validateIpcSender('app://app/index.html', true)).toBe(true);
    expect(validateIpcSender('app://app/index.html#/search', true)).toBe(true);
  });

  it('refuses subframes, even on the app origin', () => {
    expect(validateIpcSender('app://app/index.html', false)).toBe(false);
    expect(validateIpcSender('about:srcdoc', false)).toBe(false);
  });

  it('refuses main frames showing anything else, and frames that are gone', () => {
    for (const url of ['https://evil.example/', 'app://app.evil/index.html', 'file:///tmp/x.html', 'about:blank', 'devtools://devtools/x', '']) {
      expect(validateIpcSender(url, true), url).toBe(false);
    }
    expect(validateIpcSender(null, true)).toBe(false);
    expect(validateIpcSender(undefined, true)).toBe(false);
  });
});
