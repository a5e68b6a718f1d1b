import { describe, expect, it } from 'vitest';
import { parseMessageIds } from '../../../../../../main/core/mail/mime/message-ids.js';

describe('parseMessageIds', () => {
  it('keeps <...> ids with their brackets, in order', () => {
    expect(parseMessageIds('<a@x> <b.c@y>\t<d@z>')).toEqual(['<a@x>', '<b.c@y>', '<d@z>']);
  });
  it('skips quoted text and comments around ids', () => {
    expect(parseMessageIds('Your message of "Mon, 1 May <fake@x>" <real@x> (was <not@this>)')).toEqual(['<real@x>']);
  });
  it('tolerates ids without brackets and blanks left by folding', () => {
    expect(parseMessageIds('1234.5678@host.example, <a@b>')).toEqual(['1234.5678@host.example', '<a@b>']);
    expect(parseMessageIds('<abc@\r\n x>')).toEqual(['<abc@x>']);
    expect(parseMessageIds('no ids here')).toEqual([]);
  });
});
