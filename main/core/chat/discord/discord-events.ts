/**
 * DiscordChatExporter message types as chat events. The exporter writes Discord's message kind
 * by name (`Call`, `RecipientAdd`…) and, for a kind it does not know, by number; each kind with a
 * meaning for the gap register gets its event kind, the rest stay 'other' with their name.
 */
import { chatEvent, type ChatEvent } from '../chat-message.js';
import { arrayField, isRecord, stringField, type JsonRecord } from '../json-fields.js';
import { discordSecondsBetween } from './discord-time.js';


/** The name Discord showed for a user: the server nickname, else the account name. */
export function discordUserName(user: JsonRecord): string {
  return stringField(user, 'nickname') || stringField(user, 'name') || stringField(user, 'id');
}

function mentioned(message: JsonRecord): JsonRecord[] {
  return arrayField(message, 'mentions').filter(isRecord);
}

/** Kinds that are people's messages: no event unless edited. */
const CONTENT_TYPES: ReadonlySet<string> = new Set(['Default', 'Reply']);

/**
 * The event a message carries, or null for an unedited ordinary message. For 'other' the caller
 * names the type in the text.
 */
export function discordMessageEvent(message: JsonRecord, author: JsonRecord): ChatEvent | null {
  const type = stringField(message, 'type');
  if (type === '' || CONTENT_TYPES.has(type)) {
    const edited = stringField(message, 'timestampEdited') !== '';
    return edited ? chatEvent('message-edited') : null;
  }
  switch (type) {
    case 'Call': {
      const ended = stringField(message, 'callEndedTimestamp');
      return chatEvent('call', [], ended === '' ? null : discordSecondsBetween(stringField(message, 'timestamp'), ended));
    }
    case 'RecipientAdd':
      return chatEvent('member-added', mentioned(message).map(discordUserName));
    case 'RecipientRemove': {
      const people = mentioned(message);
      const first = people[0];
      // Discord records leaving a group DM as the leaver removing themself.
      if (people.length === 1 && first && stringField(first, 'id') === stringField(author, 'id')) {
        return chatEvent('member-left', [discordUserName(first)]);
      }
      return chatEvent('member-removed', people.map(discordUserName));
    }
    case 'GuildMemberJoin':
      return chatEvent('member-added', [discordUserName(author)]);
    case 'ChannelNameChange':
      return chatEvent('group-renamed');
    default:
      return chatEvent('other');
  }
}
