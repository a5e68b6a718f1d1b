/**
 * The parts of a Slack message that need more than one field to read: who sent it (users,
 * bots, webhooks and file comments each say it differently), the text of its legacy
 * `attachments`, and the names of the files it shares.
 */
import { arrayField, isRecord, recordField, stringField, type JsonRecord } from '../json-fields.js';
import type { SlackDirectory } from './slack-directory.js';
import { renderSlackText } from './slack-markup.js';

/** Who sent a message: the name to show and the Slack id (U… for people, B… for bots). */
export type SlackSender = { name: string; id: string };

function botSender(message: JsonRecord, directory: SlackDirectory): SlackSender {
  const botId = stringField(message, 'bot_id');
  const user = stringField(message, 'user');
  const profile = recordField(message, 'bot_profile') ?? {};
  const id = botId || user;
  // A webhook posts under the name it chose (`username`); that is what readers saw.
  const name =
    stringField(message, 'username') ||
    stringField(profile, 'name') ||
    directory.users.get(user)?.name ||
    directory.users.get(botId)?.name ||
    id;
  return { name, id };
}

/** The sender's display name and Slack id; both '' when the message names nobody. */
export function slackSender(message: JsonRecord, directory: SlackDirectory): SlackSender {
  let user = stringField(message, 'user');
  const subtype = stringField(message, 'subtype');
  if (subtype === 'bot_message' || (user === '' && stringField(message, 'bot_id') !== '')) {
    return botSender(message, directory);
  }
  if (user === '') {
    // Old file_comment lines name the commenter only inside `comment`.
    user = stringField(recordField(message, 'comment') ?? {}, 'user');
  }
  if (user === '') {
    return { name: stringField(message, 'username'), id: '' };
  }
  const profile = recordField(message, 'user_profile') ?? {};
  const name =
    directory.users.get(user)?.name ||
    stringField(profile, 'real_name') ||
    stringField(profile, 'display_name') ||
    stringField(profile, 'name') ||
    stringField(message, 'username') ||
    user;
  return { name, id: user };
}

function attachmentText(attachment: JsonRecord, directory: SlackDirectory): string {
  const parts = [
    stringField(attachment, 'pretext'),
    stringField(attachment, 'title'),
    stringField(attachment, 'text'),
    ...arrayField(attachment, 'fields')
      .filter(isRecord)
      .map((field) => [stringField(field, 'title'), stringField(field, 'value')].filter((part) => part !== '').join(': ')),
  ].filter((part) => part.trim() !== '');
  // `fallback` is the attachment's own plain summary, for clients that show nothing else.
  const chosen = parts.length > 0 ? parts : [stringField(attachment, 'fallback')];
  return chosen
    .map((part) => renderSlackText(part, directory))
    .filter((part) => part.trim() !== '')
    .join('\n');
}

/** The readable text of a message's legacy `attachments` (link unfurls, bot cards), one block each. */
export function slackAttachmentsText(message: JsonRecord, directory: SlackDirectory): string[] {
  return arrayField(message, 'attachments')
    .filter(isRecord)
    .map((attachment) => attachmentText(attachment, directory))
    .filter((text) => text !== '');
}

/**
 * Names of the files the message shares: `files[]` today, a single `file` in exports before
 * 2019. A file Slack no longer has (`mode: "tombstone"`) has no name and is left out.
 */
export function slackFileNames(message: JsonRecord): string[] {
  const files = [...arrayField(message, 'files')];
  const single = message['file'];
  if (isRecord(single)) {
    files.push(single);
  }
  const names: string[] = [];
  for (const file of files) {
    if (!isRecord(file)) {
      continue;
    }
    const name = stringField(file, 'name') || stringField(file, 'title');
    if (name !== '' && !names.includes(name)) {
      names.push(name);
    }
  }
  return names;
}
