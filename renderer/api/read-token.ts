/**
 * Browser mode hands the per-launch token to the page in the URL fragment (`#token=…`), which
 * browsers never send to a server, so it cannot leak through logs or a Referer header.
 */
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{16,256}$/;

/** The token in a location hash such as `#token=abc…`, or null when absent or malformed. */
export function readToken(hash: string): string | null {
  const params = new URLSearchParams(hash.startsWith('#') ? hash.slice(1) : hash);
  const token = params.get('token');
  return token !== null && TOKEN_PATTERN.test(token) ? token : null;
}
