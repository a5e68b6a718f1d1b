/**
 * Telegram service messages (`type: "service"`) as chat events. Telegram Desktop names the
 * action (`phone_call`, `invite_members`, `set_messages_ttl`…) and its data but writes no
 * sentence, so the item's text is the action's name in brackets followed by its data as written:
 * `[invite_members] Ann, Bob`. Actions with no matching kind stay 'other' and keep their name.
 */
import { chatEvent, type ChatEvent } from '../chat-message.js';
import { arrayField, numberField, stringField, type JsonRecord } from '../json-fields.js';

/** A service message read: its event and the text that names the action and its data. */
export type TelegramServiceEvent = { event: ChatEvent; text: string };


/** `members` lists names; a deleted account is written as null and is named "(deleted account)". */
function members(message: JsonRecord): string[] {
  return arrayField(message, 'members').map((name) => (typeof name === 'string' ? name : '(deleted account)'));
}

function phoneCall(message: JsonRecord): ChatEvent {
  const reason = stringField(message, 'discard_reason');
  const duration = numberField(message, 'duration_seconds');
  // "busy" and "missed" are calls nobody answered; "hangup" and "disconnect" were answered or cut.
  return chatEvent(reason === 'missed' || reason === 'busy' ? 'missed-call' : 'call', [], duration);
}

function removal(message: JsonRecord, actor: string): ChatEvent {
  const removed = members(message);
  return removed.length === 1 && removed[0] === actor ? chatEvent('member-left', removed) : chatEvent('member-removed', removed);
}

function ttl(message: JsonRecord): ChatEvent {
  const period = numberField(message, 'period');
  return period !== null && period > 0 ? chatEvent('disappearing-on', [], period) : chatEvent('disappearing-off');
}

function eventFor(action: string, message: JsonRecord, actor: string): ChatEvent {
  switch (action) {
    case 'phone_call':
      return phoneCall(message);
    case 'group_call':
      return chatEvent('call', [], numberField(message, 'duration'));
    case 'invite_members':
      return chatEvent('member-added', members(message));
    case 'join_group_by_link':
    case 'join_group_by_request':
      return chatEvent('member-added', actor === '' ? [] : [actor]);
    case 'remove_members':
      return removal(message, actor);
    case 'create_group':
      return chatEvent('group-created', members(message));
    case 'create_channel':
      return chatEvent('group-created');
    case 'edit_group_title':
      return chatEvent('group-renamed');
    case 'set_messages_ttl':
      return ttl(message);
    // "History was cleared": every earlier message in the chat was deleted.
    case 'clear_history':
      return chatEvent('message-deleted');
    default:
      return chatEvent('other');
  }
}

/** The data each action carries, in the order Telegram writes it. */
function details(message: JsonRecord): string {
  const parts: string[] = [];
  const title = stringField(message, 'title') || stringField(message, 'new_title');
  if (title !== '') {
    parts.push(`“${title}”`);
  }
  const names = members(message);
  if (names.length > 0) {
    parts.push(names.join(', '));
  }
  const inviter = stringField(message, 'inviter');
  if (inviter !== '') {
    parts.push(`invited by ${inviter}`);
  }
  const seconds = numberField(message, 'duration_seconds') ?? numberField(message, 'duration');
  if (seconds !== null) {
    parts.push(`${seconds} seconds`);
  }
  const reason = stringField(message, 'discard_reason');
  if (reason !== '') {
    parts.push(reason);
  }
  const period = numberField(message, 'period');
  if (period !== null) {
    parts.push(`period ${period} seconds`);
  }
  const pinned = numberField(message, 'message_id');
  if (pinned !== null) {
    parts.push(`message ${pinned}`);
  }
  return parts.join('; ');
}

/**
 * The event and text of a service message. `actor` is the name written in `actor`. A service
 * message without `action` (a bot's custom action) is 'other' with its `information_text`.
 */
export function telegramServiceEvent(message: JsonRecord, actor: string, ownText: string): TelegramServiceEvent {
  const action = stringField(message, 'action');
  const label = action === '' ? 'service' : action;
  const data = [details(message), stringField(message, 'information_text'), ownText].filter((part) => part !== '').join('; ');
  return { event: eventFor(action, message, actor), text: data === '' ? `[${label}]` : `[${label}] ${data}` };
}
