/**
 * A zip archive that is no chat export (or the files of a chat zip that no message names), read
 * as the folder of files it is: every document inside
 * becomes a record (its place in the archive as the locator), and every other file a record by
 * name, size and hash, so nothing an officer received zipped is left unsearched or unlisted.
 * Archives inside the archive and mailboxes are listed, not opened: unpacking them into a folder
 * indexes them fully, and the report says so.
 */
import { BUDGET_ALLOWANCE_BYTES, BUDGET_BYTES_PER_ARCHIVE_BYTE, type ZipArchive, type ZipEntry } from '../archive/zip-archive.js';
import { documentFormatOf } from '../documents/document-format.js';
import { guessContentType } from '../mail/outlook/guess-content-type.js';
import { baseName } from '../util/base-name.js';
import { sha256Hex } from '../util/hash.js';
import { emptyRecord, type ExtractedItem } from './adapter.js';
import { readDocumentFile } from './document-file.js';
import { MAX_WHOLE_FILE_BYTES } from './read-whole-file.js';

/** Names listed in the summary of files without a text reader, and of entries past the budget. */
const LISTED_NAMES = 20;

function listed(names: readonly string[]): string {
  return names.slice(0, LISTED_NAMES).join(', ') + (names.length > LISTED_NAMES ? `, and ${names.length - LISTED_NAMES} more` : '');
}

/** An entry that could not be read, as an error of that entry (the ingest error names the archive as its file). */
export function entryProblem(entry: ZipEntry, error: unknown): ExtractedItem {
  return { type: 'problem', severity: 'error', locator: entry.path ?? entry.name, message: error instanceof Error ? error.message : String(error) };
}

/**
 * One warning naming every entry the archive's inflate budget refused (each is also an error of
 * its own), so the officer sees why they are missing and that the rest was read.
 */
export function* budgetSummary(zip: ZipArchive): Generator<ExtractedItem> {
  const skipped = zip.budgetSkipped;
  if (skipped.length === 0) {
    return;
  }
  const { totalBytes, inflatedBytes } = zip.budget;
  yield {
    type: 'problem',
    severity: 'warning',
    locator: '',
    message:
      `${skipped.length} entries not read: the archive inflated ${inflatedBytes} bytes and may inflate ${totalBytes} in all ` +
      `(${BUDGET_BYTES_PER_ARCHIVE_BYTE} times its size plus ${BUDGET_ALLOWANCE_BYTES / 1024 / 1024} MiB), more than honest files need (a zip bomb?). ` +
      `Unpack it and add the folder to read them: ${listed(skipped)}`,
  };
}

function folderIn(archivePath: string, entryPath: string): string {
  const slash = entryPath.lastIndexOf('/');
  return slash < 0 ? archivePath : `${archivePath}/${entryPath.slice(0, slash)}`;
}

export async function* archiveDocuments(
  zip: ZipArchive,
  entries: ReadonlyArray<ZipEntry & { path: string }>,
  archivePath: string,
  signal: AbortSignal,
): AsyncGenerator<ExtractedItem> {
  const unread: string[] = [];
  if (entries.length === 0) {
    yield { type: 'problem', severity: 'warning', locator: '', message: 'The archive holds no readable files' };
  }
  for (const entry of entries) {
    signal.throwIfAborted();
    let bytes: Uint8Array;
    try {
      bytes = await zip.read(entry, MAX_WHOLE_FILE_BYTES);
    } catch (error) {
      yield entryProblem(entry, error);
      continue;
    }
    const name = baseName(entry.path);
    const fileModified = entry.modified === null ? null : entry.modified.toISOString();
    if (documentFormatOf(name, '', bytes.subarray(0, 4096)) !== null) {
      const { record, problems } = await readDocumentFile({ bytes, name, locator: entry.path, fileModified, signal });
      yield { type: 'record', record: { ...record, folder: folderIn(archivePath, entry.path) } };
      yield* problems;
      continue;
    }
    const sha256 = sha256Hex(bytes);
    unread.push(entry.path);
    yield {
      type: 'record',
      record: {
        ...emptyRecord('document'),
        locator: entry.path,
        identity: `${sha256}\n`,
        contentSha256: sha256,
        itemSha256: sha256,
        sizeBytes: bytes.length,
        title: name,
        subject: name,
        filename: name,
        mimeType: guessContentType(name),
        names: [name],
        folder: folderIn(archivePath, entry.path),
      },
    };
  }
  if (unread.length > 0) {
    yield {
      type: 'problem',
      severity: 'warning',
      locator: '',
      message: `${unread.length} files in the archive have no text reader (images, audio, archives, mail): indexed by name, size and hash. To index mail or archives inside it, unpack it and add the folder: ${listed(unread)}`,
    };
  }
}
