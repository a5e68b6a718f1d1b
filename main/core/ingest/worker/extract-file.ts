/**
 * Runs the right adapter over one file and hands its items on in batches. This is the work a
 * worker thread does; it is a plain function so that tests can run it without a thread.
 */
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import type { ExtractedItem, ExtractedRecord } from '../adapter.js';
import { folderOf } from '../folder-of.js';
import { sha256File, sha256Hex } from '../../util/hash.js';
import { capText, readAttachments, type AttachmentProblem } from '../prepare-family.js';
import { legacyOfficeKindOf } from '../../documents/document-format.js';
import { chooseAdapter } from '../registry.js';
import { UNRECOGNISED } from './worker-protocol.js';
import type { FileTask, FromWorker } from './worker-protocol.js';

const HEAD_BYTES = 8192;
/** Files up to this size are read whole at once (one system call instead of two opens). */
const PRELOAD_BYTES = 16 * 1024 * 1024;
/** A batch is posted when it holds this many records, or this much text, or at the end of a file. */
const BATCH_RECORDS = 200;
const BATCH_TEXT_CHARS = 4 * 1024 * 1024;

/** Adapters whose files are folders of messages (the file name is the folder's name). */
const CONTAINER_ADAPTERS = new Set(['mbox']);

/**
 * Why a file no adapter takes is not indexed. A legacy binary Office file (.doc, .xls, .ppt) is
 * named for what it is, with what the officer can do, since "not recognised" would suggest a
 * strange file rather than an everyday one whose text this version does not read.
 */
function notIndexedMessage(name: string, head: Uint8Array): string {
  const legacy = legacyOfficeKindOf(name, head);
  return legacy === null
    ? 'Not indexed: file type not recognised'
    : `Not indexed: ${legacy} is a legacy binary Office format whose text is not read yet; saved as .docx, .xlsx or .pptx (or PDF) it can be indexed`;
}

/**
 * The first bytes of a file, to choose its adapter. Synchronous: this is a worker thread, and an
 * asynchronous open/read/close costs three thread-pool round trips per file.
 */
function readHead(path: string): Uint8Array {
  const handle = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(HEAD_BYTES);
    const bytesRead = readSync(handle, buffer, 0, HEAD_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    closeSync(handle);
  }
}

function describe(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code ? `${error.message} (${code})` : error.message;
  }
  return String(error);
}

function placeInFolder(record: ExtractedRecord, folder: string): ExtractedRecord {
  return {
    ...record,
    folder: record.folder ?? folder,
    children: record.children.map((child) => placeInFolder(child, record.folder ?? folder)),
  };
}

function textSize(record: ExtractedRecord): number {
  return record.body.length + record.children.reduce((sum, child) => sum + textSize(child), 0);
}

/**
 * Extracts `task`'s file, calling `post` with each batch; `post` resolves when the receiver is
 * ready for more. `announce` says which file is starting (it needs no answer). Resolves after
 * the final message (file-done or file-failed) was posted.
 */
export async function extractFile(
  task: FileTask,
  signal: AbortSignal,
  post: (message: FromWorker) => Promise<void>,
  announce: (message: FromWorker) => Promise<void> = async () => undefined,
): Promise<void> {
  let items: ExtractedItem[] = [];
  let records = 0;
  let text = 0;
  let bytes = 0;
  let adapterId: string | null = null;
  const take = () => {
    const taken = { items, bytes };
    items = [];
    records = 0;
    text = 0;
    bytes = 0;
    return taken;
  };
  try {
    await announce({ type: 'file-start', fileId: task.fileId });
    const name = task.relativePath.split('/').pop() ?? task.relativePath;
    const preloaded = task.size <= PRELOAD_BYTES ? readFileSync(task.absolutePath) : null;
    const head = preloaded === null ? readHead(task.absolutePath) : preloaded.subarray(0, HEAD_BYTES);
    const adapter = chooseAdapter(name, head, task.options);
    if (adapter === null) {
      // Hashed and recorded as done: a file no reader knows stays listed with its error, and an
      // unchanged source stays unchanged.
      const sha256 = preloaded === null ? await sha256File(task.absolutePath, signal) : sha256Hex(preloaded);
      bytes += task.size;
      items.push({ type: 'problem', severity: 'error', locator: '', message: notIndexedMessage(name, head) });
      await post({ type: 'file-done', fileId: task.fileId, ...take(), sha256, adapterId: UNRECOGNISED });
      return;
    }
    adapterId = adapter.id;
    const folder = folderOf(task.relativePath, CONTAINER_ADAPTERS.has(adapter.id));
    const extractor = await adapter.load();
    const run = extractor.extract({
      absolutePath: task.absolutePath,
      relativePath: task.relativePath,
      size: task.size,
      preloaded,
      resume: task.resume,
      modifiedMs: task.modifiedMs,
      options: task.options,
      custodian: task.custodian,
      signal,
      onBytes: (count) => {
        bytes += count;
      },
    });
    for (;;) {
      const next = await run.next();
      if (next.done === true) {
        await post({ type: 'file-done', fileId: task.fileId, ...take(), sha256: next.value.sha256, adapterId: adapter.id });
        return;
      }
      const item = next.value;
      if (item.type === 'record') {
        const attachmentProblems: AttachmentProblem[] = [];
        await readAttachments(item.record, attachmentProblems);
        capText(item.record, attachmentProblems);
        items.push({ type: 'record', record: placeInFolder(item.record, folder) });
        for (const problem of attachmentProblems) {
          items.push({ type: 'problem', ...problem });
        }
        records += 1;
        text += textSize(item.record);
      } else {
        items.push(item);
      }
      // Post only after a checkpoint or a record, so a batch never splits a message from its problems.
      if ((records >= BATCH_RECORDS || text >= BATCH_TEXT_CHARS) && item.type === 'checkpoint') {
        await post({ type: 'batch', fileId: task.fileId, ...take() });
      } else if (records >= BATCH_RECORDS * 4) {
        await post({ type: 'batch', fileId: task.fileId, ...take() });
      }
    }
  } catch (error) {
    await post({ type: 'file-failed', fileId: task.fileId, ...take(), message: describe(error), adapterId });
  }
}
