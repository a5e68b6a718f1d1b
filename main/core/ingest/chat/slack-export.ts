/**
 * A Slack workspace export (the zip an admin downloads) as ingest items: the workspace's member
 * and conversation lists first, then every conversation's day files in order. A day file that
 * cannot be read is an error of that file; the rest of the workspace is still read.
 */
import type { SourceReadOptions } from '../../../../shared/model/case.js';
import type { ZipArchive, ZipEntry } from '../../archive/zip-archive.js';
import { parseSlackDay } from '../../chat/slack/parse-slack-day.js';
import { readSlackDirectory, type SlackExportFile } from '../../chat/slack/slack-directory.js';
import { parseSlackIntegrationLogs } from '../../chat/slack/slack-integration-logs.js';
import { slackDayPathParts, slackDirectoryFileKind } from '../../chat/slack/slack-paths.js';
import type { ExtractedItem } from '../adapter.js';
import { MAX_WHOLE_FILE_BYTES } from '../read-whole-file.js';
import { chatProblems, chatRecords } from './chat-items.js';
import { OccurrenceCounter } from './chat-to-record.js';

function readable(entry: ZipEntry): entry is ZipEntry & { path: string } {
  return entry.path !== null && entry.problem === null && !entry.isDirectory;
}

async function readText(zip: ZipArchive, entry: ZipEntry): Promise<string> {
  return new TextDecoder('utf-8').decode(await zip.read(entry, MAX_WHOLE_FILE_BYTES));
}

export async function* slackExportItems(zip: ZipArchive, options: SourceReadOptions, signal: AbortSignal): AsyncGenerator<ExtractedItem> {
  const rootFiles: SlackExportFile[] = [];
  let logs: (ZipEntry & { path: string }) | null = null;
  for (const entry of zip.entries.filter(readable)) {
    const kind = slackDirectoryFileKind(entry.path);
    if (kind === 'integration_logs') {
      logs = entry;
    } else if (kind !== null) {
      rootFiles.push({ path: entry.path, text: await readText(zip, entry) });
    }
  }
  const directory = readSlackDirectory(rootFiles);
  yield* chatProblems(directory.problems);

  const days = zip.entries
    .filter(readable)
    .map((entry) => ({ entry, parts: slackDayPathParts(entry.path) }))
    .filter((day) => day.parts !== null)
    .sort((a, b) => (a.parts!.folder === b.parts!.folder ? a.parts!.day.localeCompare(b.parts!.day) : a.parts!.folder.localeCompare(b.parts!.folder)));
  const occurrences = new OccurrenceCounter();
  let sequence = 0;
  for (const { entry } of days) {
    signal.throwIfAborted();
    try {
      const day = parseSlackDay(directory, entry.path, await readText(zip, entry), { timeZone: options.timeZone });
      yield* chatProblems(day.problems);
      sequence = yield* chatRecords(day.items, { platform: 'slack', fallbackConversation: '', media: null, occurrences, firstSequence: sequence });
    } catch (error) {
      yield { type: 'problem', severity: 'error', locator: entry.path, message: error instanceof Error ? error.message : String(error) };
    }
  }
  if (logs !== null) {
    try {
      const log = parseSlackIntegrationLogs(directory, logs.path, await readText(zip, logs), { timeZone: options.timeZone });
      yield* chatProblems(log.problems);
      yield* chatRecords(log.items, { platform: 'slack', fallbackConversation: 'Integration log', media: null, occurrences, firstSequence: sequence });
    } catch (error) {
      yield { type: 'problem', severity: 'error', locator: logs.path, message: error instanceof Error ? error.message : String(error) };
    }
  }
}
