import { describe, expect, it } from 'vitest';
import { passwordCandidates } from '../../../../../../main/core/documents/pdf/pdf-passwords.js';

describe('passwordCandidates', () => {
  it('tries ASCII passwords once', () => {
    expect(passwordCandidates(['abc', 'abc'])).toEqual(['abc']);
  });

  it('adds the UTF-8 bytes of a non-ASCII password (AES-256) after the password as typed (older revisions)', () => {
    expect(passwordCandidates(['pässwört'])).toEqual(['pässwört', 'p\u00c3\u00a4ssw\u00c3\u00b6rt']);
  });

  it('adds the NFKC form that SASLprep would give', () => {
    expect(passwordCandidates(['ｐａｓｓ'])).toContain('pass');
  });
});
