import { describe, expect, it } from 'vitest';
import { nameFromXFrom, normaliseParticipant } from '../../../../../../main/core/ingest/email/participants.js';

describe('participants', () => {
  it('lower-cases and trims addresses, unquotes names, drops names that repeat the address', () => {
    expect(normaliseParticipant({ name: ' "Skilling,  Jeff" ', address: ' Jeff.Skilling@ENRON.com ' })).toEqual({ name: 'Skilling, Jeff', address: 'jeff.skilling@enron.com' });
    expect(normaliseParticipant({ name: 'jeff@enron.com', address: 'Jeff@Enron.com' })).toEqual({ name: '', address: 'jeff@enron.com' });
  });

  it('takes a display name from Enron X-From headers', () => {
    expect(nameFromXFrom('Jeff Skilling')).toBe('Jeff Skilling');
    expect(nameFromXFrom('Skilling, Jeff </O=ENRON/OU=NA/CN=RECIPIENTS/CN=JSKILLIN>')).toBe('Skilling, Jeff');
    expect(nameFromXFrom('jeff.skilling@enron.com')).toBe('');
  });
});
