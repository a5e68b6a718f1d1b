/**
 * Slack's `integration_logs.json`: who added, changed or removed an app or webhook, when, and in
 * which channel. Not messages, but an officer needs them to tell which bot posts a channel's
 * records came from and since when, so each entry becomes an 'other' event item.
 */
import { emptyChatItem, type ChatItem, type ChatProblem } from '../chat-message.js';
import { epochToIso, isValidTimeZone } from '../zoned-time.js';
import { ChatExportError, parseJsonDocument } from '../json-document.js';
import { isRecord, jsonTypeName, numberField, stringField } from '../json-fields.js';
import type { SlackDirectory } from './slack-directory.js';
import type { SlackDayResult, SlackParseOptions } from './parse-slack-day.js';

/**
 * Parse `integration_logs.json` (`path` as in the zip). Each entry is an item whose text reads
 * `[integration_<change>] <who> <change> <service or app> (<scope>)`, in the channel it names when
 * the directory knows it. Throws `ChatExportError` when the file is not a JSON array.
 */
export function parseSlackIntegrationLogs(
  directory: SlackDirectory,
  path: string,
  text: string,
  options: SlackParseOptions,
): SlackDayResult {
  const value = parseJsonDocument(text, path);
  const entries = isRecord(value) && Array.isArray(value['logs']) ? value['logs'] : value;
  if (!Array.isArray(entries)) {
    throw new ChatExportError(path, 'not a Slack integration log: expected a JSON array');
  }
  const problems: ChatProblem[] = [];
  const zoneOk = isValidTimeZone(options.timeZone);
  if (!zoneOk) {
    problems.push({ locator: path, message: `unknown time zone "${options.timeZone}"; dates left unread` });
  }
  const items: ChatItem[] = [];
  entries.forEach((entry, index) => {
    const locator = `${path}#${index}`;
    if (!isRecord(entry)) {
      problems.push({ locator, message: `entry is ${jsonTypeName(entry)}, not an object; skipped` });
      return;
    }
    const userId = stringField(entry, 'user_id');
    const sender = directory.users.get(userId)?.name || stringField(entry, 'user_name') || userId;
    const change = stringField(entry, 'change_type') || 'changed';
    const service = stringField(entry, 'service_type') || stringField(entry, 'app_type') || 'an integration';
    const scope = stringField(entry, 'scope');
    const reason = stringField(entry, 'reason');
    const channelId = stringField(entry, 'channel');
    const seconds = numberField(entry, 'date');
    items.push({
      ...emptyChatItem(),
      locator,
      conversation: directory.conversationsById.get(channelId)?.name ?? channelId,
      conversationId: channelId,
      sender,
      senderId: userId,
      dateIso: seconds !== null && zoneOk ? epochToIso(seconds * 1000, options.timeZone) : null,
      dateRaw: stringField(entry, 'date') || (seconds === null ? '' : String(seconds)),
      text: `[integration_${change}] ${sender} ${change} ${service}${scope ? ` (${scope})` : ''}${reason ? `: ${reason}` : ''}`,
      event: { kind: 'other', durationSeconds: null, subjects: [] },
    });
  });
  return { items, problems };
}
