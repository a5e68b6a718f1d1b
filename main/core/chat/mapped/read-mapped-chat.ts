/**
 * Any chat export in CSV or JSON, read through an officer's chat mapping (`chat-mapping.ts`):
 * one item per row or JSON record, in file order, streamed and bounded like the built-in readers.
 * A mapping that does not fit the file (a column missing from the header, no message array at
 * the path) is one problem naming the mapping field, and nothing is guessed.
 */
import { AppError } from '../../../../shared/errors.js';
import { emptyChatItem, type ChatEvent, type ChatItem, type ChatPerson, type ChatProblem } from '../chat-message.js';
import { isValidTimeZone } from '../zoned-time.js';
import { throwIfCancelled } from './cancellation.js';
import type { CompiledChatMapping } from './chat-mapping.js';
import { csvRecords } from './csv-records.js';
import { parseFieldPath, valueAt, valueList, valueText } from './field-values.js';
import { JsonRecordScanner } from './json-record-scanner.js';
import { messageText } from './message-text.js';
import { decodeChunks } from './text-chunks.js';
import { readTimestamp } from './timestamp-format.js';

/** How to read: the officer's zone, cancellation, the size bound. */
export type MappedChatOptions = {
  /** IANA zone the officer chose; dates are shown with its offset. */
  timeZone: string;
  signal?: AbortSignal;
  /** The longest row or record kept, in characters; default 16 MiB. */
  maxRecordChars?: number;
};

/** What the reader yields: an item, or a problem naming its place. */
export type MappedChatOutput = ChatItem | { problem: ChatProblem };

type FieldName = keyof CompiledChatMapping['fields'];

/** Reads one field of the current record as a value (text, number, array or undefined). */
type Getter = (field: FieldName) => unknown;

/** Distinct unmapped event values reported, at most; after that they are only counted. */
const MAX_UNMAPPED_REPORTS = 20;

/** The default `maxRecordChars` (16 MiB); see `MappedChatOptions`. */
export const DEFAULT_MAX_MAPPED_RECORD_CHARS = 16 * 1024 * 1024;

function lookupEvent(value: string, table: Record<string, ChatEvent['kind']>): ChatEvent['kind'] | null {
  const exact = table[value] ?? table[value.trim()];
  if (exact !== undefined) {
    return exact;
  }
  const lower = value.trim().toLowerCase();
  const found = Object.entries(table).find(([key]) => key.trim().toLowerCase() === lower);
  return found ? found[1] : null;
}

/** Builds the item for one record; `problems` collects what was wrong with it. */
function buildItem(get: Getter, locator: string, mapping: CompiledChatMapping, timeZone: string, csv: boolean, problems: string[], unmapped: Set<string>): ChatItem {
  const text = (field: FieldName): string => valueText(get(field)).trim();
  const separator = csv ? mapping.listSeparator : null;
  const time = readTimestamp(get('timestamp'), mapping.compiledTimestamp, mapping.timestamp.timeZone ?? timeZone, timeZone);
  if (time.error !== null) {
    problems.push(`fields.timestamp: ${time.error}`);
  }
  const body = messageText(valueText(get('text')), mapping.html);
  const subject = text('subject');
  const names = valueList(get('recipients'), separator);
  const ids = valueList(get('recipientIds'), separator);
  const recipients: ChatPerson[] =
    names.length === ids.length || ids.length === 0 || names.length === 0
      ? Array.from({ length: Math.max(names.length, ids.length) }, (_, i) => ({ name: names[i] ?? '', id: ids[i] ?? '' }))
      : [...names.map((name) => ({ name, id: '' })), ...ids.map((id) => ({ name: '', id }))];
  let event: ChatEvent | null = null;
  const eventValue = text('event');
  if (eventValue !== '') {
    let kind = lookupEvent(eventValue, mapping.events);
    if (kind === null) {
      kind = 'other';
      if (!unmapped.has(eventValue)) {
        unmapped.add(eventValue);
        if (unmapped.size <= MAX_UNMAPPED_REPORTS) {
          problems.push(`fields.event: "${eventValue.slice(0, 60)}" is not in the events table; read as 'other'`);
        }
      }
    }
    const durationText = text('eventDuration');
    const duration = /^\d+(?:\.\d+)?$/.test(durationText) ? Number(durationText) : null;
    if (durationText !== '' && duration === null) {
      problems.push(`fields.eventDuration: "${durationText.slice(0, 40)}" is not a number of seconds`);
    }
    event = { kind, durationSeconds: duration, subjects: [] };
  }
  const conversation = text('conversation') || (mapping.defaults.conversation ?? '');
  return {
    ...emptyChatItem(),
    locator,
    conversation,
    conversationId: text('conversationId') || (mapping.defaults.conversationId ?? ''),
    sender: text('sender'),
    senderId: text('senderId'),
    recipients,
    dateIso: time.iso,
    dateRaw: valueText(get('timestamp')),
    text: subject === '' ? body : body === '' ? `Subject: ${subject}` : `Subject: ${subject}\n\n${body}`,
    event,
    attachments: valueList(get('attachments'), separator),
    messageId: text('messageId'),
    replyTo: text('replyTo'),
  };
}

async function* readCsv(text: AsyncIterable<string>, mapping: CompiledChatMapping, options: MappedChatOptions, maxChars: number): AsyncGenerator<MappedChatOutput> {
  let columns: Partial<Record<FieldName, number>> | null = null;
  const unmapped = new Set<string>();
  const resolve = (header: string[] | null): Partial<Record<FieldName, number>> | string => {
    const found: Partial<Record<FieldName, number>> = {};
    for (const [field, ref] of Object.entries(mapping.fields) as Array<[FieldName, string | number | undefined]>) {
      if (ref === undefined) {
        continue;
      }
      if (typeof ref === 'number') {
        found[field] = ref - 1;
        continue;
      }
      const names = (header ?? []).map((name) => name.trim());
      let at = names.indexOf(ref.trim());
      if (at < 0) {
        at = names.findIndex((name) => name.toLowerCase() === ref.trim().toLowerCase());
      }
      if (at < 0) {
        return `fields.${field}: column "${ref}" is not in the file's header (${names.map((name) => `"${name}"`).join(', ')})`;
      }
      found[field] = at;
    }
    return found;
  };
  if (!mapping.header) {
    const resolved = resolve(null);
    columns = typeof resolved === 'string' ? null : resolved;
  }
  for await (const row of csvRecords(text, { delimiter: mapping.delimiter, maxRecordChars: maxChars, ...(options.signal ? { signal: options.signal } : {}) })) {
    const locator = `row ${row.row}`;
    if ('problem' in row) {
      yield { problem: { locator, message: `line ${row.line}: ${row.problem}` } };
      continue;
    }
    if (columns === null) {
      const resolved = resolve(row.fields);
      if (typeof resolved === 'string') {
        yield { problem: { locator, message: resolved } };
        return;
      }
      columns = resolved;
      continue;
    }
    const at = columns;
    const get: Getter = (field) => {
      const index = at[field];
      return index === undefined ? undefined : row.fields[index];
    };
    const problems: string[] = [];
    yield buildItem(get, locator, mapping, options.timeZone, true, problems, unmapped);
    for (const message of problems) {
      yield { problem: { locator, message: `line ${row.line}: ${message}` } };
    }
  }
}

async function* readJson(text: AsyncIterable<string>, mapping: CompiledChatMapping, options: MappedChatOptions, maxChars: number): AsyncGenerator<MappedChatOutput> {
  const path = mapping.jsonPath === '' ? [] : parseFieldPath(mapping.jsonPath);
  const scanner = new JsonRecordScanner(path, maxChars, mapping.jsonLines);
  const paths = new Map<FieldName, string[]>();
  for (const [field, ref] of Object.entries(mapping.fields) as Array<[FieldName, string | number | undefined]>) {
    if (typeof ref === 'string') {
      paths.set(field, parseFieldPath(ref));
    }
  }
  const unmapped = new Set<string>();
  async function* pieces(): AsyncGenerator<ReturnType<JsonRecordScanner['push']>> {
    for await (const chunk of text) {
      yield scanner.push(chunk);
    }
    yield scanner.finish();
  }
  for await (const batch of pieces()) {
    for (const piece of batch) {
      throwIfCancelled(options.signal, 'mapped chat reading');
      if (piece.kind === 'problem') {
        yield { problem: { locator: `line ${piece.line}`, message: piece.message } };
        continue;
      }
      const locator = path.length > 0 ? `${mapping.jsonPath}[${piece.index}]` : `line ${piece.line}`;
      let record: unknown;
      try {
        record = JSON.parse(piece.text);
      } catch (error) {
        yield { problem: { locator, message: `line ${piece.line}: not valid JSON (${error instanceof Error ? error.message : 'unreadable'}); skipped` } };
        continue;
      }
      if (typeof record !== 'object' || record === null || Array.isArray(record)) {
        yield { problem: { locator, message: `line ${piece.line}: a message must be a JSON object; skipped` } };
        continue;
      }
      const get: Getter = (field) => {
        const fieldPath = paths.get(field);
        return fieldPath === undefined ? undefined : valueAt(record, fieldPath);
      };
      const problems: string[] = [];
      yield buildItem(get, locator, mapping, options.timeZone, false, problems, unmapped);
      for (const message of problems) {
        yield { problem: { locator, message: `line ${piece.line}: ${message}` } };
      }
    }
  }
}

/**
 * Reads a chat export through a checked mapping (`parseChatMapping`), in file order. Never throws
 * for what the file holds. Throws AppError 'invalid-args' for bad options and 'cancelled' when the
 * signal fires.
 */
export async function* readMappedChat(chunks: AsyncIterable<Uint8Array>, mapping: CompiledChatMapping, options: MappedChatOptions): AsyncGenerator<MappedChatOutput> {
  if (!isValidTimeZone(options.timeZone)) {
    throw new AppError('invalid-args', `unknown time zone "${options.timeZone}"`, { timeZone: options.timeZone });
  }
  const maxChars = options.maxRecordChars ?? DEFAULT_MAX_MAPPED_RECORD_CHARS;
  const text = decodeChunks(chunks, mapping.encoding, options.signal);
  if (mapping.format === 'csv') {
    yield* readCsv(text, mapping, options, maxChars);
  } else {
    yield* readJson(text, mapping, options, maxChars);
  }
}
