import { describe, expect, it } from 'vitest';
import { addressKey, splitAddresses } from '../../../../../../main/core/chat/sms/phone-address.js';
import { decodeStrictBase64 } from '../../../../../../main/core/chat/sms/strict-base64.js';

describe('addressKey', () => {
  it('keeps digits and a leading + of phone numbers', () => {
    expect(addressKey(' +1 (555) 000-0001 ')).toBe('+15550000001');
    expect(addressKey('555.000.0001')).toBe('5550000001');
    expect(addressKey('12345')).toBe('12345');
  });

  it('keeps other addresses as written, lower-cased', () => {
    expect(addressKey('Group_8@RCS.google.com')).toBe('group_8@rcs.google.com');
    expect(addressKey('AMAZON')).toBe('amazon');
  });

  it('splits a group thread address at ~', () => {
    expect(splitAddresses('+15550000009~+15550000012~ null ~')).toEqual(['+15550000009', '+15550000012']);
  });
});

describe('decodeStrictBase64', () => {
  it('decodes clean base64 with or without padding and line breaks', () => {
    expect([...((decodeStrictBase64('aGVsbG8=') as { bytes: Uint8Array }).bytes)]).toEqual([104, 101, 108, 108, 111]);
    expect([...((decodeStrictBase64('aGVs\nbG8') as { bytes: Uint8Array }).bytes)]).toEqual([104, 101, 108, 108, 111]);
  });

  it('refuses damaged base64 and says why', () => {
    expect(decodeStrictBase64('not-valid-base64-content!!')).toEqual({ error: '5 character(s) outside base64 ("-", "!")' });
    expect(decodeStrictBase64('aGVsb')).toEqual({ error: 'the data ends in the middle of a group (a lone last character)' });
    expect(decodeStrictBase64('aG=Vs')).toEqual({ error: 'padding "=" in the middle of the data' });
  });
});
