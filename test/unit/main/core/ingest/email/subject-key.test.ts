import { describe, expect, it } from 'vitest';
import { subjectKey } from '../../../../../../main/core/ingest/email/subject-key.js';

describe('subjectKey', () => {
  it.each([
    ['RE: Budget review', 'budget review', true],
    ['Re: RE: FW: Budget review', 'budget review', true],
    ['FW: Budget review', 'budget review', false],
    ['Fwd: Re: Budget review', 'budget review', false],
    ['AW: Haushalt', 'haushalt', true],
    ['SV: Budsjett', 'budsjett', true],
    ['RE[2]: Budget', 'budget', true],
    ['[board] Re: Minutes', 'minutes', true],
    ['[board]  Minutes  of   May', 'minutes of may', false],
    ['WG: Antwort: Termin', 'termin', false],
    ['Regarding the plan', 'regarding the plan', false],
    ['Re:', '', true],
    ['', '', false],
  ])('%j → %j (reply: %s)', (subject, key, isReply) => {
    expect(subjectKey(subject)).toEqual({ key, isReply });
  });

  it('keeps a subject that is only a list tag', () => {
    expect(subjectKey('[announce]').key).toBe('[announce]');
  });
});
