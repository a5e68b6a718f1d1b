/**
 * The list of ingest formats. Metadata is plain data so the UI and the pipeline can choose an
 * adapter without loading every parser; each extractor is imported only when first used.
 */
import type { AdapterInfo } from './adapter.js';

const HEADER_NAMES = new Set([
  'from', 'to', 'cc', 'subject', 'date', 'message-id', 'received', 'mime-version', 'return-path',
  'x-from', 'x-to', 'content-type', 'reply-to', 'sender', 'delivered-to',
]);

const SNIFF_BYTES = 4096;

/** True when the head looks like RFC 822 headers: at least two well-known fields up front. */
export function looksLikeEmail(head: Uint8Array): boolean {
  const window = head.subarray(0, SNIFF_BYTES);
  const lines = new TextDecoder('latin1').decode(window).split(/\r?\n/);
  if (head.length > SNIFF_BYTES) {
    // The window may cut a header in half ("X" of "X-From:"): judge only whole lines.
    lines.pop();
  }
  let known = 0;
  for (const line of lines.slice(0, 60)) {
    if (line === '') {
      break;
    }
    if (/^[ \t]/.test(line)) {
      continue;
    }
    const match = /^([!-9;-~]+):/.exec(line);
    if (!match) {
      return false;
    }
    if (HEADER_NAMES.has((match[1] ?? '').toLowerCase())) {
      known += 1;
    }
  }
  return known >= 2;
}

function looksLikeText(head: Uint8Array): boolean {
  return !head.subarray(0, 8192).includes(0) || (head[0] === 0xff && head[1] === 0xfe);
}

export const ADAPTERS: readonly AdapterInfo[] = [
  {
    id: 'eml',
    label: 'Email message (.eml, maildir file)',
    // Test suites and hand exports often save messages as .txt: the sniff decides.
    extensions: ['eml', '', 'txt'],
    sniff: (head) => looksLikeEmail(head),
    load: async () => (await import('./adapters/eml.js')).default,
  },
  {
    id: 'text',
    label: 'Plain text document',
    extensions: ['txt', 'text', 'md', 'log'],
    sniff: (head) => looksLikeText(head),
    load: async () => (await import('./adapters/text.js')).default,
  },
];

/** The extension as the registry matches it: lower case, '' for none or a trailing dot. */
export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot <= 0 ? '' : fileName.slice(dot + 1).toLowerCase();
}

/** Picks the first adapter whose extensions include the file's and whose sniff agrees. */
export function chooseAdapter(fileName: string, head: Uint8Array): AdapterInfo | null {
  const extension = extensionOf(fileName);
  return ADAPTERS.find((adapter) => adapter.extensions.includes(extension) && adapter.sniff(head, fileName)) ?? null;
}
