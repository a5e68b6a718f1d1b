/**
 * Reads an Outlook store (.pst, or .ost: same format) item by item, folder by folder.
 *
 * Every item in every folder comes out once: emails with their MailMessage, every other kind
 * (contacts, calendar entries, tasks, notes, journal entries, distribution lists, anything else)
 * with a description, and anything unreadable as an error item with its locator, so that nothing
 * is dropped silently and one bad item never stops a mailbox. Nothing is collected up front: the
 * walk holds the folder path it is in and one item at a time, so memory does not grow with the
 * number of items (a store up to `maxInMemoryBytes` is held in memory whole, for speed). A
 * synchronous generator, because pst-extractor reads with synchronous file calls; run it in a
 * worker thread.
 *
 * What is not walked, on purpose:
 * - search folders (node type 3: "Search Root/All Messages", "Finder/…", "Reminders"): they list
 *   items that live in other folders, and the library cannot read their tables anyway;
 * - folder-associated items (hidden configuration: views, rules, calendar settings). readpst skips
 *   them too and counts them as "skipped": in Outlook.pst its 6 skipped items are exactly these.
 *
 * pst-extractor keeps the store's named-property map in a static field, so two stores read at the
 * same time in one thread would see each other's map: read one store at a time per thread.
 */
import { readFileSync } from 'node:fs';
import { PSTFile } from 'pst-extractor';
import type { PSTFolder } from 'pst-extractor';
import { AppError } from '../../../../shared/errors.js';
import type { MailMessage } from '../mail-message.js';
import { errorText } from './error-text.js';
import { describeItem } from './pst-item-description.js';
import { itemKindOf } from './pst-item-kind.js';
import type { PstItemKind } from './pst-item-kind.js';
import { checkPstFileSize, truncationNote } from './pst-file-size.js';
import type { FileSizeCheck } from './pst-file-size.js';
import { contentNids, nidOf, nodeType, NID_TYPE_SEARCH_FOLDER, PstNodes, subfolderNids, subfolderNidsFromIndex } from './pst-internals.js';
import { pstMessageToMail } from './pst-message-to-mail.js';

export type { PstItemKind } from './pst-item-kind.js';

/**
 * One item of the store.
 *
 * - `locator`: where the item is, stable across runs and unique within the store: the folder path
 *   joined by '/', then '#' and the item's node id in the store ('Top of Personal Folders/Inbox#2097476').
 *   A folder that fails is located the same way by its own node id; a contents-table row that
 *   cannot even name its item by '#row-' and the row number; a file shorter than its header says
 *   by '#truncated' (reported first, the rest is still read).
 * - `folderPath`: display names from the top folder down. The store's nameless root is left out;
 *   the top element is what the store holds under it: "Top of Personal Folders" (localised, e.g.
 *   "Début du fichier de données Outlook") in a .pst, "Root - Mailbox" then "IPM_SUBTREE" in an
 *   .ost, or a hidden top-level folder such as "Freebusy Data".
 * - `message` is set for emails (see pst-item-kind.ts for what counts as one), null otherwise.
 */
export type PstItem =
  | {
      type: 'message';
      locator: string;
      folderPath: string[];
      itemKind: PstItemKind;
      messageClass: string;
      /** The subject for an email; for other kinds, a line to recognise the item by. */
      description: string;
      message: MailMessage | null;
    }
  | { type: 'error'; locator: string; folderPath: string[]; message: string };

export type ReadPstOptions = {
  /** Stops the walk before the next folder or item once aborted. */
  signal?: AbortSignal;
  /**
   * Resume: skip every item up to and including the one with this locator. Skipped items are not
   * read. If the locator never appears, one error item says so at the end.
   */
  skipUntil?: string;
  /**
   * Stores up to this size are read into memory first (default 256 MiB); larger ones are read
   * from the file as needed. pst-extractor reads the file in many small synchronous reads, which
   * makes the file mode several times slower; the limit keeps memory bounded for big mailboxes.
   */
  maxInMemoryBytes?: number;
};

const IN_MEMORY_LIMIT = 256 * 1024 * 1024;

/** The locator of the error item that reports a truncated file, before any item. */
const TRUNCATED_LOCATOR = '#truncated';

/** Folders nest; a corrupt hierarchy could loop, so the walk also remembers folders it has seen. */
const MAX_FOLDER_DEPTH = 256;

/**
 * Reads the store at `path`. The first call to next() opens it and throws an
 * AppError('source-unreadable') when the file is not a store it can open (not '!BDN', truncated
 * header or root, encrypted with Outlook's "high" encryption). The PST password property is not
 * encryption: a password-flagged store opens like any other.
 */
export function* readPst(path: string, options: ReadPstOptions = {}): Generator<PstItem> {
  let size: FileSizeCheck;
  try {
    size = checkPstFileSize(path);
  } catch (error) {
    throw new AppError('source-unreadable', `the store could not be opened: ${errorText(error)}`, { path });
  }
  const truncation = truncationNote(size);
  const pst = openStore(path, size.actual <= (options.maxInMemoryBytes ?? IN_MEMORY_LIMIT), truncation);
  try {
    yield* walkStore(pst, options, truncation);
  } finally {
    pst.close();
  }
}

function openStore(path: string, inMemory: boolean, truncation: string | null): PSTFile {
  let pst: PSTFile | null = null;
  try {
    pst = inMemory ? new PSTFile(readFileSync(path)) : new PSTFile(path);
    pst.getRootFolder();
    return pst;
  } catch (error) {
    pst?.close();
    const reason = truncation === null ? 'not a readable Outlook store' : `not a readable Outlook store (${truncation})`;
    throw new AppError('source-unreadable', `${reason}: ${errorText(error)}`, { path });
  }
}

type PendingFolder = { nid: number; parentPath: string[]; depth: number };

function* walkStore(pst: PSTFile, options: ReadPstOptions, truncation: string | null): Generator<PstItem> {
  const nodes = new PstNodes(pst);
  // A function, not a narrowed property read: the signal can fire between two yields.
  const stopped = (): boolean => options.signal?.aborted === true;
  let skipping = options.skipUntil !== undefined && options.skipUntil !== '';
  /** Yields the item unless it is still before the resume point. */
  const pass = (locator: string): boolean => {
    if (!skipping) {
      return true;
    }
    if (locator === options.skipUntil) {
      skipping = false;
    }
    return false;
  };

  if (truncation !== null && pass(TRUNCATED_LOCATOR)) {
    yield { type: 'error', locator: TRUNCATED_LOCATOR, folderPath: [], message: `${truncation}; items stored in the missing part are reported as errors` };
  }

  const seen = new Set<number>();
  const pending: PendingFolder[] = [{ nid: nidOf(pst.getRootFolder()), parentPath: [], depth: 0 }];
  while (pending.length > 0) {
    if (stopped()) {
      return;
    }
    const { nid, parentPath, depth } = pending.pop() as PendingFolder;
    if (seen.has(nid) || nodeType(nid) === NID_TYPE_SEARCH_FOLDER) {
      continue;
    }
    seen.add(nid);
    if (depth > MAX_FOLDER_DEPTH) {
      const locator = `${parentPath.join('/')}#${nid}`;
      if (pass(locator)) {
        yield { type: 'error', locator, folderPath: parentPath, message: `the folder is nested deeper than ${MAX_FOLDER_DEPTH} levels and was not read` };
      }
      continue;
    }
    let folder: PSTFolder;
    try {
      folder = nodes.folder(nid);
    } catch (error) {
      const locator = `${parentPath.join('/')}#${nid}`;
      if (pass(locator)) {
        yield { type: 'error', locator, folderPath: parentPath, message: `the folder could not be read: ${errorText(error)}` };
      }
      continue;
    }
    const folderPath = depth === 0 ? [] : [...parentPath, folder.displayName];
    const base = folderPath.join('/');
    // A folder whose contents or subfolders cannot be listed is reported once, after what could be read.
    const failures: string[] = [];
    let contents: ReturnType<typeof contentNids> = { count: 0, nidAt: () => null };
    try {
      contents = contentNids(folder);
    } catch (error) {
      failures.push(`its contents could not be listed: ${errorText(error)}`);
    }
    for (let row = 0; row < contents.count; row++) {
      if (stopped()) {
        return;
      }
      let itemNid: number | null = null;
      let rowProblem = 'names no item';
      try {
        itemNid = contents.nidAt(row);
      } catch (error) {
        rowProblem = `could not be read: ${errorText(error)}`;
      }
      const locator = itemNid === null ? `${base}#row-${row}` : `${base}#${itemNid}`;
      if (!pass(locator)) {
        continue;
      }
      yield itemNid === null
        ? { type: 'error', locator, folderPath, message: `row ${row} of the folder's contents ${rowProblem}` }
        : readItem(pst, nodes, itemNid, locator, folderPath);
    }
    let subfolders: number[] = [];
    try {
      subfolders = subfolderNids(folder);
    } catch (error) {
      // The descriptor b-tree also knows each folder's parent: recover the subfolders from it.
      try {
        subfolders = subfolderNidsFromIndex(pst, nid);
      } catch {
        failures.push(`its subfolders could not be listed: ${errorText(error)}`);
      }
    }
    if (failures.length > 0 && pass(`${base}#${nid}`)) {
      yield { type: 'error', locator: `${base}#${nid}`, folderPath, message: `the folder could not be read whole: ${failures.join('; ')}` };
    }
    // Reversed onto the stack so that subfolders come out in the store's order.
    for (let index = subfolders.length - 1; index >= 0; index--) {
      pending.push({ nid: subfolders[index] ?? 0, parentPath: folderPath, depth: depth + 1 });
    }
  }
  if (skipping) {
    // Thrown, not yielded: the caller must read the store again from the start, or every item
    // after the lost resume point would be missing for good.
    throw new AppError('source-unreadable', `The resume point ${options.skipUntil ?? ''} was not found in the store; it must be read again from the start`);
  }
}

function readItem(pst: PSTFile, nodes: PstNodes, nid: number, locator: string, folderPath: string[]): PstItem {
  try {
    const node = nodes.node(nid);
    const item = nodes.item(node);
    const messageClass = item.messageClass;
    const itemKind = itemKindOf(messageClass);
    if (itemKind === 'email') {
      const message = pstMessageToMail(pst, item, node);
      return { type: 'message', locator, folderPath, itemKind, messageClass, description: message.subject, message };
    }
    return { type: 'message', locator, folderPath, itemKind, messageClass, description: describeItem(pst, item, itemKind), message: null };
  } catch (error) {
    return { type: 'error', locator, folderPath, message: `the item could not be read: ${errorText(error)}` };
  }
}
