/**
 * A Telegram message's text as plain text. Telegram Desktop writes `text` as a string when the
 * message has no formatting and as an array of strings and entity objects when it has, and adds
 * `text_entities` (always an array of objects) since 2021. Links hidden behind words
 * (`text_link`) keep their target, which is often what a request is about.
 */
import { isRecord, stringField } from '../json-fields.js';

function entityText(entity: unknown): string {
  if (typeof entity === 'string') {
    return entity;
  }
  if (!isRecord(entity)) {
    return '';
  }
  const text = stringField(entity, 'text');
  const href = stringField(entity, 'href');
  return stringField(entity, 'type') === 'text_link' && href !== '' && href !== text ? `${text} (${href})` : text;
}

/** The message's text, from `text_entities` when present, else from `text`; '' when neither reads. */
export function telegramText(message: Record<string, unknown>): string {
  const entities = message['text_entities'];
  const source = Array.isArray(entities) && entities.length > 0 ? entities : message['text'];
  if (typeof source === 'string') {
    return source;
  }
  return Array.isArray(source) ? source.map(entityText).join('') : '';
}
