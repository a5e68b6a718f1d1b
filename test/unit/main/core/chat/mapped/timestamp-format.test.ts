import { describe, expect, it } from 'vitest';
import { compileTimestampFormat, readTimestamp, type TimestampFormat } from '../../../../../../main/core/chat/mapped/timestamp-format.js';

function format(text: string): TimestampFormat {
  const compiled = compileTimestampFormat(text);
  if ('error' in compiled) {
    throw new Error(compiled.error);
  }
  return compiled;
}

describe('timestamp formats', () => {
  it('reads ISO with and without an offset', () => {
    expect(readTimestamp('2024-01-02T03:04:05Z', format('iso'), 'UTC', 'America/New_York').iso).toBe('2024-01-01T22:04:05-05:00');
    expect(readTimestamp('2024-01-02 03:04:05.123+0530', format('iso'), 'UTC', 'UTC').iso).toBe('2024-01-01T21:34:05+00:00');
    expect(readTimestamp('2024-07-02T03:04:05', format('iso'), 'Europe/Paris', 'Europe/Paris').iso).toBe('2024-07-02T03:04:05+02:00');
    expect(readTimestamp('2024-07-02', format('iso'), 'UTC', 'UTC').iso).toBe('2024-07-02T00:00:00+00:00');
  });

  it('reads epoch seconds and milliseconds, as numbers or text', () => {
    expect(readTimestamp(1700000000, format('epoch-s'), 'UTC', 'UTC').iso).toBe('2023-11-14T22:13:20+00:00');
    expect(readTimestamp('1700000000.9', format('epoch-s'), 'UTC', 'UTC').iso).toBe('2023-11-14T22:13:20+00:00');
    expect(readTimestamp('1700000000000', format('epoch-ms'), 'UTC', 'UTC').iso).toBe('2023-11-14T22:13:20+00:00');
    expect(readTimestamp('soon', format('epoch-ms'), 'UTC', 'UTC')).toEqual({ iso: null, error: '"soon" is not a number of milliseconds' });
  });

  it('reads day-first, month-first, 12-hour and month-name patterns', () => {
    expect(readTimestamp('03/04/2024 13:05:09', format('DD/MM/YYYY HH:mm:ss'), 'UTC', 'UTC').iso).toBe('2024-04-03T13:05:09+00:00');
    expect(readTimestamp('3/4/24 1:05 pm', format('M/D/YY h:mm a'), 'UTC', 'UTC').iso).toBe('2024-03-04T13:05:00+00:00');
    expect(readTimestamp('3/4/24 12:05 AM', format('M/D/YY h:mm A'), 'UTC', 'UTC').iso).toBe('2024-03-04T00:05:00+00:00');
    expect(readTimestamp('Dec 2, 2017 06:49:27', format('MMM D, YYYY HH:mm:ss'), 'America/Los_Angeles', 'America/Los_Angeles').iso).toBe('2017-12-02T06:49:27-08:00');
    expect(readTimestamp('2024-01-02 03:04:05 +02:00', format('YYYY-MM-DD HH:mm:ss Z'), 'America/Chicago', 'UTC').iso).toBe('2024-01-02T01:04:05+00:00');
    expect(readTimestamp('[2024-01-02] 03h04', format('[[]YYYY-MM-DD[]] HH[h]mm'), 'UTC', 'UTC').iso).toBe('2024-01-02T03:04:00+00:00');
  });

  it('refuses what does not fit or does not exist', () => {
    expect(readTimestamp('2024/01/02', format('DD/MM/YYYY'), 'UTC', 'UTC')).toEqual({ iso: null, error: '"2024/01/02" does not match "DD/MM/YYYY"' });
    expect(readTimestamp('31/02/2024', format('DD/MM/YYYY'), 'UTC', 'UTC')).toEqual({ iso: null, error: '"31/02/2024" is not a real date' });
    expect(readTimestamp('13:00 PM 1/1/24', format('h:mm A M/D/YY'), 'UTC', 'UTC').iso).toBeNull();
    expect(readTimestamp('', format('iso'), 'UTC', 'UTC')).toEqual({ iso: null, error: 'no timestamp' });
  });

  it('treats the pattern as fixed pieces, never as a regular expression', () => {
    expect(readTimestamp('2024.01.02', format('YYYY.MM.DD'), 'UTC', 'UTC').iso).toBe('2024-01-02T00:00:00+00:00');
    expect(readTimestamp('2024x01x02', format('YYYY.MM.DD'), 'UTC', 'UTC').iso).toBeNull();
    // Regular-expression characters in a pattern are literal text.
    expect(readTimestamp('(2024+)*-01-02', format('(YYYY+)*-MM-DD'), 'UTC', 'UTC').iso).toBe('2024-01-02T00:00:00+00:00');
    expect(readTimestamp('(20244)*-01-02', format('(YYYY+)*-MM-DD'), 'UTC', 'UTC').iso).toBeNull();
    expect(compileTimestampFormat('HH:mm')).toEqual({ error: 'the pattern has no year (YYYY or YY)' });
  });
});
