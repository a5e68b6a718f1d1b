import { describe, expect, it } from 'vitest';
import { readToken } from '../../../../renderer/api/read-token.js';

describe('readToken', () => {
  it('reads the token from the fragment the web server prints', () => {
    const token = 'a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f4';
    expect(readToken(`#token=${token}`)).toBe(token);
    expect(readToken(`token=${token}`)).toBe(token);
  });

  it('returns null without a usable token', () => {
    expect(readToken('')).toBeNull();
    expect(readToken('#')).toBeNull();
    expect(readToken('#token=')).toBeNull();
    expect(readToken('#token=short')).toBeNull();
    expect(readToken('#token=has spaces and <tags> that are long enough')).toBeNull();
  });
});
