import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compiledMapping, firstCsvRecord, mappedChatFit } from '../../../../../main/core/ingest/mapped-chat-fit.js';
import { chooseAdapter } from '../../../../../main/core/ingest/registry.js';
import type { SourceReadOptions } from '../../../../../shared/model/case.js';
import { REPO_ROOT } from '../../../../support/corpus.js';

const FIXTURES = join(REPO_ROOT, 'test', 'fixtures', 'chat', 'mapped');
const SIGNAL_MAPPING = readFileSync(join(FIXTURES, 'signal-style.mapping.json'), 'utf8');
const OPS_MAPPING = readFileSync(join(FIXTURES, 'ops-room.mapping.json'), 'utf8');

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
const withMapping = (chatMapping: string): SourceReadOptions => ({ timeZone: 'UTC', dateOrder: 'auto', chatMapping });

function mapping(text: string) {
  const compiled = compiledMapping(text);
  if (compiled === null) {
    throw new Error('the mapping does not check');
  }
  return compiled;
}

describe('whether a file fits the chat mapping', () => {
  it('fits a CSV whose header row has every mapped column, in any case, quoted or not', () => {
    const signal = mapping(SIGNAL_MAPPING);
    expect(mappedChatFit(signal, readFileSync(join(FIXTURES, 'signal-style.csv')).subarray(0, 8192), 'UTC')).toEqual({ fits: true });
    expect(mappedChatFit(signal, bytes('"THREAD",sent_at_ms,SENDER_NAME,sender_number,body,attachments,kind,timer_seconds,quote,"i""d",id\n'), 'UTC')).toEqual({ fits: true });
  });

  it('does not fit a WhatsApp chat, notes or another CSV, and says which column is missing', () => {
    const signal = mapping(SIGNAL_MAPPING);
    expect(mappedChatFit(signal, bytes('[01/02/2021, 10:00:00] Ann: hello\n'), 'UTC')).toMatchObject({ fits: false, reason: 'fields.timestamp: column "sent_at_ms" is not in its first row ("[01/02/2021", "10:00:00] Ann: hello")' });
    expect(mappedChatFit(signal, bytes('Notes from Tuesday\n'), 'UTC')).toMatchObject({ fits: false });
    expect(mappedChatFit(signal, bytes('item,amount\nchairs,120\n'), 'UTC')).toEqual({ fits: false, reason: 'fields.timestamp: column "sent_at_ms" is not in its first row ("item", "amount")' });
  });

  it('without a header row, fits when the first row has the columns and a timestamp in the format', () => {
    const numbered = mapping(JSON.stringify({ format: 'csv', header: false, fields: { timestamp: 1, sender: 2, text: 3 }, timestamp: { format: 'YYYY-MM-DD HH:mm' } }));
    expect(mappedChatFit(numbered, bytes('2024-01-02 03:04,Ann,hello\n'), 'UTC')).toEqual({ fits: true });
    expect(mappedChatFit(numbered, bytes('Ann said hello, then left,\n'), 'UTC')).toMatchObject({ fits: false, reason: expect.stringMatching(/^fields\.timestamp: .* in its first row$/) });
    expect(mappedChatFit(numbered, bytes('2024-01-02 03:04\n'), 'UTC')).toEqual({ fits: false, reason: 'its first row has 1 columns and the mapping names column 3' });
  });

  it('fits JSON that starts as JSON and names the first key of the messages path (or of the timestamp)', () => {
    const ops = mapping(OPS_MAPPING);
    expect(mappedChatFit(ops, readFileSync(join(FIXTURES, 'ops-room.json')), 'UTC')).toEqual({ fits: true });
    expect(mappedChatFit(ops, bytes('{ "name": "Telegram", "messages": [] }'), 'UTC')).toEqual({ fits: false, reason: 'no "chat" field in its first 38 characters' });
    expect(mappedChatFit(ops, bytes('chat: not json'), 'UTC')).toEqual({ fits: false, reason: 'it does not start as JSON' });
    const lines = mapping(JSON.stringify({ format: 'json', fields: { timestamp: 'meta.sent' }, timestamp: { format: 'iso' } }));
    expect(mappedChatFit(lines, bytes('{"meta": {"sent": "2024-01-02T03:04:05Z"}}\n'), 'UTC')).toEqual({ fits: true });
    expect(mappedChatFit(lines, bytes('{"when": "2024-01-02T03:04:05Z"}\n'), 'UTC')).toMatchObject({ fits: false });
  });

  it('splits the first CSV record by RFC 4180 quoting', () => {
    expect(firstCsvRecord('a,"b, c","d ""e""",\r\nnext', ',')).toEqual(['a', 'b, c', 'd "e"', '']);
    expect(firstCsvRecord('a\tb', '\t')).toEqual(['a', 'b']);
  });
});

describe('choosing the adapter in a source with a chat mapping', () => {
  it('reads a fitting file through the mapping and the others through the built-in readers', () => {
    const options = withMapping(SIGNAL_MAPPING);
    expect(chooseAdapter('signal.csv', readFileSync(join(FIXTURES, 'signal-style.csv')), options)?.id).toBe('mapped-chat');
    expect(chooseAdapter('signal.txt', readFileSync(join(FIXTURES, 'signal-style.csv')), options)?.id).toBe('mapped-chat');
    expect(chooseAdapter('WhatsApp Chat with Bob.txt', bytes('[01/02/2021, 10:00:00] Ann: hello\n'), options)?.id).toBe('whatsapp');
    expect(chooseAdapter('notes.txt', bytes('Notes from Tuesday\n'), options)?.id).toBe('document');
    expect(chooseAdapter('messages.csv', bytes('CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL\n'), options)?.id).toBe('linkedin');
    // A file of another format is never the mapping's.
    expect(chooseAdapter('ops-room.json', readFileSync(join(FIXTURES, 'ops-room.json')), options)?.id).not.toBe('mapped-chat');
  });

  it('keeps a CSV the mapping does not fit as a document with an error, and a JSON file no reader takes as unrecognised', async () => {
    const csv = chooseAdapter('budget.csv', bytes('item,amount\n'), withMapping(SIGNAL_MAPPING));
    expect(csv?.id).toBe('document');
    const json = chooseAdapter('settings.json', bytes('{ "colour": "blue" }'), withMapping(OPS_MAPPING));
    expect(json?.id).toBe('unrecognised');
    const items = [];
    const run = (await json!.load()).extract({
      absolutePath: '/nonexistent', relativePath: 'settings.json', size: 20, preloaded: bytes('{ "colour": "blue" }'), resume: '', modifiedMs: 0,
      options: withMapping(OPS_MAPPING), custodian: 'C', signal: new AbortController().signal, onBytes: () => undefined,
    });
    for (let next = await run.next(); next.done !== true; next = await run.next()) {
      items.push(next.value);
    }
    expect(items).toEqual([{ type: 'problem', severity: 'error', locator: '', message: 'The source\'s chat mapping does not fit this file (no "chat" field in its first 20 characters); not indexed' }]);
  });

  it('without a mapping, chooses as before', () => {
    expect(chooseAdapter('signal.csv', readFileSync(join(FIXTURES, 'signal-style.csv')))?.id).toBe('document');
    expect(chooseAdapter('signal.csv', readFileSync(join(FIXTURES, 'signal-style.csv')), { timeZone: 'UTC', dateOrder: 'auto', chatMapping: null })?.id).toBe('document');
  });
});
