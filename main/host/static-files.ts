/**
 * Serving the built renderer in browser mode: only files inside the build folder, with the same
 * Content-Security-Policy the desktop app uses.
 */
import { readFile, stat } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { contentSecurityPolicy } from '../../shared/content-security-policy.js';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

/** The Content-Type for a file of the renderer build; unknown types are opaque bytes. */
export function contentTypeOf(path: string): string {
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/** The policy for browser mode; `connect-src` admits only this server's own WebSocket. */
export function browserModePolicy(origin: string): string {
  return contentSecurityPolicy(`'self' ${origin.replace(/^http/, 'ws')}`);
}

/** Resolves a URL path inside `root`, or null when it would escape it. */
export function resolveInside(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  } catch {
    return null;
  }
  if (decoded.includes('\0')) {
    return null;
  }
  const base = resolve(root);
  const target = resolve(join(base, decoded === '/' ? 'index.html' : decoded));
  return target === base || target.startsWith(base + sep) ? target : null;
}

export async function serveStatic(root: string, urlPath: string, origin: string, response: ServerResponse): Promise<void> {
  const target = resolveInside(root, urlPath);
  const fileStat = target ? await stat(target).catch(() => null) : null;
  if (!target || !fileStat?.isFile()) {
    response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
    return;
  }
  const body = await readFile(target);
  response.writeHead(200, {
    'content-type': contentTypeOf(target),
    'content-security-policy': browserModePolicy(origin),
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cache-control': 'no-store',
  });
  response.end(body);
}
