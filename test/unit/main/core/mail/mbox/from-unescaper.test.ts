import { describe, expect, it } from 'vitest';
import { FromUnescaper } from '../../../../../../main/core/mail/mbox/from-unescaper.js';
import { latin1 } from './mbox-test-helpers.js';

function unescape(pieces: string[]): string {
  const out: Buffer[] = [];
  const unescaper = new FromUnescaper((piece) => out.push(Buffer.from(piece)));
  for (const piece of pieces) {
    unescaper.push(latin1(piece));
  }
  unescaper.flush();
  return Buffer.concat(out).toString('latin1');
}

describe('FromUnescaper', () => {
  const input = '>From a\n>>From b\r\n> From c\nx>From d\n>>>Fro\n>From\n>>\nFrom e\n>From ';
  const expected = 'From a\n>From b\r\n> From c\nx>From d\n>>>Fro\n>From\n>>\nFrom e\nFrom ';

  it('takes one ">" off each line matching /^>+From /', () => {
    expect(unescape([input])).toBe(expected);
  });

  it('gives the same bytes however the input is cut', () => {
    for (let size = 1; size <= 9; size += 1) {
      const pieces: string[] = [];
      for (let at = 0; at < input.length; at += size) {
        pieces.push(input.slice(at, at + size));
      }
      expect(unescape(pieces)).toBe(expected);
    }
    for (let cut = 0; cut <= input.length; cut += 1) {
      expect(unescape([input.slice(0, cut), input.slice(cut)])).toBe(expected);
    }
  });

  it('lets a held tail out unchanged when the message ends inside it', () => {
    expect(unescape(['body\n>>Fro'])).toBe('body\n>>Fro');
    expect(unescape(['>'])).toBe('>');
  });
});
