import { describe, expect, it } from 'vitest';
import { baseName } from '../../../../../main/core/util/base-name.js';

describe('baseName', () => {
  it('is the last segment of a forward-slash path', () => {
    expect(baseName('phone/WhatsApp Chat with Bob.txt')).toBe('WhatsApp Chat with Bob.txt');
    expect(baseName('_chat.txt')).toBe('_chat.txt');
    expect(baseName('docs/')).toBe('');
    expect(baseName('a\\b.txt')).toBe('a\\b.txt');
  });
});
