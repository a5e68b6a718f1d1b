/**
 * The chat mapping: a small JSON document an officer writes to read a chat export no reader in
 * this folder knows, by saying which CSV column or JSON field holds what. It is checked with zod
 * before anything is read, and every mistake is reported with the field it is in
 * (`fields.timestamp: required`, `timestamp.format: "Q" … is not a known token`), because the
 * officer fixes the mapping, not the code.
 *
 * The mapping is data: field names are looked up, patterns are compiled from fixed pieces
 * (`timestamp-format.ts`), and nothing in it is ever run.
 */
import { z } from 'zod';
import { AppError } from '../../../../shared/errors.js';
import { CHAT_EVENT_KINDS } from '../../../../shared/model/chat.js';
import { isValidTimeZone } from '../zoned-time.js';
import { isKnownEncoding } from './text-chunks.js';
import { compileTimestampFormat, type TimestampFormat } from './timestamp-format.js';


/** A CSV column by header name or by position (1 = first column), or a JSON field path ("from.name"). */
const fieldRef = z.union([z.string().trim().min(1, 'must not be empty'), z.number().int().min(1, 'column numbers start at 1')]);

const FIELD_NAMES = [
  'timestamp',
  'text',
  'subject',
  'conversation',
  'conversationId',
  'sender',
  'senderId',
  'recipients',
  'recipientIds',
  'attachments',
  'messageId',
  'replyTo',
  'event',
  'eventDuration',
] as const;

const fieldsSchema = z.strictObject({
  timestamp: fieldRef,
  text: fieldRef.optional(),
  subject: fieldRef.optional(),
  conversation: fieldRef.optional(),
  conversationId: fieldRef.optional(),
  sender: fieldRef.optional(),
  senderId: fieldRef.optional(),
  recipients: fieldRef.optional(),
  recipientIds: fieldRef.optional(),
  attachments: fieldRef.optional(),
  messageId: fieldRef.optional(),
  replyTo: fieldRef.optional(),
  event: fieldRef.optional(),
  eventDuration: fieldRef.optional(),
});

/** The zod schema of a chat mapping document; `checkChatMapping` turns its issues into field-named errors. */
export const chatMappingSchema = z
  .strictObject({
    name: z.string().optional(),
    format: z.enum(['csv', 'json']),
    encoding: z.string().trim().min(1).default('utf-8'),
    delimiter: z.string().length(1, 'must be exactly one character (use "\\t" in JSON for a tab)').default(','),
    header: z.boolean().default(true),
    jsonPath: z.string().trim().default(''),
    jsonLines: z.boolean().default(false),
    fields: fieldsSchema,
    timestamp: z.strictObject({
      format: z.string().trim().min(1, 'must not be empty'),
      timeZone: z.string().trim().min(1).optional(),
    }),
    listSeparator: z.string().min(1, 'must not be empty').default(';'),
    html: z.enum(['auto', 'always', 'never']).default('auto'),
    events: z.record(z.string(), z.enum(CHAT_EVENT_KINDS)).default({}),
    defaults: z
      .strictObject({
        conversation: z.string().optional(),
        conversationId: z.string().optional(),
      })
      .default({}),
  })
  .superRefine((mapping, context) => {
    const issue = (path: Array<string | number>, message: string): void => {
      context.addIssue({ code: 'custom', path, message });
    };
    if (mapping.encoding !== 'auto' && !isKnownEncoding(mapping.encoding)) {
      issue(['encoding'], `"${mapping.encoding}" is not an encoding this app can read`);
    }
    const compiled = compileTimestampFormat(mapping.timestamp.format);
    if ('error' in compiled) {
      issue(['timestamp', 'format'], compiled.error);
    }
    if (mapping.timestamp.timeZone !== undefined && !isValidTimeZone(mapping.timestamp.timeZone)) {
      issue(['timestamp', 'timeZone'], `"${mapping.timestamp.timeZone}" is not an IANA time zone (e.g. "America/Chicago")`);
    }
    for (const name of FIELD_NAMES) {
      const ref = mapping.fields[name];
      if (ref === undefined) {
        continue;
      }
      if (mapping.format === 'json' && typeof ref === 'number') {
        issue(['fields', name], 'a JSON field is named by its path ("from.name"), not by a number');
      }
      if (mapping.format === 'csv' && !mapping.header && typeof ref === 'string') {
        issue(['fields', name], 'the file has no header row (header: false), so name the column by its number (1 = first)');
      }
    }
    if (Object.keys(mapping.events).length > 0 && mapping.fields.event === undefined) {
      issue(['fields', 'event'], 'an events table is given but no field holds the event');
    }
    if (mapping.format === 'csv' && mapping.jsonPath !== '') {
      issue(['jsonPath'], 'only for JSON files');
    }
  });

/** A checked mapping, with defaults filled in. */
export type ChatMapping = z.output<typeof chatMappingSchema>;

/** A checked mapping and its compiled timestamp format, ready for the reader. */
export type CompiledChatMapping = ChatMapping & { compiledTimestamp: TimestampFormat };

/** The document's value at an issue's path; undefined when the field is missing. */
function valueAtPath(document: unknown, path: readonly PropertyKey[]): unknown {
  let value = document;
  for (const key of path) {
    value = typeof value === 'object' && value !== null ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  }
  return value;
}

function describe(document: unknown, issues: readonly z.core.$ZodIssue[]): string[] {
  return issues.map((found) => {
    const where = found.path.length === 0 ? 'mapping' : found.path.map(String).join('.');
    if (found.code !== 'custom' && found.code !== 'unrecognized_keys' && valueAtPath(document, found.path) === undefined) {
      return `${where}: required`;
    }
    if (found.code === 'invalid_union') {
      return `${where}: must be a column name, a column number (1 = first) or a field path`;
    }
    return `${where}: ${found.message}`;
  });
}

/** Checks a mapping document; the errors name the field each is in. */
export function checkChatMapping(document: unknown): { ok: true; mapping: CompiledChatMapping } | { ok: false; errors: string[] } {
  const result = chatMappingSchema.safeParse(document);
  if (!result.success) {
    return { ok: false, errors: describe(document, result.error.issues) };
  }
  const compiled = compileTimestampFormat(result.data.timestamp.format);
  if ('error' in compiled) {
    return { ok: false, errors: [`timestamp.format: ${compiled.error}`] };
  }
  return { ok: true, mapping: { ...result.data, compiledTimestamp: compiled } };
}

/** The checked mapping; throws AppError 'invalid-args' listing every error with its field. */
export function parseChatMapping(document: unknown): CompiledChatMapping {
  const checked = checkChatMapping(document);
  if (!checked.ok) {
    throw new AppError('invalid-args', `the chat mapping is not valid: ${checked.errors.join('; ')}`, { errors: checked.errors });
  }
  return checked.mapping;
}
