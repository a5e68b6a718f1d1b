/**
 * Telling a Teams export from any other `.json`. Microsoft Graph lists messages (the Teams
 * Export API's `getAllMessages`, a chat's or a channel's `messages`) as an OData collection,
 * `{ "@odata.context": …, "value": [chatMessage…] }`, and tools that save the pages often write
 * the `value` array alone. A chatMessage always has an id, a `messageType` and a
 * `createdDateTime`; none of the other chat exports writes that trio.
 */
import { isRecord } from '../json-fields.js';

/** The messages of an export and how their locators begin (`value[3]`, or `[3]` for a bare array). */
export type TeamsMessageList = { messages: unknown[]; locatorPrefix: string };

/** True for an object shaped like a Graph chatMessage. */
export function looksLikeTeamsMessage(value: unknown): boolean {
  if (!isRecord(value)) {
    return false;
  }
  const type = value['@odata.type'];
  if (typeof type === 'string' && /^#?microsoft\.graph\.chatMessage$/i.test(type)) {
    return true;
  }
  return (typeof value['id'] === 'string' || typeof value['id'] === 'number') && typeof value['messageType'] === 'string' && 'createdDateTime' in value && ('body' in value || 'eventDetail' in value);
}

// An empty page still says what it lists: `…$metadata#Collection(chatMessage)`,
// `…$metadata#chats('19%3A…')/messages`, `…/channels('…')/messages('…')/replies`.
const MESSAGE_CONTEXT = /\$metadata#(?:Collection\(chatMessage\)|.*\/(?:messages|replies)$)/i;

/** The messages of a Teams export, or null when the value is not one. */
export function teamsMessageList(value: unknown): TeamsMessageList | null {
  if (Array.isArray(value)) {
    const first = value.find(isRecord);
    return first !== undefined && looksLikeTeamsMessage(first) ? { messages: value, locatorPrefix: '' } : null;
  }
  if (!isRecord(value) || !Array.isArray(value['value'])) {
    return null;
  }
  const messages = value['value'];
  const first = messages.find(isRecord);
  if (first !== undefined) {
    return looksLikeTeamsMessage(first) ? { messages, locatorPrefix: 'value' } : null;
  }
  const context = value['@odata.context'];
  return typeof context === 'string' && MESSAGE_CONTEXT.test(context) ? { messages, locatorPrefix: 'value' } : null;
}

/** True for a parsed Teams export: a Graph collection of chatMessage or a bare array of them. */
export function looksLikeTeamsExport(value: unknown): boolean {
  return teamsMessageList(value) !== null;
}
