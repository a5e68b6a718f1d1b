/**
 * The workspace-level facts a Slack day file needs to be read: who each user id is and which
 * conversation each folder holds. Built once from the small root files, then shared by every
 * day file, so a large workspace is read one day at a time without holding its messages.
 */
import type { ChatProblem } from '../chat-message.js';
import { ChatExportError, parseJsonDocument } from '../json-document.js';
import { arrayField, isRecord, recordField, stringField, type JsonRecord } from '../json-fields.js';
import { slackDirectoryFileKind } from './slack-paths.js';

/** A member (or bot user) from users.json. */
export type SlackUser = {
  id: string;
  /** The name to show: real name, else display name, else handle. */
  name: string;
  /** The handle (`name` in users.json), '' when absent. */
  handle: string;
  isBot: boolean;
  deleted: boolean;
};

/** channels.json and groups.json hold channels; dms.json direct messages; mpims.json group DMs. */
export type SlackConversationKind = 'channel' | 'private-channel' | 'dm' | 'mpim';

/** A channel, private channel, DM or group DM, from the root conversation files. */
export type SlackConversation = {
  id: string;
  /** The human name: `general`, or the members' names for a DM or group DM. */
  name: string;
  kind: SlackConversationKind;
  /** The folder its day files sit in: the name for channels and group DMs, the id for DMs. */
  folder: string;
  /** Member user ids, as listed. */
  members: string[];
};

/** Everything `parseSlackDay` needs from the root files; read once per export with `readSlackDirectory`. */
export type SlackDirectory = {
  users: ReadonlyMap<string, SlackUser>;
  /** By folder name, the key a day file's path gives. */
  conversationsByFolder: ReadonlyMap<string, SlackConversation>;
  /** By id, the key `<#C123>` mentions give. */
  conversationsById: ReadonlyMap<string, SlackConversation>;
  /** Root files that were missing, unreadable or held malformed entries; reading goes on without them. */
  problems: ChatProblem[];
};

/** A root file of the export: its path in the zip and its decoded text. */
export type SlackExportFile = { path: string; text: string };

/** Slack's own bot posts as USLACKBOT, which users.json usually leaves out. */
const SLACKBOT: SlackUser = { id: 'USLACKBOT', name: 'Slackbot', handle: 'slackbot', isBot: true, deleted: false };

function readUser(entry: JsonRecord): SlackUser | null {
  const id = stringField(entry, 'id');
  if (id === '') {
    return null;
  }
  const profile = recordField(entry, 'profile') ?? {};
  const handle = stringField(entry, 'name');
  const name =
    stringField(profile, 'real_name') ||
    stringField(entry, 'real_name') ||
    stringField(profile, 'display_name') ||
    handle ||
    id;
  return { id, name, handle, isBot: entry['is_bot'] === true, deleted: entry['deleted'] === true };
}

function stringList(values: unknown[]): string[] {
  return values.filter((value): value is string => typeof value === 'string');
}

function kindOf(fileKind: 'channels' | 'groups' | 'dms' | 'mpims'): SlackConversationKind {
  switch (fileKind) {
    case 'channels':
      return 'channel';
    case 'groups':
      return 'private-channel';
    case 'dms':
      return 'dm';
    case 'mpims':
      return 'mpim';
  }
}

/** A DM has no name; it is known by who is in it. */
function membersLabel(members: string[], users: ReadonlyMap<string, SlackUser>): string {
  return members.map((id) => users.get(id)?.name ?? id).join(', ');
}

function readConversation(
  entry: JsonRecord,
  kind: SlackConversationKind,
  users: ReadonlyMap<string, SlackUser>,
): SlackConversation | null {
  const id = stringField(entry, 'id');
  const members = stringList(arrayField(entry, 'members'));
  // Older dms.json entries name the peer in `user` rather than listing members.
  if (members.length === 0 && stringField(entry, 'user') !== '') {
    members.push(stringField(entry, 'user'));
  }
  const rawName = stringField(entry, 'name');
  if (kind === 'dm') {
    return id === '' ? null : { id, name: membersLabel(members, users) || id, kind, folder: id, members };
  }
  if (rawName === '') {
    return null;
  }
  // A group DM's name is a slug ("mpdm-ann--bob-1"); its members say more to an officer.
  const name = kind === 'mpim' && members.length > 0 ? membersLabel(members, users) : rawName;
  return { id, name, kind, folder: rawName, members };
}

function parseArrayFile(file: SlackExportFile, problems: ChatProblem[]): unknown[] {
  try {
    const value = parseJsonDocument(file.text, file.path);
    if (!Array.isArray(value)) {
      problems.push({ locator: file.path, message: `${file.path}: expected a JSON array of entries; file ignored` });
      return [];
    }
    return value;
  } catch (error) {
    const message = error instanceof ChatExportError ? error.message : `${file.path}: ${String(error)}`;
    problems.push({ locator: file.path, message: `${message}; file ignored` });
    return [];
  }
}

/**
 * Read the workspace's root files (users.json or org_users.json, channels.json, groups.json,
 * dms.json, mpims.json; others are ignored) into a directory for `parseSlackDay`. Pure: the
 * caller reads the zip. Never throws: a missing or unreadable file is a problem, and messages
 * then show ids where names would have been.
 */
export function readSlackDirectory(files: readonly SlackExportFile[]): SlackDirectory {
  const problems: ChatProblem[] = [];
  const users = new Map<string, SlackUser>([[SLACKBOT.id, SLACKBOT]]);
  const byKind = new Map<string, SlackExportFile>();
  for (const file of files) {
    const kind = slackDirectoryFileKind(file.path);
    if (kind !== null && !byKind.has(kind)) {
      byKind.set(kind, file);
    }
  }

  const userFile = byKind.get('users') ?? byKind.get('org_users');
  if (!userFile) {
    problems.push({ locator: 'users.json', message: 'no users.json in the export: senders are shown by id' });
  } else {
    parseArrayFile(userFile, problems).forEach((entry, index) => {
      const user = isRecord(entry) ? readUser(entry) : null;
      if (user) {
        users.set(user.id, user);
      } else {
        problems.push({ locator: `${userFile.path}[${index}]`, message: 'user entry without an id; skipped' });
      }
    });
  }

  const conversationsByFolder = new Map<string, SlackConversation>();
  const conversationsById = new Map<string, SlackConversation>();
  for (const fileKind of ['channels', 'groups', 'mpims', 'dms'] as const) {
    const file = byKind.get(fileKind);
    if (!file) {
      continue;
    }
    parseArrayFile(file, problems).forEach((entry, index) => {
      const conversation = isRecord(entry) ? readConversation(entry, kindOf(fileKind), users) : null;
      if (!conversation) {
        problems.push({ locator: `${file.path}[${index}]`, message: 'conversation entry without a name or id; skipped' });
        return;
      }
      conversationsByFolder.set(conversation.folder, conversation);
      if (conversation.id !== '') {
        conversationsById.set(conversation.id, conversation);
      }
    });
  }
  return { users, conversationsByFolder, conversationsById, problems };
}
