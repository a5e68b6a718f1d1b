/**
 * The renderer's Content-Security-Policy, one definition for both hosts. Scripts and styles come
 * only from the app's own files (no inline code, no eval). Only `connect-src` differs: the
 * desktop app talks to its backend through the preload (`'none'`), browser mode over its own
 * WebSocket.
 */
export function contentSecurityPolicy(connectSrc: string): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src ${connectSrc}`,
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
    "object-src 'none'",
  ].join('; ');
}
