/**
 * Files a mail client or server keeps beside the mail (Thunderbird's .msf summaries, Dovecot and
 * Courier index files, macOS and Windows folder metadata). They hold no records; they are
 * counted in the ingest report by what they are, so an officer sees that nothing was ignored.
 */
import { sha256File, sha256Hex } from '../../util/hash.js';
import type { Extractor } from '../adapter.js';

const KNOWN: ReadonlyArray<{ test: RegExp; what: string }> = [
  { test: /\.msf$/i, what: 'Thunderbird folder summary (.msf)' },
  { test: /^dovecot[.-]/i, what: 'Dovecot index file' },
  { test: /^(courierimap|maildirfolder$|subscriptions$)/i, what: 'Maildir server file' },
  { test: /^(\.DS_Store|Thumbs\.db|desktop\.ini)$/i, what: 'Operating-system folder metadata' },
];

/** What kind of mail-client file this name is, or null when it is none. */
export function mailClientFileKind(fileName: string): string | null {
  return KNOWN.find((entry) => entry.test.test(fileName))?.what ?? null;
}

const extractor: Extractor = {
  async *extract(input) {
    const name = input.relativePath.split('/').pop() ?? input.relativePath;
    const sha256 = input.preloaded === null ? await sha256File(input.absolutePath, input.signal) : sha256Hex(input.preloaded);
    input.onBytes(input.size);
    yield { type: 'not-record', what: mailClientFileKind(name) ?? 'Mail client file', locator: '', description: name };
    return { sha256 };
  },
};

export default extractor;
