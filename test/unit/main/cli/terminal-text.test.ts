import { describe, expect, it } from 'vitest';
import { terminalSafe } from '../../../../main/cli/terminal-text.js';

describe('terminalSafe', () => {
  it('neutralises escape sequences from record text but keeps newlines and Unicode', () => {
    expect(terminalSafe('Re: \u001b]0;pwned\u0007 budget\n東京 \u009b2J')).toBe('Re: \ufffd]0;pwned\ufffd budget\n東京 \ufffd2J');
  });
});
