/**
 * Reading and dropping header fields in the raw header block of a message, with lines already
 * ending in LF: just enough for the bench's mbox generator, which must not depend on the app's
 * own mail parser (the bench measures that parser).
 */

/** The header's value with folded continuation lines joined; null when absent. */
export function headerValue(headers: string, name: string): string | null {
  const match = new RegExp(`^${name}:[ \\t]*(.*(?:\\n[ \\t].*)*)`, 'im').exec(headers);
  return match?.[1] === undefined ? null : match[1].replace(/\n[ \t]+/g, ' ').trim();
}

/** Drops a header and its continuation lines. */
export function withoutHeader(headers: string, name: string): string {
  return headers.replace(new RegExp(`^${name}:.*(?:\\n[ \\t].*)*\\n?`, 'gim'), '');
}

/** Replaces the first such header, continuation lines included, with `name: value`. */
export function withHeader(headers: string, name: string, value: string): string {
  return headers.replace(new RegExp(`^${name}:.*(?:\\n[ \\t].*)*`, 'im'), () => `${name}: ${value}`);
}
