/**
 * Which conversation a Teams message belongs to. One export can hold many: `getAllMessages`
 * returns every chat a user is in, each message naming its own `chatId`, and a channel message
 * names its team and channel in `channelIdentity`. Graph gives a chat's topic, a channel's or a
 * team's name only in the system messages that set them (chatRenamed, channelAdded,
 * channelRenamed, teamCreated, teamRenamed), so the latest such name in the file titles the
 * conversation; without one the title is the id itself, which is what identifies it in Teams.
 */
import { isRecord, recordField, stringField, type JsonRecord } from '../json-fields.js';
import { eventTypeName } from './teams-events.js';
import { graphInstantMs } from './teams-time.js';

/** A conversation as the items carry it: its id, and its title ('' when the message names none). */
export type TeamsConversation = { id: string; title: string };

type Named = { name: string; at: number };

/** Names found in the file's system messages, by chat, channel and team id. */
export type ConversationNames = {
  chats: ReadonlyMap<string, Named>;
  channels: ReadonlyMap<string, Named>;
  teams: ReadonlyMap<string, Named>;
};

function keep(map: Map<string, Named>, id: string, name: string, at: number): void {
  const known = map.get(id);
  // The latest rename wins; of two at the same (or an unreadable) time, the later in the file.
  if (id !== '' && name !== '' && (!known || at >= known.at)) {
    map.set(id, { name, at });
  }
}

/** The topics and names the file's system messages set. */
export function conversationNames(messages: readonly unknown[]): ConversationNames {
  const chats = new Map<string, Named>();
  const channels = new Map<string, Named>();
  const teams = new Map<string, Named>();
  for (const message of messages) {
    const detail = isRecord(message) ? recordField(message, 'eventDetail') : null;
    if (!isRecord(message) || !detail) {
      continue;
    }
    const at = graphInstantMs(stringField(message, 'createdDateTime')) ?? Number.NEGATIVE_INFINITY;
    const where = recordField(message, 'channelIdentity') ?? {};
    switch (eventTypeName(detail)) {
      case 'chatRenamed':
        keep(chats, stringField(detail, 'chatId') || stringField(message, 'chatId'), stringField(detail, 'chatDisplayName').trim(), at);
        break;
      case 'channelAdded':
      case 'channelRenamed':
        keep(channels, stringField(detail, 'channelId') || stringField(where, 'channelId'), stringField(detail, 'channelDisplayName').trim(), at);
        break;
      // Team events are posted in the team's primary channel, whose identity names the team.
      case 'teamCreated':
      case 'teamRenamed':
        keep(teams, stringField(where, 'teamId') || stringField(detail, 'teamId'), stringField(detail, 'teamDisplayName').trim(), at);
        break;
      default:
        break;
    }
  }
  return { chats, channels, teams };
}

/** The conversation of one message: its chat, else its team's channel; blank when it names neither. */
export function conversationOf(message: JsonRecord, names: ConversationNames): TeamsConversation {
  const chatId = stringField(message, 'chatId').trim();
  if (chatId !== '') {
    return { id: chatId, title: names.chats.get(chatId)?.name ?? chatId };
  }
  const channel = recordField(message, 'channelIdentity');
  const channelId = channel ? stringField(channel, 'channelId').trim() : '';
  if (!channel || channelId === '') {
    return { id: '', title: '' };
  }
  const team = names.teams.get(stringField(channel, 'teamId').trim())?.name ?? '';
  const title = names.channels.get(channelId)?.name ?? channelId;
  return { id: channelId, title: team === '' ? title : `${team} / ${title}` };
}
