/**
 * Zip archives that are chat exports: WhatsApp's "Export chat → Attach media" zip (the chat text
 * beside its photos, voice notes and documents) and Slack workspace exports (told apart by their
 * entry names alone, before anything is inflated). The archive is read
 * through the guarded reader, so a zip-slip name, a bomb or a damaged entry is a problem of that
 * entry and the rest of the export is still read.
 *
 * A zip that is neither is read as the folder of files it is (archive-documents.ts), and so is
 * every file of a WhatsApp zip that no message names: a chat zipped with other papers must not
 * hide them.
 */
import { ZipArchive, type ZipEntry } from '../../archive/zip-archive.js';
import { decodeText } from '../../text/text-decoding.js';
import { baseName } from '../../util/base-name.js';
import { sha256File } from '../../util/hash.js';
import type { ExtractedItem, ExtractInput, Extractor } from '../adapter.js';
import type { MediaLookup } from '../chat/chat-items.js';
import { archiveDocuments, budgetSummary, entryProblem } from '../archive-documents.js';
import { slackExportItems } from '../chat/slack-export.js';
import { whatsappExportItems } from '../chat/whatsapp-export.js';
import { looksLikeSlackExport } from '../../chat/slack/slack-paths.js';
import { MAX_WHOLE_FILE_BYTES } from '../read-whole-file.js';
import { looksLikeWhatsApp } from '../chat-sniffs.js';

/** Media and chat files above this are listed but not read (a long video). */
const MAX_MEDIA_BYTES = 256 * 1024 * 1024;

/** What the WhatsApp sniff looks at: the first lines of a .txt entry. */
const SNIFF_BYTES = 4096;

type ReadableEntry = ZipEntry & { path: string };
type Chat = { entry: ReadableEntry; text: string };

function folderOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '' : path.slice(0, slash + 1);
}

/** macOS adds resource forks under __MACOSX/ and ._ files: copies of metadata, not content. */
function isMacMetadata(path: string): boolean {
  return path.startsWith('__MACOSX/') || baseName(path).startsWith('._') || baseName(path) === '.DS_Store';
}

/** Entries that hold content and can be asked for: safe names, no problem, not folders or macOS metadata. */
function contentEntries(zip: ZipArchive): ReadableEntry[] {
  return zip.entries.filter((entry): entry is ReadableEntry => entry.path !== null && entry.problem === null && !entry.isDirectory && !isMacMetadata(entry.path));
}

async function* problemsOf(zip: ZipArchive): AsyncGenerator<ExtractedItem> {
  for (const entry of zip.entries) {
    if (entry.problem !== null) {
      yield { type: 'problem', severity: 'error', locator: entry.name, message: entry.problem };
    }
  }
}

/**
 * The WhatsApp chats among the .txt entries. Only each file's head is inflated to tell; an entry
 * that cannot be read is a problem of its own and goes into `unreadable`, so nothing reads it again.
 */
async function* whatsappChats(zip: ZipArchive, unreadable: Set<number>, signal: AbortSignal): AsyncGenerator<ExtractedItem, Chat[]> {
  const chats: Chat[] = [];
  for (const entry of contentEntries(zip)) {
    if (!/\.txt$/i.test(entry.path)) {
      continue;
    }
    signal.throwIfAborted();
    try {
      if (looksLikeWhatsApp(await zip.readHead(entry, SNIFF_BYTES))) {
        chats.push({ entry, text: decodeText(await zip.read(entry, MAX_WHOLE_FILE_BYTES)).text });
      }
    } catch (error) {
      unreadable.add(entry.index);
      yield entryProblem(entry, error);
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

/** Every chat's messages, its media as their children; returns the entries the chats used. */
async function* chatItems(zip: ZipArchive, chats: readonly Chat[], input: ExtractInput): AsyncGenerator<ExtractedItem, Set<number>> {
  const used = new Set<number>();
  for (const chat of chats) {
    const name = chats.length === 1 ? baseName(input.relativePath) : baseName(chat.entry.path);
    used.add(chat.entry.index);
    for await (const item of whatsappExportItems(chat.text, name, input.options, mediaLookup(zip, chat.entry.path, used))) {
      yield item.type === 'record' || item.type === 'problem' ? prefixLocator(item, chats.length > 1 ? chat.entry.path : '') : item;
    }
  }
  return used;
}

const extractor: Extractor = {
  async *extract(input) {
    const sha256 = await sha256File(input.absolutePath, input.signal);
    const zip = await ZipArchive.open({ path: input.absolutePath });
    try {
      yield* problemsOf(zip);
      if (looksLikeSlackExport(zip.entries.flatMap((entry) => (entry.path === null ? [] : [entry.path])))) {
        yield* slackExportItems(zip, input.options, input.signal);
      } else {
        const unreadable = new Set<number>();
        const chats = yield* whatsappChats(zip, unreadable, input.signal);
        const used = yield* chatItems(zip, chats, input);
        const rest = contentEntries(zip).filter((entry) => !used.has(entry.index) && !unreadable.has(entry.index));
        // A zip of documents with nothing readable says so; a chat zip with nothing beside it is complete.
        if (chats.length === 0 || rest.length > 0) {
          yield* archiveDocuments(zip, rest, input.relativePath, input.signal);
        }
      }
      yield* budgetSummary(zip);
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
