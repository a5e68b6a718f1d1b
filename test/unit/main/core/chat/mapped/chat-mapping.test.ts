import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../../../shared/errors.js';
import { checkChatMapping, parseChatMapping } from '../../../../../../main/core/chat/mapped/chat-mapping.js';

const MINIMAL = { format: 'csv', fields: { timestamp: 'Date' }, timestamp: { format: 'iso' } };

function errors(document: unknown): string[] {
  const checked = checkChatMapping(document);
  return checked.ok ? [] : checked.errors;
}

describe('chat mapping', () => {
  it('fills in defaults for a minimal mapping', () => {
    const mapping = parseChatMapping(MINIMAL);
    expect(mapping).toMatchObject({ encoding: 'utf-8', delimiter: ',', header: true, jsonPath: '', listSeparator: ';', html: 'auto', events: {}, defaults: {} });
    expect(mapping.compiledTimestamp).toEqual({ kind: 'iso' });
  });

  it('names the field of every mistake', () => {
    expect(errors({ format: 'csv', fields: {}, timestamp: { format: 'iso' } })).toEqual(['fields.timestamp: required']);
    expect(errors({ ...MINIMAL, fields: { timestamp: 'Date', timestmp: 'x' } })).toEqual(['fields: Unrecognized key: "timestmp"']);
    expect(errors({ ...MINIMAL, format: 'xml' })[0]).toMatch(/^format: /);
    expect(errors({ ...MINIMAL, delimiter: ';;' })).toEqual(['delimiter: must be exactly one character (use "\\t" in JSON for a tab)']);
    expect(errors({ ...MINIMAL, encoding: 'klingon-8' })).toEqual(['encoding: "klingon-8" is not an encoding this app can read']);
    expect(errors({ ...MINIMAL, timestamp: { format: 'DD/MM/YYYY HH:MM' } })).toEqual(['timestamp.format: "MM" repeats a part already in the pattern']);
    expect(errors({ ...MINIMAL, timestamp: { format: 'DD/MM/YYYY hh:mm' } })).toEqual(['timestamp.format: a 12-hour clock (h, hh) needs A or a for AM/PM']);
    expect(errors({ ...MINIMAL, timestamp: { format: 'DD.MM.YYYY T HH:mm' } })).toEqual(['timestamp.format: "T" at position 12 is not a known token (put literal text in [brackets])']);
    expect(errors({ ...MINIMAL, timestamp: { format: 'iso', timeZone: 'Europe/Lodnon' } })).toEqual(['timestamp.timeZone: "Europe/Lodnon" is not an IANA time zone (e.g. "America/Chicago")']);
    expect(errors({ ...MINIMAL, fields: { timestamp: 'Date', event: 'Kind' }, events: { deleted: 'deletd' } })[0]).toMatch(/^events\.deleted: /);
    expect(errors({ ...MINIMAL, events: { deleted: 'message-deleted' } })).toEqual(['fields.event: an events table is given but no field holds the event']);
    expect(errors({ ...MINIMAL, header: false })).toEqual(['fields.timestamp: the file has no header row (header: false), so name the column by its number (1 = first)']);
    expect(errors({ ...MINIMAL, format: 'json', fields: { timestamp: 3 } })).toEqual(['fields.timestamp: a JSON field is named by its path ("from.name"), not by a number']);
    expect(errors({ ...MINIMAL, fields: { timestamp: 0 } })).toEqual(['fields.timestamp: column numbers start at 1']);
  });

  it('throws AppError invalid-args listing the errors', () => {
    try {
      parseChatMapping({ format: 'csv' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect(error).toMatchObject({ code: 'invalid-args', details: { errors: ['fields: required', 'timestamp: required'] } });
    }
  });
});
