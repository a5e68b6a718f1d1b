/**
 * The list of ingest formats. Metadata is plain data so the UI and the pipeline can choose an
 * adapter without loading every parser; each extractor is imported only when first used.
 * Order matters: the first adapter whose extension and sniff agree reads the file.
 */
import type { AdapterInfo } from './adapter.js';
import { looksLikeZip } from '../archive/zip-archive.js';
import { documentFormatOf } from '../documents/document-format.js';
import { mailClientFileKind } from './adapters/mail-client-file.js';
import type { SourceReadOptions } from '../../../shared/model/case.js';
import { looksLikeChatJson, looksLikeLinkedInMessages, looksLikeSmsBackup, looksLikeWhatsApp, looksLikeWickrRetention } from './chat-sniffs.js';
import { compiledMapping, mappedChatFit } from './mapped-chat-fit.js';
import { UNRECOGNISED } from './worker/worker-protocol.js';

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

/** True when the first non-empty line is an mbox "From " separator. */
export function looksLikeMbox(head: Uint8Array): boolean {
  let start = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
  while (start < head.length && (head[start] === 0x0a || head[start] === 0x0d)) {
    start += 1;
  }
  return head[start] === 0x46 && head[start + 1] === 0x72 && head[start + 2] === 0x6f && head[start + 3] === 0x6d && head[start + 4] === 0x20;
}

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(head: Uint8Array, bytes: readonly number[]): boolean {
  return bytes.every((byte, index) => head[index] === byte);
}

function looksLikeText(head: Uint8Array): boolean {
  return !head.subarray(0, 8192).includes(0) || (head[0] === 0xff && head[1] === 0xfe);
}

export const ADAPTERS: readonly AdapterInfo[] = [
  {
    id: 'pst',
    label: 'Outlook data file (.pst, .ost)',
    extensions: ['*'],
    sniff: (head) => startsWith(head, [0x21, 0x42, 0x44, 0x4e]),
    load: async () => (await import('./adapters/pst.js')).default,
  },
  {
    id: 'msg',
    label: 'Outlook message (.msg)',
    // Word and Excel 97 files are the same container: only the extension tells a message apart.
    extensions: ['msg'],
    sniff: (head) => startsWith(head, CFB_MAGIC),
    load: async () => (await import('./adapters/msg.js')).default,
  },
  {
    id: 'mbox',
    label: 'Mailbox (mbox)',
    // Thunderbird names its mbox files after the folder, with no extension; test suites add .txt.
    extensions: ['*'],
    sniff: (head) => looksLikeMbox(head),
    load: async () => (await import('./adapters/mbox.js')).default,
  },
  {
    id: 'eml',
    label: 'Email message (.eml, Maildir or Enron-style file)',
    // Maildir names files "1234.M5P6.host:2,S": the "extension" is anything after a dot.
    extensions: ['*'],
    sniff: (head) => looksLikeEmail(head),
    load: async () => (await import('./adapters/eml.js')).default,
  },
  {
    id: 'mail-client-file',
    label: 'Mail client index or metadata file',
    extensions: ['*'],
    sniff: (_head, fileName) => mailClientFileKind(fileName) !== null,
    load: async () => (await import('./adapters/mail-client-file.js')).default,
  },
  {
    id: 'whatsapp',
    label: 'WhatsApp chat export (.txt)',
    extensions: ['txt', ''],
    sniff: (head) => looksLikeWhatsApp(head),
    load: async () => (await import('./adapters/whatsapp.js')).default,
  },
  {
    id: 'sms',
    label: 'SMS and MMS backup (SMS Backup & Restore XML)',
    extensions: ['xml'],
    sniff: (head) => looksLikeSmsBackup(head),
    load: async () => (await import('./adapters/sms.js')).default,
  },
  {
    id: 'linkedin',
    label: 'LinkedIn messages (messages.csv)',
    extensions: ['csv'],
    sniff: (head) => looksLikeLinkedInMessages(head),
    load: async () => (await import('./adapters/linkedin.js')).default,
  },
  {
    id: 'wickr',
    label: 'Wickr data-retention output (JSON)',
    extensions: ['json', 'jsonl', 'txt', 'log', ''],
    sniff: (head) => looksLikeWickrRetention(head),
    load: async () => (await import('./adapters/wickr.js')).default,
  },
  {
    id: 'chat-json',
    label: 'Chat export in JSON (Telegram, Discord, Messenger, Microsoft Teams)',
    extensions: ['json'],
    sniff: (head) => looksLikeChatJson(head),
    load: async () => (await import('./adapters/chat-json.js')).default,
  },
  {
    id: 'zip',
    label: 'Zip archive (WhatsApp with media, Slack workspace, or documents)',
    extensions: ['zip'],
    sniff: (head) => looksLikeZip(head),
    load: async () => (await import('./adapters/zip.js')).default,
  },
  {
    id: 'document',
    label: 'Document (PDF, Word .docx, Excel .xlsx, PowerPoint .pptx, OpenDocument .odt/.ods/.odp, HTML, RTF, text, CSV, Markdown; images for OCR)',
    extensions: ['*'],
    sniff: (head, fileName) => documentFormatOf(fileName, '', head) !== null,
    load: async () => (await import('./adapters/document.js')).default,
  },
  {
    id: 'text',
    label: 'Plain text document',
    // README, LICENSE and notes often have no extension; email and mbox were tried first.
    extensions: [''],
    sniff: (head) => looksLikeText(head),
    load: async () => (await import('./adapters/document.js')).default,
  },
];

/** The extension as the registry matches it: lower case, '' for none or a trailing dot. */
export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot <= 0 ? '' : fileName.slice(dot + 1).toLowerCase();
}

/** Reads a file through the officer's column mapping (README: "Reading another chat export…"). */
export const MAPPED_CHAT_ADAPTER: AdapterInfo = {
  id: 'mapped-chat',
  label: 'Chat export read through the source\'s column mapping',
  extensions: ['csv', 'tsv', 'txt', 'json', 'jsonl', 'ndjson'],
  sniff: () => true,
  load: async () => (await import('./adapters/mapped-chat.js')).default,
};

/** The extensions a mapping of each format may read: a CSV export is often saved as .txt. */
const MAPPED_EXTENSIONS: Record<string, readonly string[]> = { csv: ['csv', 'tsv', 'txt'], json: ['json', 'jsonl', 'ndjson'] };

/** The extensions that say a file is of the mapping's format; a .txt may be anything (notes, a WhatsApp chat). */
const FORMAT_EXTENSIONS: Record<string, readonly string[]> = { csv: ['csv', 'tsv'], json: ['json', 'jsonl', 'ndjson'] };

/** Readers that take any text, so a file they take is of no particular format. */
const GENERIC_READERS = new Set(['document', 'text']);

function builtInAdapter(extension: string, fileName: string, head: Uint8Array): AdapterInfo | null {
  return ADAPTERS.find((adapter) => (adapter.extensions.includes(extension) || adapter.extensions.includes('*')) && adapter.sniff(head, fileName)) ?? null;
}

/**
 * A file of the mapping's format that the mapping does not fit and no chat reader takes: its
 * error says why the mapping was not used, then the built-in reader indexes what it can (a CSV
 * as a plain document; a JSON file no reader takes is hashed and listed, as without a mapping).
 */
function notFittingAdapter(builtIn: AdapterInfo | null, reason: string): AdapterInfo {
  const message = `The source's chat mapping does not fit this file (${reason}); ${builtIn === null ? 'not indexed' : 'indexed as a plain document instead'}`;
  return {
    id: builtIn?.id ?? UNRECOGNISED,
    label: builtIn?.label ?? MAPPED_CHAT_ADAPTER.label,
    extensions: MAPPED_CHAT_ADAPTER.extensions,
    sniff: () => true,
    load: async () => (await import('./adapters/mapped-chat.js')).notFittingExtractor(builtIn === null ? null : await builtIn.load(), message),
  };
}

/**
 * Picks the first adapter whose extensions include the file's and whose sniff agrees. A source
 * with a column mapping reads a file of the mapping's extensions through it when the file's head
 * fits the mapping (mapped-chat-fit.ts); other files go to the built-in readers, so a WhatsApp
 * chat or a note beside a mapped export is still read. A .csv, .tsv or .json file that fits
 * neither the mapping nor a built-in chat reader is an error of that file.
 */
export function chooseAdapter(fileName: string, head: Uint8Array, options?: SourceReadOptions): AdapterInfo | null {
  const extension = extensionOf(fileName);
  const builtIn = () => builtInAdapter(extension, fileName, head);
  if (options === undefined || !options.chatMapping) {
    return builtIn();
  }
  const mapping = compiledMapping(options.chatMapping);
  if (mapping === null) {
    // A stored mapping that no longer checks: the mapped reader names its mistakes on each file.
    return Object.values(MAPPED_EXTENSIONS).some((extensions) => extensions.includes(extension)) ? MAPPED_CHAT_ADAPTER : builtIn();
  }
  if (!(MAPPED_EXTENSIONS[mapping.format] ?? []).includes(extension)) {
    return builtIn();
  }
  const fit = mappedChatFit(mapping, head, options.timeZone);
  if (fit.fits) {
    return MAPPED_CHAT_ADAPTER;
  }
  const other = builtIn();
  const ofMappedFormat = (FORMAT_EXTENSIONS[mapping.format] ?? []).includes(extension);
  return ofMappedFormat && (other === null || GENERIC_READERS.has(other.id)) ? notFittingAdapter(other, fit.reason) : other;
}
