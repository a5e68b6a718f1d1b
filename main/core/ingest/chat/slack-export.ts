/**
 * A Slack workspace export (the zip an admin downloads) as ingest items: the workspace's member
 * and conversation lists first, then every conversation's day files in order. Any entry that
 * cannot be read (a root list, a day file, the integration log) is an error of that entry; the
 * rest of the workspace is still read, with ids where an unreadable list would have given names.
 */
import type { SourceReadOptions } from '../../../../shared/model/case.js';
import type { ZipArchive, ZipEntry } from '../../archive/zip-archive.js';
import { MAX_CHAT_TEXT_CHARS, textCutProblem, type ChatItem, type ChatProblem } from '../../chat/chat-message.js';
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

/**
 * The items with every text cut to MAX_CHAT_TEXT_CHARS, each cut added to `problems`. A day file
 * is parsed whole, so this is the first place a 100 MB message can be cut; uncut, turning it into
 * a record takes over a gigabyte and the worker's heap limit ends the whole workspace.
 */
function cutLongTexts(items: readonly ChatItem[], problems: ChatProblem[]): ChatItem[] {
  return items.map((item) => {
    if (item.text.length <= MAX_CHAT_TEXT_CHARS) {
      return item;
    }
    problems.push(textCutProblem(item.locator, item.text.length));
    return { ...item, text: item.text.slice(0, MAX_CHAT_TEXT_CHARS) };
  });
}

function errorOf(path: string, error: unknown): ExtractedItem {
  return { type: 'problem', severity: 'error', locator: path, message: error instanceof Error ? error.message : String(error) };
}

export async function* slackExportItems(zip: ZipArchive, options: SourceReadOptions, signal: AbortSignal): AsyncGenerator<ExtractedItem> {
  const rootFiles: SlackExportFile[] = [];
  const unreadable = new Set<string>();
  let logs: (ZipEntry & { path: string }) | null = null;
  for (const entry of zip.entries.filter(readable)) {
    const kind = slackDirectoryFileKind(entry.path);
    if (kind === 'integration_logs') {
      logs = entry;
    } else if (kind !== null) {
      try {
        rootFiles.push({ path: entry.path, text: await readText(zip, entry) });
      } catch (error) {
        unreadable.add(kind);
        yield errorOf(entry.path, error);
      }
    }
  }
  const directory = readSlackDirectory(rootFiles);
  // The directory reports a member list it was not given as absent; say instead that it could not
  // be read (its error is above), and what that costs.
  const isMemberList = (kind: string | null): boolean => kind === 'users' || kind === 'org_users';
  const noMembers = [...unreadable].some(isMemberList) && !rootFiles.some((file) => isMemberList(slackDirectoryFileKind(file.path)));
  yield* chatProblems(
    directory.problems.map((problem) =>
      noMembers && problem.locator === 'users.json'
        ? { ...problem, message: 'the member list (users.json) cannot be read: senders and members are shown by id' }
        : problem,
    ),
  );

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
      const problems = [...day.problems];
      const items = cutLongTexts(day.items, problems);
      yield* chatProblems(problems);
      sequence = yield* chatRecords(items, { platform: 'slack', fallbackConversation: '', media: null, occurrences, firstSequence: sequence });
    } catch (error) {
      yield errorOf(entry.path, error);
    }
  }
  if (logs !== null) {
    try {
      const log = parseSlackIntegrationLogs(directory, logs.path, await readText(zip, logs), { timeZone: options.timeZone });
      const problems = [...log.problems];
      const items = cutLongTexts(log.items, problems);
      yield* chatProblems(problems);
      yield* chatRecords(items, { platform: 'slack', fallbackConversation: 'Integration log', media: null, occurrences, firstSequence: sequence });
    } catch (error) {
      yield errorOf(logs.path, error);
    }
  }
}
