/**
 * Zip archives that are chat exports: WhatsApp's "Export chat → Attach media" zip (the chat text
 * beside its photos, voice notes and documents) and Slack workspace exports (told apart by their
 * entry names alone, before anything is inflated). The archive is read
 * through the guarded reader, so a zip-slip name, a bomb or a damaged entry is a problem of that
 * entry and the rest of the export is still read.
 *
 * A zip that is neither is read as the folder of files it is (archive-documents.ts).
 */
import { ZipArchive, type ZipEntry } from '../../archive/zip-archive.js';
import { decodeText } from '../../text/text-decoding.js';
import { sha256File } from '../../util/hash.js';
import type { ExtractedItem, Extractor } from '../adapter.js';
import type { MediaLookup } from '../chat/chat-items.js';
import { archiveDocuments } from '../archive-documents.js';
import { slackExportItems } from '../chat/slack-export.js';
import { whatsappExportItems } from '../chat/whatsapp-export.js';
import { looksLikeSlackExport } from '../../chat/slack/slack-paths.js';
import { MAX_WHOLE_FILE_BYTES } from '../read-whole-file.js';
import { looksLikeWhatsApp } from '../chat-sniffs.js';

/** Media and chat files above this are listed but not read (a long video). */
const MAX_MEDIA_BYTES = 256 * 1024 * 1024;

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

function folderOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '' : path.slice(0, slash + 1);
}

/** macOS adds resource forks under __MACOSX/ and ._ files: copies of metadata, not content. */
function isMacMetadata(path: string): boolean {
  return path.startsWith('__MACOSX/') || baseName(path).startsWith('._') || baseName(path) === '.DS_Store';
}

async function* problemsOf(zip: ZipArchive): AsyncGenerator<ExtractedItem> {
  for (const entry of zip.entries) {
    if (entry.problem !== null) {
      yield { type: 'problem', severity: 'error', locator: entry.name, message: entry.problem };
    }
  }
}

async function whatsappChats(zip: ZipArchive): Promise<Array<{ entry: ZipEntry; text: string }>> {
  const chats: Array<{ entry: ZipEntry; text: string }> = [];
  for (const entry of zip.entries) {
    if (entry.path === null || entry.problem !== null || entry.isDirectory || isMacMetadata(entry.path) || !/\.txt$/i.test(entry.path)) {
      continue;
    }
    const bytes = await zip.read(entry, MAX_WHOLE_FILE_BYTES);
    if (looksLikeWhatsApp(bytes.subarray(0, 4096))) {
      chats.push({ entry, text: decodeText(bytes).text });
    }
  }
  return chats;
}

function mediaLookup(zip: ZipArchive, chatPath: string, used: Set<number>): MediaLookup {
  const folder = folderOf(chatPath);
  return async (name) => {
    const entry = zip.find(`${folder}${name}`) ?? zip.entries.find((candidate) => candidate.path !== null && !isMacMetadata(candidate.path) && baseName(candidate.path) === name);
    if (entry === undefined) {
      const unsafe = zip.entries.find((candidate) => candidate.problem !== null && baseName(candidate.name.replace(/\\/g, '/')) === name);
      return unsafe ? { missing: `"${name}" is in the export but cannot be read: ${unsafe.problem}` } : null;
    }
    used.add(entry.index);
    try {
      return { name, mimeType: '', bytes: await zip.read(entry, MAX_MEDIA_BYTES) };
    } catch (error) {
      return { missing: `"${name}" cannot be read: ${error instanceof Error ? error.message : String(error)}` };
    }
  };
}

const extractor: Extractor = {
  async *extract(input) {
    const sha256 = await sha256File(input.absolutePath, input.signal);
    const zip = await ZipArchive.open({ path: input.absolutePath });
    try {
      yield* problemsOf(zip);
      if (looksLikeSlackExport(zip.entries.flatMap((entry) => (entry.path === null ? [] : [entry.path])))) {
        yield* slackExportItems(zip, input.options, input.signal);
        input.onBytes(input.size);
        return { sha256 };
      }
      const chats = await whatsappChats(zip);
      if (chats.length === 0) {
        const files = zip.entries.filter((entry): entry is ZipEntry & { path: string } => entry.path !== null && entry.problem === null && !entry.isDirectory && !isMacMetadata(entry.path));
        yield* archiveDocuments(zip, files, input.relativePath, input.signal);
        input.onBytes(input.size);
        return { sha256 };
      }
      const used = new Set<number>();
      for (const chat of chats) {
        const name = chats.length === 1 ? baseName(input.relativePath) : baseName(chat.entry.path ?? chat.entry.name);
        used.add(chat.entry.index);
        for await (const item of whatsappExportItems(chat.text, name, input.options, mediaLookup(zip, chat.entry.path ?? '', used))) {
          yield item.type === 'record' || item.type === 'problem' ? prefixLocator(item, chats.length > 1 ? chat.entry.path ?? '' : '') : item;
        }
      }
      if (chats.length > 0) {
        const unused = zip.entries.filter((entry) => !entry.isDirectory && entry.path !== null && !used.has(entry.index) && !isMacMetadata(entry.path));
        for (const entry of unused) {
          yield { type: 'not-record', what: 'unreferenced file', locator: entry.name, description: `${entry.name} (${entry.uncompressedSize} bytes) is in the export but no message names it` };
        }
      }
    } finally {
      zip.close();
    }
    input.onBytes(input.size);
    return { sha256 };
  },
};

/** With several chats in one zip, each item's locator names its chat file. */
function prefixLocator(item: ExtractedItem, chatPath: string): ExtractedItem {
  if (chatPath === '') {
    return item;
  }
  if (item.type === 'record') {
    return { ...item, record: { ...item.record, locator: `${chatPath} ${item.record.locator}` } };
  }
  return item.type === 'problem' ? { ...item, locator: `${chatPath} ${item.locator}` } : item;
}

export default extractor;
